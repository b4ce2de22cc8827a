// Rehearsal rubric: which rating the share of ticked points proposes, and reading a note's points.

#include "study/rubric.h"

#include <QtTest>

using namespace debrief;

Q_DECLARE_METATYPE(debrief::Rating)

class TestRubric : public QObject {
    Q_OBJECT

private slots:
    void proposedRating_data();
    void proposedRating();
    void scorePermille_data();
    void scorePermille();
    void parsePoints_data();
    void parsePoints();
};

void TestRubric::proposedRating_data()
{
    QTest::addColumn<int>("ticked");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("overTime");
    QTest::addColumn<Rating>("expected");
    QTest::newRow("none of 3: again") << 0 << 3 << false << Rating::Again;
    QTest::newRow("1 of 3 (33%): again") << 1 << 3 << false << Rating::Again;
    QTest::newRow("2 of 5 (40%): again") << 2 << 5 << false << Rating::Again;
    QTest::newRow("1 of 2 (50%): hard") << 1 << 2 << false << Rating::Hard;
    QTest::newRow("2 of 3 (67%): hard") << 2 << 3 << false << Rating::Hard;
    QTest::newRow("3 of 5 (60%): hard") << 3 << 5 << false << Rating::Hard;
    QTest::newRow("3 of 4 (75%): good") << 3 << 4 << false << Rating::Good;
    QTest::newRow("4 of 5 (80%): good") << 4 << 5 << false << Rating::Good;
    QTest::newRow("all 2: easy") << 2 << 2 << false << Rating::Easy;
    QTest::newRow("all 5: easy") << 5 << 5 << false << Rating::Easy;
    QTest::newRow("all 5 but over time: good") << 5 << 5 << true << Rating::Good;
    QTest::newRow("1 of 3 over time stays again") << 1 << 3 << true << Rating::Again;
    QTest::newRow("no points: good, the learner decides") << 0 << 0 << false << Rating::Good;
    QTest::newRow("more ticked than points counts as all") << 7 << 4 << false << Rating::Easy;
    QTest::newRow("negative ticked counts as none") << -1 << 4 << false << Rating::Again;
}

void TestRubric::proposedRating()
{
    QFETCH(int, ticked);
    QFETCH(int, total);
    QFETCH(bool, overTime);
    QFETCH(Rating, expected);
    QCOMPARE(int(Rubric::proposedRating(ticked, total, overTime)), int(expected));
}

void TestRubric::scorePermille_data()
{
    QTest::addColumn<int>("ticked");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("expected");
    QTest::newRow("2 of 3") << 2 << 3 << 666;
    QTest::newRow("all") << 4 << 4 << 1000;
    QTest::newRow("none") << 0 << 5 << 0;
    QTest::newRow("no points") << 0 << 0 << 0;
}

void TestRubric::scorePermille()
{
    QFETCH(int, ticked);
    QFETCH(int, total);
    QFETCH(int, expected);
    QCOMPARE(Rubric::scorePermille(ticked, total), expected);
}

void TestRubric::parsePoints_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("three points") << QStringLiteral("- opens with the user\n- names the budget\n- ties the choice to it")
                                  << QStringList{QStringLiteral("opens with the user"), QStringLiteral("names the budget"),
                                                 QStringLiteral("ties the choice to it")};
    QTest::newRow("indented continuation joins the point above")
        << QStringLiteral("- a long point\n  that goes on\n- short") << QStringList{QStringLiteral("a long point that goes on"), QStringLiteral("short")};
    QTest::newRow("blank lines and spaces ignored") << QStringLiteral("\n- one  \n\n- two\n") << QStringList{QStringLiteral("one"), QStringLiteral("two")};
    QTest::newRow("empty field: no points") << QString() << QStringList{};
}

void TestRubric::parsePoints()
{
    QFETCH(QString, field);
    QFETCH(QStringList, expected);
    QCOMPARE(Rubric::parsePoints(field), expected);
}

QTEST_APPLESS_MAIN(TestRubric)
#include "tst_rubric.moc"
