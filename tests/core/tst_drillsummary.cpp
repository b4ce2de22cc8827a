// The rehearsal drill's summary: points per topic, slowest and weakest question.
#include "study/drillsummary.h"

#include <QtTest>

using namespace debrief;

class TestDrillSummary : public QObject {
    Q_OBJECT

private slots:
    void noAnswers();
    void pointsPerTopicSortedByName();
    void slowestAndWeakest();
    void notesWithoutPointsAreNeverWeakest();
    void equalSharesKeepTheFirst();
};

namespace {

DrillAnswer answer(const char *question, const char *topic, int ticked, int total, int ms)
{
    return DrillAnswer{QString::fromUtf8(question), QString::fromUtf8(topic), ticked, total, ms};
}

} // namespace

void TestDrillSummary::noAnswers()
{
    const DrillSummary s = DrillSummary::of({});
    QVERIFY(s.answers.empty());
    QVERIFY(s.perTopic.empty());
    QVERIFY(!s.slowest);
    QVERIFY(!s.weakest);
}

void TestDrillSummary::pointsPerTopicSortedByName()
{
    const DrillSummary s = DrillSummary::of({answer("q1", "Seeds::Evals", 2, 4, 30000), answer("q2", "Seeds::Cost", 1, 3, 20000),
                                             answer("q3", "Seeds::Evals", 3, 3, 40000)});
    QCOMPARE(s.perTopic.size(), size_t(2));
    QCOMPARE(s.perTopic[0].topic, QStringLiteral("Seeds::Cost"));
    QCOMPARE(s.perTopic[0].ticked, 1);
    QCOMPARE(s.perTopic[0].total, 3);
    QCOMPARE(s.perTopic[1].topic, QStringLiteral("Seeds::Evals"));
    QCOMPARE(s.perTopic[1].ticked, 5);
    QCOMPARE(s.perTopic[1].total, 7);
    // Time per answer stays in the order answered.
    QCOMPARE(s.answers.size(), size_t(3));
    QCOMPARE(s.answers[1].question, QStringLiteral("q2"));
    QCOMPARE(s.answers[1].durationMs, 20000);
}

void TestDrillSummary::slowestAndWeakest()
{
    const DrillSummary s = DrillSummary::of({answer("fast, half", "A", 2, 4, 15000), answer("slow, full", "A", 3, 3, 75000),
                                             answer("mid, a third", "B", 1, 3, 50000)});
    QCOMPARE(s.slowest, std::optional<size_t>(1));
    QCOMPARE(s.weakest, std::optional<size_t>(2));   // 1/3 < 2/4 < 3/3
}

void TestDrillSummary::notesWithoutPointsAreNeverWeakest()
{
    const DrillSummary none = DrillSummary::of({answer("no points", "A", 0, 0, 10000)});
    QCOMPARE(none.slowest, std::optional<size_t>(0));
    QVERIFY(!none.weakest);
    const DrillSummary mixed = DrillSummary::of({answer("no points", "A", 0, 0, 10000), answer("all", "A", 4, 4, 5000)});
    QCOMPARE(mixed.weakest, std::optional<size_t>(1));
    QCOMPARE(mixed.perTopic.front().ticked, 4);
    QCOMPARE(mixed.perTopic.front().total, 4);
}

void TestDrillSummary::equalSharesKeepTheFirst()
{
    const DrillSummary s = DrillSummary::of({answer("first", "A", 1, 2, 30000), answer("second", "A", 2, 4, 30000)});
    QCOMPARE(s.weakest, std::optional<size_t>(0));
    QCOMPARE(s.slowest, std::optional<size_t>(0));
}

QTEST_APPLESS_MAIN(TestDrillSummary)
#include "tst_drillsummary.moc"
