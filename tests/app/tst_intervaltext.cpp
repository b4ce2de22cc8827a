// The answer buttons' intervals follow the language: the scheduler's "<10m", "2.5h", "3.5mo"
// become "<10 Min.", "2,5 Std.", "3,5 Mon." in German, with the locale's decimal separator.
#include "intervaltext.h"
#include "translations.h"

#include <QtTest>

using namespace debrief;

class TestIntervalText : public QObject {
    Q_OBJECT

private slots:
    void localized_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English keeps Anki's labels")  << "en" << "<10m" << "<10m";
        QTest::newRow("English decimal")              << "en" << "2.5h" << "2.5h";
        QTest::newRow("German minutes within learn-ahead") << "de" << "<10m" << "<10 Min.";
        QTest::newRow("German decimal comma")         << "de" << "2.5h" << "2,5 Std.";
        QTest::newRow("German days")                  << "de" << "4d" << "4 T.";
        QTest::newRow("German months")                << "de" << "3.5mo" << "3,5 Mon.";
        QTest::newRow("German end")                   << "de" << "End" << "Ende";
        QTest::newRow("French days")                  << "fr" << "12d" << "12 j";
        QTest::newRow("French years")                 << "fr" << "1.2y" << "1,2 a";
        QTest::newRow("French seconds")               << "fr" << "30s" << "30 s";
        QTest::newRow("not a scheduler label: as is") << "de" << "soon" << "soon";
    }

    void localized()
    {
        QFETCH(QString, language);
        QFETCH(QString, label);
        QFETCH(QString, expected);
        Translations::install(language);
        QCOMPARE(IntervalText::localized(label), expected);
    }

    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }
};

QTEST_GUILESS_MAIN(TestIntervalText)
#include "tst_intervaltext.moc"
