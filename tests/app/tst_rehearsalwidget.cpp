// Rehearsal mode driven from the keyboard with typed answers: countdown, reveal beside the
// strong and weak answers, rubric ticks proposing a rating, the answer stored with its score.
// Recording goes through a fake AnswerRecorder: with a "microphone" it writes a file as Qt
// Multimedia would (complete only after stop()), without one the typed fallback is checked.
#include "answerrecorder.h"
#include "audioplayer.h"
#include "rehearsalwidget.h"
#include "widgettest.h"

#include "decks/deckimporter.h"
#include "decks/deckparser.h"
#include "storage/database.h"
#include "storage/rehearsallog.h"
#include "storage/statement.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
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

// Stands in for the microphone. stop() writes `bytes` bytes to the path start() was given plus
// ".wav" and reports it from the event loop, as QMediaRecorder reports a finished file; with
// `holdFile` the file is only written when complete() is called.
class FakeRecorder : public AnswerRecorder {
public:
    explicit FakeRecorder(bool input, QObject *parent = nullptr) : AnswerRecorder(parent), m_input(input) {}
    bool hasInput() const override { return m_input; }
    void start(const QString &pathWithoutSuffix) override
    {
        path = pathWithoutSuffix + QStringLiteral(".wav");
        ++starts;
    }
    void stop() override
    {
        ++stops;
        if (!holdFile)
            QTimer::singleShot(0, this, [this] { complete(); });
    }
    void complete()
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(bytes, 'w')) != bytes)
            qFatal("fake recording not written");
        f.close();
        emit finished(path);
    }

    QString path;
    int starts = 0;
    int stops = 0;
    int bytes = 1000;
    bool holdFile = false;

private:
    bool m_input;
};

