// Behaviour of the SM-2 scheduler, checked against Anki's v3 formulas (rslib/src/scheduler/states).
// Expected values are worked out by hand in the row names and comments; f32 rounding at .5 edges
// was checked separately, since Anki computes in f32 and rounds half away from zero.

#include "scheduling/intervalformat.h"
#include "scheduling/reviewfuzz.h"
#include "scheduling/scheduler.h"
#include "scheduling/studyday.h"

#include <QtTest>

using namespace debrief;

Q_DECLARE_METATYPE(debrief::CardState)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {

// Tuesday 2026-03-10 12:00 UTC. Study day 20522: 2026-01-01 is day 20454 (56*365 + 14 leap
// days), plus 31 + 28 + 9. With offset 0 the next rollover (04:00) is 16 h = 57600 s away.
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
constexpr qint64 kToday = 20522;

AnswerContext at(const QDateTime &now = kNow, int offset = 0, std::optional<double> fuzz = std::nullopt)
{
    return AnswerContext {now, offset, fuzz};
}

LearningState learning(int remaining, int secs, const QDateTime &due)
{
    LearningState s;
    s.remainingSteps = remaining;
    s.scheduledSecs = secs;
    s.due = due;
    return s;
}

// A learning step answered at kNow, due `secs` later.
LearningState step(int remaining, int secs) { return learning(remaining, secs, kNow.addSecs(secs)); }

ReviewState review(int ivl, int ease, int lapses, qint64 dueDay, bool leeched = false)
{
    ReviewState s;
    s.intervalDays = ivl;
    s.easePermille = ease;
    s.lapses = lapses;
    s.leeched = leeched;
    s.dueDay = dueDay;
    return s;
}

// A review state answered at kNow: due `ivl` days after today.
ReviewState reviewed(int ivl, int ease = 2500, int lapses = 0, bool leeched = false)
{
    return review(ivl, ease, lapses, kToday + ivl, leeched);
}

QString describe(const CardState &s)
{
    if (const auto *n = std::get_if<NewState>(&s))
        return QStringLiteral("New(pos %1)").arg(n->position);
    const auto learn = [](const LearningState &l) {
        return QStringLiteral("left %1, %2 s, due %3")
            .arg(l.remainingSteps).arg(l.scheduledSecs).arg(l.due.toUTC().toString(Qt::ISODate));
    };
    const auto rev = [](const ReviewState &r) {
        return QStringLiteral("ivl %1, ease %2, lapses %3, leech %4, dueDay %5")
            .arg(r.intervalDays).arg(r.easePermille).arg(r.lapses).arg(r.leeched).arg(r.dueDay);
    };
    if (const auto *l = std::get_if<LearningState>(&s))
        return QStringLiteral("Learning(%1)").arg(learn(*l));
    if (const auto *r = std::get_if<ReviewState>(&s))
        return QStringLiteral("Review(%1)").arg(rev(*r));
    const auto &rl = std::get<RelearningState>(s);
    return QStringLiteral("Relearning(%1 | %2)").arg(learn(rl.learning), rev(rl.review));
}

std::vector<int> toVector(const QList<int> &l) { return std::vector<int>(l.begin(), l.end()); }

int reviewInterval(const CardState &s)
{
    if (const auto *r = std::get_if<ReviewState>(&s))
        return r->intervalDays;
    if (const auto *rl = std::get_if<RelearningState>(&s))
        return rl->review.intervalDays;
    return -1;
}

Rating rating(int r) { return Rating(r); }

} // namespace

class TestScheduler : public QObject {
    Q_OBJECT

private slots:
    void learningCard_data();
    void learningCard();
    void reviewCard_data();
    void reviewCard();
    void reviewWithConfig_data();
    void reviewWithConfig();
    void relearningCard_data();
    void relearningCard();
    void noRelearningSteps();
    void interdayLearning_data();
    void interdayLearning();
    void dueAcrossDst();
    void fuzzBounds_data();
    void fuzzBounds();
    void fuzzedAnswers_data();
    void fuzzedAnswers();
    void fuzzFactorIsDeterministic();
    void fuzzFactorMatchesAnki_data();
    void fuzzFactorMatchesAnki();
    void buttonsAreOrdered();
    void leechThreshold_data();
    void leechThreshold();
    void becameLeech();
    void previewMatchesAnswers_data();
    void previewMatchesAnswers();
    void previewLabels_data();
    void previewLabels();
    void buttonText_data();
    void buttonText();
    void reviewLog_data();
    void reviewLog();
    void learnAhead();
};

void TestScheduler::learningCard_data()
{
    QTest::addColumn<QList<int>>("steps");
    QTest::addColumn<int>("remaining");   // -1: a new card
    QTest::addColumn<int>("rating");
    QTest::addColumn<CardState>("expected");

    const QList<int> def {60, 600};
    QTest::newRow("new, Again: first step 1m") << def << -1 << 1 << CardState(step(2, 60));
    QTest::newRow("new, Hard: (1m + 10m)/2 = 330 s") << def << -1 << 2 << CardState(step(2, 330));
    QTest::newRow("new, Good: second step 10m") << def << -1 << 3 << CardState(step(1, 600));
    QTest::newRow("new, Easy: graduates at easy interval 4d, ease 2500") << def << -1 << 4 << CardState(reviewed(4));
    QTest::newRow("step 1 of 2, Again: 1m") << def << 2 << 1 << CardState(step(2, 60));
    QTest::newRow("step 1 of 2, Hard: 330 s, stays on step 1") << def << 2 << 2 << CardState(step(2, 330));
    QTest::newRow("step 1 of 2, Good: 10m, one step left") << def << 2 << 3 << CardState(step(1, 600));
    QTest::newRow("step 1 of 2, Easy: 4d") << def << 2 << 4 << CardState(reviewed(4));
    QTest::newRow("step 2 of 2, Again: back to 1m, both steps ahead") << def << 1 << 1 << CardState(step(2, 60));
    QTest::newRow("step 2 of 2, Hard: repeats 10m") << def << 1 << 2 << CardState(step(1, 600));
    QTest::newRow("step 2 of 2, Good: graduates at 1d") << def << 1 << 3 << CardState(reviewed(1));
    QTest::newRow("step 2 of 2, Easy: 4d") << def << 1 << 4 << CardState(reviewed(4));
    QTest::newRow("one step 10m, Hard: 1.5 x 600 = 900 s") << QList<int> {600} << 1 << 2 << CardState(step(1, 900));
    QTest::newRow("one step 10m, Good: graduates at 1d") << QList<int> {600} << 1 << 3 << CardState(reviewed(1));
    QTest::newRow("no steps, new Again: graduates at 1d") << QList<int> {} << -1 << 1 << CardState(reviewed(1));
    QTest::newRow("no steps, new Hard: graduates at 1d") << QList<int> {} << -1 << 2 << CardState(reviewed(1));
    QTest::newRow("steps 1m 10m 1h, step 2, Hard: repeats 10m") << QList<int> {60, 600, 3600} << 2 << 2 << CardState(step(2, 600));
    QTest::newRow("steps 1m 10m 1h, step 2, Good: 1h, one left") << QList<int> {60, 600, 3600} << 2 << 3 << CardState(step(1, 3600));
    QTest::newRow("steps 1d 3d, new Hard: (1d + 3d)/2 = 2d = 172800 s, due day after tomorrow")
        << QList<int> {86400, 259200} << -1 << 2
        << CardState(learning(2, 172800, QDateTime(QDate(2026, 3, 12), QTime(4, 0), Qt::UTC)));
}

