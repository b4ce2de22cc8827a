// The editor, driven as a user would: the Add window for every kind of note (found afterwards in
// the browser), E in the reviewer, the browser's lower pane, and the duplicate warning. The
// expected field texts are written out here in the deck format, not computed by the code under test.
#include "browserwindow.h"
#include "cardtablemodel.h"
#include "cardview.h"
#include "editordialog.h"
#include "mainwindow.h"
#include "noteeditor.h"
#include "outlineeditor.h"
#include "reviewwidget.h"
#include "widgettest.h"

#include "decks/deckimporter.h"
#include "decks/deckparser.h"
#include "model/stocknotetypes.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QAction>
#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QtTest>

using namespace debrief;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

void typeInto(QWidget *w, const QString &text)
{
    w->setFocus();
    QTest::keyClicks(w, text);
}

// F2 on a cell opens its editor; Return commits it.
void editCell(QTreeWidget *tree, QTreeWidgetItem *item, int column, const QString &text)
{
    tree->setFocus();
    tree->setCurrentItem(item, column);
    QTest::keyClick(tree, Qt::Key_F2);
    QWidget *cellEditor = QApplication::focusWidget();
    QVERIFY(cellEditor && cellEditor != tree);
    QTest::keyClicks(cellEditor, text);
    QTest::keyClick(cellEditor, Qt::Key_Return);
}

// Insert (or Ctrl+Insert) on the tree adds a row and opens its first cell; the rest by F2.
QTreeWidgetItem *addRow(OutlineEditor *outline, Qt::KeyboardModifiers mods, const QString &a, const QString &b, const QString &c)
{
    QTreeWidget *tree = outline->tree();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Insert, mods);
    QTreeWidgetItem *item = tree->currentItem();
    if (!item)
        return nullptr;
    QWidget *cellEditor = QApplication::focusWidget();
    QTest::keyClicks(cellEditor, a);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    editCell(tree, item, 1, b);
    editCell(tree, item, 2, c);
    return item;
}

// Chooses a note type with the arrow keys in the combo box, as a keyboard user does.
void chooseType(NoteEditor *editor, const QString &name)
{
    QComboBox *box = editor->notetypeChooser();
    box->setFocus();
    const int target = box->findText(name);
    QVERIFY2(target >= 0, qPrintable(name));
    while (box->currentIndex() != target)
        QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
}

QString pageText(QWebEngineView *view)
{
    QString text;
    QEventLoop loop;
    view->page()->runJavaScript(QStringLiteral("document.getElementById('qa') ? document.getElementById('qa').innerText : ''"),
                                [&](const QVariant &v) {
                                    text = v.toString();
                                    loop.quit();
                                });
    loop.exec();
    return text;
}

} // namespace