QString recordingOf(Collection &col)
{
    Result<Statement> st = col.database().prepare(QStringLiteral("SELECT recording FROM rehearsal_log"));
    if (!st || !*st->step())
        return QStringLiteral("<no row>");
    return st->text(0);
}

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
        FakeRecorder noMic(false);
        w.setRecorder(&noMic);
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

    void noMicrophoneFallsBackToTyping()
    {
        auto col = pairCollection();
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        RehearsalWidget w(*col, clock);
        FakeRecorder noMic(false);
        w.setRecorder(&noMic);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString(), 1));
        bool told = false;
        for (QLabel *l : w.findChildren<QLabel *>())
            told = told || l->text().contains(QStringLiteral("No microphone found"));
        QVERIFY(told);
        auto *typed = child<QPlainTextEdit>(w, QStringLiteral("rehearsalTyped"));
        QVERIFY(!typed->isReadOnly());
        QTest::keyClicks(typed, QStringLiteral("typed only"));
        QTest::keyClick(typed, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(w.revealed());
        QCOMPARE(noMic.starts, 0);
        QVERIFY(!child<QPushButton>(w, QStringLiteral("rehearsalPlayRecording"))->isVisible());
        QTest::keyClick(&w, Qt::Key_3);
        QCOMPARE(recordingOf(*col), QString());
    }

    void spokenAnswerIsRecordedPlayableAndKeptPerCard()
    {
        auto col = pairCollection();
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        RehearsalWidget w(*col, clock);
        FakeRecorder mic(true);
        w.setRecorder(&mic);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString(), 1));
        // Recording starts with the question, into the media folder, named after the card.
        QCOMPARE(mic.starts, 1);
        QCOMPARE(QFileInfo(mic.path).absolutePath(), QFileInfo(col->mediaDir()).absoluteFilePath());
        Result<Statement> cards = col->database().prepare(QStringLiteral("SELECT id FROM cards"));
        QVERIFY(cards && *cards->step());
        const CardId cardId = cards->int64(0);
        QVERIFY2(QFileInfo(mic.path).fileName().startsWith(QStringLiteral("rehearsal-%1-").arg(cardId)), qPrintable(mic.path));
        // R while answering is typed text, not "play".
        auto *typed = child<QPlainTextEdit>(w, QStringLiteral("rehearsalTyped"));
        QTest::keyClicks(typed, QStringLiteral("rr"));
        QCOMPARE(typed->toPlainText(), QStringLiteral("rr"));
        QTest::keyClick(typed, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(mic.stops, 1);
        // The file completes after stop(); then the back offers it beside the answers.
        auto *play = child<QPushButton>(w, QStringLiteral("rehearsalPlayRecording"));
        QTRY_VERIFY(play->isVisible());
        QCOMPARE(w.recordingPath(), mic.path);
        QTest::keyClick(&w, Qt::Key_R);
        QCOMPARE(w.audioPlayer()->queue(), QStringList{mic.path});
        QTest::keyClick(&w, Qt::Key_3);
        // Kept with the answer, and listed for the card's history.
        QCOMPARE(recordingOf(*col), QFileInfo(mic.path).fileName());
        auto list = col->rehearsalRecordings(cardId);
        QVERIFY(list);
        QCOMPARE(list->size(), size_t(1));
        QCOMPARE(list->front().fileName, QFileInfo(mic.path).fileName());
        QCOMPARE(list->front().bytes, qint64(1000));
        QVERIFY(QFile::exists(mic.path));
    }

    void answerConfirmedBeforeTheFileCompletesStillNamesIt()
    {
        auto col = pairCollection();
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        RehearsalWidget w(*col, clock);
        FakeRecorder mic(true);
        mic.holdFile = true;
        w.setRecorder(&mic);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString(), 1));
        QTest::keyClick(child<QPlainTextEdit>(w, QStringLiteral("rehearsalTyped")), Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_2);
        QCOMPARE(recordingOf(*col), QString());   // stored at once, without the file yet
        mic.complete();
        QCOMPARE(recordingOf(*col), QFileInfo(mic.path).fileName());
    }

    void leavingWhileRecordingKeepsNoFile()
    {
        auto col = pairCollection();
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        RehearsalWidget w(*col, clock);
        FakeRecorder mic(true);
        w.setRecorder(&mic);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString(), 1));
        QSignalSpy left(&w, &RehearsalWidget::left);
        QTest::keyClick(child<QPlainTextEdit>(w, QStringLiteral("rehearsalTyped")), Qt::Key_Escape);
        QCOMPARE(left.count(), 1);
        QCOMPARE(mic.stops, 1);
        // The fake writes the file from the event loop; the widget removes it as soon as it is reported.
        QSignalSpy done(&mic, &AnswerRecorder::finished);
        QVERIFY(done.wait());
        QVERIFY(!QFile::exists(mic.path));
        QCOMPARE(recordingOf(*col), QStringLiteral("<no row>"));   // nothing rated, nothing stored
    }

    // The countdown is a preset setting now (it was an app setting remembered between runs).
    void limitComesFromThePresetAndEscLeaves()
    {
        auto col = pairCollection();
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        {
            RehearsalWidget w(*col, clock);
            w.setLimitSecs(120);   // a drill's own choice, not remembered
        }
        SchedulerConfig config = *col->preset(1);
        config.rehearsalSecs = 90;
        QVERIFY(col->savePreset(1, QStringLiteral("Default"), config).ok());
        RehearsalWidget w(*col, clock);
        FakeRecorder noMic(false);
        w.setRecorder(&noMic);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.start(std::nullopt, QString()));
        QCOMPARE(w.limitSecs(), 90);
        QCOMPARE(child<QSpinBox>(w, QStringLiteral("rehearsalLimit"))->value(), 90);
        QCOMPARE(child<QLabel>(w, QStringLiteral("rehearsalCountdown"))->text(), QStringLiteral("1:30"));
        QSignalSpy left(&w, &RehearsalWidget::left);
        QTest::keyClick(child<QPlainTextEdit>(w, QStringLiteral("rehearsalTyped")), Qt::Key_Escape);
        QCOMPARE(left.count(), 1);
        QCOMPARE(*col->count(QStringLiteral("revlog")), 0);
    }
};

QTEST_MAIN(TestRehearsalWidget)
#include "tst_rehearsalwidget.moc"