void TestScheduler::learningCard()
{
    QFETCH(QList<int>, steps);
    QFETCH(int, remaining);
    QFETCH(int, rating);
    QFETCH(CardState, expected);

    SchedulerConfig config;
    config.learnStepsSecs = toVector(steps);
    const Scheduler scheduler(config);
    CardState before = NewState {7};
    if (remaining >= 0)
        before = learning(remaining, 600, kNow);
    const CardState after = scheduler.answer(before, Rating(rating), at());
    QCOMPARE(describe(after), describe(expected));
    QVERIFY(after == expected);
}

void TestScheduler::reviewCard_data()
{
    QTest::addColumn<int>("ivl");
    QTest::addColumn<int>("ease");
    QTest::addColumn<int>("lapses");
    QTest::addColumn<bool>("leeched");
    QTest::addColumn<int>("daysLate");   // negative: answered before the due day
    QTest::addColumn<int>("rating");
    QTest::addColumn<CardState>("expected");

    const CardState relearn10m = RelearningState {step(1, 600), reviewed(1, 2300, 1)};
    QTest::newRow("on time, Again: lapse, relearn 10m, ivl max(10*0, 1) = 1, ease 2500-200")
        << 10 << 2500 << 0 << false << 0 << 1 << relearn10m;
    QTest::newRow("on time, Hard: 10*1.2 = 12, ease 2500-150") << 10 << 2500 << 0 << false << 0 << 2 << CardState(reviewed(12, 2350));
    QTest::newRow("on time, Good: 10*2.5 = 25") << 10 << 2500 << 0 << false << 0 << 3 << CardState(reviewed(25));
    QTest::newRow("on time, Easy: 10*2.5*1.3 = 32.5 rounds to 33, ease 2500+150")
        << 10 << 2500 << 0 << false << 0 << 4 << CardState(reviewed(33, 2650));
    QTest::newRow("4 days late, Again: still ivl 1") << 10 << 2500 << 0 << false << 4 << 1 << relearn10m;
    QTest::newRow("4 days late, Hard: lateness ignored, 12") << 10 << 2500 << 0 << false << 4 << 2 << CardState(reviewed(12, 2350));
    QTest::newRow("4 days late, Good: half credit (10 + 4/2)*2.5 = 30") << 10 << 2500 << 0 << false << 4 << 3 << CardState(reviewed(30));
    QTest::newRow("4 days late, Easy: full credit (10 + 4)*2.5*1.3 = 45.5 rounds to 46")
        << 10 << 2500 << 0 << false << 4 << 4 << CardState(reviewed(46, 2650));
    QTest::newRow("4 days early (6 elapsed), Hard: max(6*1.2, 10*0.6) = 7.2 -> 7")
        << 10 << 2500 << 0 << false << -4 << 2 << CardState(reviewed(7, 2350));
    QTest::newRow("4 days early, Good: max(6*2.5, 10) = 15") << 10 << 2500 << 0 << false << -4 << 3 << CardState(reviewed(15));
    QTest::newRow("4 days early, Easy: 15 * (1.3 - 0.3/2) = 17.25 -> 17")
        << 10 << 2500 << 0 << false << -4 << 4 << CardState(reviewed(17, 2650));
    QTest::newRow("10 days early (0 elapsed), Hard: max(0, 10*0.6) = 6") << 10 << 2500 << 0 << false << -10 << 2 << CardState(reviewed(6, 2350));
    QTest::newRow("10 days early, Good: never below the old 10") << 10 << 2500 << 0 << false << -10 << 3 << CardState(reviewed(10));
    QTest::newRow("10 days early, Easy: 10*1.15 = 11.5 -> 12") << 10 << 2500 << 0 << false << -10 << 4 << CardState(reviewed(12, 2650));
    QTest::newRow("15 days early: elapsed floored at 0, Good 10") << 10 << 2500 << 0 << false << -15 << 3 << CardState(reviewed(10));
    QTest::newRow("ease 130%, ivl 1, Hard: 1.2 but at least 1+1 = 2, ease stays at floor 1300")
        << 1 << 1300 << 0 << false << 0 << 2 << CardState(reviewed(2, 1300));
    QTest::newRow("ease 130%, ivl 1, Good: 1.3 but at least Hard+1 = 3") << 1 << 1300 << 0 << false << 0 << 3 << CardState(reviewed(3, 1300));
    QTest::newRow("ease 130%, ivl 1, Easy: 1.69 but at least Good+1 = 4, ease 1450")
        << 1 << 1300 << 0 << false << 0 << 4 << CardState(reviewed(4, 1450));
    QTest::newRow("ease 140%, Again: 1400-200 = 1200 floored at 1300")
        << 10 << 1400 << 0 << false << 0 << 1 << CardState(RelearningState {step(1, 600), reviewed(1, 1300, 1)});
    QTest::newRow("ease 140%, Hard: 1400-150 = 1250 floored at 1300, ivl 12")
        << 10 << 1400 << 0 << false << 0 << 2 << CardState(reviewed(12, 1300));
    QTest::newRow("lapses 2, Good keeps the lapse count") << 10 << 2500 << 2 << false << 0 << 3 << CardState(reviewed(25, 2500, 2));
    QTest::newRow("7 lapses, Again: 8th lapse meets leech threshold 8")
        << 10 << 2500 << 7 << false << 0 << 1 << CardState(RelearningState {step(1, 600), reviewed(1, 2300, 8, true)});
    QTest::newRow("leech, Good: stays a leech") << 10 << 2500 << 8 << true << 0 << 3 << CardState(reviewed(25, 2500, 8, true));
    QTest::newRow("leech, 9th lapse: off the rule, flag kept")
        << 10 << 2500 << 8 << true << 0 << 1 << CardState(RelearningState {step(1, 600), reviewed(1, 2300, 9, true)});
}

