// debrief-cli end to end: every collection command on a temporary data dir, driven as a user
// or a script would, through the real executable.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include "storage/collection.h"

class TestCli : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_tmp;

    QString dataDir(const QString &name) const { return m_tmp.filePath(name); }

    static Run cli(const QStringList &args, const QString &dataDir = QString(),
                   const QProcessEnvironment &extraEnv = QProcessEnvironment())
    {
        QProcess p;
        QStringList all;
        if (!dataDir.isEmpty())
            all << QStringLiteral("--data-dir") << dataDir;
        all << args;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DEBRIEF_DATA_DIR"));
        env.insert(extraEnv);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DEBRIEF_CLI_PATH), all);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // The environment of a user whose system speaks `language` ("en": C locale).
    static QProcessEnvironment languageEnv(const QString &language)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("LANG"), language == QLatin1String("en") ? QStringLiteral("C.UTF-8") : language + QStringLiteral(".UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QString());
        env.insert(QStringLiteral("LC_MESSAGES"), QString());
        return env;
    }

    static QByteArray sha1Of(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
    }

    static void exec(const QString &dbPath, const char *sql)
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(dbPath.toUtf8().constData(), &db), SQLITE_OK);
        char *msg = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &msg);
        const QString error = msg ? QString::fromUtf8(msg) : QString();
        sqlite3_free(msg);
        sqlite3_close(db);
        QVERIFY2(rc == SQLITE_OK, qPrintable(error));
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const int start = lines.indexOf(QStringLiteral("Commands:"));
        QVERIFY(start > 0);
        for (int i = start + 1; i < lines.size(); ++i) {
            const QString name = lines[i].trimmed().section(QLatin1Char(' '), 0, 0);
            if (!name.isEmpty())
                QTest::newRow(qPrintable(name)) << name;
        }
    }

    void helpForEveryCommand()
    {
        QFETCH(QString, command);
        const Run r = cli({command, QStringLiteral("--help")}, dataDir(QStringLiteral("help")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Usage: debrief-cli")), qPrintable(r.out));
        QVERIFY(!QFile::exists(dataDir(QStringLiteral("help")) + QStringLiteral("/collection.sqlite")));
    }

    // Each command's --help names every option the command accepts and shows an example, with no
    // display at all (no QT_QPA_PLATFORM, DISPLAY or WAYLAND_DISPLAY), on stdout, exit 0.
    void helpListsOptionsAndExample_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        const auto row = [](const char *command, const QStringList &options) { QTest::newRow(command) << QString::fromLatin1(command) << options; };
        row("add", {"--deck", "--front", "--back", "--tags"});
        row("backup", {"--out"});
        row("check", {});
        row("decks", {"--json"});
        row("due", {"--deck", "--cards", "--json"});
        row("export", {"--format", "--deck", "--with-scheduling", "--out"});
        row("generate", {"--cards", "--revlog", "--seed"});
        row("import", {"--deck", "--notetype", "--map", "--separator", "--header", "--as-new", "--update"});
        row("init", {"--no-decks"});
        row("lint", {"--coverage", "--seeds"});
        row("replay", {"--no-fuzz"});
        row("report", {"--format", "--out", "--deck", "--since", "--until", "--target-date", "--target-mature", "--summary",
                       "--bom", "--page-size", "--cohort"});
        row("restore", {});
        row("search", {"--notes", "--ids", "--json", "--sort", "--reverse"});
        row("study", {"--auto", "--seed", "--deck"});
    }

    void helpListsOptionsAndExample()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        QProcessEnvironment noDisplay;
        noDisplay.insert(QStringLiteral("QT_QPA_PLATFORM"), QString());
        noDisplay.insert(QStringLiteral("DISPLAY"), QString());
        noDisplay.insert(QStringLiteral("WAYLAND_DISPLAY"), QString());
        noDisplay.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        const Run r = cli({command, QStringLiteral("--help")}, dataDir(QStringLiteral("help-options")), noDisplay);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: debrief-cli ") + command), qPrintable(r.out));
        const QString optionsSection = r.out.section(QStringLiteral("\nOptions:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        QVERIFY2(!optionsSection.isEmpty(), qPrintable(r.out));
        options << QStringLiteral("--help");
        for (const QString &option : options)
            QVERIFY2(optionsSection.contains(QStringLiteral("  ") + option) || optionsSection.contains(QStringLiteral(", ") + option),
                     qPrintable(option + QStringLiteral(" is not in the options of:\n") + r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\nExamples?:\n  debrief-cli .*") + command)), qPrintable(r.out));
        QVERIFY(!QFile::exists(dataDir(QStringLiteral("help-options")) + QStringLiteral("/collection.sqlite")));
    }

    // The prose of a command's help follows the language; option names and examples do not.
    void helpIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Aufruf: debrief-cli import") << QStringLiteral("Beispiele:");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Usage\u00a0: debrief-cli import") << QStringLiteral("Exemples\u00a0:");
    }

    void helpIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, usage);
        QFETCH(QString, phrase);
        QProcessEnvironment env;
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("LANG"), language + QStringLiteral(".UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QString());
        env.insert(QStringLiteral("LC_MESSAGES"), QString());
        QProcessEnvironment englishEnv = env;
        englishEnv.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        englishEnv.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        const Run english = cli({QStringLiteral("import"), QStringLiteral("--help")}, dataDir(QStringLiteral("help-lang")), englishEnv);
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--help")}, dataDir(QStringLiteral("help-lang")), env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(usage), qPrintable(r.out));
        QVERIFY2(r.out.contains(phrase), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("drop imported scheduling and review history")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--as-new")));
        QVERIFY(r.out.contains(QStringLiteral("debrief-cli import --deck Vocabulary --map 1=Front,2=Back,3=tags --header words.csv")));
        QVERIFY(english.out.contains(QStringLiteral("drop imported scheduling and review history")));
    }

    // Errors on stderr speak the user's language too: one made by the CLI (a bad argument), one
    // made by core (no collection in the data dir).
    void errorIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("badArgument");
        QTest::addColumn<QString>("noCollection");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("debrief-cli: decks: unexpected argument '--bogus'")
                                 << QStringLiteral("debrief-cli: no collection in ");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("debrief-cli: decks: unerwartetes Argument '--bogus'")
                                << QStringLiteral("debrief-cli: keine Sammlung in ");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("debrief-cli: decks\u00a0: argument inattendu '--bogus'")
                                << QStringLiteral("debrief-cli: aucune collection dans ");
    }

    void errorIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, badArgument);
        QFETCH(QString, noCollection);
        const QString dir = dataDir(QStringLiteral("error-lang"));
        Run r = cli({QStringLiteral("decks"), QStringLiteral("--bogus")}, dir, languageEnv(language));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(badArgument), qPrintable(r.err));
        r = cli({QStringLiteral("due")}, dir, languageEnv(language));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(noCollection), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("debrief-cli --data-dir %1 init").arg(dir)), qPrintable(r.err));
    }

    // `check` prints core's findings as whole sentences with the count's plural: "1 card whose
    // note is missing", not "1 card(s)".
    void checkFindingsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("summary");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("1 card whose note is missing (ids ")
                                 << QStringLiteral("debrief-cli: check: 1 problem found");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("1 Karte, deren Notiz fehlt (IDs ")
                                << QStringLiteral("debrief-cli: check: 1 Problem gefunden");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("1 carte dont la note est manquante (identifiants ")
                                << QStringLiteral("debrief-cli: check\u00a0: 1 problème trouvé");
    }

    void checkFindingsAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, finding);
        QFETCH(QString, summary);
        const QString dir = dataDir(QStringLiteral("check-lang-") + language);
        const Run added = cli({QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("D"), QStringLiteral("--front"), QStringLiteral("a")}, dir);
        QCOMPARE(added.exitCode, 0);
        const QString cardId = added.out.section(QLatin1Char('\n'), 1, 1).section(QLatin1Char(' '), 1, 1);
        exec(dir + QStringLiteral("/collection.sqlite"), "PRAGMA foreign_keys=OFF; DELETE FROM notes;");
        const Run r = cli({QStringLiteral("check")}, dir, languageEnv(language));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(finding + cardId + QLatin1Char(')')), qPrintable(r.out));
        QVERIFY2(r.err.startsWith(summary), qPrintable(r.err));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown global flag") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("decks")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("--now not a date") << QStringList{QStringLiteral("--now"), QStringLiteral("yesterday"), QStringLiteral("decks")};
        QTest::newRow("--data-dir without value") << QStringList{QStringLiteral("--data-dir")};
        QTest::newRow("decks extra arg") << QStringList{QStringLiteral("decks"), QStringLiteral("--bogus")};
        QTest::newRow("due --deck without name") << QStringList{QStringLiteral("due"), QStringLiteral("--deck")};
        QTest::newRow("add without front") << QStringList{QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("X")};
        QTest::newRow("add flag without value") << QStringList{QStringLiteral("add"), QStringLiteral("--deck")};
        QTest::newRow("study without --auto") << QStringList{QStringLiteral("study")};
        QTest::newRow("study --auto not a number") << QStringList{QStringLiteral("study"), QStringLiteral("--auto"), QStringLiteral("many")};
        QTest::newRow("restore without file") << QStringList{QStringLiteral("restore")};
        QTest::newRow("generate --cards not a number") << QStringList{QStringLiteral("generate"), QStringLiteral("--cards"), QStringLiteral("lots")};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args, dataDir(QStringLiteral("usage")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("debrief-cli")) || r.err.startsWith(QStringLiteral("Usage")), qPrintable(r.err));
    }

    void initAddDueStudy()
    {
        const QString dir = dataDir(QStringLiteral("flow"));
        const QString now = QStringLiteral("2026-03-02T10:00:00Z");
        Run r = cli({QStringLiteral("--now"), now, QStringLiteral("init")}, dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(dir + QStringLiteral("/collection.sqlite")));

        r = cli({QStringLiteral("--now"), now, QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("Mine::Sub"),
                 QStringLiteral("--front"), QStringLiteral("What is p99?"), QStringLiteral("--back"), QStringLiteral("The 99th percentile")},
                dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("card ")));

        r = cli({QStringLiteral("--now"), now, QStringLiteral("due"), QStringLiteral("--deck"), QStringLiteral("Mine"), QStringLiteral("--json")}, dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("{\"learn\":0,\"new\":1,\"review\":0}"));

        r = cli({QStringLiteral("--now"), now, QStringLiteral("decks"), QStringLiteral("--json")}, dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("\"Mine::Sub\"")));
        QVERIFY(r.out.contains(QStringLiteral("\"Mine\"")));

        r = cli({QStringLiteral("--now"), now, QStringLiteral("due"), QStringLiteral("--deck"), QStringLiteral("Nope")}, dir);
        QCOMPARE(r.exitCode, 1);

        // Every answered line names a card and a review that are really in the collection.
        r = cli({QStringLiteral("--now"), now, QStringLiteral("study"), QStringLiteral("--auto"), QStringLiteral("5"),
                 QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--deck"), QStringLiteral("Mine")},
                dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            const QStringList parts = line.split(QLatin1Char(' '));
            QCOMPARE(parts.size(), 3);
            QCOMPARE(parts[0], QStringLiteral("answered"));
        }
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2((dir + QStringLiteral("/collection.sqlite")).toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        for (const QString &line : lines) {
            const QString sql = QStringLiteral("SELECT count(*) FROM revlog WHERE id = %1").arg(line.section(QLatin1Char(' '), 2, 2).toLongLong());
            sqlite3_stmt *st = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_step(st), SQLITE_ROW);
            QCOMPARE(sqlite3_column_int(st, 0), 1);
            sqlite3_finalize(st);
        }
        sqlite3_close(db);

        r = cli({QStringLiteral("check")}, dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void checkFindsPlantedOrphan()
    {
        const QString dir = dataDir(QStringLiteral("orphan"));
        QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("D"), QStringLiteral("--front"), QStringLiteral("a"),
                      QStringLiteral("--back"), QStringLiteral("b")},
                     dir)
                     .exitCode,
                 0);
        exec(dir + QStringLiteral("/collection.sqlite"), "PRAGMA foreign_keys=OFF; DELETE FROM notes;");
        const Run r = cli({QStringLiteral("check")}, dir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.out.trimmed().isEmpty());
    }

    void backupAndRestore()
    {
        const QString dir = dataDir(QStringLiteral("backup"));
        QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("D"), QStringLiteral("--front"), QStringLiteral("kept"),
                      QStringLiteral("--back"), QStringLiteral("b")},
                     dir)
                     .exitCode,
                 0);
        const QString backup = m_tmp.filePath(QStringLiteral("b1.sqlite"));
        Run r = cli({QStringLiteral("backup"), QStringLiteral("--out"), backup}, dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), backup);
        // A second backup to the same file is refused rather than overwriting.
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--out"), backup}, dir).exitCode, 1);

        QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("D"), QStringLiteral("--front"), QStringLiteral("later"),
                      QStringLiteral("--back"), QStringLiteral("b")},
                     dir)
                     .exitCode,
                 0);
        r = cli({QStringLiteral("due"), QStringLiteral("--json")}, dir);
        QVERIFY(r.out.contains(QStringLiteral("\"new\":2")));
        r = cli({QStringLiteral("restore"), backup}, dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("due"), QStringLiteral("--json")}, dir);
        QVERIFY2(r.out.contains(QStringLiteral("\"new\":1")), qPrintable(r.out));

        // Restoring something that is not a collection is refused and changes nothing.
        const QString junk = m_tmp.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QByteArray before = sha1Of(dir + QStringLiteral("/collection.sqlite"));
        QCOMPARE(cli({QStringLiteral("restore"), junk}, dir).exitCode, 1);
        QCOMPARE(sha1Of(dir + QStringLiteral("/collection.sqlite")), before);
    }

    void badCollectionFilesAreLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fragment");   // part of the message a person needs to see
        QTest::newRow("not sqlite") << QByteArray("this is a text file, not a database\n").repeated(200) << QString();
        QTest::newRow("empty header only") << QByteArray("SQLite format 3", 16) << QString();
    }

    void badCollectionFilesAreLeftAlone()
    {
        QFETCH(QByteArray, content);
        const QString dir = dataDir(QStringLiteral("bad-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/collection.sqlite");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = sha1Of(path);
        for (const QStringList &args : {QStringList{QStringLiteral("decks")}, QStringList{QStringLiteral("due")},
                                        QStringList{QStringLiteral("check")},
                                        QStringList{QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("D"),
                                                    QStringLiteral("--front"), QStringLiteral("x")}}) {
            const Run r = cli(args, dir);
            QVERIFY2(r.exitCode != 0, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(!r.err.isEmpty());
            QCOMPARE(sha1Of(path), before);
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void truncatedAndNewerCollections()
    {
        const QString dir = dataDir(QStringLiteral("trunc"));
        QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("D"), QStringLiteral("--front"), QStringLiteral("a"),
                      QStringLiteral("--back"), QStringLiteral("b")},
                     dir)
                     .exitCode,
                 0);
        const QString path = dir + QStringLiteral("/collection.sqlite");

        // Newer schema than this build knows: refused, untouched.
        const QString newerDir = dataDir(QStringLiteral("newer"));
        QVERIFY(QDir().mkpath(newerDir));
        QVERIFY(QFile::copy(path, newerDir + QStringLiteral("/collection.sqlite")));
        exec(newerDir + QStringLiteral("/collection.sqlite"), "PRAGMA user_version = 9999;");
        QByteArray before = sha1Of(newerDir + QStringLiteral("/collection.sqlite"));
        Run r = cli({QStringLiteral("decks")}, newerDir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer"), Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(sha1Of(newerDir + QStringLiteral("/collection.sqlite")), before);

        // Truncated: the first pages of a real collection.
        const QString truncDir = dataDir(QStringLiteral("truncated"));
        QVERIFY(QDir().mkpath(truncDir));
        QFile src(path);
        QVERIFY(src.open(QIODevice::ReadOnly));
        QFile dst(truncDir + QStringLiteral("/collection.sqlite"));
        QVERIFY(dst.open(QIODevice::WriteOnly));
        dst.write(src.read(src.size() / 3));
        dst.close();
        before = sha1Of(dst.fileName());
        r = cli({QStringLiteral("decks")}, truncDir);
        QVERIFY(r.exitCode != 0);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(sha1Of(dst.fileName()), before);
    }

    void dataDirIsAFile()
    {
        const QString file = m_tmp.filePath(QStringLiteral("plainfile"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        for (const QStringList &args : {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("decks")}}) {
            const Run r = cli(args, file);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("not a folder")) || r.err.contains(QStringLiteral("no collection")), qPrintable(r.err));
        }
    }

    void secondWriterIsRefused()
    {
        const QString dir = dataDir(QStringLiteral("locked"));
        QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("D"), QStringLiteral("--front"), QStringLiteral("a")}, dir).exitCode, 0);
        const QString path = dir + QStringLiteral("/collection.sqlite");
        {
            // This process holds the collection open for writing, as the app would.
            auto held = debrief::Collection::open(path);
            QVERIFY2(held, held ? "" : qPrintable(held.error().message));
            const Run r = cli({QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("D"), QStringLiteral("--front"), QStringLiteral("b")}, dir);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("already open"), Qt::CaseInsensitive), qPrintable(r.err));
            auto notes = (*held)->count(QStringLiteral("notes"));
            QVERIFY(notes);
            QCOMPARE(*notes, 1);
        }
        // Once it is closed, the next writer gets in.
        QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("D"), QStringLiteral("--front"), QStringLiteral("b")}, dir).exitCode, 0);
    }

    // Commands that only read work while another program (the app) holds the collection for
    // writing, and see what it has committed; WAL readers never block the writer.
    void readOnlyCommandsWorkWhileAWriterHoldsTheCollection()
    {
        const QString dir = dataDir(QStringLiteral("held-by-app"));
        QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("Shared"), QStringLiteral("--front"), QStringLiteral("a")}, dir).exitCode, 0);
        const QString path = dir + QStringLiteral("/collection.sqlite");
        auto held = debrief::Collection::open(path);
        QVERIFY2(held, held ? "" : qPrintable(held.error().message));
        QVERIFY((*held)->ensureDeck(QStringLiteral("Added by the app")).ok());

        const Run decks = cli({QStringLiteral("decks")}, dir);
        QVERIFY2(decks.exitCode == 0, qPrintable(decks.err));
        QVERIFY(decks.out.contains(QStringLiteral("Shared\t1\t0\t0")));
        QVERIFY(decks.out.contains(QStringLiteral("Added by the app")));
        const Run due = cli({QStringLiteral("due"), QStringLiteral("--deck"), QStringLiteral("Shared")}, dir);
        QVERIFY2(due.exitCode == 0, qPrintable(due.err));
        QCOMPARE(due.out, QStringLiteral("new 1\nlearn 0\nreview 0\n"));
        const QString tsv = m_tmp.filePath(QStringLiteral("held.tsv"));
        const Run exported = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("tsv"), QStringLiteral("--out"), tsv}, dir);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile f(tsv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("a"));

        // The app keeps writing meanwhile; a second writer is still refused.
        QVERIFY((*held)->ensureDeck(QStringLiteral("Still writable")).ok());
        const Run writer = cli({QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("Shared"), QStringLiteral("--front"), QStringLiteral("b")}, dir);
        QCOMPARE(writer.exitCode, 1);
    }

    void importRefusesWhatIsNotAFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << m_tmp.filePath(QStringLiteral("nope.apkg")) << QStringLiteral("no such file");
        QTest::newRow("a folder") << m_tmp.path() << QStringLiteral("is a folder");
        QTest::newRow("a device that never ends") << QStringLiteral("/dev/zero") << QStringLiteral("not a regular file");
    }

    void importRefusesWhatIsNotAFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QString dir = dataDir(QStringLiteral("notafile"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--no-decks")}, dir).exitCode, 0);
        const QByteArray before = sha1Of(dir + QStringLiteral("/collection.sqlite"));
        const Run r = cli({QStringLiteral("import"), path}, dir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(sha1Of(dir + QStringLiteral("/collection.sqlite")), before);
    }

    // The crash test: kill -9 in the middle of `study --auto`. Every answer it reported is in the
    // collection, at most the one in flight is missing, and the file is intact.
    void killDuringStudyLosesAtMostTheAnswerInFlight()
    {
        const QString dir = dataDir(QStringLiteral("killed"));
        const QString now = QStringLiteral("2026-03-10T12:00:00Z");
        Run r = cli({QStringLiteral("--now"), now, QStringLiteral("generate"), QStringLiteral("--cards"), QStringLiteral("4000"),
                     QStringLiteral("--revlog"), QStringLiteral("0")},
                    dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        QProcess p;
        p.start(QStringLiteral(DEBRIEF_CLI_PATH), {QStringLiteral("--data-dir"), dir, QStringLiteral("--now"), now,
                                                   QStringLiteral("study"), QStringLiteral("--auto"), QStringLiteral("100000"),
                                                   QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        while (out.count('\n') < 40 && p.state() == QProcess::Running) {
            p.waitForReadyRead(5000);
            out += p.readAllStandardOutput();
        }
        p.kill();   // SIGKILL: no destructors, no rollback, no checkpoint
        p.waitForFinished();
        out += p.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        QStringList reviewIds;
        for (const QByteArray &line : lines)
            if (line.startsWith("answered ") && line.count(' ') == 2)
                reviewIds << QString::fromLatin1(line.split(' ').at(2));
        QVERIFY2(reviewIds.size() >= 40, out.constData());

        const QString path = dir + QStringLiteral("/collection.sqlite");
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        const auto count = [db](const QString &sql) {
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr);
            const qint64 n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
            sqlite3_finalize(st);
            return n;
        };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revlog WHERE id IN (%1)").arg(reviewIds.join(QLatin1Char(',')))),
                 qint64(reviewIds.size()));
        const qint64 stored = count(QStringLiteral("SELECT count(*) FROM revlog"));
        QVERIFY2(stored == reviewIds.size() || stored == reviewIds.size() + 1,
                 qPrintable(QStringLiteral("%1 stored, %2 reported").arg(stored).arg(reviewIds.size())));
        sqlite3_close(db);

        r = cli({QStringLiteral("check")}, dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // The lock died with the process: the next writer gets in.
        r = cli({QStringLiteral("--now"), now, QStringLiteral("study"), QStringLiteral("--auto"), QStringLiteral("1")}, dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
