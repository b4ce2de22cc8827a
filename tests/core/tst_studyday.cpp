// Study-day numbering around the 04:00 rollover, in UTC and in Europe/Berlin across both DST changes.

#include "scheduling/studyday.h"

#include <QtTest>

using namespace debrief;

class TestStudyDay : public QObject {
    Q_OBJECT

private slots:
    void dayNumber_data();
    void dayNumber();
    void dayStart_data();
    void dayStart();
    void secsUntilNextDay_data();
    void secsUntilNextDay();
    void dayNumberAndStartAgree();
};

namespace {
QDateTime utc(int y, int m, int d, int h, int min, int s = 0) { return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC); }
} // namespace

// Day numbers are days since 1970-01-01 of the local date whose rollover has passed.
// 2026-01-01 = 20454 (56*365 + 14 leap days); 2026-03-10 = 20522; 2026-03-28 = 20540;
// 2026-10-25 = 20751 (20454 + 273 + 24).
void TestStudyDay::dayNumber_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("rollover");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("UTC 03:59:59 still belongs to 9 March") << utc(2026, 3, 10, 3, 59, 59) << 0 << 4 << qint64(20521);
    QTest::newRow("UTC 04:00:00 starts 10 March") << utc(2026, 3, 10, 4, 0) << 0 << 4 << qint64(20522);
    QTest::newRow("UTC 23:59 is still 10 March") << utc(2026, 3, 10, 23, 59) << 0 << 4 << qint64(20522);
    QTest::newRow("UTC 00:30 next morning is still 10 March") << utc(2026, 3, 11, 0, 30) << 0 << 4 << qint64(20522);
    QTest::newRow("rollover 0: midnight starts the day") << utc(2026, 3, 11, 0, 0) << 0 << 0 << qint64(20523);
    QTest::newRow("rollover 23: 22:59 is still the day before") << utc(2026, 3, 10, 22, 59) << 0 << 23 << qint64(20521);
    QTest::newRow("CET 03:59:59 local (02:59:59 UTC), 14 Jan") << utc(2026, 1, 15, 2, 59, 59) << 3600 << 4 << qint64(20467);
    QTest::newRow("CET 04:00 local (03:00 UTC), 15 Jan") << utc(2026, 1, 15, 3, 0) << 3600 << 4 << qint64(20468);
    QTest::newRow("New York EST 03:59:59 (08:59:59 UTC), 9 March") << utc(2026, 3, 10, 8, 59, 59) << -18000 << 4 << qint64(20521);
    QTest::newRow("Sydney AEDT 04:00 (17:00 UTC the day before), 10 March") << utc(2026, 3, 9, 17, 0) << 39600 << 4 << qint64(20522);
    // Berlin springs forward on 29 March 2026 at 01:00 UTC (02:00 CET -> 03:00 CEST).
    QTest::newRow("DST start: 03:59:59 CEST (01:59:59 UTC) is still 28 March") << utc(2026, 3, 29, 1, 59, 59) << 7200 << 4 << qint64(20540);
    QTest::newRow("DST start: 04:00 CEST (02:00 UTC) starts 29 March") << utc(2026, 3, 29, 2, 0) << 7200 << 4 << qint64(20541);
    QTest::newRow("DST start: 02:30 UTC seen with the old +1 h is 03:30 local, still 28 March")
        << utc(2026, 3, 29, 2, 30) << 3600 << 4 << qint64(20540);
    // Berlin falls back on 25 October 2026 at 01:00 UTC (03:00 CEST -> 02:00 CET).
    QTest::newRow("DST end: 03:59:59 CET (02:59:59 UTC) is still 24 October") << utc(2026, 10, 25, 2, 59, 59) << 3600 << 4 << qint64(20750);
    QTest::newRow("DST end: 04:00 CET (03:00 UTC) starts 25 October") << utc(2026, 10, 25, 3, 0) << 3600 << 4 << qint64(20751);
    QTest::newRow("before the epoch: 1969-12-31 12:00 UTC is day -1") << utc(1969, 12, 31, 12, 0) << 0 << 4 << qint64(-1);
}

void TestStudyDay::dayNumber()
{
    QFETCH(QDateTime, now);
    QFETCH(int, offset);
    QFETCH(int, rollover);
    QFETCH(qint64, expected);
    QCOMPARE(StudyDay::dayNumber(now, offset, rollover), expected);
}

void TestStudyDay::dayStart_data()
{
    QTest::addColumn<qint64>("day");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("rollover");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("10 March, UTC: 04:00 UTC") << qint64(20522) << 0 << 4 << utc(2026, 3, 10, 4, 0);
    QTest::newRow("28 March, CET: 04:00 local = 03:00 UTC") << qint64(20540) << 3600 << 4 << utc(2026, 3, 28, 3, 0);
    QTest::newRow("29 March, CEST: 04:00 local = 02:00 UTC (a 23-hour study day before it)")
        << qint64(20541) << 7200 << 4 << utc(2026, 3, 29, 2, 0);
    QTest::newRow("25 October, CET: 04:00 local = 03:00 UTC (a 25-hour study day before it)")
        << qint64(20751) << 3600 << 4 << utc(2026, 10, 25, 3, 0);
    QTest::newRow("rollover 0, UTC: midnight") << qint64(20522) << 0 << 0 << utc(2026, 3, 10, 0, 0);
    QTest::newRow("New York EST: 04:00 local = 09:00 UTC") << qint64(20522) << -18000 << 4 << utc(2026, 3, 10, 9, 0);
}

void TestStudyDay::dayStart()
{
    QFETCH(qint64, day);
    QFETCH(int, offset);
    QFETCH(int, rollover);
    QFETCH(QDateTime, expected);
    QCOMPARE(StudyDay::dayStart(day, offset, rollover), expected);
}

void TestStudyDay::secsUntilNextDay_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("offset");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("noon UTC: 16 h to 04:00") << utc(2026, 3, 10, 12, 0) << 0 << qint64(16 * 3600);
    QTest::newRow("03:55 UTC: 5 min") << utc(2026, 3, 10, 3, 55) << 0 << qint64(300);
    QTest::newRow("exactly 04:00: a whole day") << utc(2026, 3, 10, 4, 0) << 0 << qint64(86400);
    QTest::newRow("CEST noon (10:00 UTC): 16 h") << utc(2026, 6, 1, 10, 0) << 7200 << qint64(16 * 3600);
}

void TestStudyDay::secsUntilNextDay()
{
    QFETCH(QDateTime, now);
    QFETCH(int, offset);
    QFETCH(qint64, expected);
    QCOMPARE(StudyDay::secsUntilNextDay(now, offset, 4), expected);
}

void TestStudyDay::dayNumberAndStartAgree()
{
    // Every day's start maps back to that day, and the second before it to the day before.
    for (qint64 day = 20400; day < 20800; day += 7) {
        for (int offset : {-36000, -18000, 0, 3600, 7200, 45900}) {
            const QDateTime start = StudyDay::dayStart(day, offset, 4);
            QCOMPARE(StudyDay::dayNumber(start, offset, 4), day);
            QCOMPARE(StudyDay::dayNumber(start.addSecs(-1), offset, 4), day - 1);
        }
    }
}

QTEST_GUILESS_MAIN(TestStudyDay)
#include "tst_studyday.moc"
