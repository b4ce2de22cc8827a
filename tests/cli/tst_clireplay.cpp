// debrief-cli replay, run as a process on CSV files written to a temporary folder.

#include <QtTest>

class TestCliReplay : public QObject {
    Q_OBJECT

private slots:
    void noFuzz();
    void fuzzIsDeterministicAndBounded();
    void malformed_data();
    void malformed();
    void help();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run replay(const QString &csv, const QStringList &options);
    QTemporaryDir m_dir;
};

TestCliReplay::Run TestCliReplay::replay(const QString &csv, const QStringList &options)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("in%1.csv").arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(csv.toUtf8());
    f.close();

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEBRIEF_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DEBRIEF_CLI_PATH), QStringList {QStringLiteral("replay")} + options + QStringList {path});
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// Times: 1773144000 = 2026-03-10 12:00 UTC (study day 20522, which began at 04:00 = 1773115200).
// 04:00 UTC on 11, 14, 15 and 18 March: 1773201600, 1773460800, 1773547200, 1773806400.
void TestCliReplay::noFuzz()
{
    const QString csv = QStringLiteral(
        "card_id,review_time,rating\n"
        "1,1773144000,3\n"      // new Good: 10m step
        "1,1773144600,3\n"      // last step Good: graduates at 1d, due 11 March 04:00
        "2,1773144700,1\n"      // another new card, Again: 1m step
        "1,1773205200,3\n"      // 11 March 05:00, on time: Hard 1.2->2, Good 2.5 but >= 3 -> 3d
        "1,1773468000,1\n"      // 14 March 06:00, lapse: relearn 10m, ivl 3*0 -> 1, ease 2300
        "1,1773468600,3\n"      // relearning Good: back to review at 1d, due 15 March
        "2,1773468700,4\n");    // card 2 Easy from learning: 4d, due 18 March
    const Run r = replay(csv, {QStringLiteral("--no-fuzz")});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    const QStringList expected {
        QStringLiteral("card_id,review_time,rating,state,interval_days,ease,due"),
        QStringLiteral("1,1773144000,3,learning,0,2500,1773144600"),
        QStringLiteral("1,1773144600,3,review,1,2500,1773201600"),
        QStringLiteral("2,1773144700,1,learning,0,2500,1773144760"),
        QStringLiteral("1,1773205200,3,review,3,2500,1773460800"),
        QStringLiteral("1,1773468000,1,relearning,1,2300,1773468600"),
        QStringLiteral("1,1773468600,3,review,1,2300,1773547200"),
        QStringLiteral("2,1773468700,4,review,4,2500,1773806400"),
    };
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
}

void TestCliReplay::fuzzIsDeterministicAndBounded()
{
    QString csv = QStringLiteral("card_id,review_time,rating\n");
    // 20 new cards answered Easy at noon: 4 days fuzzed over 4 -+ 1.225 -> 3..5.
    for (int id = 1; id <= 20; ++id)
        csv += QStringLiteral("%1,1773144000,4\n").arg(1700000000000LL + id);
    const Run a = replay(csv, {});
    const Run b = replay(csv, {});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.out, b.out);
    const QStringList lines = a.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 21);
    QSet<int> intervals;
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.split(QLatin1Char(','));
        QCOMPARE(f.size(), 7);
        const int ivl = f[4].toInt();
        QVERIFY2(ivl >= 3 && ivl <= 5, qPrintable(line));
        // due is 04:00 UTC of day 20522 + ivl
        QCOMPARE(f[6].toLongLong(), 1773115200LL + ivl * 86400LL);
        intervals.insert(ivl);
    }
    QVERIFY(intervals.size() >= 2);   // 20 cards do not all draw the same day
}

void TestCliReplay::malformed_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<int>("line");

    QTest::newRow("wrong header") << "id,time,rating\n1,1773144000,3\n" << 1;
    QTest::newRow("empty file") << "" << 1;
    QTest::newRow("two columns") << "card_id,review_time,rating\n1,1773144000,3\n1,1773144600\n" << 3;
    QTest::newRow("four columns") << "card_id,review_time,rating\n1,1773144000,3,9\n" << 2;
    QTest::newRow("non-numeric time") << "card_id,review_time,rating\n1,1773144000,3\n1,soon,3\n" << 3;
    QTest::newRow("non-numeric card id") << "card_id,review_time,rating\nx1,1773144000,3\n" << 2;
    QTest::newRow("rating 5") << "card_id,review_time,rating\n1,1773144000,5\n" << 2;
    QTest::newRow("rating 0") << "card_id,review_time,rating\n1,1773144000,3\n2,1773144001,3\n1,1773144600,0\n" << 4;
    QTest::newRow("time going backwards") << "card_id,review_time,rating\n1,1773144000,3\n2,1773143999,3\n" << 3;
}

void TestCliReplay::malformed()
{
    QFETCH(QString, csv);
    QFETCH(int, line);
    const Run r = replay(csv, {QStringLiteral("--no-fuzz")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("line %1:").arg(line)), qPrintable(r.err));
    QCOMPARE(r.out, QString());   // nothing half-written on stdout
}

void TestCliReplay::help()
{
    QProcess p;
    p.start(QStringLiteral(DEBRIEF_CLI_PATH), {QStringLiteral("replay"), QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(out.contains(QStringLiteral("Usage: debrief-cli replay")));
    QVERIFY(out.contains(QStringLiteral("--no-fuzz")));
}

QTEST_GUILESS_MAIN(TestCliReplay)
#include "tst_clireplay.moc"