void TestScheduler::reviewCard()
{
    QFETCH(int, ivl);
    QFETCH(int, ease);
    QFETCH(int, lapses);
    QFETCH(bool, leeched);
    QFETCH(int, daysLate);
    QFETCH(int, rating);
    QFETCH(CardState, expected);

    const Scheduler scheduler {SchedulerConfig {}};
    const ReviewState before = review(ivl, ease, lapses, kToday - daysLate, leeched);
    const CardState after = scheduler.answer(before, Rating(rating), at());
    QCOMPARE(describe(after), describe(expected));
    QVERIFY(after == expected);
}

void TestScheduler::reviewWithConfig_data()
{
    QTest::addColumn<double>("hardMultiplier");
    QTest::addColumn<double>("intervalModifier");
    QTest::addColumn<int>("maximumInterval");
    QTest::addColumn<double>("lapseMultiplier");
    QTest::addColumn<int>("minimumLapse");
    QTest::addColumn<int>("ivl");
    QTest::addColumn<int>("ease");
    QTest::addColumn<int>("rating");
    QTest::addColumn<int>("expectedIvl");

    QTest::newRow("max 36500: Hard 30000*1.2 = 36000") << 1.2 << 1.0 << 36500 << 0.0 << 1 << 30000 << 2500 << 2 << 36000;
    QTest::newRow("max 36500: Good 75000 capped") << 1.2 << 1.0 << 36500 << 0.0 << 1 << 30000 << 2500 << 3 << 36500;
    QTest::newRow("max 36500: Easy capped too") << 1.2 << 1.0 << 36500 << 0.0 << 1 << 30000 << 2500 << 4 << 36500;
    QTest::newRow("max 100: Good 50*2.5 = 125 capped to 100") << 1.2 << 1.0 << 100 << 0.0 << 1 << 50 << 2500 << 3 << 100;
    QTest::newRow("modifier 0.8: Hard 12*0.8 = 9.6 but at least 11") << 1.2 << 0.8 << 36500 << 0.0 << 1 << 10 << 2500 << 2 << 11;
    QTest::newRow("modifier 0.8: Good 25*0.8 = 20") << 1.2 << 0.8 << 36500 << 0.0 << 1 << 10 << 2500 << 3 << 20;
    QTest::newRow("modifier 0.8: Easy 32.5*0.8 = 26") << 1.2 << 0.8 << 36500 << 0.0 << 1 << 10 << 2500 << 4 << 26;
    QTest::newRow("lapse multiplier 0.5: 15*0.5 = 7.5 truncated to 7") << 1.2 << 1.0 << 36500 << 0.5 << 1 << 15 << 2500 << 1 << 7;
    QTest::newRow("lapse 0.5, minimum 3: 4*0.5 = 2 raised to 3") << 1.2 << 1.0 << 36500 << 0.5 << 3 << 4 << 2500 << 1 << 3;
    QTest::newRow("lapse multiplier ignores the modifier: 10*0.5 = 5") << 1.2 << 2.0 << 36500 << 0.5 << 1 << 10 << 2500 << 1 << 5;
    QTest::newRow("hard multiplier 1.0: Hard = 10, no extra day") << 1.0 << 1.0 << 36500 << 0.0 << 1 << 10 << 2500 << 2 << 10;
    QTest::newRow("hard multiplier 1.0, ivl 1 ease 130%: Good 1.3 -> 1, raised to ivl+1 = 2") << 1.0 << 1.0 << 36500 << 0.0 << 1 << 1 << 1300 << 3 << 2;
    // Anki's own low_hard_multiplier_does_not_pull_good_down: (1, 3, 4).
    QTest::newRow("hard multiplier 0.1, ivl 2 ease 130%: Hard 0.2 -> 1") << 0.1 << 1.0 << 36500 << 0.0 << 1 << 2 << 1300 << 2 << 1;
    QTest::newRow("hard multiplier 0.1, ivl 2 ease 130%: Good 2.6 -> 3") << 0.1 << 1.0 << 36500 << 0.0 << 1 << 2 << 1300 << 3 << 3;
    QTest::newRow("hard multiplier 0.1, ivl 2 ease 130%: Easy 3.38 -> 4") << 0.1 << 1.0 << 36500 << 0.0 << 1 << 2 << 1300 << 4 << 4;
}

void TestScheduler::reviewWithConfig()
{
    QFETCH(double, hardMultiplier);
    QFETCH(double, intervalModifier);
    QFETCH(int, maximumInterval);
    QFETCH(double, lapseMultiplier);
    QFETCH(int, minimumLapse);
    QFETCH(int, ivl);
    QFETCH(int, ease);
    QFETCH(int, rating);
    QFETCH(int, expectedIvl);

    SchedulerConfig config;
    config.hardMultiplier = hardMultiplier;
    config.intervalModifier = intervalModifier;
    config.maximumIntervalDays = maximumInterval;
    config.lapseMultiplier = lapseMultiplier;
    config.minimumLapseIntervalDays = minimumLapse;
    const Scheduler scheduler(config);
    const CardState after = scheduler.answer(review(ivl, ease, 0, kToday), Rating(rating), at());
    QCOMPARE(reviewInterval(after), expectedIvl);
}

