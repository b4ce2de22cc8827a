// debrief-cli search: Anki's search syntax from the command line, on a real collection with the
// bundled decks.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliSearch : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_tmp;
    QString m_dir;

    Run cli(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DEBRIEF_DATA_DIR"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DEBRIEF_CLI_PATH),
                QStringList{QStringLiteral("--data-dir"), m_dir, QStringLiteral("--now"), QStringLiteral("2026-03-02T10:00:00Z")} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("data"));
        Run r = cli({QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("add"), QStringLiteral("--deck"), QStringLiteral("Mine::Sub"), QStringLiteral("--front"),
                 QStringLiteral("What is p99 latency?"), QStringLiteral("--back"), QStringLiteral("The 99th percentile of request latency")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void findsTheAddedCard()
    {
        const Run r = cli({QStringLiteral("search"), QStringLiteral("deck:Mine")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QStringList cols = lines.first().split(QLatin1Char('\t'));
        QCOMPARE(cols.size(), 4);
        QCOMPARE(cols.at(2), QStringLiteral("Mine::Sub"));
        QCOMPARE(cols.at(3), QStringLiteral("What is p99 latency?"));

        const Run phrase = cli({QStringLiteral("search"), QStringLiteral("--ids"), QStringLiteral("\"percentile of request\""), QStringLiteral("is:new")});
        QVERIFY2(phrase.exitCode == 0, qPrintable(phrase.err));
        QCOMPARE(phrase.out.trimmed(), cols.at(0));
    }

    // The bundled decks hold pair, tree and layers notes; the kinds partition what kind:* finds.
    void kindsPartitionTheBundledDecks()
    {
        auto count = [&](const QString &query) {
            const Run r = cli({QStringLiteral("search"), QStringLiteral("--ids"), QStringLiteral("--json"), query});
            if (r.exitCode != 0)
                return -1;
            return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
        };
        const int all = count(QString());
        const int pair = count(QStringLiteral("kind:pair"));
        const int tree = count(QStringLiteral("kind:tree"));
        const int layers = count(QStringLiteral("kind:layers"));
        const int rest = count(QStringLiteral("-kind:pair -kind:tree -kind:layers"));
        QVERIFY(pair > 0 && tree > 0 && layers > 0 && rest > 0);
        QCOMPARE(pair + tree + layers + rest, all);
        QCOMPARE(count(QStringLiteral("kind:pair or kind:tree")), pair + tree);
    }

    void notesJson()
    {
        const Run r = cli({QStringLiteral("search"), QStringLiteral("--notes"), QStringLiteral("--json"), QStringLiteral("front:*p99*")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("sortField")).toString(), QStringLiteral("What is p99 latency?"));
        QVERIFY(!rows.at(0).toObject().contains(QStringLiteral("card")));
    }

    void badQueryIsAUsageError()
    {
        const Run r = cli({QStringLiteral("search"), QStringLiteral("(deck:Mine")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed(), QStringLiteral("debrief-cli: search: '(' is not closed (at column 1)"));
        QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("--sort"), QStringLiteral("colour")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_clisearch.moc"
