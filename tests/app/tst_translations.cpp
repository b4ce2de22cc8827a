// The compiled-in translations as the app and the CLI load them: the language chosen or the
// system's, plural forms (English included), locale-formatted numbers, English when we do not
// ship the language.
#include "translations.h"

#include "search/searchparser.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;

class TestTranslations : public QObject {
    Q_OBJECT

private:
    static QString problems(int n)
    {
        return QCoreApplication::translate("debrief::MainWindow", "%n problem(s) found:", nullptr, n);
    }

private slots:
    void shippedLanguages()
    {
        const QStringList languages = Translations::available();
        QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(QLatin1Char(' '))));
        QVERIFY(languages.contains(QStringLiteral("fr")));
    }

    void chosenLanguage_translatesMenusAndPlurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("quit");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("three");
        QTest::addColumn<QString>("number");
        QTest::newRow("German")  << "de" << "&Beenden" << "1 Problem gefunden:" << "3 Probleme gefunden:" << "1.234,5";
        QTest::newRow("French")  << "fr" << "&Quitter" << "1 problème trouvé\u00a0:" << "3 problèmes trouvés\u00a0:"
                                 << QStringLiteral("1\u202f234,5");
        QTest::newRow("English") << "en" << "&Quit" << "1 problem found:" << "3 problems found:" << "1,234.5";
        QTest::newRow("Portuguese, not shipped: English") << "pt_BR" << "&Quit" << "1 problem found:" << "3 problems found:"
                                                           << "1.234,5";
    }

    void chosenLanguage_translatesMenusAndPlurals()
    {
        QFETCH(QString, language);
        QFETCH(QString, quit);
        QFETCH(QString, one);
        QFETCH(QString, three);
        QFETCH(QString, number);
        Translations::install(language);
        QCOMPARE(QCoreApplication::translate("debrief::MainWindow", "&Quit"), quit);
        QCOMPARE(problems(1), one);
        QCOMPARE(problems(3), three);
        // Numbers follow the chosen language, not the machine's.
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), number);
    }

    void cliHelp_isTranslated()
    {
        Translations::install(QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("debrief-cli", "Commands:"), QStringLiteral("Befehle:"));
        QCOMPARE(QCoreApplication::translate("debrief-cli", "Add a Basic note"), QStringLiteral("Eine einfache Notiz hinzufügen"));
    }

    // Messages made in core (search errors, storage errors with a plural) reach users in their
    // language too.
    void coreMessages_followTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("searchError");
        QTest::addColumn<QString>("shortFile");
        QTest::newRow("German") << "de" << "Suche: 'flag:' nimmt eine Zahl von 0 bis 7 (in Spalte 1)"
                                << " ist keine brauchbare SQLite-Datenbank: Datei zu kurz (10 Bytes)";
        QTest::newRow("French") << "fr" << "recherche\u00a0: 'flag:' prend un nombre de 0 à 7 (à la colonne 1)"
                                << " n’est pas une base de données SQLite utilisable\u00a0: fichier trop court (10 octets)";
        QTest::newRow("English") << "en" << "search: 'flag:' takes a number from 0 to 7 (at column 1)"
                                 << " is not a usable SQLite database: file too short (10 bytes)";
    }

    void coreMessages_followTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, searchError);
        QFETCH(QString, shortFile);
        Translations::install(language);
        const Result<SearchNode> search = SearchParser::parse(QStringLiteral("flag:9"));
        QVERIFY(!search);
        QCOMPARE(search.error().message, searchError);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("short.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("0123456789"), qint64(10));
        file.close();
        const auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(!db);
        QCOMPARE(db.error().message, path + shortFile);
    }

    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