void TestScheduler::relearningCard_data()
{
    QTest::addColumn<QList<int>>("steps");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("rating");
    QTest::addColumn<CardState>("expected");

    // The card lapsed earlier with lapse multiplier 0.5 and kept an interval of 7 days.
    const QList<int> one {600};
    const QList<int> two {600, 3600};
    QTest::newRow("Again: first step again, ivl 7*0 -> 1, ease and lapses unchanged")
        << one << 1 << 1 << CardState(RelearningState {step(1, 600), reviewed(1, 2300, 1)});
    QTest::newRow("Hard, only step: 1.5 x 10m = 900 s") << one << 1 << 2 << CardState(RelearningState {step(1, 900), reviewed(7, 2300, 1)});
    QTest::newRow("Good on last step: back to review with the kept 7d") << one << 1 << 3 << CardState(reviewed(7, 2300, 1));
    QTest::newRow("Easy: back to review at 7+1 = 8d") << one << 1 << 4 << CardState(reviewed(8, 2300, 1));
    QTest::newRow("two steps, first, Hard: (10m + 1h)/2 = 2100 s") << two << 2 << 2 << CardState(RelearningState {step(2, 2100), reviewed(7, 2300, 1)});
    QTest::newRow("two steps, first, Good: next step 1h") << two << 2 << 3 << CardState(RelearningState {step(1, 3600), reviewed(7, 2300, 1)});
    QTest::newRow("two steps, last, Hard: repeats 1h") << two << 1 << 2 << CardState(RelearningState {step(1, 3600), reviewed(7, 2300, 1)});
    QTest::newRow("two steps, last, Good: graduates at 7d") << two << 1 << 3 << CardState(reviewed(7, 2300, 1));
}

void TestScheduler::relearningCard()
{
    QFETCH(QList<int>, steps);
    QFETCH(int, remaining);
    QFETCH(int, rating);
    QFETCH(CardState, expected);

    SchedulerConfig config;
    config.relearnStepsSecs = toVector(steps);
    const Scheduler scheduler(config);
    const RelearningState before {learning(remaining, 600, kNow), review(7, 2300, 1, kToday - 1)};
    const CardState after = scheduler.answer(before, Rating(rating), at());
    QCOMPARE(describe(after), describe(expected));
    QVERIFY(after == expected);
}

void TestScheduler::noRelearningSteps()
{
    SchedulerConfig config;
    config.relearnStepsSecs.clear();
    const Scheduler scheduler(config);
    // Without relearning steps a lapse goes straight back to review: ivl max(10*0, 1) = 1.
    const CardState after = scheduler.answer(review(10, 2500, 0, kToday), Rating::Again, at());
    QCOMPARE(describe(after), describe(reviewed(1, 2300, 1)));
}

void TestScheduler::interdayLearning_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QList<int>>("steps");
    QTest::addColumn<int>("rating");   // answering a new card
    QTest::addColumn<QDateTime>("expectedDue");
    QTest::addColumn<int>("expectedRevlogIvl");

    const QList<int> def {60, 600};
    QTest::newRow("Good 10m at 03:55 UTC: crosses 04:00, due when the new day starts")
        << QDateTime(QDate(2026, 3, 10), QTime(3, 55), Qt::UTC) << 0 << def << 3
        << QDateTime(QDate(2026, 3, 10), QTime(4, 0), Qt::UTC) << 1;
    QTest::newRow("Good 10m at 03:45 UTC: stays within the day, due 03:55")
        << QDateTime(QDate(2026, 3, 10), QTime(3, 45), Qt::UTC) << 0 << def << 3
        << QDateTime(QDate(2026, 3, 10), QTime(3, 55), Qt::UTC) << -600;
    QTest::newRow("1d step at noon: (86400-57600)/86400 + 1 = 1 day, due tomorrow 04:00")
        << kNow << 0 << QList<int> {60, 86400} << 3 << QDateTime(QDate(2026, 3, 11), QTime(4, 0), Qt::UTC) << 1;
    QTest::newRow("3d step at noon: (259200-57600)/86400 + 1 = 3 days")
        << kNow << 0 << QList<int> {259200} << 1 << QDateTime(QDate(2026, 3, 13), QTime(4, 0), Qt::UTC) << 3;
    QTest::newRow("Berlin CET, Good 10m at 03:55 local (02:55 UTC): due 04:00 local = 03:00 UTC")
        << QDateTime(QDate(2026, 1, 15), QTime(2, 55), Qt::UTC) << 3600 << def << 3
        << QDateTime(QDate(2026, 1, 15), QTime(3, 0), Qt::UTC) << 1;
}

void TestScheduler::interdayLearning()
{
    QFETCH(QDateTime, now);
    QFETCH(int, offset);
    QFETCH(QList<int>, steps);
    QFETCH(int, rating);
    QFETCH(QDateTime, expectedDue);
    QFETCH(int, expectedRevlogIvl);

    SchedulerConfig config;
    config.learnStepsSecs = toVector(steps);
    const Scheduler scheduler(config);
    const AnswerContext ctx = at(now, offset);
    const CardState after = scheduler.answer(NewState {}, Rating(rating), ctx);
    QVERIFY(std::holds_alternative<LearningState>(after));
    QCOMPARE(std::get<LearningState>(after).due, expectedDue);
    QCOMPARE(scheduler.revlogInterval(after, ctx), expectedRevlogIvl);
}

void TestScheduler::dueAcrossDst()
{
    const Scheduler scheduler {SchedulerConfig {}};
    // Saturday 2026-03-28 10:00 CET (09:00 UTC, +1 h): graduating at 1d makes the card due on
    // study day 20541, Sunday 29 March, which starts at 04:00 CEST = 02:00 UTC (+2 h after 01:00 UTC).
    const CardState graduated = scheduler.answer(learning(1, 600, kNow), Rating::Good,
                                                 at(QDateTime(QDate(2026, 3, 28), QTime(9, 0), Qt::UTC), 3600));
    QCOMPARE(std::get<ReviewState>(graduated).dueDay, qint64(20541));
    QVERIFY(!scheduler.isDue(graduated, at(QDateTime(QDate(2026, 3, 29), QTime(1, 59, 59), Qt::UTC), 7200)));
    QVERIFY(scheduler.isDue(graduated, at(QDateTime(QDate(2026, 3, 29), QTime(2, 0), Qt::UTC), 7200)));

    // Sunday 2026-10-25, clocks go back at 01:00 UTC: study day 20751 starts 04:00 CET = 03:00 UTC.
    const ReviewState due = review(5, 2500, 0, 20751);
    QVERIFY(!scheduler.isDue(due, at(QDateTime(QDate(2026, 10, 25), QTime(2, 59, 59), Qt::UTC), 3600)));
    QVERIFY(scheduler.isDue(due, at(QDateTime(QDate(2026, 10, 25), QTime(3, 0), Qt::UTC), 3600)));
    // Answered on the first minute of that day it is on time: Good = 5*2.5 = 12.5 -> 13, due 20751+13.
    const CardState next = scheduler.answer(due, Rating::Good, at(QDateTime(QDate(2026, 10, 25), QTime(3, 0), Qt::UTC), 3600));
    QCOMPARE(describe(next), describe(review(13, 2500, 0, 20751 + 13)));
}