class TestNoteEditor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    FixedClock m_clock{kNow};

    // A collection with deck "Prep" and one stock Basic note whose front holds HTML and an image.
    std::unique_ptr<Collection> basicCollection()
    {
        auto col = widgettest::newCollection(m_tmp);
        auto deck = col->ensureDeck(QStringLiteral("Prep"));
        auto type = col->addNotetype(StockNotetypes::basic());
        Note n;
        n.notetypeId = type->id;
        n.fields = QStringList{QStringLiteral("<b>Paris</b>&nbsp;<img src=\"map.png\">"), QStringLiteral("capital of France")};
        auto note = col->addNote(n);
        Card c;
        c.noteId = note->id;
        c.deckId = deck->id;
        c.state = NewState{1};
        if (!col->addCard(c))
            qFatal("addCard failed");
        return col;
    }

    std::vector<qint64> searchIds(BrowserWindow &w, const QString &query)
    {
        w.searchLine()->clear();
        QTest::keyClicks(w.searchLine(), query);
        QTest::keyClick(w.searchLine(), Qt::Key_Return);
        std::vector<qint64> ids;
        for (int r = 0; r < w.model()->rowCount(); ++r)
            ids.push_back(w.model()->idAt(r));
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest-Editor"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_noteeditor"));
    }

    void init() { QSettings().clear(); }

    void addKeyOpensTheAddWindowOnTheSelectedDeck()
    {
        MainWindow w(basicCollection(), std::make_unique<FixedClock>(kNow));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.deckTree()->setFocus();
        const auto items = w.deckTree()->findItems(QStringLiteral("Prep"), Qt::MatchExactly | Qt::MatchRecursive, 0);
        QVERIFY(!items.isEmpty());
        w.deckTree()->setCurrentItem(items.first());
        QString seen;
        QString deck;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            if (auto *dialog = qobject_cast<EditorDialog *>(modal)) {
                seen = dialog->objectName();
                deck = dialog->editor()->deckChooser()->currentText();
                dialog->reject();   // nothing typed: closes without asking
            }
        });
        QTest::keyClick(w.deckTree(), Qt::Key_A);
        QCOMPARE(seen, QStringLiteral("addDialog"));
        QCOMPARE(deck, QStringLiteral("Prep"));
    }

    void addKeyWorksWhileStudyingButNotWhileTyping()
    {
        MainWindow w(basicCollection(), std::make_unique<FixedClock>(kNow));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const auto items = w.deckTree()->findItems(QStringLiteral("Prep"), Qt::MatchExactly | Qt::MatchRecursive, 0);
        QVERIFY(!items.isEmpty());
        // Another deck selected in the list: while studying, A adds to the studied card's deck.
        auto other = w.collection().ensureDeck(QStringLiteral("Other"));
        QVERIFY(other);
        w.refresh();
        const auto prep = w.deckTree()->findItems(QStringLiteral("Prep"), Qt::MatchExactly | Qt::MatchRecursive, 0);
        QVERIFY(!prep.isEmpty());
        w.deckTree()->setCurrentItem(prep.first());
        w.studySelected();
        QVERIFY(w.isStudying());
        int opened = 0;
        QString deck;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            if (auto *dialog = qobject_cast<EditorDialog *>(modal)) {
                ++opened;
                deck = dialog->editor()->deckChooser()->currentText();
                dialog->reject();
            }
        });
        QTest::keyClick(w.reviewWidget(), Qt::Key_A);
        QCOMPARE(opened, 1);
        QCOMPARE(deck, QStringLiteral("Prep"));
        QVERIFY(w.isStudying());   // back to the same card afterwards
        QVERIFY(w.reviewWidget()->currentCardId().has_value());

        // Rehearsing: the typed answer takes an "a" as text, not as Add.
        w.showDecks();
        QVERIFY(!w.isStudying());
        w.deckTree()->setCurrentItem(w.deckTree()->findItems(QStringLiteral("Prep"), Qt::MatchExactly | Qt::MatchRecursive, 0).first());
        QAction *rehearse = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text().contains(QStringLiteral("Re&hearse")))
                rehearse = a;
        QVERIFY(rehearse);
        rehearse->trigger();
        auto *typed = w.findChild<QPlainTextEdit *>(QStringLiteral("rehearsalTyped"));
        QVERIFY(typed && typed->isVisible());
        typed->setFocus();
        QTest::keyClicks(typed, QStringLiteral("a capital"));
        QCOMPARE(typed->toPlainText(), QStringLiteral("a capital"));
        QCOMPARE(opened, 1);
    }

    void addsANoteOfEachKindAndTheBrowserFindsIt()
    {
        auto col = basicCollection();
        EditorDialog dialog(*col, m_clock, std::optional<DeckId>());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        NoteEditor *editor = dialog.editor();
        QLineEdit *deckLine = editor->deckChooser()->lineEdit();
        deckLine->selectAll();
        QTest::keyClicks(deckLine, QStringLiteral("Interview::Drafts"));   // a new deck, made on add

        // Basic (Debrief's Markdown kind), with tags; Ctrl+Enter adds and keeps deck, type and tags.
        chooseType(editor, QStringLiteral("Debrief Basic"));
        QCOMPARE(editor->notetypeChooser()->currentText(), QStringLiteral("Debrief Basic"));
        typeInto(editor->fieldEditor(QStringLiteral("Front")), QStringLiteral("What is **recall**?"));
        typeInto(editor->fieldEditor(QStringLiteral("Back")), QStringLiteral("Share of relevant items found"));
        typeInto(editor->tagsLine(), QStringLiteral("metrics edited"));
        QTest::keyClick(editor->fieldEditor(QStringLiteral("Back")), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.addedCount(), 1);
        QCOMPARE(editor->fieldEditor(QStringLiteral("Front"))->toPlainText(), QString());
        QCOMPARE(editor->tagsLine()->text(), QStringLiteral("metrics edited"));
        QCOMPARE(editor->deckChooser()->currentText(), QStringLiteral("Interview::Drafts"));

        // Pair: question, weak, strong, why and key points (one per line).
        chooseType(editor, QStringLiteral("Debrief Pair"));
        QCOMPARE(editor->notetypeChooser()->currentText(), QStringLiteral("Debrief Pair"));
        typeInto(editor->fieldEditor(QStringLiteral("Question")), QStringLiteral("How do you open about pairproj?"));
        typeInto(editor->fieldEditor(QStringLiteral("Weak")), QStringLiteral("The stack"));
        typeInto(editor->fieldEditor(QStringLiteral("Strong")), QStringLiteral("The user's problem"));
        typeInto(editor->fieldEditor(QStringLiteral("Why")), QStringLiteral("Owns results"));
        QPlainTextEdit *points = editor->fieldEditor(QStringLiteral("Points"));
        typeInto(points, QStringLiteral("names the user"));
        QTest::keyClick(points, Qt::Key_Return);
        QTest::keyClicks(points, QStringLiteral("names the budget"));
        QTest::keyClick(points, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.addedCount(), 2);

        // Tree: a root and branches two deep, typed into the branch tree with Insert / Ctrl+Insert.
        chooseType(editor, QStringLiteral("Debrief Tree"));
        QCOMPARE(editor->notetypeChooser()->currentText(), QStringLiteral("Debrief Tree"));
        typeInto(editor->fieldEditor(QStringLiteral("Root")), QStringLiteral("Treeroot answers go wrong"));
        OutlineEditor *branches = editor->outlineEditor();
        QVERIFY(branches);
        QTreeWidgetItem *first = addRow(branches, Qt::NoModifier, QStringLiteral("Retrieval misses"), QStringLiteral("recall falls"),
                                        QStringLiteral("hybrid search"));
        QVERIFY(first);
        QVERIFY(addRow(branches, Qt::ControlModifier, QStringLiteral("Chunks cut tables"), QStringLiteral("failures on tables"),
                       QStringLiteral("table-aware chunks")));
        branches->tree()->setCurrentItem(first);
        QVERIFY(addRow(branches, Qt::NoModifier, QStringLiteral("Context ignored"), QStringLiteral("answers contradict"),
                       QStringLiteral("passage first")));
        QCOMPARE(branches->tree()->topLevelItemCount(), 2);
        QCOMPARE(first->childCount(), 1);
        QTest::keyClick(editor->fieldEditor(QStringLiteral("Root")), Qt::Key_Enter, Qt::ControlModifier);
        QCOMPARE(dialog.addedCount(), 3);

        // Layers: each with its metrics and the decision it drives; Alt+Up reorders.
        chooseType(editor, QStringLiteral("Debrief Layers"));
        QCOMPARE(editor->notetypeChooser()->currentText(), QStringLiteral("Debrief Layers"));
        typeInto(editor->fieldEditor(QStringLiteral("Question")), QStringLiteral("Which layerstack metrics?"));
        OutlineEditor *layers = editor->outlineEditor();
        QVERIFY(layers);
        QVERIFY(addRow(layers, Qt::NoModifier, QStringLiteral("Model"), QStringLiteral("accuracy"), QStringLiteral("ship gate")));
        QVERIFY(addRow(layers, Qt::NoModifier, QStringLiteral("Business"), QStringLiteral("cost per ticket"), QStringLiteral("budget")));
        layers->tree()->setFocus();
        QTest::keyClick(layers->tree(), Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(editor->fieldEditor(QStringLiteral("Question")), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.addedCount(), 4);

        // The browser finds each one, and the fields are stored as a .deck file holds them.
        BrowserWindow browser(*col, m_clock);
        browser.show();
        QCOMPARE(searchIds(browser, QStringLiteral("deck:Interview::Drafts tag:edited")).size(), size_t(1 + 2 + 4 + 3));
        auto ids = searchIds(browser, QStringLiteral("kind:basic recall"));
        QCOMPARE(ids.size(), size_t(1));
        auto card = col->card(ids.front());
        auto note = col->note(card->noteId);
        QCOMPARE(note->fields.mid(0, 2), (QStringList{QStringLiteral("What is **recall**?"), QStringLiteral("Share of relevant items found")}));
        QCOMPARE(note->tags, (QStringList{QStringLiteral("metrics"), QStringLiteral("edited")}));

        ids = searchIds(browser, QStringLiteral("kind:pair pairproj"));
        QCOMPARE(ids.size(), size_t(2));   // strong-answer and what-is-weak cards
        note = col->note(col->card(ids.front())->noteId);
        QCOMPARE(note->fields, (QStringList{QStringLiteral("How do you open about pairproj?"), QStringLiteral("The stack"),
                                            QStringLiteral("The user's problem"), QStringLiteral("Owns results"), QString(),
                                            QStringLiteral("- names the user\n- names the budget")}));

        ids = searchIds(browser, QStringLiteral("kind:tree treeroot"));
        QCOMPARE(ids.size(), size_t(4));   // the whole tree and three branches
        note = col->note(col->card(ids.front())->noteId);
        QCOMPARE(note->fields.value(1), QStringLiteral("- Retrieval misses\n"
                                                       "  detect: recall falls\n"
                                                       "  fix: hybrid search\n"
                                                       "  - Chunks cut tables\n"
                                                       "    detect: failures on tables\n"
                                                       "    fix: table-aware chunks\n"
                                                       "- Context ignored\n"
                                                       "  detect: answers contradict\n"
                                                       "  fix: passage first"));

        ids = searchIds(browser, QStringLiteral("kind:layers layerstack"));
        QCOMPARE(ids.size(), size_t(3));
        note = col->note(col->card(ids.front())->noteId);
        QCOMPARE(note->fields.value(1), QStringLiteral("- Business\n  metrics: cost per ticket\n  drives: budget\n"
                                                       "- Model\n  metrics: accuracy\n  drives: ship gate"));
    }

    void duplicateFirstFieldIsFlagged()
    {
        auto col = basicCollection();
        EditorDialog dialog(*col, m_clock, std::optional<DeckId>());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        NoteEditor *editor = dialog.editor();
        chooseType(editor, QStringLiteral("Basic"));
        QCOMPARE(editor->notetypeChooser()->currentText(), QStringLiteral("Basic"));
        QPlainTextEdit *front = editor->fieldEditor(QStringLiteral("Front"));
        // The stored front is "<b>Paris</b>&nbsp;<img src="map.png">": tags go, the image's name stays.
        QSignalSpy checked(editor, &NoteEditor::previewReady);   // each typing pause checks, then draws
        typeInto(front, QStringLiteral("Paris"));
        QTRY_VERIFY(checked.count() >= 1);
        QVERIFY(editor->duplicateLabel()->isHidden());
        QTest::keyClicks(front, QStringLiteral(" map.png"));
        QTRY_VERIFY(editor->duplicateLabel()->isVisible());
        QTest::keyClick(front, Qt::Key_Backspace);
        QTRY_VERIFY(editor->duplicateLabel()->isHidden());
    }

    // A first field that only looks filled is refused with a message, the typing kept; a first
    // field of media alone is a note, and its duplicate check goes by the media's name, as the
    // import check does (DuplicateKey).
    void emptyLookingFirstFieldIsRefused_mediaOnlyIsANote()
    {
        auto col = basicCollection();
        EditorDialog dialog(*col, m_clock, std::optional<DeckId>());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        NoteEditor *editor = dialog.editor();
        chooseType(editor, QStringLiteral("Basic"));
        QPlainTextEdit *front = editor->fieldEditor(QStringLiteral("Front"));
        QPlainTextEdit *back = editor->fieldEditor(QStringLiteral("Back"));
        QCOMPARE(*col->count(QStringLiteral("notes")), qint64(1));

        typeInto(front, QStringLiteral("<div><br>&nbsp;</div>"));
        typeInto(back, QStringLiteral("an answer"));
        QTest::keyClick(back, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(editor->statusLabel()->text().contains(QLatin1String("first field")), qPrintable(editor->statusLabel()->text()));
        QCOMPARE(*col->count(QStringLiteral("notes")), qint64(1));
        QCOMPARE(front->toPlainText(), QStringLiteral("<div><br>&nbsp;</div>"));
        QCOMPARE(back->toPlainText(), QStringLiteral("an answer"));

        // Media alone: added. The same image again is a duplicate; another image is not.
        front->clear();
        typeInto(front, QStringLiteral("<img src=\"x.png\">"));
        QTest::keyClick(front, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(*col->count(QStringLiteral("notes")), qint64(2));
        typeInto(front, QStringLiteral("<img src='x.png' alt=\"\">"));
        QTRY_VERIFY(editor->duplicateLabel()->isVisible());
        front->clear();
        typeInto(front, QStringLiteral("<img src=\"y.png\">"));
        QTRY_VERIFY(editor->duplicateLabel()->isHidden());

        // A sound tag alone: the same.
        front->clear();
        typeInto(front, QStringLiteral("[sound:a.mp3]"));
        typeInto(back, QStringLiteral("a sound"));
        QTest::keyClick(back, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(*col->count(QStringLiteral("notes")), qint64(3));
        typeInto(front, QStringLiteral("[sound:a.mp3]"));
        QTRY_VERIFY(editor->duplicateLabel()->isVisible());
        front->clear();
        typeInto(front, QStringLiteral("[sound:b.mp3]"));
        QTRY_VERIFY(editor->duplicateLabel()->isHidden());

        // A deck typed with an empty level is refused the same way, with the note kept.
        const int decks = int(col->decks()->size());
        QLineEdit *deckLine = editor->deckChooser()->lineEdit();
        deckLine->clear();
        typeInto(deckLine, QStringLiteral("Prep::::Sub"));
        QTest::keyClick(front, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(editor->statusLabel()->text().contains(QLatin1String("empty level")), qPrintable(editor->statusLabel()->text()));
        QCOMPARE(*col->count(QStringLiteral("notes")), qint64(3));
        QCOMPARE(int(col->decks()->size()), decks);
        QCOMPARE(front->toPlainText(), QStringLiteral("[sound:b.mp3]"));

        const auto firsts = *col->firstFields(col->notetypeByName(QStringLiteral("Basic"))->value().id);
        QStringList stored;
        for (const auto &[id, first] : firsts)
            stored << first;
        QVERIFY2(stored.contains(QStringLiteral("<img src=\"x.png\">")), qPrintable(stored.join(QLatin1Char('|'))));
        QVERIFY2(stored.contains(QStringLiteral("[sound:a.mp3]")), qPrintable(stored.join(QLatin1Char('|'))));
    }

    // 5 MB pasted into a field: the preview says it does not draw it instead of laying it out at
    // every pause, and Ctrl+Enter stores every character.
    void hugePastedFieldIsSavedIntact_andThePreviewSkipsIt()
    {
        auto col = basicCollection();
        EditorDialog dialog(*col, m_clock, std::optional<DeckId>());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        NoteEditor *editor = dialog.editor();
        chooseType(editor, QStringLiteral("Basic"));
        QPlainTextEdit *front = editor->fieldEditor(QStringLiteral("Front"));
        QString huge;
        huge.reserve(5 * 1024 * 1024 + 100);
        for (int i = 0; huge.size() < 5 * 1024 * 1024; ++i)
            huge += QStringLiteral("line %1 of a pasted log: <b>bold</b> & more text to fill it up\n").arg(i, 6, 10, QLatin1Char('0'));
        huge += QStringLiteral("the end");   // no trailing newline: stored exactly as pasted
        QApplication::clipboard()->setText(huge);
        front->setFocus();
        QTest::keyClick(front, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(front->toPlainText().size(), huge.size());
        QSignalSpy drawn(editor, &NoteEditor::previewReady);
        QTRY_VERIFY(drawn.count() >= 1);
        const QString html = drawn.last().at(0).toString();
        QVERIFY2(html.contains(QLatin1String("No preview")), qPrintable(html.left(300)));
        QVERIFY(html.size() < 1000);

        typeInto(editor->fieldEditor(QStringLiteral("Back")), QStringLiteral("short back"));
        QTest::keyClick(editor->fieldEditor(QStringLiteral("Back")), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(editor->statusLabel()->text().startsWith(QLatin1String("Added")), qPrintable(editor->statusLabel()->text()));
        // Read back through a second connection to the file.
        auto other = Collection::openReadOnly(col->path());
        QVERIFY(other);
        const auto firsts = *(*other)->firstFields((*(*other)->notetypeByName(QStringLiteral("Basic")))->id);
        bool found = false;
        for (const auto &[id, first] : firsts)
            found = found || first == huge;
        QVERIFY(found);
    }

    // Script and event attributes typed in a field never reach the preview: the renderer's
    // sanitiser drops them (checked here, not re-implemented).
    void scriptInAFieldIsSanitisedInThePreview()
    {
        auto col = basicCollection();
        EditorDialog dialog(*col, m_clock, std::optional<DeckId>());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        NoteEditor *editor = dialog.editor();
        chooseType(editor, QStringLiteral("Basic"));
        QSignalSpy drawn(editor, &NoteEditor::previewReady);
        typeInto(editor->fieldEditor(QStringLiteral("Front")),
                 QStringLiteral("<script>document.title='owned'</script><b onclick=\"alert(1)\">bold</b>"
                                "<img src=x onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">link</a>"));
        QTRY_VERIFY(drawn.count() >= 1);
        const QString html = drawn.last().at(0).toString();
        QVERIFY2(html.contains(QLatin1String("bold")), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("owned")), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("onclick"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("onerror"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("javascript:"), Qt::CaseInsensitive), qPrintable(html));
    }

    // Editing: emptying the first field of a note that had one is refused the same way; the
    // stored note keeps its text and the typing stays in the form.
    void editThatEmptiesTheFirstFieldIsRefused()
    {
        auto col = basicCollection();
        const NotetypeId basic = (*col->notetypeByName(QStringLiteral("Basic")))->id;
        const auto firsts = *col->firstFields(basic);
        QCOMPARE(int(firsts.size()), 1);
        const NoteId noteId = firsts.front().first;
        const CardId cardId = col->cardsOfNote(noteId)->front().id;
        EditorDialog dialog(*col, m_clock, cardId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        NoteEditor *editor = dialog.editor();
        QPlainTextEdit *front = editor->fieldEditor(QStringLiteral("Front"));
        front->setFocus();
        QTest::keyClick(front, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(front, QStringLiteral("<p> </p>"));
        QTest::keyClick(front, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(editor->statusLabel()->text().contains(QLatin1String("first field")), qPrintable(editor->statusLabel()->text()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(front->toPlainText(), QStringLiteral("<p> </p>"));
        QCOMPARE(col->note(noteId)->fields.value(0), QStringLiteral("<b>Paris</b>&nbsp;<img src=\"map.png\">"));
    }

    void editInReviewerReRendersTheCard()
    {
        MainWindow w(basicCollection(), std::make_unique<FixedClock>(kNow));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const auto items = w.deckTree()->findItems(QStringLiteral("Prep"), Qt::MatchExactly | Qt::MatchRecursive, 0);
        w.deckTree()->setCurrentItem(items.first());
        w.studySelected();
        QVERIFY(w.isStudying());
        CardView *view = w.reviewWidget()->view();
        QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Paris")), 15000);

        bool edited = false;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            auto *dialog = qobject_cast<EditorDialog *>(modal);
            if (!dialog || edited)
                return;
            if (!dialog->isActiveWindow()) {   // keys reach a window's shortcuts once it is active
                dialog->activateWindow();
                return;
            }
            edited = true;
            QPlainTextEdit *front = dialog->editor()->fieldEditor(QStringLiteral("Front"));
            front->setFocus();
            QTest::keyClick(front, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(front, QStringLiteral("Lyon, not Paris?"));
            QTest::keyClick(front, Qt::Key_Return, Qt::ControlModifier);   // saves and closes
        });
        QTest::keyClick(w.reviewWidget(), Qt::Key_E);
        QVERIFY(edited);
        QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Lyon, not Paris?")), 15000);
        auto card = w.collection().card(*w.reviewWidget()->currentCardId());
        QCOMPARE(w.collection().note(card->noteId)->fields.value(0), QStringLiteral("Lyon, not Paris?"));
    }

    void browserLowerPaneSavesAndUndoes()
    {
        auto col = basicCollection();
        BrowserWindow w(*col, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(searchIds(w, QStringLiteral("capital")).size(), size_t(1));
        w.table()->setFocus();
        w.table()->setCurrentIndex(w.model()->index(0, 0));
        NoteEditor *editor = w.editor();
        QVERIFY(editor->isEnabled());
        QPlainTextEdit *back = editor->fieldEditor(QStringLiteral("Back"));
        QCOMPARE(back->toPlainText(), QStringLiteral("capital of France"));
        back->setFocus();
        QTest::keyClick(back, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(back, QStringLiteral(" (since 508)"));
        QTest::keyClick(back, Qt::Key_Return, Qt::ControlModifier);
        const NoteId id = *editor->noteId();
        QCOMPARE(col->note(id)->fields.value(1), QStringLiteral("capital of France (since 508)"));
        QVERIFY(!editor->isModified());
        QCOMPARE(searchIds(w, QStringLiteral("\"since 508\"")).size(), size_t(1));

        // Ctrl+Z in the browser takes the edit back, and the pane shows the note as it was.
        w.table()->setFocus();
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(col->note(id)->fields.value(1), QStringLiteral("capital of France"));
        QCOMPARE(editor->fieldEditor(QStringLiteral("Back"))->toPlainText(), QStringLiteral("capital of France"));

        // Choosing another row saves unsaved edits first (here: the empty selection).
        back = editor->fieldEditor(QStringLiteral("Back"));
        back->setFocus();
        QTest::keyClick(back, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(back, QStringLiteral("!"));
        QVERIFY(editor->isModified());
        searchIds(w, QStringLiteral("nothing-matches-this"));
        QCOMPARE(col->note(id)->fields.value(1), QStringLiteral("capital of France!"));
    }

    void branchKeysReorderAtAnyDepth()
    {
        OutlineEditor outline(OutlineEditor::Mode::Branches);
        outline.show();
        QVERIFY(QTest::qWaitForWindowActive(&outline));
        outline.setText(QStringLiteral("- A\n  detect: da\n  fix: fa\n- B\n  detect: db\n  fix: fb\n- C\n  detect: dc\n  fix: fc"));
        QTreeWidget *tree = outline.tree();
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(1));
        QTest::keyClick(tree, Qt::Key_Right, Qt::AltModifier);   // B under A
        tree->setCurrentItem(tree->topLevelItem(1));
        QTest::keyClick(tree, Qt::Key_Right, Qt::AltModifier);   // C under A, after B
        QTest::keyClick(tree, Qt::Key_Right, Qt::AltModifier);   // C under B
        QCOMPARE(outline.text(), QStringLiteral("- A\n  detect: da\n  fix: fa\n"
                                                "  - B\n    detect: db\n    fix: fb\n"
                                                "    - C\n      detect: dc\n      fix: fc"));
        QTest::keyClick(tree, Qt::Key_Left, Qt::AltModifier);    // C back beside B
        QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);      // and before it
        QCOMPARE(outline.text(), QStringLiteral("- A\n  detect: da\n  fix: fa\n"
                                                "  - C\n    detect: dc\n    fix: fc\n"
                                                "  - B\n    detect: db\n    fix: fb"));
        tree->setCurrentItem(tree->topLevelItem(0)->child(1));
        QTest::keyClick(tree, Qt::Key_Delete);                   // B goes
        QCOMPARE(outline.text(), QStringLiteral("- A\n  detect: da\n  fix: fa\n"
                                                "  - C\n    detect: dc\n    fix: fc"));
    }

    void escAsksBeforeDiscardingTyping()
    {
        auto col = basicCollection();
        EditorDialog dialog(*col, m_clock, std::optional<DeckId>());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        NoteEditor *editor = dialog.editor();
        chooseType(editor, QStringLiteral("Basic"));
        typeInto(editor->fieldEditor(QStringLiteral("Front")), QStringLiteral("half a thought"));
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                ++asked;
                box->button(answer)->click();
            }
        });
        QTest::keyClick(editor->fieldEditor(QStringLiteral("Front")), Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(dialog.isVisible());   // Cancel keeps the note
        answer = QMessageBox::Discard;
        QTest::keyClick(editor->fieldEditor(QStringLiteral("Front")), Qt::Key_Escape);
        QCOMPARE(asked, 2);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(*col->count(QStringLiteral("notes")), qint64(1));   // nothing was added
    }

    void escOffersToSaveTheTyping()
    {
        // The Add window: Save adds the typed note and closes.
        auto col = basicCollection();
        {
            EditorDialog dialog(*col, m_clock, std::optional<DeckId>());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            NoteEditor *editor = dialog.editor();
            chooseType(editor, QStringLiteral("Basic"));
            typeInto(editor->fieldEditor(QStringLiteral("Front")), QStringLiteral("kept on Esc"));
            typeInto(editor->fieldEditor(QStringLiteral("Back")), QStringLiteral("by Save"));
            int asked = 0;
            widgettest::ModalDriver driver([&](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                    ++asked;
                    QVERIFY(box->button(QMessageBox::Discard));
                    box->button(QMessageBox::Save)->click();
                }
            });
            QTest::keyClick(editor->fieldEditor(QStringLiteral("Back")), Qt::Key_Escape);
            QCOMPARE(asked, 1);
            QVERIFY(!dialog.isVisible());
            QCOMPARE(dialog.addedCount(), 1);
            QCOMPARE(*col->count(QStringLiteral("notes")), qint64(2));
        }

        // The browser's lower pane: Esc closes the browser, asking first. Cancel keeps window and
        // typing; Discard closes and leaves the note as stored; Save writes the typing.
        BrowserWindow w(*col, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(searchIds(w, QStringLiteral("capital")).size(), size_t(1));
        w.table()->setCurrentIndex(w.model()->index(0, 0));
        NoteEditor *editor = w.editor();
        const NoteId id = *editor->noteId();
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        int asked = 0;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                ++asked;
                box->button(answer)->click();
            }
        });
        auto typeInPane = [&](const QString &text) {
            QPlainTextEdit *back = editor->fieldEditor(QStringLiteral("Back"));
            back->setFocus();
            QTest::keyClick(back, Qt::Key_End, Qt::ControlModifier);
            QTest::keyClicks(back, text);
            return back;
        };
        QPlainTextEdit *back = typeInPane(QStringLiteral(" (typo"));
        QTest::keyClick(back, Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(w.isVisible());
        QVERIFY(editor->isModified());
        QCOMPARE(col->note(id)->fields.value(1), QStringLiteral("capital of France"));

        answer = QMessageBox::Discard;
        w.activateWindow();   // keys reach a window's shortcuts once it is active again
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(back, Qt::Key_Escape);
        QCOMPARE(asked, 2);
        QVERIFY(!w.isVisible());
        QCOMPARE(col->note(id)->fields.value(1), QStringLiteral("capital of France"));
        QCOMPARE(editor->fieldEditor(QStringLiteral("Back"))->toPlainText(), QStringLiteral("capital of France"));

        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        back = typeInPane(QStringLiteral(" (saved)"));
        answer = QMessageBox::Save;
        QTest::keyClick(back, Qt::Key_Escape);
        QCOMPARE(asked, 3);
        QVERIFY(!w.isVisible());
        QCOMPARE(col->note(id)->fields.value(1), QStringLiteral("capital of France (saved)"));
    }

    void browserEditThatAddsABranchAddsItsCardAndUndoRemovesIt()
    {
        auto col = basicCollection();
        const DeckParseResult parsed = DeckParser::parse(QStringLiteral(
            "format: 1\ndeck: Trees\n\n## tree brt-outage\nRoot: Search outage\nBranches:\n"
            "- Index stale\n  detect: freshness lag\n  fix: reindex\n"));
        QVERIFY(parsed.ok());
        QVERIFY(DeckImporter::importDeck(*col, parsed.deck).ok());
        auto tree = col->noteByGuid(QStringLiteral("debrief:brt-outage"));
        QVERIFY(tree && *tree);
        const NoteId id = (**tree).id;
        QCOMPARE(col->cardsOfNote(id)->size(), size_t(2));

        BrowserWindow w(*col, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(searchIds(w, QStringLiteral("\"search outage\"")).size(), size_t(2));
        w.table()->setCurrentIndex(w.model()->index(0, 0));
        OutlineEditor *branches = w.editor()->outlineEditor();
        QVERIFY(branches);
        QVERIFY(addRow(branches, Qt::NoModifier, QStringLiteral("Cache poisoned"), QStringLiteral("stale hits"), QStringLiteral("flush")));
        QTest::keyClick(branches->tree(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(col->note(id)->fields.value(1), QStringLiteral("- Index stale\n  detect: freshness lag\n  fix: reindex\n"
                                                                "- Cache poisoned\n  detect: stale hits\n  fix: flush"));
        QCOMPARE(col->cardsOfNote(id)->size(), size_t(3));   // the new branch's card
        QCOMPARE(w.model()->rowCount(), 3);

        w.table()->setFocus();
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(col->note(id)->fields.value(1), QStringLiteral("- Index stale\n  detect: freshness lag\n  fix: reindex"));
        QCOMPARE(col->cardsOfNote(id)->size(), size_t(2));
    }

    void tagsCompleteFromTheCollection()
    {
        auto col = basicCollection();
        Note tagged = *col->note(col->cardsOfNote(*col->noteIdsInDecks({})->begin())->front().noteId);
        tagged.tags = QStringList{QStringLiteral("metrics::recall"), QStringLiteral("ml")};
        QVERIFY(col->updateNote(tagged));
        EditorDialog dialog(*col, m_clock, std::optional<DeckId>());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QLineEdit *tags = dialog.editor()->tagsLine();
        typeInto(tags, QStringLiteral("interview met"));
        QCompleter *completer = dialog.editor()->tagCompleter();
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("metrics::recall"));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(tags->text(), QStringLiteral("interview metrics::recall "));
    }
};

QTEST_MAIN(TestNoteEditor)
#include "tst_noteeditor.moc"
