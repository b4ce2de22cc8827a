// Rehearsal mode driven from the keyboard with typed answers: countdown, reveal beside the
// strong and weak answers, rubric ticks proposing a rating, the answer stored with its score.
#include "rehearsalwidget.h"
#include "widgettest.h"

#include "decks/deckimporter.h"
#include "decks/deckparser.h"
#include "storage/database.h"
#include "storage/rehearsallog.h"
#include "storage/statement.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBrowser>
#include <QtTest>

using namespace debrief;
using namespace debrief::widgettest;

namespace {

const char kDeck[] =
    "deck: Interview::Pairs\n\n"
    "## pair p-open\n"
    "Question: You are asked about an AI project you worked on. How do you open?\n"
    "Weak: A tour of the stack and the hyperparameters.\n"
    "Strong: Start from the user's problem and the budget that forced the choice.\n"
    "Why: The first sounds like executing tasks; the second like owning results.\n"
    "Model: I open with who was hurting and what it cost them.\n"
    "points:\n- opens with the user's problem\n- names the budget\n- ties the choice to the limit\n- ends with the result\n";

} // namespace

class TestRehearsalWidget : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    std::unique_ptr<Collection> pairCollection()
    {
        auto col = newCollection(m_tmp);
        const DeckParseResult parsed = DeckParser::parse(QString::fromUtf8(kDeck));
        if (!parsed.ok() || !DeckImporter::importDeck(*col, parsed.deck).ok())
            qFatal("deck did not import");
        return col;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("debrief-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_rehearsalwidget"));
    }

    void typedAnswerRubricAndSummary()
    {
        auto col = pairCollection();
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        RehearsalWidget w(*col, clock);
        w.setLimitSecs(60);
        w.resize(1000, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString(), 1));   // a one-question drill

        QVERIFY(child<QTextBrowser>(w, QStringLiteral("rehearsalQuestion"))->toPlainText().contains(QStringLiteral("How do you open?")));
        QCOMPARE(child<QLabel>(w, QStringLiteral("rehearsalCountdown"))->text(), QStringLiteral("1:00"));
        // Digits and letters typed into the answer are text, not ratings or rubric keys.
        auto *typed = child<QPlainTextEdit>(w, QStringLiteral("rehearsalTyped"));
        QTest::keyClicks(typed, QStringLiteral("I open with the user problem and a 3 month budget"));
        QVERIFY(!w.revealed());
        QCOMPARE(*col->count(QStringLiteral("revlog")), 0);

        QTest::keyClick(typed, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(w.revealed());
        QCOMPARE(child<QPlainTextEdit>(w, QStringLiteral("rehearsalYours"))->toPlainText(),
                 QStringLiteral("I open with the user problem and a 3 month budget"));
        const QString answers = child<QTextBrowser>(w, QStringLiteral("rehearsalAnswers"))->toPlainText();
        QVERIFY(answers.contains(QStringLiteral("Start from the user's problem")));
        QVERIFY(answers.contains(QStringLiteral("A tour of the stack")));
        QVERIFY(answers.contains(QStringLiteral("who was hurting")));
        QVERIFY(answers.indexOf(QStringLiteral("Start from")) < answers.indexOf(QStringLiteral("A tour of the stack")));

        // Four points, none ticked: Again proposed. A, B, C tick three of four: Good.
        auto *p0 = child<QCheckBox>(w, QStringLiteral("rehearsalPoint0"));
        QVERIFY(p0->text().contains(QStringLiteral("opens with the user's problem")));
        QVERIFY(w.findChild<QCheckBox *>(QStringLiteral("rehearsalPoint3")));
        QCOMPARE(w.proposedRating(), 1);
        QTest::keyClick(&w, Qt::Key_A);
        QTest::keyClick(&w, Qt::Key_B);
        QCOMPARE(w.proposedRating(), 2);
        QTest::keyClick(&w, Qt::Key_C);
        QVERIFY(p0->isChecked());
        QVERIFY(!child<QCheckBox>(w, QStringLiteral("rehearsalPoint3"))->isChecked());
        QCOMPARE(w.proposedRating(), 3);
        QVERIFY(child<QLabel>(w, QStringLiteral("rehearsalProposal"))->text().contains(QStringLiteral("3 of 4")));

        QSignalSpy finished(&w, &RehearsalWidget::finished);
        QTest::keyClick(&w, Qt::Key_3);   // confirm Good
        QCOMPARE(*col->count(QStringLiteral("revlog")), 1);
        Result<Statement> st = col->database().prepare(QStringLiteral("SELECT id, rating FROM revlog"));
        QVERIFY(st);
        QVERIFY(*st->step());
        const ReviewId reviewId = st->int64(0);
        QCOMPARE(st->integer(1), 3);
        auto score = RehearsalLog(col->database()).score(reviewId);
        QVERIFY(score);
        QVERIFY(score->has_value());
        QCOMPARE((*score)->pointsTicked, 3);
        QCOMPARE((*score)->pointsTotal, 4);
        QCOMPARE((*score)->scorePermille, 750);
        QCOMPARE((*score)->limitMs, 60000);

        // One question asked: the drill ends with its summary.
        QCOMPARE(finished.count(), 1);
        const QString summary = child<QTextBrowser>(w, QStringLiteral("rehearsalSummary"))->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("Interview::Pairs")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("3 / 4")));
        QVERIFY(summary.contains(QStringLiteral("Slowest:")));
        QVERIFY(summary.contains(QStringLiteral("Weakest:")));
    }

    void limitIsRememberedAndEscLeaves()
    {
        auto col = pairCollection();
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        {
            RehearsalWidget w(*col, clock);
            w.setLimitSecs(90);
        }
        RehearsalWidget w(*col, clock);
        QCOMPARE(w.limitSecs(), 90);
        QCOMPARE(child<QSpinBox>(w, QStringLiteral("rehearsalLimit"))->value(), 90);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString()));
        QCOMPARE(child<QLabel>(w, QStringLiteral("rehearsalCountdown"))->text(), QStringLiteral("1:30"));
        QSignalSpy left(&w, &RehearsalWidget::left);
        QTest::keyClick(child<QPlainTextEdit>(w, QStringLiteral("rehearsalTyped")), Qt::Key_Escape);
        QCOMPARE(left.count(), 1);
        QCOMPARE(*col->count(QStringLiteral("revlog")), 0);
        w.setLimitSecs(60);
    }
};

QTEST_MAIN(TestRehearsalWidget)
#include "tst_rehearsalwidget.moc"