void TestScheduler::fuzzBounds_data()
{
    QTest::addColumn<double>("interval");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("atZero");
    QTest::addColumn<int>("atHalf");
    QTest::addColumn<int>("at099");

    // The table of Anki's fuzz.rs test: fuzz factor 0, 0.5 and 0.99.
    QTest::newRow("1.0: no fuzz below 2.5 days") << 1.0 << 1 << 1000 << 1 << 1 << 1;
    QTest::newRow("2.49: no fuzz") << 2.49 << 1 << 1000 << 2 << 2 << 2;
    QTest::newRow("2.5: +-1 day -> 2..4") << 2.5 << 1 << 1000 << 2 << 3 << 4;
    QTest::newRow("7: 1 + 0.15*4.5 = 1.675 -> 5..9") << 7.0 << 1 << 1000 << 5 << 7 << 9;
    QTest::newRow("17: 1 + 0.675 + 0.1*10 = 2.675 -> 14..20") << 17.0 << 1 << 1000 << 14 << 17 << 20;
    QTest::newRow("37: 1 + 0.675 + 1.3 + 0.05*17 = 3.825 -> 33..41") << 37.0 << 1 << 1000 << 33 << 37 << 41;
    QTest::newRow("2 with minimum 2: 2..2") << 2.0 << 2 << 1000 << 2 << 2 << 2;
    QTest::newRow("2 with minimum 3: range widened to 3..4") << 2.0 << 3 << 1000 << 3 << 4 << 4;
    QTest::newRow("2 with minimum = maximum = 3") << 2.0 << 3 << 3 << 3 << 3 << 3;
    QTest::newRow("6.9, minimum 3: 5..9") << 6.9 << 3 << 1000 << 5 << 7 << 9;
    QTest::newRow("7.1, minimum 3: 5..9") << 7.1 << 3 << 1000 << 5 << 7 << 9;
    QTest::newRow("19.9, minimum 3: 17..23") << 19.9 << 3 << 1000 << 17 << 20 << 23;
    QTest::newRow("20.1, minimum 3: 17..23") << 20.1 << 3 << 1000 << 17 << 20 << 23;
    QTest::newRow("100, minimum 101: 101..108") << 100.0 << 101 << 1000 << 101 << 105 << 108;
    QTest::newRow("100, maximum 99: 92..99") << 100.0 << 1 << 99 << 92 << 96 << 99;
    QTest::newRow("100 within 97..103") << 100.0 << 97 << 103 << 97 << 100 << 103;
}

void TestScheduler::fuzzBounds()
{
    QFETCH(double, interval);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    QFETCH(int, atZero);
    QFETCH(int, atHalf);
    QFETCH(int, at099);

    QCOMPARE(ReviewFuzz::apply(0.0, float(interval), minimum, maximum), atZero);
    QCOMPARE(ReviewFuzz::apply(0.5, float(interval), minimum, maximum), atHalf);
    QCOMPARE(ReviewFuzz::apply(0.99, float(interval), minimum, maximum), at099);
    const auto [lower, upper] = ReviewFuzz::bounds(float(interval), minimum, maximum);
    QCOMPARE(lower, atZero);
    QCOMPARE(upper, at099);
}

void TestScheduler::fuzzedAnswers_data()
{
    QTest::addColumn<CardState>("before");
    QTest::addColumn<double>("fuzz");
    QTest::addColumn<int>("rating");
    QTest::addColumn<int>("expectedIvl");

    const CardState onTime = review(10, 2500, 0, kToday);
    // Hard 12: delta 1 + 0.675 + 0.1*5 = 2.175 -> 10..14, raised to >= 11: 11..14.
    QTest::newRow("ivl 10, Hard, fuzz 0: 11") << onTime << 0.0 << 2 << 11;
    QTest::newRow("ivl 10, Hard, fuzz 0.99: 11 + 0.99*4 = 14.96 -> 14") << onTime << 0.99 << 2 << 14;
    // Good 25: delta 3.225 -> 21.775..28.225 = 22..28 (min Hard+1).
    QTest::newRow("ivl 10, Good, fuzz 0: 22") << onTime << 0.0 << 3 << 22;
    QTest::newRow("ivl 10, Good, fuzz 0.5: 22 + 0.5*7 = 25.5 -> 25") << onTime << 0.5 << 3 << 25;
    QTest::newRow("ivl 10, Good, fuzz 0.99: 22 + 6.93 -> 28") << onTime << 0.99 << 3 << 28;
    // Easy 32.5: delta 3.6 -> 28.9..36.1 = 29..36.
    QTest::newRow("ivl 10, Easy, fuzz 0: 29") << onTime << 0.0 << 4 << 29;
    QTest::newRow("ivl 10, Easy, fuzz 0.99: 29 + 7.92 -> 36") << onTime << 0.99 << 4 << 36;
    // Graduating: 1d is below 2.5 and never fuzzed; easy 4d has delta 1.225 -> 3..5.
    QTest::newRow("graduate Good 1d, fuzz 0.99: not fuzzed") << CardState(learning(1, 600, kNow)) << 0.99 << 3 << 1;
    QTest::newRow("graduate Easy 4d, fuzz 0: 3") << CardState(NewState {}) << 0.0 << 4 << 3;
    QTest::newRow("graduate Easy 4d, fuzz 0.5: 3 + 1.5 -> 4") << CardState(NewState {}) << 0.5 << 4 << 4;
    QTest::newRow("graduate Easy 4d, fuzz 0.99: 3 + 2.97 -> 5") << CardState(NewState {}) << 0.99 << 4 << 5;
    QTest::newRow("lapse, fuzz 0.99: not fuzzed, 1") << onTime << 0.99 << 1 << 1;
    // Card 1700000000123 with 5 reps draws Anki's factor 6808029 / 2^23 = 0.8115803 (see
    // fuzzFactorMatchesAnki): Good over 22..28 is floor(22 + 0.8115803*7) = floor(27.68) = 27.
    QTest::newRow("ivl 10, Good, Anki's factor for card 1700000000123 at 5 reps: 27")
        << onTime << Scheduler::fuzzFactorFor(1700000000123, 5) << 3 << 27;
    QTest::newRow("early review, fuzz 0.99: not fuzzed, 15") << CardState(review(10, 2500, 0, kToday + 4)) << 0.99 << 3 << 15;
    QTest::newRow("relearning Easy, fuzz 0.99: not fuzzed, 7+1")
        << CardState(RelearningState {learning(1, 600, kNow), review(7, 2300, 1, kToday)}) << 0.99 << 4 << 8;
}

