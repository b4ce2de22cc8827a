// The branch and layer editor fed hostile input through the real Edit window: a cell of several
// MB, thousands of branches, nesting past what the deck format reads, the format's own markup,
// HTML, empty rows, control characters, lone surrogates, and moves at the edges. Each ends in one
// of two ways: the note is saved and reads back exactly (collection and editor), or the save is
// refused with a message that says what and where and the collection file is byte for byte the same.
// Expected field texts are written out here, not computed by the code under test.
#include "editordialog.h"
#include "noteeditor.h"
#include "outlineeditor.h"
#include "widgettest.h"

#include "decks/builtinnotetypes.h"
#include "decks/notecards.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QAction>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace debrief;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

// The collection as it is on disk: the database file and its write-ahead log.
QByteArray fileHash(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &p : {path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
        hash.addData(QByteArray("|"));
    }
    return hash.result().toHex();
}

QStringList cells(const QTreeWidgetItem *item)
{
    return {item->text(0), item->text(1), item->text(2)};
}

// F2 on a cell opens its editor (all selected); End, then the clipboard pasted after what it holds.
void pasteIntoCell(QTreeWidget *tree, QTreeWidgetItem *item, int column, const QString &text)
{
    tree->setFocus();
    tree->setCurrentItem(item, column);
    QTest::keyClick(tree, Qt::Key_F2);
    QWidget *cellEditor = QApplication::focusWidget();
    QVERIFY(cellEditor && cellEditor != tree);
    QApplication::clipboard()->setText(text);
    QTest::keyClick(cellEditor, Qt::Key_End);
    QTest::keyClick(cellEditor, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(cellEditor, Qt::Key_Return);
}

// F2 on a cell, its text replaced by typing.
void typeIntoCell(QTreeWidget *tree, QTreeWidgetItem *item, int column, const QString &text)
{
    tree->setFocus();
    tree->setCurrentItem(item, column);
    QTest::keyClick(tree, Qt::Key_F2);
    QWidget *cellEditor = QApplication::focusWidget();
    QVERIFY(cellEditor && cellEditor != tree);
    QTest::keyClick(cellEditor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(cellEditor, text);
    QTest::keyClick(cellEditor, Qt::Key_Return);
}

void key(QTreeWidget *tree, QTreeWidgetItem *item, Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    tree->setFocus();
    if (item)
        tree->setCurrentItem(item, 0);
    QTest::keyClick(tree, k, mods);
}

// Ctrl+Enter in the branch tree: saves the note.
void save(OutlineEditor *outline)
{
    outline->tree()->setFocus();
    QTest::keyClick(outline->tree(), Qt::Key_Return, Qt::ControlModifier);
}

QString branch(const QString &cause, const QString &detect, const QString &fix, int depth = 0)
{
    const QString in(depth * 2, QLatin1Char(' '));
    return in + QStringLiteral("- ") + cause + QLatin1Char('\n') + in + QStringLiteral("  detect: ") + detect + QLatin1Char('\n') + in
        + QStringLiteral("  fix: ") + fix;
}

QString layer(const QString &name, const QString &metrics, const QString &drives)
{
    return QStringLiteral("- ") + name + QStringLiteral("\n  metrics: ") + metrics + QStringLiteral("\n  drives: ") + drives;
}

} // namespace

class TestOutlineEditor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    FixedClock m_clock{kNow};

    // A new collection holding one tree (or layers) note in deck "Prep" whose list field is `list`;
    // returns the note's first card.
    CardId addNote(Collection &col, DeckKind kind, const QString &list)
    {
        auto type = BuiltinNotetypes::ensure(col, kind);
        auto deck = col.ensureDeck(QStringLiteral("Prep"));
        if (!type || !deck)
            qFatal("setup failed");
        Note n;
        n.notetypeId = type->id;
        n.fields = QStringList{kind == DeckKind::Tree ? QStringLiteral("Search outage") : QStringLiteral("Which metrics?"), list};
        auto change = NoteCards::add(col, n, deck->id, kNow.toSecsSinceEpoch());
        if (!change)
            qFatal("%s", qPrintable(change.error().message));
        return change->cardsAdded.front();
    }

    QString stored(Collection &col, CardId card) { return col.note(col.card(card)->noteId)->fields.value(1); }
    size_t cardCount(Collection &col, CardId card) { return col.cardsOfNote(col.card(card)->noteId)->size(); }

    // The Edit window on `card`, as E in the reviewer opens it.
    std::unique_ptr<EditorDialog> open(Collection &col, CardId card)
    {
        auto dialog = std::make_unique<EditorDialog>(col, m_clock, card);
        dialog->show();
        if (!QTest::qWaitForWindowActive(dialog.get()))
            qFatal("editor window not active");
        if (!dialog->editor()->outlineEditor())
            qFatal("no outline editor");
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest-Outline"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_outlineeditor"));
    }

    void init() { QSettings().clear(); }

    void cellOfSeveralMegabytesIsSavedIntact()
    {
        auto col = widgettest::newCollection(m_tmp);
        const CardId card = addNote(*col, DeckKind::Tree, branch(QStringLiteral("A"), QStringLiteral("da"), QStringLiteral("fa")));
        QString big;
        for (int i = 0; big.size() < 2 * 1024 * 1024; ++i)
            big += QStringLiteral("line %1 of a pasted log; ").arg(i, 7, 10, QLatin1Char('0'));
        big = big.trimmed();
        {
            auto dialog = open(*col, card);
            OutlineEditor *outline = dialog->editor()->outlineEditor();
            pasteIntoCell(outline->tree(), outline->tree()->topLevelItem(0), 1, big);
            save(outline);
            QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        }
        QCOMPARE(stored(*col, card), branch(QStringLiteral("A"), QStringLiteral("da") + big, QStringLiteral("fa")));
        {
            // Back in the editor, the cell holds it all; editing its end keeps the rest.
            auto dialog = open(*col, card);
            OutlineEditor *outline = dialog->editor()->outlineEditor();
            QTreeWidgetItem *a = outline->tree()->topLevelItem(0);
            QCOMPARE(a->text(1), QStringLiteral("da") + big);
            pasteIntoCell(outline->tree(), a, 1, QStringLiteral("!"));
            save(outline);
            QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        }
        QCOMPARE(stored(*col, card), branch(QStringLiteral("A"), QStringLiteral("da") + big + QStringLiteral("!"), QStringLiteral("fa")));

        // A layer's decision of a quarter megabyte, too (past the 32767 characters a line editor keeps by default).
        const QString mb = big.left(256 * 1024).trimmed();
        const CardId layers = addNote(*col, DeckKind::Layers, layer(QStringLiteral("Model"), QStringLiteral("accuracy"), QStringLiteral("gate")));
        {
            auto dialog = open(*col, layers);
            OutlineEditor *outline = dialog->editor()->outlineEditor();
            pasteIntoCell(outline->tree(), outline->tree()->topLevelItem(0), 2, mb);
            save(outline);
            QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        }
        QCOMPARE(stored(*col, layers), layer(QStringLiteral("Model"), QStringLiteral("accuracy"), QStringLiteral("gate") + mb));
        auto dialog = open(*col, layers);
        QCOMPARE(dialog->editor()->outlineEditor()->tree()->topLevelItem(0)->text(2), QStringLiteral("gate") + mb);
    }

    void thousandsOfBranchesAndLayersRoundTrip()
    {
        auto col = widgettest::newCollection(m_tmp);
        // 2000 branches, each with one sub-branch: 4000 branch cards.
        QStringList list;
        for (int i = 1; i <= 2000; ++i) {
            list << branch(QStringLiteral("cause %1").arg(i), QStringLiteral("d%1").arg(i), QStringLiteral("f%1").arg(i));
            list << branch(QStringLiteral("sub %1").arg(i), QStringLiteral("sd%1").arg(i), QStringLiteral("sf%1").arg(i), 1);
        }
        const CardId card = addNote(*col, DeckKind::Tree, list.join(QLatin1Char('\n')));
        QCOMPARE(cardCount(*col, card), size_t(4001));
        {
            auto dialog = open(*col, card);
            OutlineEditor *outline = dialog->editor()->outlineEditor();
            QTreeWidget *tree = outline->tree();
            QCOMPARE(tree->topLevelItemCount(), 2000);
            key(tree, tree->topLevelItem(1999), Qt::Key_Insert);   // a new last branch, its cause open
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("cause 2001"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            typeIntoCell(tree, tree->topLevelItem(2000), 1, QStringLiteral("d2001"));
            typeIntoCell(tree, tree->topLevelItem(2000), 2, QStringLiteral("f2001"));
            key(tree, tree->topLevelItem(0), Qt::Key_Delete);       // the first goes, with its sub-branch
            save(outline);
            QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        }
        list.removeFirst();
        list.removeFirst();
        list << branch(QStringLiteral("cause 2001"), QStringLiteral("d2001"), QStringLiteral("f2001"));
        QCOMPARE(stored(*col, card), list.join(QLatin1Char('\n')));
        QCOMPARE(cardCount(*col, card), size_t(4001));   // one branch fewer: the last card is suspended, not removed
        {
            auto dialog = open(*col, card);
            QTreeWidget *tree = dialog->editor()->outlineEditor()->tree();
            QCOMPARE(tree->topLevelItemCount(), 2000);
            QCOMPARE(cells(tree->topLevelItem(0)), (QStringList{QStringLiteral("cause 2"), QStringLiteral("d2"), QStringLiteral("f2")}));
            QCOMPARE(cells(tree->topLevelItem(0)->child(0)),
                     (QStringList{QStringLiteral("sub 2"), QStringLiteral("sd2"), QStringLiteral("sf2")}));
            QCOMPARE(cells(tree->topLevelItem(1999)),
                     (QStringList{QStringLiteral("cause 2001"), QStringLiteral("d2001"), QStringLiteral("f2001")}));
        }

        // 3000 layers; the last moves up one.
        QStringList layers;
        for (int i = 1; i <= 3000; ++i)
            layers << layer(QStringLiteral("layer %1").arg(i), QStringLiteral("m%1").arg(i), QStringLiteral("g%1").arg(i));
        const CardId stack = addNote(*col, DeckKind::Layers, layers.join(QLatin1Char('\n')));
        {
            auto dialog = open(*col, stack);
            OutlineEditor *outline = dialog->editor()->outlineEditor();
            key(outline->tree(), outline->tree()->topLevelItem(2999), Qt::Key_Up, Qt::AltModifier);
            save(outline);
            QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        }
        layers.swapItemsAt(2998, 2999);
        QCOMPARE(stored(*col, stack), layers.join(QLatin1Char('\n')));
        auto dialog = open(*col, stack);
        QCOMPARE(dialog->editor()->outlineEditor()->tree()->topLevelItemCount(), 3000);
        QCOMPARE(dialog->editor()->outlineEditor()->tree()->topLevelItem(2998)->text(0), QStringLiteral("layer 3000"));
    }

    void nestingDeeperThanTheFormatReadsIsRefused()
    {
        // The deck format reads sub-branches 1000 levels below the top (1001 in all): a chain that deep.
        auto col = widgettest::newCollection(m_tmp);
        QStringList chain;
        for (int d = 0; d <= 1000; ++d)
            chain << branch(QStringLiteral("c%1").arg(d), QStringLiteral("d%1").arg(d), QStringLiteral("f%1").arg(d), d);
        const QString field = chain.join(QLatin1Char('\n'));
        const CardId card = addNote(*col, DeckKind::Tree, field);
        QCOMPARE(cardCount(*col, card), size_t(1002));
        const QByteArray before = fileHash(col->path());

        auto dialog = open(*col, card);
        OutlineEditor *outline = dialog->editor()->outlineEditor();
        QTreeWidget *tree = outline->tree();
        QTreeWidgetItem *deepest = tree->topLevelItem(0);
        while (deepest->childCount() > 0)
            deepest = deepest->child(0);
        QCOMPARE(deepest->text(0), QStringLiteral("c1000"));
        key(tree, deepest, Qt::Key_Insert, Qt::ControlModifier);   // one level more
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("too deep"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTreeWidgetItem *tooDeep = deepest->child(0);
        QVERIFY(tooDeep);
        typeIntoCell(tree, tooDeep, 1, QStringLiteral("dd"));
        typeIntoCell(tree, tooDeep, 2, QStringLiteral("ff"));
        tree->setCurrentItem(tree->topLevelItem(0));
        save(outline);
        // Refused: the message names the branch (its card number, as in the preview's chooser) and
        // the limit, the branch is selected, and nothing was written.
        const QString message = dialog->editor()->statusLabel()->text();
        QVERIFY2(message.contains(QStringLiteral("1002")) && message.contains(QStringLiteral("1000")), qPrintable(message));
        QCOMPARE(tree->currentItem(), tooDeep);
        QVERIFY(dialog->editor()->isModified());
        QCOMPARE(fileHash(col->path()), before);
        QCOMPARE(stored(*col, card), field);

        // Outdented one level it fits, and is saved.
        key(tree, tooDeep, Qt::Key_Left, Qt::AltModifier);
        save(outline);
        QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        QCOMPARE(stored(*col, card), field + QLatin1Char('\n') + branch(QStringLiteral("too deep"), QStringLiteral("dd"), QStringLiteral("ff"), 1000));
        QCOMPARE(cardCount(*col, card), size_t(1003));
    }

    void formatMarkupInCellsIsSavedIntact()
    {
        auto col = widgettest::newCollection(m_tmp);
        const CardId card = addNote(*col, DeckKind::Tree, branch(QStringLiteral("A"), QStringLiteral("da"), QStringLiteral("fa")));
        const QStringList top{QStringLiteral("- detect: fix: covers: S1-F1"), QStringLiteral("fix: ``` open fence"),
                              QStringLiteral("## tree other-id Branches: Root: {{c1::x}} {{Root}}")};
        const QStringList sub{QStringLiteral("-"), QStringLiteral("covers: S1-F2 two  spaces"), QStringLiteral("a: b: c: - d")};
        {
            auto dialog = open(*col, card);
            OutlineEditor *outline = dialog->editor()->outlineEditor();
            QTreeWidget *tree = outline->tree();
            QTreeWidgetItem *a = tree->topLevelItem(0);
            for (int c = 0; c < 3; ++c)
                typeIntoCell(tree, a, c, top.at(c));
            key(tree, a, Qt::Key_Insert, Qt::ControlModifier);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            QTreeWidgetItem *child = a->child(0);
            QVERIFY(child);
            for (int c = 0; c < 3; ++c)
                typeIntoCell(tree, child, c, sub.at(c));
            save(outline);
            QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        }
        QCOMPARE(stored(*col, card), branch(top.at(0), top.at(1), top.at(2)) + QLatin1Char('\n') + branch(sub.at(0), sub.at(1), sub.at(2), 1));
        {
            auto dialog = open(*col, card);
            QTreeWidget *tree = dialog->editor()->outlineEditor()->tree();
            QCOMPARE(tree->topLevelItemCount(), 1);
            QCOMPARE(cells(tree->topLevelItem(0)), top);
            QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
            QCOMPARE(cells(tree->topLevelItem(0)->child(0)), sub);
        }

        // Layers: keys of the list inside names and values.
        const CardId stack = addNote(*col, DeckKind::Layers, layer(QStringLiteral("L"), QStringLiteral("m"), QStringLiteral("g")));
        const QStringList cellsTyped{QStringLiteral("- metrics: drives:"), QStringLiteral("drives: covers: S1-M1"),
                                     QStringLiteral("  metrics: indented   inside")};
        {
            auto dialog = open(*col, stack);
            OutlineEditor *outline = dialog->editor()->outlineEditor();
            for (int c = 0; c < 3; ++c)
                typeIntoCell(outline->tree(), outline->tree()->topLevelItem(0), c, cellsTyped.at(c));
            save(outline);
            QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        }
        // Blanks around a cell go, as the deck format trims values; blanks inside stay.
        QCOMPARE(stored(*col, stack), layer(cellsTyped.at(0), cellsTyped.at(1), QStringLiteral("metrics: indented   inside")));
        auto dialog = open(*col, stack);
        QCOMPARE(cells(dialog->editor()->outlineEditor()->tree()->topLevelItem(0)),
                 (QStringList{cellsTyped.at(0), cellsTyped.at(1), QStringLiteral("metrics: indented   inside")}));
    }

    void htmlAndScriptInCellsAreSavedIntactAndNeverRun()
    {
        auto col = widgettest::newCollection(m_tmp);
        const CardId card = addNote(*col, DeckKind::Tree, branch(QStringLiteral("A"), QStringLiteral("da"), QStringLiteral("fa")));
        const QStringList typed{QStringLiteral("<script>alert('cause')</script>"),
                                QStringLiteral("<b>bold</b> & <img src=x onerror=alert(1)>"),
                                QStringLiteral("</td></tr></table><!-- <iframe src=javascript:alert(2)>")};
        {
            auto dialog = open(*col, card);
            NoteEditor *editor = dialog->editor();
            OutlineEditor *outline = editor->outlineEditor();
            for (int c = 0; c < 3; ++c)
                typeIntoCell(outline->tree(), outline->tree()->topLevelItem(0), c, typed.at(c));
            QSignalSpy previews(editor, &NoteEditor::previewReady);
            editor->updatePreview();
            QCOMPARE(previews.count(), 1);
            const QString html = previews.at(0).at(0).toString();
            QVERIFY2(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(html));
            QVERIFY2(!html.contains(QRegularExpression(QStringLiteral("<[^>]*\\bon[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption)),
                     qPrintable(html));
            QVERIFY2(!html.contains(QStringLiteral("<iframe"), Qt::CaseInsensitive), qPrintable(html));
            save(outline);
            QCOMPARE(editor->statusLabel()->text(), QStringLiteral("Saved."));
        }
        QCOMPARE(stored(*col, card), branch(typed.at(0), typed.at(1), typed.at(2)));
        auto dialog = open(*col, card);
        QCOMPARE(cells(dialog->editor()->outlineEditor()->tree()->topLevelItem(0)), typed);
    }

    void emptyBranchIsRefusedWithItsNumberAndACauseOnlyBranchSaves()
    {
        // The deck format has no empty entry: a branch without a cause is refused (its card would
        // ask nothing, and an exported .deck file could not be imported again); a cause alone is a
        // branch.
        auto col = widgettest::newCollection(m_tmp);
        const QString field = branch(QStringLiteral("A"), QStringLiteral("da"), QStringLiteral("fa")) + QLatin1Char('\n')
            + branch(QStringLiteral("B"), QStringLiteral("db"), QStringLiteral("fb"));
        const CardId card = addNote(*col, DeckKind::Tree, field);
        const QByteArray before = fileHash(col->path());
        {
            auto dialog = open(*col, card);
            OutlineEditor *outline = dialog->editor()->outlineEditor();
            QTreeWidget *tree = outline->tree();
            key(tree, tree->topLevelItem(0), Qt::Key_Insert);   // a row between A and B, left empty
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            key(tree, tree->topLevelItem(2), Qt::Key_Insert);   // after B: a cause only
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("C"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(tree->topLevelItemCount(), 4);
            tree->setCurrentItem(tree->topLevelItem(0));
            save(outline);
            const QString message = dialog->editor()->statusLabel()->text();
            QVERIFY2(message.contains(QStringLiteral("Branch 2 has no cause")), qPrintable(message));
            QCOMPARE(tree->currentItem(), tree->topLevelItem(1));
            QCOMPARE(fileHash(col->path()), before);
            QCOMPARE(stored(*col, card), field);

            key(tree, tree->topLevelItem(1), Qt::Key_Delete);   // the empty row goes
            save(outline);
            QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        }
        QCOMPARE(stored(*col, card), field + QStringLiteral("\n- C\n  detect: \n  fix: "));
        QCOMPARE(cardCount(*col, card), size_t(4));
        auto dialog = open(*col, card);
        QTreeWidget *tree = dialog->editor()->outlineEditor()->tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(cells(tree->topLevelItem(2)), (QStringList{QStringLiteral("C"), QString(), QString()}));
    }

    void controlCharactersAndEmojiAreSavedIntact()
    {
        auto col = widgettest::newCollection(m_tmp);
        const CardId card = addNote(*col, DeckKind::Tree, branch(QStringLiteral("A"), QStringLiteral("da"), QStringLiteral("fa")));
        const QString controls = QStringLiteral("bell\x07 esc\x1b[31m del\x7f tab\there nbsp\u00a0x ");
        const QString emoji = QStringLiteral("grin \U0001F600 and \u202Eright-to-left");
        {
            auto dialog = open(*col, card);
            OutlineEditor *outline = dialog->editor()->outlineEditor();
            pasteIntoCell(outline->tree(), outline->tree()->topLevelItem(0), 1, controls + QStringLiteral("end"));
            pasteIntoCell(outline->tree(), outline->tree()->topLevelItem(0), 2, emoji);
            save(outline);
            QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        }
        const QString detect = QStringLiteral("da") + controls + QStringLiteral("end");
        const QString fix = QStringLiteral("fa") + emoji;
        QCOMPARE(stored(*col, card), branch(QStringLiteral("A"), detect, fix));
        auto dialog = open(*col, card);
        QCOMPARE(cells(dialog->editor()->outlineEditor()->tree()->topLevelItem(0)), (QStringList{QStringLiteral("A"), detect, fix}));
    }

    void pastedLineBreaksBecomeSpaces()
    {
        // A cell is one line of the deck format: a pasted multi-line text is joined, nothing dropped.
        auto col = widgettest::newCollection(m_tmp);
        const CardId card = addNote(*col, DeckKind::Tree, branch(QStringLiteral("A"), QStringLiteral("da"), QStringLiteral("fa")));
        {
            auto dialog = open(*col, card);
            OutlineEditor *outline = dialog->editor()->outlineEditor();
            pasteIntoCell(outline->tree(), outline->tree()->topLevelItem(0), 2, QStringLiteral(" one\ntwo\r\nthree\n- four\n  detect: five"));
            save(outline);
            QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        }
        QCOMPARE(stored(*col, card), branch(QStringLiteral("A"), QStringLiteral("da"), QStringLiteral("fa one two three - four detect: five")));
    }

    void fieldSeparatorAndLoneSurrogatesAreRefusedWithTheirPlace_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("where");   // the column's header, as the message names it
        QTest::newRow("unit separator in a branch") << int(DeckKind::Tree) << QStringLiteral("a\x1f" "b") << QStringLiteral("How to detect it");
        QTest::newRow("lone high surrogate in a branch")
            << int(DeckKind::Tree) << (QStringLiteral("x") + QChar(0xD83D) + QStringLiteral("y")) << QStringLiteral("How to detect it");
        QTest::newRow("lone low surrogate in a layer")
            << int(DeckKind::Layers) << (QChar(0xDE00) + QStringLiteral("z")) << QStringLiteral("Metrics");
    }

    void fieldSeparatorAndLoneSurrogatesAreRefusedWithTheirPlace()
    {
        QFETCH(int, kind);
        QFETCH(QString, pasted);
        QFETCH(QString, where);
        auto col = widgettest::newCollection(m_tmp);
        const QString field = DeckKind(kind) == DeckKind::Tree
            ? branch(QStringLiteral("A"), QStringLiteral("da"), QStringLiteral("fa")) + QLatin1Char('\n')
                + branch(QStringLiteral("B"), QStringLiteral("db"), QStringLiteral("fb"))
            : layer(QStringLiteral("A"), QStringLiteral("ma"), QStringLiteral("ga")) + QLatin1Char('\n')
                + layer(QStringLiteral("B"), QStringLiteral("mb"), QStringLiteral("gb"));
        const CardId card = addNote(*col, DeckKind(kind), field);
        const QByteArray before = fileHash(col->path());
        auto dialog = open(*col, card);
        OutlineEditor *outline = dialog->editor()->outlineEditor();
        QTreeWidget *tree = outline->tree();
        QTreeWidgetItem *second = tree->topLevelItem(1);
        // Inserted into the open cell editor as a paste does once it has the clipboard's text (X11
        // and the offscreen clipboard hand text over as UTF-8 bytes; Windows' hands over UTF-16 as is).
        tree->setFocus();
        tree->setCurrentItem(second, 1);
        QTest::keyClick(tree, Qt::Key_F2);
        auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cellEditor);
        QTest::keyClick(cellEditor, Qt::Key_End);
        cellEditor->insert(pasted);
        QTest::keyClick(cellEditor, Qt::Key_Return);
        tree->setFocus();   // Return stores the cell on the next event-loop pass; leaving it, at once
        QCOMPARE(second->text(1).right(pasted.size()), pasted);   // the cell holds what was pasted
        tree->setCurrentItem(tree->topLevelItem(0));
        save(outline);
        const QString message = dialog->editor()->statusLabel()->text();
        QVERIFY2(message.contains(QStringLiteral(" 2")) && message.contains(where), qPrintable(message));
        QCOMPARE(tree->currentItem(), second);
        QCOMPARE(fileHash(col->path()), before);
        QCOMPARE(stored(*col, card), field);

        // Retyped without it, the note is saved.
        typeIntoCell(tree, second, 1, QStringLiteral("clean"));
        save(outline);
        QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        QCOMPARE(stored(*col, card), DeckKind(kind) == DeckKind::Tree
                                         ? branch(QStringLiteral("A"), QStringLiteral("da"), QStringLiteral("fa")) + QLatin1Char('\n')
                                             + branch(QStringLiteral("B"), QStringLiteral("clean"), QStringLiteral("fb"))
                                         : layer(QStringLiteral("A"), QStringLiteral("ma"), QStringLiteral("ga")) + QLatin1Char('\n')
                                             + layer(QStringLiteral("B"), QStringLiteral("clean"), QStringLiteral("gb")));
    }

    void fieldSeparatorInAnotherFieldIsRefusedWithItsName()
    {
        // The same character pasted into the tree's Root (a plain text field): the collection refuses it.
        auto col = widgettest::newCollection(m_tmp);
        const QString field = branch(QStringLiteral("A"), QStringLiteral("da"), QStringLiteral("fa"));
        const CardId card = addNote(*col, DeckKind::Tree, field);
        const QByteArray before = fileHash(col->path());
        auto dialog = open(*col, card);
        QPlainTextEdit *root = dialog->editor()->fieldEditor(QStringLiteral("Root"));
        QVERIFY(root);
        root->setFocus();
        QTest::keyClick(root, Qt::Key_End, Qt::ControlModifier);
        QApplication::clipboard()->setText(QStringLiteral(" a\x1f" "b"));
        QTest::keyClick(root, Qt::Key_V, Qt::ControlModifier);
        QTest::keyClick(root, Qt::Key_Return, Qt::ControlModifier);
        const QString message = dialog->editor()->statusLabel()->text();
        QVERIFY2(message.contains(QStringLiteral("Root")) && message.contains(QStringLiteral("U+001F")), qPrintable(message));
        QCOMPARE(fileHash(col->path()), before);
        const Note note = *col->note(col->card(card)->noteId);
        QCOMPARE(note.fields, (QStringList{QStringLiteral("Search outage"), field, QString()}));
    }

    void movesAndRemovalsAtTheEdges()
    {
        auto col = widgettest::newCollection(m_tmp);
        const QString a = branch(QStringLiteral("A"), QStringLiteral("da"), QStringLiteral("fa"));
        const QString a1 = branch(QStringLiteral("A1"), QStringLiteral("da1"), QStringLiteral("fa1"), 1);
        const QString b = branch(QStringLiteral("B"), QStringLiteral("db"), QStringLiteral("fb"));
        const QString c = branch(QStringLiteral("C"), QStringLiteral("dc"), QStringLiteral("fc"));
        const QString field = a + QLatin1Char('\n') + a1 + QLatin1Char('\n') + b + QLatin1Char('\n') + c;
        const CardId card = addNote(*col, DeckKind::Tree, field);
        auto dialog = open(*col, card);
        OutlineEditor *outline = dialog->editor()->outlineEditor();
        QTreeWidget *tree = outline->tree();
        QTreeWidgetItem *first = tree->topLevelItem(0);
        // The first can go neither up, nor left, nor right (nothing above to become its parent).
        for (Qt::Key k : {Qt::Key_Up, Qt::Key_Left, Qt::Key_Right})
            key(tree, first, k, Qt::AltModifier);
        QCOMPARE(outline->text(), field);
        key(tree, tree->topLevelItem(2), Qt::Key_Down, Qt::AltModifier);   // the last cannot go down
        QCOMPARE(outline->text(), field);
        QTreeWidgetItem *only = first->child(0);                            // the only sub-branch
        for (Qt::Key k : {Qt::Key_Up, Qt::Key_Down, Qt::Key_Right})
            key(tree, only, k, Qt::AltModifier);
        QCOMPARE(outline->text(), field);
        key(tree, only, Qt::Key_Left, Qt::AltModifier);                     // out, right after A
        const QString a1Top = branch(QStringLiteral("A1"), QStringLiteral("da1"), QStringLiteral("fa1"));
        QCOMPARE(outline->text(), a + QLatin1Char('\n') + a1Top + QLatin1Char('\n') + b + QLatin1Char('\n') + c);
        key(tree, tree->topLevelItem(3), Qt::Key_Up, Qt::AltModifier);      // the last up one
        key(tree, tree->topLevelItem(0), Qt::Key_Down, Qt::AltModifier);    // the first down one
        QCOMPARE(outline->text(), a1Top + QLatin1Char('\n') + a + QLatin1Char('\n') + c + QLatin1Char('\n') + b);
        key(tree, tree->topLevelItem(3), Qt::Key_Delete);                   // the last
        key(tree, tree->topLevelItem(0), Qt::Key_Delete);                   // the first
        QCOMPARE(outline->text(), a + QLatin1Char('\n') + c);
        save(outline);
        QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        QCOMPARE(stored(*col, card), a + QLatin1Char('\n') + c);
        dialog.reset();   // saving closes the Edit window; open it again
        dialog = open(*col, card);
        outline = dialog->editor()->outlineEditor();
        tree = outline->tree();

        // Down to the only branch, then none: the root stays a note, the branch cards are suspended.
        key(tree, tree->topLevelItem(1), Qt::Key_Delete);
        QCOMPARE(tree->topLevelItemCount(), 1);
        for (Qt::Key k : {Qt::Key_Up, Qt::Key_Down, Qt::Key_Left, Qt::Key_Right})
            key(tree, tree->topLevelItem(0), k, Qt::AltModifier);
        QCOMPARE(outline->text(), a);
        key(tree, tree->topLevelItem(0), Qt::Key_Delete);
        QCOMPARE(tree->topLevelItemCount(), 0);
        key(tree, nullptr, Qt::Key_Delete);                                 // nothing left: nothing happens
        key(tree, nullptr, Qt::Key_Up, Qt::AltModifier);
        // A tree needs a branch (as in a .deck file): refused, the last saved branches stay.
        const QByteArray before = fileHash(col->path());
        save(outline);
        const QString message = dialog->editor()->statusLabel()->text();
        QVERIFY2(message.contains(QStringLiteral("at least one branch")), qPrintable(message));
        QCOMPARE(fileHash(col->path()), before);
        QCOMPARE(stored(*col, card), a + QLatin1Char('\n') + c);
    }

    void buttonsWhileACellIsBeingTypedKeepTheTyping()
    {
        // Clicking Down or Add Branch while a cell editor is open: the typed text moves with its branch.
        auto col = widgettest::newCollection(m_tmp);
        const QString field = branch(QStringLiteral("A"), QStringLiteral("da"), QStringLiteral("fa")) + QLatin1Char('\n')
            + branch(QStringLiteral("B"), QStringLiteral("db"), QStringLiteral("fb"));
        const CardId card = addNote(*col, DeckKind::Tree, field);
        auto dialog = open(*col, card);
        OutlineEditor *outline = dialog->editor()->outlineEditor();
        QTreeWidget *tree = outline->tree();
        auto button = [&](const QString &action) {
            auto *a = outline->findChild<QAction *>(action);
            for (QToolButton *b : outline->findChildren<QToolButton *>())
                if (b->defaultAction() == a)
                    return b;
            return static_cast<QToolButton *>(nullptr);
        };
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0), 1);
        QTest::keyClick(tree, Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("typed"));
        QVERIFY(button(QStringLiteral("moveDown")));
        QTest::mouseClick(button(QStringLiteral("moveDown")), Qt::LeftButton);
        QCOMPARE(cells(tree->topLevelItem(1)), (QStringList{QStringLiteral("A"), QStringLiteral("typed"), QStringLiteral("fa")}));

        tree->setCurrentItem(tree->topLevelItem(1), 2);
        QTest::keyClick(tree, Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("also typed"));
        QTest::mouseClick(button(QStringLiteral("addSibling")), Qt::LeftButton);
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(1)->text(2), QStringLiteral("also typed"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);   // the new row stays empty
        key(tree, tree->topLevelItem(2), Qt::Key_Delete);
        save(outline);
        QCOMPARE(dialog->editor()->statusLabel()->text(), QStringLiteral("Saved."));
        QCOMPARE(stored(*col, card), branch(QStringLiteral("B"), QStringLiteral("db"), QStringLiteral("fb")) + QLatin1Char('\n')
                                         + branch(QStringLiteral("A"), QStringLiteral("typed"), QStringLiteral("also typed")));
    }
};

QTEST_MAIN(TestOutlineEditor)
#include "tst_outlineeditor.moc"
