// The review screen's keys, counts, overview and "done for today" page, driven with QTest on a
// real collection; the counts are checked at each step against `debrief-cli due` run on the same file.
#include "cardview.h"
#include "deckoptionsdialog.h"
#include "mainwindow.h"
#include "rehearsalwidget.h"
#include "reviewwidget.h"
#include "studyheader.h"
#include "widgettest.h"

#include "decks/deckimporter.h"
#include "decks/deckparser.h"
#include "model/stocknotetypes.h"
#include "scheduling/studyday.h"
#include "storage/collection.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "util/clock.h"

#include <QApplication>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QtTest>

using namespace debrief;
using namespace debrief::widgettest;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
const QString kDeck = QStringLiteral("Prep::Metrics");

// `debrief-cli due --deck` on the collection's folder at kNow, as {new, learn, review}.
std::array<int, 3> cliDue(Collection &col, const QString &deck)
{
    QProcess p;
    p.start(QStringLiteral(DEBRIEF_CLI_PATH), {QStringLiteral("--data-dir"), QFileInfo(col.path()).absolutePath(), QStringLiteral("--now"),
                                               kNow.toString(Qt::ISODate), QStringLiteral("due"), QStringLiteral("--deck"), deck,
                                               QStringLiteral("--json")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("debrief-cli due failed: %s", p.readAllStandardError().constData());
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return {o.value(QStringLiteral("new")).toInt(-1), o.value(QStringLiteral("learn")).toInt(-1), o.value(QStringLiteral("review")).toInt(-1)};
}

std::array<int, 3> shown(const ReviewWidget &w)
{
    const DueCounts c = w.shownCounts();
    return {c.newCount, c.learnCount, c.reviewCount};
}

} // namespace

class TestReviewWidget : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    qint64 m_today = 0;

    // `fresh` new cards and `reviews` review cards due today in kDeck, one note each.
    std::unique_ptr<Collection> makeCollection(int fresh, int reviews, const QString &description = QString())
    {
        auto col = newCollection(m_tmp);
        auto deck = col->ensureDeck(kDeck);
        if (!description.isEmpty()) {
            Deck d = *deck;
            d.description = description;
            if (!col->updateDeck(d))
                qFatal("updateDeck failed");
        }
        auto type = col->addNotetype(StockNotetypes::basic());
        for (int i = 0; i < fresh + reviews; ++i) {
            Note n;
            n.notetypeId = type->id;
            n.fields = QStringList{QStringLiteral("Question %1").arg(i), QStringLiteral("Answer %1").arg(i)};
            auto note = col->addNote(n);
            Card c;
            c.noteId = note->id;
            c.deckId = deck->id;
            if (i < fresh)
                c.state = NewState{i + 1};
            else
                c.state = ReviewState{5, 2500, 0, false, m_today};
            if (!col->addCard(c))
                qFatal("addCard failed");
        }
        return col;
    }

    static qint64 notes(Collection &col) { return *col.count(QStringLiteral("notes")); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("debrief-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reviewwidget"));
        QSettings().clear();
        m_today = StudyDay::dayNumber(kNow, 0, 4);
    }

    // Study until "done for today": after every answer the counts shown are the CLI's.
    void countsMatchTheCliUntilDone()
    {
        auto col = makeCollection(2, 2);
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(col->deckByName(kDeck)->value().id, kDeck));
        QCOMPARE(child<QLabel>(w, QStringLiteral("reviewTitle"))->text(), kDeck);
        QCOMPARE(shown(w), (std::array<int, 3>{2, 0, 2}));
        QCOMPARE(shown(w), cliDue(*col, kDeck));
        // Reviews come before new cards: the review count is the underlined one.
        const QString counts = child<QLabel>(w, QStringLiteral("reviewCounts"))->text();
        QVERIFY2(counts.contains(QStringLiteral("<u>2</u>")) && counts.indexOf(QStringLiteral("<u>")) > counts.lastIndexOf(QStringLiteral("#d93025")),
                 qPrintable(counts));
        int steps = 0;
        QSignalSpy finished(&w, &ReviewWidget::finished);
        while (w.page() == ReviewWidget::Page::Study && steps < 20) {
            QTest::keyClick(&w, Qt::Key_Space);
            QTest::keyClick(&w, Qt::Key_4);   // Easy: every card leaves today's queue
            ++steps;
            QCOMPARE(shown(w), cliDue(*col, kDeck));
        }
        QCOMPARE(steps, 4);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(w.page(), ReviewWidget::Page::Done);
        QCOMPARE(shown(w), (std::array<int, 3>{0, 0, 0}));
        QVERIFY2(child<QLabel>(w, QStringLiteral("doneText"))->text().contains(QStringLiteral("The next card is due")),
                 qPrintable(child<QLabel>(w, QStringLiteral("doneText"))->text()));
    }

    void overviewBeforeStudying()
    {
        auto col = makeCollection(3, 1, QStringLiteral("Metrics an interviewer asks about."));
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showOverview(col->deckByName(kDeck)->value().id, kDeck);
        QCOMPARE(w.page(), ReviewWidget::Page::Overview);
        QCOMPARE(child<QLabel>(w, QStringLiteral("overviewTitle"))->text(), kDeck);
        QCOMPARE(child<QLabel>(w, QStringLiteral("overviewCounts"))->text(), QStringLiteral("New: 3    Learning: 0    To review: 1"));
        QCOMPARE(shown(w), cliDue(*col, kDeck));
        QCOMPARE(child<QLabel>(w, QStringLiteral("overviewDescription"))->text(), QStringLiteral("Metrics an interviewer asks about."));
        QTest::keyClick(&w, Qt::Key_Space);   // Study Now
        QCOMPARE(w.page(), ReviewWidget::Page::Study);
        QVERIFY(w.currentCardId().has_value());
        QVERIFY(!w.answerShown());
    }

    void enterOnTheDeckListOpensTheOverview()
    {
        MainWindow w(makeCollection(1, 0), std::make_unique<FixedClock>(kNow));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto items = w.deckTree()->findItems(QStringLiteral("Metrics"), Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY(!items.isEmpty());
        w.deckTree()->setCurrentItem(items.first());
        w.deckTree()->setFocus();
        QTest::keyClick(w.deckTree(), Qt::Key_Return);
        QVERIFY(w.isStudying());
        QCOMPARE(w.reviewWidget()->page(), ReviewWidget::Page::Overview);
    }

    void doneScreenStudiesMore()
    {
        auto col = makeCollection(3, 0);
        // Add a review card due tomorrow, for "review ahead".
        {
            auto deck = col->deckByName(kDeck)->value();
            Note n;
            n.notetypeId = col->notetypeByName(StockNotetypes::basic().name)->value().id;
            n.fields = QStringList{QStringLiteral("Ahead"), QStringLiteral("A")};
            auto note = col->addNote(n);
            Card c;
            c.noteId = note->id;
            c.deckId = deck.id;
            c.state = ReviewState{5, 2500, 0, false, m_today + 1};
            QVERIFY(col->addCard(c));
            // Two new cards a day, so one new card waits for "more new cards".
            SchedulerConfig config = *col->preset(deck.presetId);
            config.newPerDay = 2;
            QVERIFY(col->savePreset(deck.presetId, QStringLiteral("Default"), config));
        }
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const DeckId deck = col->deckByName(kDeck)->value().id;
        QVERIFY(w.start(deck, kDeck));
        QCOMPARE(shown(w), (std::array<int, 3>{2, 0, 0}));
        // The first new card: Again (back in a minute), then the queue brings it back; Easy on all.
        QTest::keyClick(&w, Qt::Key_Space);
        QTest::keyClick(&w, Qt::Key_1);
        int steps = 0;
        while (w.page() == ReviewWidget::Page::Study && steps < 10) {
            QTest::keyClick(&w, Qt::Key_Space);
            QTest::keyClick(&w, Qt::Key_4);
            ++steps;
        }
        // The other new card, then the one answered Again (its 1-minute step is inside the learn-ahead limit).
        QCOMPARE(steps, 2);
        QCOMPARE(w.page(), ReviewWidget::Page::Done);
        // A new card is left for tomorrow's limit: "tomorrow".
        QVERIFY2(child<QLabel>(w, QStringLiteral("doneText"))->text().contains(QStringLiteral("tomorrow")),
                 qPrintable(child<QLabel>(w, QStringLiteral("doneText"))->text()));

        QVERIFY(w.studyMoreNew(5));
        QCOMPARE(w.page(), ReviewWidget::Page::Study);
        QTest::keyClick(&w, Qt::Key_Space);
        QTest::keyClick(&w, Qt::Key_4);
        QCOMPARE(w.page(), ReviewWidget::Page::Done);
        QVERIFY(!w.studyMoreNew(5));   // none left
        QCOMPARE(child<QLabel>(w, QStringLiteral("doneNote"))->text(), QStringLiteral("No cards for that."));

        QVERIFY(w.reviewAhead(1));
        QCOMPARE(col->note(col->card(*w.currentCardId())->noteId)->fields.value(0), QStringLiteral("Ahead"));
        QTest::keyClick(&w, Qt::Key_Space);
        QTest::keyClick(&w, Qt::Key_3);
        QCOMPARE(w.page(), ReviewWidget::Page::Done);

        // The card answered Again today comes back once more.
        QVERIFY(w.studyForgotten());
        QTest::keyClick(&w, Qt::Key_Space);
        QTest::keyClick(&w, Qt::Key_4);
        QCOMPARE(w.page(), ReviewWidget::Page::Done);
    }

    void minusBuriesAndZUndoes()
    {
        auto col = makeCollection(2, 0);
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString()));
        const CardId first = *w.currentCardId();
        QTest::keyClick(&w, Qt::Key_Minus);
        QCOMPARE(col->card(first)->queue, CardQueue::ManuallyBuried);
        QCOMPARE(col->card(first)->buriedUntilDay, int(m_today + 1));
        QVERIFY(w.currentCardId() != first);
        QCOMPARE(shown(w), (std::array<int, 3>{1, 0, 0}));
        QTest::keyClick(&w, Qt::Key_Z);
        QCOMPARE(col->card(first)->queue, CardQueue::Normal);
        QCOMPARE(w.currentCardId(), first);
        QCOMPARE(shown(w), (std::array<int, 3>{2, 0, 0}));
    }

    void atSuspendsAndCtrlZUndoes()
    {
        auto col = makeCollection(1, 0);
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString()));
        const CardId first = *w.currentCardId();
        QTest::keyClick(&w, '@');
        QCOMPARE(col->card(first)->queue, CardQueue::Suspended);
        QCOMPARE(w.page(), ReviewWidget::Page::Done);   // it was the only card
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(col->card(first)->queue, CardQueue::Normal);
        QCOMPARE(w.page(), ReviewWidget::Page::Study);
        QCOMPARE(w.currentCardId(), first);
    }

    void ctrlDigitsToggleFlags()
    {
        auto col = makeCollection(1, 0);
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString()));
        const CardId id = *w.currentCardId();
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(col->card(id)->flags, 2);
        QCOMPARE(child<QLabel>(w, QStringLiteral("reviewMarks"))->text(), QStringLiteral("Orange flag"));
        QCOMPARE(w.currentCardId(), id);   // flagging stays on the card
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(col->card(id)->flags, 1);
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);   // the same flag again takes it off
        QCOMPARE(col->card(id)->flags, 0);
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(col->card(id)->flags, 3);
        QTest::keyClick(&w, Qt::Key_Z);
        QCOMPARE(col->card(id)->flags, 4);
        QVERIFY(!w.answerShown());   // Ctrl+digits are not ratings
        QCOMPARE(*col->count(QStringLiteral("revlog")), 0);
    }

    void asteriskMarksTheNote()
    {
        auto col = makeCollection(1, 0);
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString()));
        const NoteId note = col->card(*w.currentCardId())->noteId;
        QTest::keyClick(&w, '*');
        QVERIFY(col->note(note)->tags.contains(QStringLiteral("marked")));
        QCOMPARE(child<QLabel>(w, QStringLiteral("reviewMarks"))->text(), QStringLiteral("Marked"));
        QTest::keyClick(&w, '*');
        QVERIFY(!col->note(note)->tags.contains(QStringLiteral("marked")));
        QTest::keyClick(&w, Qt::Key_Z);
        QVERIFY(col->note(note)->tags.contains(QStringLiteral("marked")));
    }

    void ctrlDeleteDeletesTheNoteAfterAsking()
    {
        auto col = makeCollection(2, 0);
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString()));
        const CardId first = *w.currentCardId();
        // "No" keeps it.
        int asked = 0;
        {
            ModalDriver no([&asked](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                    ++asked;
                    box->button(QMessageBox::No)->click();
                }
            });
            QTest::keyClick(&w, Qt::Key_Delete, Qt::ControlModifier);
        }
        QCOMPARE(asked, 1);
        QCOMPARE(notes(*col), qint64(2));
        QCOMPARE(w.currentCardId(), first);
        // The closed box handed activation back; the window's shortcuts need it.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        {
            ModalDriver yes([&asked](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                    ++asked;
                    box->button(QMessageBox::Yes)->click();
                }
            });
            QTest::keyClick(&w, Qt::Key_Delete, Qt::ControlModifier);
        }
        QCOMPARE(asked, 2);
        QCOMPARE(notes(*col), qint64(1));
        QVERIFY(!col->card(first));
        QVERIFY(w.currentCardId() != first);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Z);
        QCOMPARE(notes(*col), qint64(2));
        QVERIFY(col->card(first));
        QCOMPARE(w.currentCardId(), first);
    }

    void zUndoesAnAnswer()
    {
        auto col = makeCollection(2, 0);
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString()));
        const CardId first = *w.currentCardId();
        QTest::keyClick(&w, Qt::Key_Space);
        QTest::keyClick(&w, Qt::Key_3);
        QCOMPARE(*col->count(QStringLiteral("revlog")), 1);
        QTest::keyClick(&w, Qt::Key_Z);
        QCOMPARE(*col->count(QStringLiteral("revlog")), 0);
        QCOMPARE(w.currentCardId(), first);
    }

    // One undo stack: an answer, a bury and a note deletion, taken back in reverse order by Z,
    // Ctrl+Z and Z. Undoing the deletion brings the note's cards back with their review history
    // and the answer's undo record, so the answer given before the deletion can still be undone.
    void zUndoesAnswerBuryAndDeleteInTurn()
    {
        auto col = makeCollection(3, 0);
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.start(std::nullopt, QString()));
        auto revlogOf = [&col](CardId card) {
            Result<Statement> s = col->database().prepare(QStringLiteral("SELECT count(*) FROM revlog WHERE card_id = ?"));
            s->bind(1, card);
            Result<bool> row = s->step();
            return row && *row ? s->int64(0) : qint64(-1);
        };

        // Again: the first card stays in learning.
        const CardId answered = *w.currentCardId();
        const Card answeredBefore = *col->card(answered);
        QTest::keyClick(&w, Qt::Key_Space);
        QTest::keyClick(&w, Qt::Key_1);
        QCOMPARE(revlogOf(answered), qint64(1));
        QVERIFY(!(col->card(answered)->state == answeredBefore.state));

        const CardId buried = *w.currentCardId();
        QVERIFY(buried != answered);
        QTest::keyClick(&w, Qt::Key_Minus);
        QCOMPARE(col->card(buried)->queue, CardQueue::ManuallyBuried);

        // The shown card's note goes (the third card, or the answered one back from learning: either
        // way the deletion clears the collection's answer-undo records).
        const CardId deleted = *w.currentCardId();
        const NoteId deletedNote = col->card(deleted)->noteId;
        {
            ModalDriver yes([](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal))
                    box->button(QMessageBox::Yes)->click();
            });
            QTest::keyClick(&w, Qt::Key_Delete, Qt::ControlModifier);
        }
        QVERIFY(!col->note(deletedNote));
        QVERIFY(!col->card(deleted));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        // Z: the note and its card are back, under the same ids.
        QTest::keyClick(&w, Qt::Key_Z);
        QVERIFY(col->note(deletedNote));
        QVERIFY(col->card(deleted));
        QCOMPARE(w.currentCardId(), std::optional<CardId>(deleted));
        // Ctrl+Z: the bury.
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(col->card(buried)->queue, CardQueue::Normal);
        QCOMPARE(w.currentCardId(), std::optional<CardId>(buried));
        // Z: the answer, with its review log row, although a deletion came in between.
        QTest::keyClick(&w, Qt::Key_Z);
        QCOMPARE(revlogOf(answered), qint64(0));
        QCOMPARE(*col->count(QStringLiteral("revlog")), qint64(0));
        QVERIFY(col->card(answered)->state == answeredBefore.state);
        QCOMPARE(w.currentCardId(), std::optional<CardId>(answered));
        // Nothing more to undo: Z changes nothing.
        QTest::keyClick(&w, Qt::Key_Z);
        QCOMPARE(w.currentCardId(), std::optional<CardId>(answered));
        QCOMPARE(notes(*col), qint64(3));
    }

    // Deleting the note of a card answered earlier keeps its review history; undoing the deletion
    // attaches it again and leaves the answer undoable.
    void undoingADeleteKeepsTheDeletedCardsHistory()
    {
        auto col = makeCollection(1, 0);
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.start(std::nullopt, QString()));
        const CardId id = *w.currentCardId();
        const Card before = *col->card(id);
        QTest::keyClick(&w, Qt::Key_Space);
        QTest::keyClick(&w, Qt::Key_1);   // Again: the same card comes back (learning)
        QCOMPARE(w.currentCardId(), std::optional<CardId>(id));
        QCOMPARE(*col->count(QStringLiteral("revlog")), qint64(1));
        {
            ModalDriver yes([](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal))
                    box->button(QMessageBox::Yes)->click();
            });
            QTest::keyClick(&w, Qt::Key_Delete, Qt::ControlModifier);
        }
        QVERIFY(!col->card(id));
        QCOMPARE(*col->count(QStringLiteral("undo_log")), qint64(0));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Z);
        QVERIFY(col->card(id));
        QCOMPARE(col->reviewLog(id)->size(), size_t(1));
        QCOMPARE(*col->count(QStringLiteral("undo_log")), qint64(1));
        QTest::keyClick(&w, Qt::Key_Z);
        QCOMPARE(col->reviewLog(id)->size(), size_t(0));
        QVERIFY(col->card(id)->state == before.state);
    }

    void oOpensTheDeckOptions()
    {
        MainWindow w(makeCollection(1, 0), std::make_unique<FixedClock>(kNow));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto items = w.deckTree()->findItems(QStringLiteral("Metrics"), Qt::MatchExactly | Qt::MatchRecursive);
        w.deckTree()->setCurrentItem(items.first());
        w.studySelected();
        ReviewWidget *review = w.reviewWidget();
        // Qt 5's QSignalSpy keeps an argument only when its type name ("DeckId") is registered.
        qRegisterMetaType<DeckId>("DeckId");
        QSignalSpy requested(review, &ReviewWidget::optionsRequested);
        QString seen;
        {
            ModalDriver close([&seen](QWidget *modal) {
                if (auto *dialog = qobject_cast<DeckOptionsDialog *>(modal)) {
                    seen = dialog->windowTitle();
                    dialog->reject();
                }
            });
            QTest::keyClick(review, Qt::Key_O);
        }
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().value<DeckId>(), w.collection().deckByName(kDeck)->value().id);
        QCOMPARE(seen, QStringLiteral("Options for %1").arg(kDeck));
    }

    // The pair card's "type your answer first" box lives in the web view: keys typed there are
    // text, never the screen's single-key shortcuts (Space, 1-4, -, @, *, Z, O, R).
    void typingInTheTypeInBoxIsNotAShortcut()
    {
        auto col = newCollection(m_tmp);
        const DeckParseResult parsed = DeckParser::parse(QStringLiteral(
            "deck: Interview\n\n## pair p-open\nQuestion: How do you open?\nWeak: A stack tour.\nStrong: The user's problem.\nWhy: Ownership.\n"));
        QVERIFY(parsed.ok());
        QVERIFY(DeckImporter::importDeck(*col, parsed.deck).ok());
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.resize(900, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString()));
        // The card view exists from the first card on; its page loads after start() returns.
        QVERIFY(w.view());
        QSignalSpy shownCard(w.view(), &CardView::cardShown);
        QTRY_VERIFY_WITH_TIMEOUT(shownCard.count() >= 1, 20000);
        const CardId id = *w.currentCardId();
        auto js = [&w](const QString &script) {
            QVariant result;
            bool done = false;
            w.view()->page()->runJavaScript(script, [&](const QVariant &v) {
                result = v;
                done = true;
            });
            if (!QTest::qWaitFor([&done] { return done; }, 15000))
                return QVariant();
            return result;
        };
        w.view()->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(js(QStringLiteral("var t=document.querySelector('.dbf-typein textarea');t.focus();document.activeElement===t")).toBool(),
                                 15000);
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        const QString typed = QStringLiteral("1 2 3 4 - @ * z o r e");
        QTest::keyClicks(target, typed);
        QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("document.querySelector('.dbf-typein textarea').value")).toString(), typed, 15000);
        QVERIFY(!w.answerShown());
        QCOMPARE(*col->count(QStringLiteral("revlog")), 0);
        QCOMPARE(col->card(id)->queue, CardQueue::Normal);
        QCOMPARE(col->card(id)->flags, 0);
        QVERIFY(!col->note(col->card(id)->noteId)->tags.contains(QStringLiteral("marked")));
        QCOMPARE(w.currentCardId(), id);
        // Out of the box, the same screen still answers to its keys.
        w.setFocus();
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(w.answerShown());
    }

    // A is Add from anywhere in the main window, studying included, but an "a" typed into the
    // card's type-in box is text.
    void aInTheTypeInBoxIsTextNotAdd()
    {
        auto col = newCollection(m_tmp);
        const DeckParseResult parsed = DeckParser::parse(QStringLiteral(
            "deck: Interview\n\n## pair p-open\nQuestion: How do you open?\nWeak: A stack tour.\nStrong: The user's problem.\nWhy: Ownership.\n"));
        QVERIFY(parsed.ok());
        QVERIFY(DeckImporter::importDeck(*col, parsed.deck).ok());
        MainWindow w(std::move(col), std::make_unique<FixedClock>(kNow));
        w.resize(900, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const auto items = w.deckTree()->findItems(QStringLiteral("Interview"), Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY(!items.isEmpty());
        w.deckTree()->setCurrentItem(items.first());
        w.studySelected();
        ReviewWidget *review = w.reviewWidget();
        QVERIFY(review->view());
        QSignalSpy shownCard(review->view(), &CardView::cardShown);
        QTRY_VERIFY_WITH_TIMEOUT(shownCard.count() >= 1, 20000);
        int adds = 0;
        ModalDriver driver([&adds](QWidget *modal) {
            if (modal && modal->objectName() == QStringLiteral("addDialog")) {
                ++adds;
                static_cast<QDialog *>(modal)->reject();
            }
        });
        auto js = [review](const QString &script) {
            QVariant result;
            bool done = false;
            review->view()->page()->runJavaScript(script, [&](const QVariant &v) {
                result = v;
                done = true;
            });
            if (!QTest::qWaitFor([&done] { return done; }, 15000))
                return QVariant();
            return result;
        };
        review->view()->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(js(QStringLiteral("var t=document.querySelector('.dbf-typein textarea');t.focus();document.activeElement===t")).toBool(),
                                 15000);
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, QStringLiteral("a plan"));
        QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("document.querySelector('.dbf-typein textarea').value")).toString(), QStringLiteral("a plan"), 15000);
        QCOMPARE(adds, 0);
        // Out of the box, A opens the Add window.
        review->setFocus();
        QTest::keyClick(review, Qt::Key_A);
        QCOMPARE(adds, 1);
        QVERIFY(w.isStudying());
    }

    // The reviewer and the rehearsal draw their title row with the same StudyHeader: the deck's
    // name on the left, their large figure (counts, countdown) on the right.
    void reviewerAndRehearsalShareTheHeader()
    {
        auto col = makeCollection(2, 1);
        FixedClock clock(kNow);
        ReviewWidget review(*col, clock);
        RehearsalWidget rehearsal(*col, clock);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        auto *a = review.findChild<StudyHeader *>();
        auto *b = rehearsal.findChild<StudyHeader *>();
        QVERIFY(a && b);
        QCOMPARE(a->title(), child<QLabel>(review, QStringLiteral("reviewTitle")));
        QCOMPARE(a->figure(), child<QLabel>(review, QStringLiteral("reviewCounts")));
        QCOMPARE(b->title(), child<QLabel>(rehearsal, QStringLiteral("rehearsalTitle")));
        QCOMPARE(b->figure(), child<QLabel>(rehearsal, QStringLiteral("rehearsalCountdown")));
        QCOMPARE(a->title()->font().pointSizeF(), b->title()->font().pointSizeF());
        QVERIFY(a->figure()->font().bold() && b->figure()->font().bold());
        QVERIFY(review.start(std::nullopt, kDeck));
        QCOMPARE(a->title()->text(), kDeck);
        QCOMPARE(shown(review), (std::array<int, 3>{2, 0, 1}));
        QVERIFY(a->figure()->text().contains(QStringLiteral("<u>")));   // the current card's count
    }

    void timerShowsWhenOn()
    {
        auto col = makeCollection(1, 0);
        FixedClock clock(kNow);
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString()));
        auto *timer = child<QLabel>(w, QStringLiteral("reviewTimer"));
        QVERIFY(!timer->isVisible());   // off by default
        w.setTimerShown(true);
        QVERIFY(timer->isVisible());
        QCOMPARE(timer->text(), QStringLiteral("0:00"));
        QTest::keyClick(&w, Qt::Key_Space);
        w.setTimerShown(false);
        QVERIFY(!timer->isVisible());
    }
};

QTEST_MAIN(TestReviewWidget)
#include "tst_reviewwidget.moc"