void TestScheduler::fuzzedAnswers()
{
    QFETCH(CardState, before);
    QFETCH(double, fuzz);
    QFETCH(int, rating);
    QFETCH(int, expectedIvl);

    const Scheduler scheduler {SchedulerConfig {}};
    QCOMPARE(reviewInterval(scheduler.answer(before, Rating(rating), at(kNow, 0, fuzz))), expectedIvl);
}

void TestScheduler::fuzzFactorIsDeterministic()
{
    const CardId id = 1700000000123;
    QCOMPARE(Scheduler::fuzzFactorFor(id, 5), Scheduler::fuzzFactorFor(id, 5));
    // Anki seeds with card id + reps, so these two share a seed.
    QCOMPARE(Scheduler::fuzzFactorFor(id, 5), Scheduler::fuzzFactorFor(id + 5, 0));
    QSet<double> seen;
    for (int reps = 0; reps < 200; ++reps) {
        const double f = Scheduler::fuzzFactorFor(id, reps);
        QVERIFY2(f >= 0.0 && f < 1.0, qPrintable(QString::number(f)));
        seen.insert(f);
    }
    // 23-bit factors from a ChaCha stream: 200 seeds give (all but astronomically rarely) 200 values.
    QVERIFY(seen.size() >= 199);
    double low = 1.0, high = 0.0;
    for (double f : seen) {
        low = std::min(low, f);
        high = std::max(high, f);
    }
    QVERIFY(low < 0.1 && high > 0.9);   // spread over the range, not stuck in one corner
}

void TestScheduler::fuzzFactorMatchesAnki_data()
{
    QTest::addColumn<qint64>("cardId");
    QTest::addColumn<int>("reps");
    QTest::addColumn<int>("mantissa");   // the factor is mantissa / 2^23

    // Not derivable by hand (ChaCha12 rounds), so taken from the rand crate itself: Debian's
    // rand 0.8.5 / rand_chacha 0.3.1 running Anki's get_fuzz_factor,
    // StdRng::seed_from_u64(id + reps).gen_range(0.0f32..1.0). Its first next_u32() w gives
    // the factor (w >> 9) / 2^23 (rand 0.9's random_range draws the same f32).
    // w = 3485710908 -> 6808029, factor 0.8115803.
    QTest::newRow("card 1700000000123, 5 reps") << qint64(1700000000123) << 5 << 6808029;
    // w = 504639128 -> 985623, factor 0.1174954.
    QTest::newRow("card 1700000000123, new") << qint64(1700000000123) << 0 << 985623;
    // w = 3543144545 -> 6920204, factor 0.8249526.
    QTest::newRow("card 1, new") << qint64(1) << 0 << 6920204;
    // w = 3442241407 -> 6723127, factor 0.8014592.
    QTest::newRow("seed 0") << qint64(0) << 0 << 6723127;
    // w = 1544023899 -> 3015671, factor 0.3594960.
    QTest::newRow("card 1773144000000, 17 reps") << qint64(1773144000000) << 17 << 3015671;
    // id -1 as u64 is 2^64 - 1; w = 775774136 -> 1515183, factor 0.1806239.
    QTest::newRow("id -1: u64 2^64-1") << qint64(-1) << 0 << 1515183;
    // (2^64 - 1) + 1 wraps to seed 0, as Anki's wrapping_add: the seed-0 value again.
    QTest::newRow("id -1 + 1 rep wraps to seed 0") << qint64(-1) << 1 << 6723127;
}

void TestScheduler::fuzzFactorMatchesAnki()
{
    QFETCH(qint64, cardId);
    QFETCH(int, reps);
    QFETCH(int, mantissa);
    QCOMPARE(Scheduler::fuzzFactorFor(cardId, reps), double(mantissa) / 8388608.0);
}

void TestScheduler::buttonsAreOrdered()
{
    const Scheduler scheduler {SchedulerConfig {}};
    for (int ivl : {1, 2, 3, 5, 10, 30, 100, 1000, 20000}) {
        for (int ease : {1300, 2500, 3500}) {
            for (int late : {0, 3, 20}) {
                for (double fuzz : {0.0, 0.25, 0.5, 0.75, 0.999}) {
                    const auto next = scheduler.preview(review(ivl, ease, 0, kToday - late), at(kNow, 0, fuzz));
                    const int again = reviewInterval(next[0]);
                    const int hard = reviewInterval(next[1]);
                    const int good = reviewInterval(next[2]);
                    const int easy = reviewInterval(next[3]);
                    const QString where = QStringLiteral("ivl %1 ease %2 late %3 fuzz %4: %5 %6 %7 %8")
                                              .arg(ivl).arg(ease).arg(late).arg(fuzz).arg(again).arg(hard).arg(good).arg(easy);
                    QVERIFY2(again <= hard, qPrintable(where));
                    QVERIFY2(hard > ivl, qPrintable(where));   // Hard grows by at least a day
                    // Strictly longer each button, except where the 36500-day cap squeezes them.
                    QVERIFY2(hard < good || good == 36500, qPrintable(where));
                    QVERIFY2(good < easy || easy == 36500, qPrintable(where));
                    QVERIFY2(easy <= 36500, qPrintable(where));
                }
            }
        }
    }
}

