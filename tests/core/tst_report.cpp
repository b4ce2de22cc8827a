// Statistics and readiness on a hand-made collection whose review log is known answer by answer
// (see reportfixture.h): every expected figure below is worked out from that table by hand.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "reportfixture.h"
#include "report/reportbuilder.h"
#include "report/reportlayout.h"
#include "report/statscalculator.h"
#include "storage/collection.h"

using namespace debrief;

class TestReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    reportfixture::Ids m_ids;

    ReportData report(ReportOptions options = {})
    {
        auto col = Collection::openReadOnly(m_path);
        if (!col)
            qFatal("open: %s", qPrintable(col.error().message));
        reportfixture::DstClock clock;
        Result<ReportData> data = ReportBuilder::build(**col, options, clock);
        if (!data)
            qFatal("build: %s", qPrintable(data.error().message));
        return *data;
    }

    static const TopicReadiness *topic(const ReportData &d, const QString &name)
    {
        for (const TopicReadiness &t : d.topics)
            if (t.topic == name)
                return &t;
        return nullptr;
    }

    static const Retention *named(const std::vector<NamedRetention> &rows, const QString &name)
    {
        for (const NamedRetention &r : rows)
            if (r.name == name)
                return &r.retention;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("collection.sqlite"));
        const QString error = reportfixture::build(m_path, &m_ids);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void totalsAndPeriod()
    {
        const ReportData d = report();
        QCOMPARE(d.totals.total(), 7);
        QCOMPARE(d.totals.review, 5);
        QCOMPARE(d.totals.learn, 2);
        QCOMPARE(d.totals.takenMs, qint64(1000 + 2000 + 3000 + 4000 + 5000 + 6000 + 7000));
        QCOMPARE(d.since, QDate(2026, 3, 26));
        QCOMPARE(d.until, QDate(2026, 4, 2));
        QCOMPARE(d.learnerName, QStringLiteral("Ada"));
    }

    void studyDaysFollowRolloverAndDst()
    {
        const ReportData d = report();
        // A2 (03:30 CET) belongs to 03-27, A3 (03:30 CEST) to 03-28, A4 (04:30 CEST) to 03-31,
        // A6 (03:00) to 04-01.
        std::vector<QDate> dates;
        for (const DayStats &day : d.days)
            dates.push_back(day.date);
        const std::vector<QDate> expected{QDate(2026, 3, 26), QDate(2026, 3, 27), QDate(2026, 3, 28), QDate(2026, 3, 31), QDate(2026, 4, 1),
                                          QDate(2026, 4, 2)};
        QCOMPARE(dates, expected);
        QCOMPARE(d.days[4].counts.review, 1);
        QCOMPARE(d.days[4].counts.learn, 1);
        QCOMPARE(d.studyDays, 6);
    }

    void streaks()
    {
        const ReportData d = report();
        QCOMPARE(d.longestStreak, 3);   // 03-26, 03-27, 03-28
        QCOMPARE(d.currentStreak, 3);   // 03-31, 04-01, 04-02
    }

    void streakArithmetic_data()
    {
        QTest::addColumn<std::vector<qint64>>("days");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("longest");
        QTest::newRow("nothing") << std::vector<qint64>{} << 0 << 0;
        QTest::newRow("today only") << std::vector<qint64>{100} << 1 << 1;
        QTest::newRow("up to yesterday still counts") << std::vector<qint64>{97, 98, 99} << 3 << 3;
        QTest::newRow("gap of a day breaks it") << std::vector<qint64>{90, 91, 92, 93, 98} << 0 << 4;
        QTest::newRow("longest in the past") << std::vector<qint64>{80, 81, 82, 83, 84, 99, 100} << 2 << 5;
    }
    void streakArithmetic()
    {
        QFETCH(std::vector<qint64>, days);
        QFETCH(int, current);
        QFETCH(int, longest);
        const auto s = StatsCalculator::streaks(days, 100);
        QCOMPARE(s.first, current);
        QCOMPARE(s.second, longest);
    }

    void trueRetention()
    {
        const ReportData d = report();
        QCOMPARE(d.retention.youngCount, 3);    // A3 Good, A5 Again, A7 Easy
        QCOMPARE(d.retention.youngPassed, 2);
        QCOMPARE(d.retention.matureCount, 2);   // A1 Good, A2 Again
        QCOMPARE(d.retention.maturePassed, 1);
        QCOMPARE(*d.retention.overall(), 0.6);
        const Retention *ml = named(d.retentionByTag, QStringLiteral("ml"));
        const Retention *stats = named(d.retentionByTag, QStringLiteral("stats"));
        QVERIFY(ml && stats);
        QCOMPARE(ml->count(), 5);
        QCOMPARE(ml->passed(), 3);
        QCOMPARE(stats->count(), 3);
        QCOMPARE(stats->passed(), 2);
        const Retention *pair = named(d.retentionByKind, QStringLiteral("pair"));
        const Retention *basic = named(d.retentionByKind, QStringLiteral("basic"));
        QVERIFY(pair && basic);
        QCOMPARE(pair->count(), 3);
        QCOMPARE(pair->passed(), 2);
        QCOMPARE(basic->count(), 2);
        QCOMPARE(basic->passed(), 1);
        const Retention *deck = named(d.retentionByDeck, QStringLiteral("Interview::Metrics"));
        QVERIFY(deck);
        QCOMPARE(deck->count(), 5);
    }

    void periodLimitsTheLog()
    {
        ReportOptions o;
        o.since = QDate(2026, 3, 27);   // leaves out A1 only
        o.until = QDate(2026, 4, 1);    // leaves out A7 only
        const ReportData d = report(o);
        QCOMPARE(d.totals.total(), 5);
        QCOMPARE(d.retention.matureCount, 1);
        QCOMPARE(d.retention.maturePassed, 0);
        QCOMPARE(d.retention.youngCount, 2);
        QCOMPARE(d.longestStreak, 2);   // 03-27, 03-28 (and 03-31, 04-01)
    }

    void deckScope()
    {
        ReportOptions o;
        o.deckName = QStringLiteral("Behavioral");   // includes Behavioral::Stories
        const ReportData d = report(o);
        QCOMPARE(d.totals.total(), 2);   // A4, A6
        QCOMPARE(d.cards, 3);
        QCOMPARE(d.seenCards, 2);
        QCOMPARE(d.suspendedCards, 1);
    }

    void forecast()
    {
        const ReportData d = report();
        QCOMPARE(int(d.forecast.size()), 90);
        QCOMPARE(d.forecast[0], 2);    // C2 overdue, C3 learning
        QCOMPARE(d.forecast[5], 1);    // C1
        QCOMPARE(d.forecast[40], 1);   // C5
        QCOMPARE(d.forecast[10], 0);   // C6 is suspended
        QCOMPARE(d.forecast30(), 3);
        QCOMPARE(d.forecast90(), 4);
    }

    void hoursAndButtons()
    {
        const ReportData d = report();
        QCOMPARE(d.hours[3].count, 3);    // A2, A3, A6 at 03:xx local
        QCOMPARE(d.hours[4].count, 1);    // A4
        QCOMPARE(d.hours[10].count, 1);   // A1
        QCOMPARE(d.hours[11].count, 1);   // A7
        QCOMPARE(d.hours[12].count, 1);   // A5
        QCOMPARE(d.hours[12].passed, 0);
        const int learn[4] = {0, 0, 2, 0}, young[4] = {1, 0, 1, 1}, mature[4] = {1, 0, 1, 0};
        for (int r = 0; r < 4; ++r) {
            QCOMPARE(d.buttons[0][r], learn[r]);
            QCOMPARE(d.buttons[1][r], young[r]);
            QCOMPARE(d.buttons[2][r], mature[r]);
        }
    }

    void hardestCards()
    {
        const ReportData d = report();
        QCOMPARE(int(d.mostLapses.size()), 2);
        QCOMPARE(d.mostLapses[0].card, m_ids.c[2]);
        QCOMPARE(d.mostLapses[0].lapses, 3);
        QCOMPARE(d.mostLapses[0].sortField, QStringLiteral("Recall, \"sensitivity\""));
        QCOMPARE(d.mostLapses[1].card, m_ids.c[1]);
        QCOMPARE(d.mostLapses[1].sortField, QStringLiteral("What is precision?"));   // HTML dropped
        QCOMPARE(d.lowestEase.front().card, m_ids.c[2]);   // ease 1900
    }

    void readiness()
    {
        const ReportData d = report();
        QCOMPARE(int(d.topics.size()), 3);
        const TopicReadiness *ml = topic(d, QStringLiteral("ml"));
        const TopicReadiness *stats = topic(d, QStringLiteral("stats"));
        const TopicReadiness *behavioral = topic(d, QStringLiteral("Behavioral"));   // untagged: top-level deck
        QVERIFY(ml && stats && behavioral);
        QCOMPARE(ml->total, 2);
        QCOMPARE(ml->seen, 2);
        QCOMPARE(ml->mature, 1);
        // Recall today: 0.9^(elapsed/interval); C1 last seen 25 d ago at 30 d, C2 12 d ago at 10 d.
        const double c1 = std::pow(0.9, 25.0 / 30), c2 = std::pow(0.9, 12.0 / 10), c5 = std::pow(0.9, 60.0 / 100),
                     c6 = std::pow(0.9, 10.0 / 20);
        QVERIFY(qFuzzyCompare(ml->predictedRecall, (c1 + c2) / 2));
        QVERIFY(qFuzzyCompare(stats->expectedKnown, (c2 + c5) / 2));
        // Behavioral: C3 learning counts 0.5, C4 unseen 0, C6 (suspended) 0.9^(10/20).
        QCOMPARE(behavioral->total, 3);
        QCOMPARE(behavioral->seen, 2);
        QVERIFY(qFuzzyCompare(behavioral->expectedKnown, (0.5 + c6) / 3));
        QVERIFY(!behavioral->retention.overall());   // no review answers, only a learning step
        QCOMPARE(*ml->retention.overall(), 0.6);
        // Pace: C3 was first seen (A4) in the last 30 days, so 1 new card / 30 d; 1 unseen → 30 days.
        QCOMPARE(behavioral->daysUntilAllSeen.value_or(-1), 30);
        QCOMPARE(ml->daysUntilAllSeen.value_or(-1), 0);
        const std::vector<QString> weakest{QStringLiteral("Behavioral"), QStringLiteral("ml"), QStringLiteral("stats")};
        QCOMPARE(d.weakestTopics, weakest);
        QVERIFY(!ml->onPace);   // no target date
    }

    void weakestTopicsTieBreak()
    {
        std::vector<TopicReadiness> topics(4);
        topics[0].topic = QStringLiteral("a-small");
        topics[0].total = 3;
        topics[1].topic = QStringLiteral("b-big");
        topics[1].total = 30;
        topics[2].topic = QStringLiteral("c-known");
        topics[2].total = 5;
        topics[2].expectedKnown = 0.9;
        topics[3].topic = QStringLiteral("d-empty");   // no cards: never listed
        const std::vector<QString> expected{QStringLiteral("b-big"), QStringLiteral("a-small"), QStringLiteral("c-known")};
        QCOMPARE(StatsCalculator::weakest(topics, 5), expected);
        QCOMPARE(int(StatsCalculator::weakest(topics, 1).size()), 1);
    }

    void readinessAgainstTargetDate()
    {
        ReportOptions o;
        o.targetDate = QDate(2026, 5, 15);   // 43 days away
        ReportData d = report(o);
        // Behavioral: 2 seen cards mature in time, 1 new one is seen by day 30 but needs 32 more:
        // projected (0 + 2 + 11/30) / 3 = 78.9 % < 80 %.
        QCOMPARE(topic(d, QStringLiteral("Behavioral"))->onPace.value_or(true), false);
        QCOMPARE(topic(d, QStringLiteral("ml"))->onPace.value_or(false), true);
        o.targetMatureShare = 0.75;
        d = report(o);
        QCOMPARE(topic(d, QStringLiteral("Behavioral"))->onPace.value_or(false), true);
        o.targetDate = QDate(2026, 4, 20);   // 18 days: the unseen card is not reached at 1 per 30 days
        d = report(o);
        QCOMPARE(topic(d, QStringLiteral("Behavioral"))->onPace.value_or(true), false);
    }

    void offsetSegmentsFindTheSwitch()
    {
        reportfixture::DstClock clock;
        const auto segs = ReportBuilder::offsetSegments(clock, reportfixture::utc("2026-03-20T00:00:00Z").toMSecsSinceEpoch(),
                                                        reportfixture::utc("2026-04-05T00:00:00Z").toMSecsSinceEpoch());
        QCOMPARE(int(segs.size()), 2);
        QCOMPARE(segs[1].second, 7200);
        QVERIFY(std::llabs(segs[1].first - reportfixture::dstSwitch().toMSecsSinceEpoch()) <= 1000);
    }

    void unknownDeckIsAnError()
    {
        auto col = Collection::openReadOnly(m_path);
        QVERIFY(col.ok());
        ReportOptions o;
        o.deckName = QStringLiteral("Nope");
        reportfixture::DstClock clock;
        const Result<ReportData> d = ReportBuilder::build(**col, o, clock);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().kind, Error::Kind::NotFound);
    }

    void browserSearchForATopic_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("fromTags");
        QTest::addColumn<bool>("fromDeck");
        QTest::addColumn<QString>("search");
        QTest::newRow("a tag") << "ml" << true << false << "tag:\"ml\"";
        QTest::newRow("a deck of untagged cards") << "System Design" << false << true << "deck:\"System Design\" tag:none";
        QTest::newRow("both") << "stats" << true << true << "tag:\"stats\" or (deck:\"stats\" tag:none)";
        QTest::newRow("wildcards and quotes are literal") << "a_b*\"c\\" << true << false << "tag:\"a\\_b\\*\\\"c\\\\\"";
    }

    void browserSearchForATopic()
    {
        QFETCH(QString, topic);
        QFETCH(bool, fromTags);
        QFETCH(bool, fromDeck);
        QFETCH(QString, search);
        TopicReadiness t;
        t.topic = topic;
        t.fromTags = fromTags;
        t.fromDeck = fromDeck;
        QCOMPARE(StatsCalculator::browserSearch(t), search);
    }

    // The PDF and HTML charts colour answers by meaning (hues in degrees): Again red, Hard
    // amber, Good green, Easy blue; on the hour chart Again red and correct answers green.
    void answerColoursAreSemantic()
    {
        auto col = Collection::openReadOnly(m_path);
        QVERIFY(col.ok());
        reportfixture::DstClock clock;
        const Result<ReportData> d = ReportBuilder::build(**col, ReportOptions{}, clock);
        QVERIFY(d.ok());
        const ReportDocument doc = ReportLayout::document(*d);
        const auto chart = [&](const QString &title) -> const Chart * {
            for (const Chart &c : doc.charts)
                if (c.title == title)
                    return &c;
            return nullptr;
        };
        const auto hue = [](const ChartSeries &s) { return s.color.hslHue(); };
        const auto red = [](int h) { return h <= 15 || h >= 345; };
        const Chart *buttons = chart(QStringLiteral("Answer buttons"));
        QVERIFY(buttons);
        QCOMPARE(buttons->series.size(), size_t(4));
        QCOMPARE(buttons->series[0].name, QStringLiteral("Again"));
        QVERIFY(red(hue(buttons->series[0])));
        QVERIFY(hue(buttons->series[1]) >= 25 && hue(buttons->series[1]) <= 50);
        QVERIFY(hue(buttons->series[2]) >= 90 && hue(buttons->series[2]) <= 150);
        QVERIFY(hue(buttons->series[3]) >= 190 && hue(buttons->series[3]) <= 250);
        const Chart *hours = chart(QStringLiteral("Answers by hour of day"));
        QVERIFY(hours);
        QCOMPARE(hours->series[1].name, QStringLiteral("Again"));
        QVERIFY(red(hue(hours->series[1])));
        QVERIFY(hue(hours->series[0]) >= 90 && hue(hours->series[0]) <= 150);
    }
};


QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
