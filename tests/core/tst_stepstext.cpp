// The deck options' learning-steps text: "1m 10m 1h 1d" and the messages for what is not a step.
#include "scheduling/stepstext.h"

#include <QtTest>

using namespace debrief;

Q_DECLARE_METATYPE(std::vector<int>)

class TestStepsText : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<std::vector<int>>("secs");
        QTest::newRow("Anki's default") << "1m 10m" << true << std::vector<int>{60, 600};
        QTest::newRow("every unit") << "30s 1m 1h 1d" << true << std::vector<int>{30, 60, 3600, 86400};
        QTest::newRow("bare number is minutes") << "5 15" << true << std::vector<int>{300, 900};
        QTest::newRow("decimal minutes") << "1.5" << true << std::vector<int>{90};
        QTest::newRow("extra spaces and capitals") << "  1M   2H " << true << std::vector<int>{60, 7200};
        QTest::newRow("empty: no learning") << "" << true << std::vector<int>{};
        QTest::newRow("unknown unit") << "1m 10x" << false << std::vector<int>{};
        QTest::newRow("comma separated") << "1m,10m" << false << std::vector<int>{};
        QTest::newRow("zero") << "0m" << false << std::vector<int>{};
        QTest::newRow("negative") << "-1m" << false << std::vector<int>{};
        QTest::newRow("over a year") << "400d" << false << std::vector<int>{};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(std::vector<int>, secs);
        QString error;
        const std::optional<std::vector<int>> steps = StepsText::parse(text, &error);
        QCOMPARE(steps.has_value(), ok);
        if (ok) {
            QCOMPARE(*steps, secs);
            QVERIFY(error.isEmpty());
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void formatReadsBack()
    {
        QCOMPARE(StepsText::format({60, 600, 3600, 86400, 90}), QStringLiteral("1m 10m 1h 1d 90s"));
        QCOMPARE(StepsText::format({}), QString());
        QCOMPARE(*StepsText::parse(StepsText::format({45, 120, 7200})), (std::vector<int>{45, 120, 7200}));
    }
};

QTEST_APPLESS_MAIN(TestStepsText)
#include "tst_stepstext.moc"