void TestScheduler::leechThreshold_data()
{
    QTest::addColumn<int>("lapses");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("met");

    // Anki's review.rs leech_threshold test: at the threshold, then every ceil(threshold/2).
    QTest::newRow("2 of 3") << 2 << 3 << false;
    QTest::newRow("3 of 3") << 3 << 3 << true;
    QTest::newRow("4 of 3") << 4 << 3 << false;
    QTest::newRow("5 of 3: 3 + 2") << 5 << 3 << true;
    QTest::newRow("7 of 3: 3 + 2*2") << 7 << 3 << true;
    QTest::newRow("7 of 8") << 7 << 8 << false;
    QTest::newRow("8 of 8") << 8 << 8 << true;
    QTest::newRow("9 of 8") << 9 << 8 << false;
    QTest::newRow("12 of 8: 8 + 4") << 12 << 8 << true;
    QTest::newRow("13 of 8") << 13 << 8 << false;
    QTest::newRow("threshold 0 is off") << 0 << 0 << false;
    QTest::newRow("threshold 1, 0 lapses") << 0 << 1 << false;
    QTest::newRow("threshold 1, every lapse") << 3 << 1 << true;
}

void TestScheduler::leechThreshold()
{
    QFETCH(int, lapses);
    QFETCH(int, threshold);
    QFETCH(bool, met);
    QCOMPARE(Scheduler::leechThresholdMet(lapses, threshold), met);
}

void TestScheduler::becameLeech()
{
    const Scheduler scheduler {SchedulerConfig {}};
    const ReviewState seventh = review(10, 2500, 7, kToday);
    const CardState lapse8 = scheduler.answer(seventh, Rating::Again, at());
    QVERIFY(scheduler.becameLeech(seventh, lapse8));
    const CardState good = scheduler.answer(seventh, Rating::Good, at());
    QVERIFY(!scheduler.becameLeech(seventh, good));
    const ReviewState eighth = review(10, 2500, 8, kToday, true);
    QVERIFY(!scheduler.becameLeech(eighth, scheduler.answer(eighth, Rating::Again, at())));
}

// preview() gives the four states the buttons would lead to. Each row's expectations are the
// hand-worked values of the learningCard, reviewCard, relearningCard and fuzzedAnswers rows; both
// preview() and answer() must produce them.
void TestScheduler::previewMatchesAnswers_data()
{
    QTest::addColumn<CardState>("before");
    QTest::addColumn<std::optional<double>>("fuzz");
    QTest::addColumn<CardState>("again");
    QTest::addColumn<CardState>("hard");
    QTest::addColumn<CardState>("good");
    QTest::addColumn<CardState>("easy");

    const std::optional<double> none;
    QTest::newRow("new: 1m, 330 s, 10m, 4d") << CardState(NewState {7}) << none << CardState(step(2, 60))
                                             << CardState(step(2, 330)) << CardState(step(1, 600)) << CardState(reviewed(4));
    QTest::newRow("step 1 of 2: 1m, 330 s, 10m, 4d") << CardState(learning(2, 600, kNow)) << none << CardState(step(2, 60))
                                                     << CardState(step(2, 330)) << CardState(step(1, 600)) << CardState(reviewed(4));
    QTest::newRow("review ivl 10 on time: relearn 10m, 12, 25, 33")
        << CardState(review(10, 2500, 0, kToday)) << none
        << CardState(RelearningState {step(1, 600), reviewed(1, 2300, 1)}) << CardState(reviewed(12, 2350))
        << CardState(reviewed(25)) << CardState(reviewed(33, 2650));
    QTest::newRow("review ivl 10, fuzz 0.5: 11..14 -> 13, 22..28 -> 25, 29..36 -> 33")
        << CardState(review(10, 2500, 0, kToday)) << std::optional<double>(0.5)
        << CardState(RelearningState {step(1, 600), reviewed(1, 2300, 1)}) << CardState(reviewed(13, 2350))
        << CardState(reviewed(25)) << CardState(reviewed(33, 2650));
    const RelearningState lapsed {learning(1, 600, kNow), review(7, 2300, 1, kToday - 1)};
    QTest::newRow("relearning, one 10m step: 10m, 900 s, back at 7d, 8d")
        << CardState(lapsed) << none << CardState(RelearningState {step(1, 600), reviewed(1, 2300, 1)})
        << CardState(RelearningState {step(1, 900), reviewed(7, 2300, 1)}) << CardState(reviewed(7, 2300, 1))
        << CardState(reviewed(8, 2300, 1));
}

void TestScheduler::previewMatchesAnswers()
{
    QFETCH(CardState, before);
    QFETCH(std::optional<double>, fuzz);
    QFETCH(CardState, again);
    QFETCH(CardState, hard);
    QFETCH(CardState, good);
    QFETCH(CardState, easy);

    const Scheduler scheduler {SchedulerConfig {}};
    const auto ctx = at(kNow, 0, fuzz);
    const auto next = scheduler.preview(before, ctx);
    const CardState expected[4] = {again, hard, good, easy};
    for (int r = 1; r <= 4; ++r) {
        QCOMPARE(describe(next[size_t(r - 1)]), describe(expected[r - 1]));
        QCOMPARE(describe(scheduler.answer(before, rating(r), ctx)), describe(expected[r - 1]));
    }
}

void TestScheduler::previewLabels_data()
{
    QTest::addColumn<CardState>("state");
    QTest::addColumn<QStringList>("labels");

    // Inside the 20-minute learn-ahead limit Anki shows "<"; 330 s = 5.5 min rounds to 6.
    QTest::newRow("new card: 1m, 5.5m, 10m, 4d") << CardState(NewState {}) << QStringList {"<1m", "<6m", "<10m", "4d"};
    QTest::newRow("last learning step: 1m, 10m, 1d, 4d") << CardState(learning(1, 600, kNow)) << QStringList {"<1m", "<10m", "1d", "4d"};
    QTest::newRow("review ivl 10: 10m, 12d, 25d, 33d = 1.08 months -> 1.1mo")
        << CardState(review(10, 2500, 0, kToday)) << QStringList {"<10m", "12d", "25d", "1.1mo"};
    QTest::newRow("review ivl 200: 10m, 240d = 7.9mo, 500d = 1.4y, 650d = 1.8y")
        << CardState(review(200, 2500, 0, kToday)) << QStringList {"<10m", "7.9mo", "1.4y", "1.8y"};
}

