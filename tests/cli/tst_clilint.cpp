#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// `debrief-cli lint` as a user runs it: exit codes, `file:line: message` on stdout.
class TestCliLint : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void run_data();
    void run();
    void bundledDecksAreClean();

private:
    QTemporaryDir m_dir;
    QString m_clean;
    QString m_broken;
    QString m_checklist;
};

static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return f.fileName();
}

void TestCliLint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(QStringLiteral("clean")));
    m_clean = writeFile(m_dir, QStringLiteral("clean/a.deck"),
                        "format: 1\ndeck: A\n\n## basic clean-one\ncovers: S0-K1\nFront: f\nBack: b\n");
    m_broken = writeFile(m_dir, QStringLiteral("broken.deck"),
                         "format: 1\ndeck: B\n\n## basic broken-one\nFront: f\n\n## cloze broken-two\nText: none\n");
    m_checklist = writeFile(m_dir, QStringLiteral("check.md"), "- **S0-K1** — covered\n- **S0-K2** — not covered\n");
}

void TestCliLint::run_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stdoutLines");   // each must appear as a line prefix
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringList{QStringLiteral("Usage: debrief-cli lint")};
    QTest::newRow("no path is bad usage") << QStringList{} << 2 << QStringList{};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob")} << 2 << QStringList{};
    QTest::newRow("clean file") << QStringList{QStringLiteral("clean/a.deck")} << 0 << QStringList{};
    QTest::newRow("clean directory") << QStringList{QStringLiteral("clean")} << 0 << QStringList{};
    QTest::newRow("broken file: one line per problem")
        << QStringList{QStringLiteral("broken.deck")} << 1
        << QStringList{QStringLiteral("broken.deck:4: "), QStringLiteral("broken.deck:8: ")};
    QTest::newRow("coverage lists uncovered ids")
        << QStringList{QStringLiteral("--coverage"), QStringLiteral("check.md"), QStringLiteral("clean")} << 1
        << QStringList{QStringLiteral("check.md:2: S0-K2")};
    QTest::newRow("missing file") << QStringList{QStringLiteral("nope.deck")} << 1 << QStringList{QStringLiteral("nope.deck:0: ")};
}

void TestCliLint::run()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stdoutLines);
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(DEBRIEF_CLI_PATH), QStringList{QStringLiteral("lint")} + args);
    QVERIFY(p.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    QCOMPARE(p.exitCode(), exitCode);
    for (const QString &expected : stdoutLines) {
        bool found = false;
        for (const QString &l : lines)
            found = found || l.startsWith(expected);
        QVERIFY2(found, qPrintable(expected + QLatin1String(" not in: ") + lines.join(QLatin1Char('|'))));
    }
}

void TestCliLint::bundledDecksAreClean()
{
    QProcess p;
    p.start(QStringLiteral(DEBRIEF_CLI_PATH),
            {QStringLiteral("lint"), QStringLiteral("--coverage"), QStringLiteral(DEBRIEF_SHARED_DIR "/docs/deck-coverage.md"),
             QStringLiteral("--seeds"), QStringLiteral(DEBRIEF_SHARED_DIR "/seeds"), QStringLiteral(DEBRIEF_SOURCE_DIR "/decks")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
}

QTEST_GUILESS_MAIN(TestCliLint)
#include "tst_clilint.moc"
