// Issue 11 on the main window: deck create/rename/reparent/delete and its undo with the keyboard
// and drag and drop, deck options and presets changing the next intervals, preferences that
// persist, the backups dialog restoring, and About. Real SQLite files, real widgets.
#include "aboutdialog.h"
#include "backups.h"
#include "backupsdialog.h"
#include "deckactions.h"
#include "deckoptionsdialog.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "theme.h"
#include "widgettest.h"

#include "import/ankipackageimporter.h"
#include "model/stocknotetypes.h"
#include "storage/collection.h"
#include "study/reviewsession.h"
#include "util/clock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtTest>

using namespace debrief;
using namespace debrief::widgettest;

class TestDeckManagement : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

    // `count` new Basic cards in deck `deckName` of `c`.
    static void addCards(Collection &c, const QString &deckName, int count)
    {
        const Deck deck = *c.ensureDeck(deckName);
        auto type = c.notetypeByName(QStringLiteral("Basic"));
        const NotetypeId typeId = (type && *type) ? (*type)->id : c.addNotetype(StockNotetypes::basic())->id;
        for (int i = 0; i < count; ++i) {
            Note n;
            n.notetypeId = typeId;
            n.fields = QStringList{QStringLiteral("%1 question %2").arg(deckName).arg(i), QStringLiteral("answer")};
            auto note = c.addNote(n);
            Card card;
            card.noteId = note->id;
            card.deckId = deck.id;
            card.state = NewState{i + 1};
            if (!c.addCard(card))
                qFatal("addCard failed");
        }
    }

    static QTreeWidgetItem *findDeck(QTreeWidget *tree, const QString &text)
    {
        const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return items.isEmpty() ? nullptr : items.first();
    }

    // After a modal dialog the window gets its focus back, as on a desktop.
    static void focusTree(MainWindow &w)
    {
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.deckTree()->setFocus();
    }

    static QString fullName(QTreeWidgetItem *item) { return item ? item->data(0, Qt::UserRole + 1).toString() : QString(); }

    // Answers the next QInputDialog with `text` (OK), once.
    static std::function<void(QWidget *)> typeInto(const QString &text, QString *label = nullptr)
    {
        auto done = std::make_shared<bool>(false);
        return [text, label, done](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            if (!input || *done)
                return;
            *done = true;
            if (label)
                *label = input->labelText();
            input->setTextValue(text);
            input->accept();
        };
    }

    // Answers the first QInputDialog with `text` (OK); the second one, which a refused name opens
    // again, is read into `label` and `kept` and cancelled.
    static std::function<void(QWidget *)> typeThenReadRetry(const QString &text, QString *label, QString *kept)
    {
        auto seen = std::make_shared<int>(0);
        return [text, label, kept, seen](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            if (!input || input->property("tst_seen").toBool())
                return;
            input->setProperty("tst_seen", true);
            if (++*seen == 1) {
                input->setTextValue(text);
                input->accept();
            } else {
                *label = input->labelText();
                *kept = input->textValue();
                input->reject();
            }
        };
    }

    // Every deck as "id name", read from the file through a second connection.
    static QStringList decksOnDisk(const QString &path)
    {
        auto other = Collection::openReadOnly(path);
        if (!other)
            return {QStringLiteral("cannot open: ") + other.error().message};
        QStringList out;
        for (const Deck &d : *(*other)->decks())
            out << QStringLiteral("%1 %2").arg(d.id).arg(d.name);
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest-Decks"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_deckmanagement"));
    }

    void init() { QSettings().clear(); }

    void createRenameReparentDelete_withKeysAndDrop_thenUndoDelete()
    {
        auto col = newCollection(m_tmp);
        addCards(*col, QStringLiteral("Prep::Metrics"), 3);
        addCards(*col, QStringLiteral("Loose"), 2);
        Collection *c = col.get();
        MainWindow w(std::move(col), std::make_unique<FixedClock>(m_now));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTreeWidget *tree = w.deckTree();
        tree->setFocus();
        tree->setCurrentItem(findDeck(tree, QStringLiteral("Prep")));

        // Ctrl+Shift+N: the name starts under the selected deck.
        QString prompt;
        {
            ModalDriver driver(typeInto(QStringLiteral("Prep::Models"), &prompt));
            QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        }
        QVERIFY(*c->deckByName(QStringLiteral("Prep::Models")));
        QCOMPARE(fullName(tree->currentItem()), QStringLiteral("Prep::Models"));
        QCOMPARE(tree->currentItem()->parent()->text(0), QStringLiteral("Prep"));

        // F2: out of the parent by dropping the prefix.
        focusTree(w);
        {
            ModalDriver driver(typeInto(QStringLiteral("Models")));
            QTest::keyClick(tree, Qt::Key_F2);
        }
        QVERIFY2(!*c->deckByName(QStringLiteral("Prep::Models")), qPrintable(w.statusBar()->currentMessage()));
        QTreeWidgetItem *models = findDeck(tree, QStringLiteral("Models"));
        QVERIFY(models);
        QVERIFY(!models->parent());
        const DeckId modelsId = models->data(0, Qt::UserRole).toLongLong();

        // F2 into a parent by "::", subdecks following: Prep → Interview::Prep.
        tree->setCurrentItem(findDeck(tree, QStringLiteral("Prep")));
        focusTree(w);
        {
            ModalDriver driver(typeInto(QStringLiteral("Interview::Prep")));
            QTest::keyClick(tree, Qt::Key_F2);
        }
        QVERIFY(*c->deckByName(QStringLiteral("Interview::Prep::Metrics")));
        QCOMPARE(fullName(findDeck(tree, QStringLiteral("Metrics"))), QStringLiteral("Interview::Prep::Metrics"));

        // Drag "Models" onto "Prep": it becomes Interview::Prep::Models.
        tree->setCurrentItem(findDeck(tree, QStringLiteral("Models")));
        {
            QTreeWidgetItem *target = findDeck(tree, QStringLiteral("Prep"));
            std::unique_ptr<QMimeData> mime(tree->model()->mimeData({tree->currentIndex()}));
            QVERIFY2(mime && !mime->formats().isEmpty(), qPrintable(mime ? mime->formats().join(QLatin1Char(',')) : QStringLiteral("null")));
            QVERIFY(w.deckActions()->currentDeck());
            const QPoint at = tree->visualItemRect(target).center();
            // Qt delivers a drop only to the widget that took the drag's enter event.
            QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(tree->viewport(), &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(tree->viewport(), &drop);
            QVERIFY(drop.isAccepted());
        }
        QTRY_VERIFY(*c->deckByName(QStringLiteral("Interview::Prep::Models")));
        QCOMPARE((*c->deckByName(QStringLiteral("Interview::Prep::Models")))->id, modelsId);
        QTRY_COMPARE(fullName(findDeck(tree, QStringLiteral("Models"))), QStringLiteral("Interview::Prep::Models"));

        // Del: the question names the card count; Yes deletes after a backup.
        tree->setCurrentItem(findDeck(tree, QStringLiteral("Prep")));
        focusTree(w);
        QString question;
        {
            ModalDriver driver([&question](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal); box && question.isEmpty()) {
                    question = box->text();
                    box->button(QMessageBox::Yes)->click();
                }
            });
            QTest::keyClick(tree, Qt::Key_Delete);
        }
        QVERIFY2(question.contains(QLatin1String(" 3 card")), qPrintable(question));
        QVERIFY(!*c->deckByName(QStringLiteral("Interview::Prep")));
        QVERIFY(!*c->deckByName(QStringLiteral("Interview::Prep::Metrics")));
        QVERIFY(*c->deckByName(QStringLiteral("Interview")));
        QCOMPARE(*c->count(QStringLiteral("cards")), qint64(2));
        QVERIFY(!findDeck(tree, QStringLiteral("Metrics")));
        const std::vector<Backups::Entry> backups = Backups::list(*c);
        QCOMPARE(backups.size(), size_t(1));
        QVERIFY(backups.front().path.endsWith(QLatin1String("-before-delete.sqlite")));

        // Ctrl+Z on the deck list brings it all back, subdecks and cards.
        focusTree(w);
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(*c->deckByName(QStringLiteral("Interview::Prep::Metrics")));
        QVERIFY(*c->deckByName(QStringLiteral("Interview::Prep::Models")));
        QCOMPARE(*c->count(QStringLiteral("cards")), qint64(5));
        QTreeWidgetItem *metrics = findDeck(tree, QStringLiteral("Metrics"));
        QVERIFY(metrics);
        QCOMPARE(metrics->text(1), QStringLiteral("3"));
        QVERIFY(!w.deckActions()->canUndoDelete());
        QVERIFY(c->check()->empty());
    }

    // Hostile deck names in the New Deck and Rename dialogs: each is refused with its reason in
    // the dialog that comes back with the text as typed, and the collection file is unchanged.
    // Empty "::" levels are refused rather than stripped (see DeckName).
    void badDeckNames_areRefusedWithTheReason_andTheFileIsUnchanged()
    {
        auto col = newCollection(m_tmp);
        addCards(*col, QStringLiteral("Prep::Metrics"), 2);
        addCards(*col, QStringLiteral("Loose"), 1);
        addCards(*col, QStringLiteral("Ärger"), 1);
        Collection *c = col.get();
        const QString path = c->path();
        MainWindow w(std::move(col), std::make_unique<FixedClock>(m_now));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTreeWidget *tree = w.deckTree();
        const QStringList before = decksOnDisk(path);
        QCOMPARE(before.size(), 5);   // Default, Prep, Prep::Metrics, Loose, Ärger

        const QString longName = QString(201, QLatin1Char('x'));
        const struct {
            QString name;
            QString reason;
        } bad[] = {
            {QStringLiteral("A::::B"), QStringLiteral("empty level")},
            {QStringLiteral("::A"), QStringLiteral("empty level")},
            {QStringLiteral("A::"), QStringLiteral("empty level")},
            {QStringLiteral("  ::  "), QStringLiteral("empty level")},
            {QStringLiteral("   "), QStringLiteral("Type a name")},
            {QString(), QStringLiteral("Type a name")},
            {longName, QStringLiteral("limited to 200 characters; this one has 201")},
            {QStringLiteral("prep"), QStringLiteral("“Prep” already exists")},
            {QStringLiteral("PREP::metrics"), QStringLiteral("“Prep::Metrics” already exists")},
            {QStringLiteral("ärger"), QStringLiteral("“Ärger” already exists")},   // beyond ASCII too
        };
        for (const auto &b : bad) {
            tree->setCurrentItem(findDeck(tree, QStringLiteral("Default")));
            focusTree(w);
            QString label, kept;
            {
                ModalDriver driver(typeThenReadRetry(b.name, &label, &kept));
                QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
            }
            QVERIFY2(label.contains(b.reason), qPrintable(b.name + QStringLiteral(" → ") + label));
            QCOMPARE(kept, b.name);
            QCOMPARE(decksOnDisk(path), before);
        }

        // A new subdeck typed under "ärger" goes under the existing "Ärger".
        tree->setCurrentItem(findDeck(tree, QStringLiteral("Default")));
        focusTree(w);
        {
            ModalDriver driver(typeInto(QStringLiteral("ärger::Sub")));
            QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        }
        QCOMPARE(fullName(tree->currentItem()), QStringLiteral("Ärger::Sub"));
        QCOMPARE(int(c->decks()->size()), 6);

        // Rename "Loose": onto another deck in any case, or with an empty level, is refused too.
        const QStringList after = decksOnDisk(path);
        const struct {
            QString name;
            QString reason;
        } badRenames[] = {
            {QStringLiteral("prep"), QStringLiteral("“Prep” already exists")},
            {QStringLiteral("Prep::METRICS"), QStringLiteral("“Prep::Metrics” already exists")},
            {QStringLiteral(" ÄRGER "), QStringLiteral("“Ärger” already exists")},
            {QStringLiteral("Prep::::Loose"), QStringLiteral("empty level")},
            {QStringLiteral(" :: "), QStringLiteral("empty level")},
            {longName, QStringLiteral("limited to 200 characters")},
        };
        for (const auto &b : badRenames) {
            tree->setCurrentItem(findDeck(tree, QStringLiteral("Loose")));
            focusTree(w);
            QString label, kept;
            {
                ModalDriver driver(typeThenReadRetry(b.name, &label, &kept));
                QTest::keyClick(tree, Qt::Key_F2);
            }
            QVERIFY2(label.contains(b.reason), qPrintable(b.name + QStringLiteral(" → ") + label));
            QCOMPARE(kept, b.name);
            QCOMPARE(decksOnDisk(path), after);
        }

        // Into its own subtree, as Anki does: "Prep" becomes "Prep::Old" with its subdeck, and a
        // new empty "Prep" holds it; ids and cards stay.
        const DeckId prepId = findDeck(tree, QStringLiteral("Prep"))->data(0, Qt::UserRole).toLongLong();
        tree->setCurrentItem(findDeck(tree, QStringLiteral("Prep")));
        focusTree(w);
        {
            ModalDriver driver(typeInto(QStringLiteral("Prep::Old")));
            QTest::keyClick(tree, Qt::Key_F2);
        }
        QCOMPARE(c->deck(prepId)->name, QStringLiteral("Prep::Old"));
        QVERIFY(*c->deckByName(QStringLiteral("Prep::Old::Metrics")));
        QVERIFY((*c->deckByName(QStringLiteral("Prep")))->id != prepId);
        QCOMPARE(*c->cardCountWithSubdecks(prepId), qint64(2));
        QVERIFY(c->check()->empty());
    }

    void deleteDeck_cancelKeepsIt_andDefaultCannotGo()
    {
        auto col = newCollection(m_tmp);
        addCards(*col, QStringLiteral("Keep"), 1);
        Collection *c = col.get();
        MainWindow w(std::move(col), std::make_unique<FixedClock>(m_now));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTreeWidget *tree = w.deckTree();
        tree->setFocus();
        tree->setCurrentItem(findDeck(tree, QStringLiteral("Keep")));
        {
            ModalDriver driver([](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal))
                    box->button(QMessageBox::Cancel)->click();
            });
            QTest::keyClick(tree, Qt::Key_Delete);
        }
        QVERIFY(*c->deckByName(QStringLiteral("Keep")));
        QVERIFY(Backups::list(*c).empty());
        QVERIFY(!w.deckActions()->deleteDeck(1));
        QVERIFY(*c->deckByName(QStringLiteral("Default")));
    }

    void decksMenu_onlyOnTheDeckList()
    {
        auto col = newCollection(m_tmp);
        addCards(*col, QStringLiteral("Studied"), 2);
        MainWindow w(std::move(col), std::make_unique<FixedClock>(m_now));
        w.show();
        QMenu *menu = child<QMenu>(w, QStringLiteral("decksMenu"));
        QVERIFY(menu->isEnabled());
        w.deckTree()->setCurrentItem(findDeck(w.deckTree(), QStringLiteral("Studied")));
        w.studySelected();
        QVERIFY(w.isStudying());
        QVERIFY(!menu->isEnabled());
        w.showDecks();
        QVERIFY(menu->isEnabled());
    }

    void description_isEditedAndShownBesideTheList()
    {
        auto col = newCollection(m_tmp);
        addCards(*col, QStringLiteral("Described"), 1);
        Collection *c = col.get();
        MainWindow w(std::move(col), std::make_unique<FixedClock>(m_now));
        w.show();
        QTreeWidget *tree = w.deckTree();
        tree->setCurrentItem(findDeck(tree, QStringLiteral("Described")));
        QLabel *label = child<QLabel>(w, QStringLiteral("deckDescription"));
        QVERIFY(label->isHidden());
        {
            ModalDriver driver([](QWidget *modal) {
                if (auto *input = qobject_cast<QInputDialog *>(modal)) {
                    input->setTextValue(QStringLiteral("Precision, recall and when each matters."));
                    input->accept();
                }
            });
            child<QAction>(w, QStringLiteral("deckDescriptionAction"))->trigger();
        }
        const DeckId id = (*c->deckByName(QStringLiteral("Described")))->id;
        QCOMPARE(c->deck(id)->description, QStringLiteral("Precision, recall and when each matters."));
        QCOMPARE(label->text(), QStringLiteral("Precision, recall and when each matters."));
        QVERIFY(label->isVisible());
        tree->setCurrentItem(findDeck(tree, QStringLiteral("Default")));
        QVERIFY(label->isHidden());
    }

    void optionsPreset_changesTheNextCardsIntervals()
    {
        auto c = newCollection(m_tmp);
        addCards(*c, QStringLiteral("Fast"), 1);
        addCards(*c, QStringLiteral("Slow"), 1);
        const DeckId fast = (*c->deckByName(QStringLiteral("Fast")))->id;
        const DeckId slow = (*c->deckByName(QStringLiteral("Slow")))->id;
        FixedClock clock(m_now);
        {
            ReviewSession session(*c, clock, fast);
            auto card = session.nextCard();
            QVERIFY(card && *card);
            const auto labels = *session.buttonLabels(**card);
            QCOMPARE(labels[0], QStringLiteral("<1m"));   // Again: the first default step, 1m
        }

        DeckOptionsDialog dialog(*c, fast);
        dialog.addPreset(QStringLiteral("Cram"), false);
        child<QLineEdit>(dialog, QStringLiteral("learnSteps"))->setText(QStringLiteral("5m 2h"));
        child<QSpinBox>(dialog, QStringLiteral("easyInterval"))->setValue(9);
        child<QSpinBox>(dialog, QStringLiteral("newPerDay"))->setValue(3);
        child<QCheckBox>(dialog, QStringLiteral("fuzz"))->setChecked(false);   // so the Easy interval is exact
        QVERIFY(dialog.save());

        const Deck fastDeck = *c->deck(fast);
        QVERIFY(fastDeck.presetId != 1);
        QCOMPARE(c->deck(slow)->presetId, PresetId(1));   // the other deck keeps Default
        {
            ReviewSession session(*c, clock, fast);
            auto card = session.nextCard();
            QVERIFY(card && *card);
            const auto labels = *session.buttonLabels(**card);
            QCOMPARE(labels[0], QStringLiteral("<5m"));   // within the 20-minute learn-ahead limit
            QCOMPARE(labels[3], QStringLiteral("9d"));
            QVERIFY(session.answer(**card, Rating::Easy, 1000));
            QCOMPARE(c->card((*card)->id)->state.index(), CardState(ReviewState{}).index());
            QCOMPARE(std::get<ReviewState>(c->card((*card)->id)->state).intervalDays, 9);
        }
        {
            ReviewSession session(*c, clock, slow);
            auto card = session.nextCard();
            QCOMPARE(session.buttonLabels(**card)->at(0), QStringLiteral("<1m"));
        }

        // The preset is shared: Slow chooses it in its own options.
        DeckOptionsDialog slowDialog(*c, slow);
        auto *preset = child<QComboBox>(slowDialog, QStringLiteral("preset"));
        QCOMPARE(preset->count(), 2);
        QVERIFY(preset->itemText(1).startsWith(QLatin1String("Cram")));
        preset->setCurrentIndex(1);
        emit preset->activated(1);
        QCOMPARE(child<QSpinBox>(slowDialog, QStringLiteral("easyInterval"))->value(), 9);
        QVERIFY(slowDialog.save());
        QCOMPARE(c->deck(slow)->presetId, fastDeck.presetId);
        QCOMPARE(c->configForDeck(slow)->newPerDay, 3);
    }

    void options_badStepsAreRefusedWithAMessage_andCancelWritesNothing()
    {
        auto c = newCollection(m_tmp);
        addCards(*c, QStringLiteral("Steps"), 1);
        const DeckId deck = (*c->deckByName(QStringLiteral("Steps")))->id;
        DeckOptionsDialog dialog(*c, deck);
        dialog.show();
        child<QLineEdit>(dialog, QStringLiteral("learnSteps"))->setText(QStringLiteral("1m 10x"));
        dialog.accept();
        QVERIFY(dialog.isVisible());   // not accepted
        QLabel *error = child<QLabel>(dialog, QStringLiteral("error"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("10x")), qPrintable(error->text()));
        QCOMPARE(c->configForDeck(deck)->learnStepsSecs, (std::vector<int>{60, 600}));

        child<QLineEdit>(dialog, QStringLiteral("learnSteps"))->setText(QStringLiteral("2m"));
        child<QSpinBox>(dialog, QStringLiteral("graduatingInterval"))->setValue(10);   // easy 4 < graduating 10
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(error->text().contains(QLatin1String("10")));

        dialog.addPreset(QStringLiteral("Never saved"), true);
        dialog.reject();
        QCOMPARE(c->presets()->size(), size_t(1));
        QCOMPARE(c->configForDeck(deck)->graduatingIntervalDays, 1);
    }

    void optionsPreset_renameDeleteAndRestoreDefaults()
    {
        auto c = newCollection(m_tmp);
        addCards(*c, QStringLiteral("P"), 1);
        const DeckId deck = (*c->deckByName(QStringLiteral("P")))->id;
        {
            DeckOptionsDialog dialog(*c, deck);
            dialog.addPreset(QStringLiteral("Old name"), false);
            child<QSpinBox>(dialog, QStringLiteral("maximumInterval"))->setValue(180);
            dialog.renamePreset(QStringLiteral("Half year"));
            QVERIFY(dialog.save());
        }
        auto presets = *c->presets();
        QCOMPARE(presets.size(), size_t(2));
        QCOMPARE(presets[1].name, QStringLiteral("Half year"));
        QCOMPARE(c->configForDeck(deck)->maximumIntervalDays, 180);
        {
            DeckOptionsDialog dialog(*c, deck);
            dialog.restoreDefaults();
            QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("maximumInterval"))->value(), 36500);
            QVERIFY(dialog.save());
        }
        QCOMPARE(c->configForDeck(deck)->maximumIntervalDays, 36500);
        {
            DeckOptionsDialog dialog(*c, deck);
            dialog.deletePreset();
            QVERIFY(dialog.save());
        }
        QCOMPARE(c->presets()->size(), size_t(1));
        QCOMPARE(c->deck(deck)->presetId, PresetId(1));
    }

    void optionsShortcut_opensTheDialogForTheSelectedDeck()
    {
        auto col = newCollection(m_tmp);
        addCards(*col, QStringLiteral("Opt"), 1);
        MainWindow w(std::move(col), std::make_unique<FixedClock>(m_now));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.deckTree()->setFocus();
        w.deckTree()->setCurrentItem(findDeck(w.deckTree(), QStringLiteral("Opt")));
        QString title;
        {
            ModalDriver driver([&title](QWidget *modal) {
                if (auto *dialog = qobject_cast<DeckOptionsDialog *>(modal)) {
                    title = dialog->windowTitle();
                    dialog->reject();
                }
            });
            QTest::keyClick(w.deckTree(), Qt::Key_O);
        }
        QCOMPARE(title, QStringLiteral("Options for Opt"));
    }

    void preferences_persist()
    {
        const QString path = m_tmp.filePath(QStringLiteral("prefs.sqlite"));
        {
            auto c = Collection::open(path);
            QVERIFY(c);
            SchedulerConfig other;
            QVERIFY((*c)->addPreset(QStringLiteral("Other"), other));
            PreferencesDialog dialog(**c);
            child<QComboBox>(dialog, QStringLiteral("theme"))->setCurrentIndex(2);   // Dark
            child<QSpinBox>(dialog, QStringLiteral("rolloverHour"))->setValue(6);
            child<QSpinBox>(dialog, QStringLiteral("learnAhead"))->setValue(45);
            child<QSpinBox>(dialog, QStringLiteral("cardZoom"))->setValue(150);
            child<QSpinBox>(dialog, QStringLiteral("backupInterval"))->setValue(12);
            child<QSpinBox>(dialog, QStringLiteral("backupKeep"))->setValue(5);
            child<QLineEdit>(dialog, QStringLiteral("learnerName"))->setText(QStringLiteral("Ada"));
            child<QCheckBox>(dialog, QStringLiteral("hasTargetDate"))->setChecked(true);
            child<QDateEdit>(dialog, QStringLiteral("targetDate"))->setDate(QDate(2026, 5, 4));
            auto *language = child<QComboBox>(dialog, QStringLiteral("language"));
            language->setCurrentIndex(language->findData(QStringLiteral("de")));
            QVERIFY(language->currentIndex() > 0);
            QVERIFY(dialog.save());
        }
        // A new start: the collection and QSettings hold it all.
        auto c = Collection::open(path);
        QVERIFY(c);
        QCOMPARE(*(*c)->rolloverHour(), 6);
        for (const auto &p : *(*c)->presets())
            QCOMPARE((*c)->preset(p.id)->learnAheadSecs, 45 * 60);
        QCOMPARE(*(*c)->configValue(QStringLiteral("learner_name")), QStringLiteral("Ada"));
        QCOMPARE(*(*c)->configValue(QStringLiteral("target_date")), QStringLiteral("2026-05-04"));
        QCOMPARE(Theme::mode(), Theme::Mode::Dark);
        QVERIFY(Theme::isDark());
        QCOMPARE(PreferencesDialog::cardZoomPercent(), 150);
        QCOMPARE(Backups::intervalHours(), 12);
        QCOMPARE(Backups::keepCount(), 5);
        PreferencesDialog again(**c);
        QCOMPARE(child<QSpinBox>(again, QStringLiteral("rolloverHour"))->value(), 6);
        QCOMPARE(child<QComboBox>(again, QStringLiteral("language"))->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(child<QLineEdit>(again, QStringLiteral("learnerName"))->text(), QStringLiteral("Ada"));
        QVERIFY(child<QCheckBox>(again, QStringLiteral("hasTargetDate"))->isChecked());
        // Unsetting the date removes it, so reports fall back to "no target".
        child<QCheckBox>(again, QStringLiteral("hasTargetDate"))->setChecked(false);
        child<QComboBox>(again, QStringLiteral("theme"))->setCurrentIndex(1);   // Light
        QVERIFY(again.save());
        QCOMPARE(*(*c)->configValue(QStringLiteral("target_date")), QString());
        QVERIFY(!Theme::isDark());
    }

    // Preferences > Collection > Move…: a real collection (an Anki package with its media file,
    // and a backup) goes to an empty folder: copied, verified, switched, the old place removed.
    // The same place and a folder with something in it are refused with a message.
    void preferences_moveTheCollection_toAnEmptyFolderOnly()
    {
        const QString oldDir = m_tmp.filePath(QStringLiteral("move-from"));
        const QString oldPath = QDir(oldDir).filePath(QStringLiteral("collection.sqlite"));
        auto c = Collection::open(oldPath);
        QVERIFY(c);
        ImportOptions options;
        const ImportResult imported = AnkiPackageImporter::importFile(**c, QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/anki/media.apkg"), options);
        QVERIFY(imported.ok());
        addCards(**c, QStringLiteral("Prep"), 3);
        QVERIFY(Backups::take(**c));
        const qint64 notes = *(*c)->count(QStringLiteral("notes"));
        const qint64 cards = *(*c)->count(QStringLiteral("cards"));
        QVERIFY(QFile::exists(QDir(oldDir).filePath(QStringLiteral("media/foo.wav"))));
        QFile wav(QDir(oldDir).filePath(QStringLiteral("media/foo.wav")));
        QVERIFY(wav.open(QIODevice::ReadOnly));
        const QByteArray wavBytes = wav.readAll();
        wav.close();
        QCOMPARE(Backups::list(**c).size(), size_t(1));

        PreferencesDialog dialog(**c);
        auto *error = child<QLabel>(dialog, QStringLiteral("error"));
        auto *location = child<QLineEdit>(dialog, QStringLiteral("collectionLocation"));
        QCOMPARE(QDir::fromNativeSeparators(location->text()), QFileInfo(oldDir).absoluteFilePath());

        // Refused: where it already is, and a folder that is not empty.
        QVERIFY(!dialog.moveCollection(oldDir));
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("already")));
        const QString busy = m_tmp.filePath(QStringLiteral("busy"));
        QDir().mkpath(busy);
        QFile other(QDir(busy).filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("mine");
        other.close();
        QVERIFY(!dialog.moveCollection(busy));
        QVERIFY(error->text().contains(QStringLiteral("not empty")));
        QCOMPARE(QDir(busy).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("notes.txt")});
        QCOMPARE((*c)->path(), QFileInfo(oldPath).absoluteFilePath());
        QVERIFY(QFile::exists(oldPath));

        // Moved into a folder that does not exist yet.
        const QString newDir = m_tmp.filePath(QStringLiteral("elsewhere/debrief"));
        QSignalSpy moved(&dialog, &PreferencesDialog::collectionMoved);
        QVERIFY2(dialog.moveCollection(newDir), qPrintable(error->text()));
        QCOMPARE(moved.count(), 1);
        const QString newPath = QDir(newDir).filePath(QStringLiteral("collection.sqlite"));
        QCOMPARE((*c)->path(), QFileInfo(newPath).absoluteFilePath());
        QCOMPARE(QDir::fromNativeSeparators(location->text()), QFileInfo(newDir).absoluteFilePath());
        QCOMPARE(PreferencesDialog::savedCollectionDir(), QFileInfo(newDir).absoluteFilePath());
        QVERIFY(!QFileInfo::exists(oldDir));   // the old place is gone, folder and all
        QFile moved_wav(QDir(newDir).filePath(QStringLiteral("media/foo.wav")));
        QVERIFY(moved_wav.open(QIODevice::ReadOnly));
        QCOMPARE(moved_wav.readAll(), wavBytes);
        QCOMPARE((*c)->mediaDir(), QDir(newDir).filePath(QStringLiteral("media")));
        QCOMPARE(Backups::list(**c).size(), size_t(1));
        // The open collection works on the new file: it reads and writes there.
        QCOMPARE(*(*c)->count(QStringLiteral("notes")), notes);
        QCOMPARE(*(*c)->count(QStringLiteral("cards")), cards);
        QVERIFY((*c)->ensureDeck(QStringLiteral("After the move")));
        c->reset();   // closes it, and its lock
        auto reopened = Collection::open(newPath);
        QVERIFY(reopened);
        QCOMPARE(*(*reopened)->count(QStringLiteral("cards")), cards);
        QVERIFY(*(*reopened)->deckByName(QStringLiteral("After the move")));
        QSettings().remove(QStringLiteral("collection/location"));
    }

    void backupsDialog_listsAndRestores_afterBackingUpTheCurrentState()
    {
        auto c = newCollection(m_tmp);
        addCards(*c, QStringLiteral("Old"), 2);
        QVERIFY(Backups::take(*c));
        addCards(*c, QStringLiteral("New"), 3);

        BackupsDialog dialog(*c);
        QSignalSpy restored(&dialog, &BackupsDialog::restored);
        QTreeWidget *list = dialog.list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("2"));   // cards in the backup
        QVERIFY(!list->topLevelItem(0)->text(1).isEmpty());            // size
        list->setCurrentItem(list->topLevelItem(0));
        QString question;
        {
            ModalDriver driver([&question](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal); box && question.isEmpty()) {
                    question = box->text();
                    box->button(QMessageBox::Yes)->click();
                }
            });
            child<QPushButton>(dialog, QStringLiteral("restore"))->click();
        }
        QVERIFY(!question.isEmpty());
        QCOMPARE(restored.count(), 1);
        QVERIFY(*c->deckByName(QStringLiteral("Old")));
        QVERIFY(!*c->deckByName(QStringLiteral("New")));
        QCOMPARE(*c->count(QStringLiteral("cards")), qint64(2));
        // The state before the restore is the newest backup now, with its 5 cards.
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(list->topLevelItem(0)->text(3).contains(QLatin1String("before-restore")));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("5"));
        QVERIFY(c->ensureDeck(QStringLiteral("Writable after restore")));
    }

    void automaticBackup_takesWhenDueAndKeepsTheNewest()
    {
        auto c = newCollection(m_tmp);
        Backups::setAutomatic(24, 2);
        const QDateTime now = QDateTime::currentDateTime();
        auto first = Backups::takeIfDue(*c, now);
        QVERIFY(first && *first);
        auto notDue = Backups::takeIfDue(*c, now.addSecs(3600));
        QVERIFY(notDue && !*notDue);
        // Two more, each due a day later: only the newest two stay.
        for (int day = 1; day <= 2; ++day) {
            QTest::qWait(1100);   // file names carry seconds; the next backup needs a new name
            auto due = Backups::takeIfDue(*c, now.addDays(day).addSecs(60));
            QVERIFY2(due, qPrintable(due ? QString() : due.error().message));
            QVERIFY(*due);
        }
        QCOMPARE(Backups::list(*c).size(), size_t(2));
        Backups::setAutomatic(0, 2);
        auto never = Backups::takeIfDue(*c, now.addDays(30));
        QVERIFY(never && !*never);
    }

    void about_namesVersionsAndHighlighting()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        AboutDialog about(QStringLiteral("/tmp/x/collection.sqlite"));
        const QString facts = child<QLabel>(about, QStringLiteral("facts"))->text();
        QVERIFY(facts.contains(QLatin1String("9.8.7")));
        QVERIFY(facts.contains(QString::fromLatin1(qVersion())));
        QVERIFY(facts.contains(QStringLiteral("Qt %1 flavour").arg(QT_VERSION_MAJOR)));
        QVERIFY(facts.contains(QLatin1String("highlighting")));
        QVERIFY(facts.contains(QLatin1String("collection.sqlite")));
    }
};

QTEST_MAIN(TestDeckManagement)
#include "tst_deckmanagement.moc"