void TestScheduler::previewLabels()
{
    QFETCH(CardState, state);
    QFETCH(QStringList, labels);
    const Scheduler scheduler {SchedulerConfig {}};
    const auto got = scheduler.previewLabels(state, at());
    QCOMPARE(QStringList(got.begin(), got.end()), labels);
}

void TestScheduler::buttonText_data()
{
    QTest::addColumn<qint64>("secs");
    QTest::addColumn<QString>("text");

    // Anki's timespan.rs: s, m and d whole; h, mo (30.417 d) and y to one decimal.
    QTest::newRow("30 s") << qint64(30) << "30s";
    QTest::newRow("70 s -> 1m") << qint64(70) << "1m";
    QTest::newRow("90 min -> 1.5h") << qint64(5400) << "1.5h";
    QTest::newRow("2 h exactly, no .0") << qint64(7200) << "2h";
    QTest::newRow("1 day") << qint64(86400) << "1d";
    QTest::newRow("45 days = 1.48 months -> 1.5mo") << qint64(45 * 86400) << "1.5mo";
    QTest::newRow("365 days -> 1y") << qint64(365 * 86400) << "1y";
    QTest::newRow("36500 days -> 100y") << qint64(36500) * 86400 << "100y";
}

void TestScheduler::buttonText()
{
    QFETCH(qint64, secs);
    QFETCH(QString, text);
    QCOMPARE(IntervalFormat::buttonText(secs), text);
}

void TestScheduler::reviewLog_data()
{
    QTest::addColumn<CardState>("before");
    QTest::addColumn<int>("rating");
    QTest::addColumn<int>("takenMs");
    QTest::addColumn<int>("intervalBefore");
    QTest::addColumn<int>("intervalAfter");
    QTest::addColumn<int>("ease");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("expectedTakenMs");

    QTest::newRow("new Again: 0 -> -60 s, no ease, Learn") << CardState(NewState {}) << 1 << 4000 << 0 << -60 << 0 << int(ReviewKind::Learn) << 4000;
    QTest::newRow("last step Good: -600 s -> 1 day, ease 2500, Learn")
        << CardState(learning(1, 600, kNow)) << 3 << 8000 << -600 << 1 << 2500 << int(ReviewKind::Learn) << 8000;
    QTest::newRow("review Good: 10 -> 25 days, Review") << CardState(review(10, 2500, 0, kToday)) << 3 << 5000 << 10 << 25 << 2500 << int(ReviewKind::Review) << 5000;
    QTest::newRow("review Again: 10 -> -600 s relearn, ease 2300, Review")
        << CardState(review(10, 2500, 0, kToday)) << 1 << 5000 << 10 << -600 << 2300 << int(ReviewKind::Review) << 5000;
    QTest::newRow("relearning Good: -600 s -> 1 day, Relearn")
        << CardState(RelearningState {learning(1, 600, kNow), review(1, 2300, 1, kToday)}) << 3 << 5000 << -600 << 1 << 2300 << int(ReviewKind::Relearn) << 5000;
    QTest::newRow("4 days early Good: Early, 15 days") << CardState(review(10, 2500, 0, kToday + 4)) << 3 << 5000 << 10 << 15 << 2500 << int(ReviewKind::Early) << 5000;
    QTest::newRow("answer time capped at 60 s") << CardState(review(10, 2500, 0, kToday)) << 3 << 75000 << 10 << 25 << 2500 << int(ReviewKind::Review) << 60000;
    // Anki logs the interval before from the card's step position (answering/current.rs:
    // scheduled_secs = current_delay_secs(remaining)), not from the delay the card last got.
    // Hard on step 1 of 1m 10m gave 330 s and left remaining 2: index 2-2 = 0, steps[0] = 60 s,
    // so -60; Good then moves to steps[1] = 600 s: -600.
    QTest::newRow("after Hard on step 1 (330 s), Good: before is step 1's -60 s, not -330")
        << CardState(learning(2, 330, kNow)) << 3 << 5000 << -60 << -600 << 0 << int(ReviewKind::Learn) << 5000;
    // Relearning Hard on the only 10m step gave 1.5 x 600 = 900 s, remaining 1: index 1-1 = 0,
    // relearn steps[0] = 600 s, so -600; Good on the last step graduates to the kept 1 day.
    QTest::newRow("relearning after Hard (900 s), Good: before is the 10m step, -600")
        << CardState(RelearningState {learning(1, 900, kNow), review(1, 2300, 1, kToday)}) << 3 << 5000 << -600 << 1 << 2300
        << int(ReviewKind::Relearn) << 5000;
}

void TestScheduler::reviewLog()
{
    QFETCH(CardState, before);
    QFETCH(int, rating);
    QFETCH(int, takenMs);
    QFETCH(int, intervalBefore);
    QFETCH(int, intervalAfter);
    QFETCH(int, ease);
    QFETCH(int, kind);
    QFETCH(int, expectedTakenMs);

    const Scheduler scheduler {SchedulerConfig {}};
    const CardState after = scheduler.answer(before, Rating(rating), at());
    const ReviewLogEntry e = scheduler.reviewLogEntry(42, before, after, Rating(rating), at(), takenMs);
    QCOMPARE(e.id, kNow.toMSecsSinceEpoch());
    QCOMPARE(e.cardId, CardId(42));
    QCOMPARE(e.rating, rating);
    QCOMPARE(e.intervalBefore, intervalBefore);
    QCOMPARE(e.intervalAfter, intervalAfter);
    QCOMPARE(e.easePermille, ease);
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.takenMs, expectedTakenMs);
}

void TestScheduler::learnAhead()
{
    const Scheduler scheduler {SchedulerConfig {}};
    const LearningState in15 = learning(1, 600, kNow.addSecs(15 * 60));
    const LearningState in25 = learning(1, 600, kNow.addSecs(25 * 60));
    QVERIFY(!scheduler.isDue(in15, at()));
    QVERIFY(scheduler.isDue(in15, at(), true));    // within the 20-minute learn-ahead limit
    QVERIFY(!scheduler.isDue(in25, at(), true));
    QVERIFY(!scheduler.isDue(NewState {}, at(), true));
    QVERIFY(scheduler.isDue(review(3, 2500, 0, kToday), at()));
    QVERIFY(!scheduler.isDue(review(3, 2500, 0, kToday + 1), at()));
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
