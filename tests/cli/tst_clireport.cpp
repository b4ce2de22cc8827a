// debrief-cli report end to end: every format written by the real executable from the hand-made
// collection of reportfixture.h, then read back with the tools a user would use (pdftotext,
// pdfinfo, unzip, a CSV parser, a JSON Schema validator), and the cohort report with a corrupt member.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "../core/reportfixture.h"
#include "import/csvreader.h"

using namespace debrief;

class TestCliReport : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    QTemporaryDir m_tmp;
    QString m_data;   // data dir of the fixture collection ("Ada")
    // The fixture's answers are on 03-26 .. 04-02; the CLI runs at a fixed +02:00 offset.
    const QString kNow = QStringLiteral("2026-04-02T12:00:00+02:00");

    static Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DEBRIEF_DATA_DIR"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

    Run report(const QStringList &args, const QString &dataDir = QString())
    {
        return run(QStringLiteral(DEBRIEF_CLI_PATH), QStringList{QStringLiteral("--data-dir"), dataDir.isEmpty() ? m_data : dataDir,
                                                                 QStringLiteral("--now"), kNow, QStringLiteral("report")}
                                                         + args);
    }

    QString out(const QString &name) const { return m_tmp.filePath(name); }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static std::vector<QStringList> parseCsv(const QByteArray &bytes)
    {
        Result<QString> text = CsvReader::decode(bytes, QStringLiteral("report.csv"));
        std::vector<QStringList> rows;
        if (!text)
            return rows;
        CsvReader reader(*text, QLatin1Char(','));
        for (;;) {
            Result<std::optional<CsvRecord>> rec = reader.next();
            if (!rec || !rec->has_value())
                break;
            rows.push_back((*rec)->fields);
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_data = m_tmp.filePath(QStringLiteral("ada"));
        QVERIFY(QDir().mkpath(m_data));
        const QString error = reportfixture::build(QDir(m_data).filePath(QStringLiteral("collection.sqlite")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void jsonMatchesSchemaAndFixture()
    {
        const Run r = report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out(QStringLiteral("r.json")),
                              QStringLiteral("--target-date"), QStringLiteral("2026-05-15")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(read(out(QStringLiteral("r.json")))).object();
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("debrief-report"));
        QCOMPARE(o.value(QStringLiteral("learner")).toString(), QStringLiteral("Ada"));
        QCOMPARE(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("answers")).toInt(), 7);
        QCOMPARE(o.value(QStringLiteral("retention")).toObject().value(QStringLiteral("overall")).toDouble(), 0.6);
        QCOMPARE(o.value(QStringLiteral("forecast")).toObject().value(QStringLiteral("next30")).toInt(), 3);
        const QJsonObject readiness = o.value(QStringLiteral("readiness")).toObject();
        QCOMPARE(readiness.value(QStringLiteral("topics")).toArray().size(), 3);
        QCOMPARE(readiness.value(QStringLiteral("weakest")).toArray().first().toString(), QStringLiteral("Behavioral"));
        QCOMPARE(readiness.value(QStringLiteral("targetDate")).toString(), QStringLiteral("2026-05-15"));

        // Validated against docs/report-schema.json by an independent implementation. Debian's own
        // interpreter: python3-jsonschema (scripts/deps.sh) is installed for it, not for a pyenv one
        // that may come first on PATH.
        const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                                  : QStringLiteral("python3");
        const Run v = run(python,
                          {QStringLiteral("-c"),
                           QStringLiteral("import json,sys,jsonschema\n"
                                          "s=json.load(open(sys.argv[1]))\n"
                                          "jsonschema.Draft202012Validator.check_schema(s)\n"
                                          "jsonschema.validate(json.load(open(sys.argv[2])),s,cls=jsonschema.Draft202012Validator)\n"),
                           QStringLiteral(DEBRIEF_SOURCE_DIR "/docs/report-schema.json"), out(QStringLiteral("r.json"))});
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));
    }

    void sameNowGivesSameBytes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")};
        QTest::newRow("csv review log") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("csv summary") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--summary")};
        QTest::newRow("html") << QStringList{QStringLiteral("--format"), QStringLiteral("html")};
    }
    void sameNowGivesSameBytes()
    {
        QFETCH(QStringList, args);
        const Run a = report(args + QStringList{QStringLiteral("--out"), out(QStringLiteral("a.out"))});
        const Run b = report(args + QStringList{QStringLiteral("--out"), out(QStringLiteral("b.out"))});
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.err + b.err));
        QVERIFY(!read(out(QStringLiteral("a.out"))).isEmpty());
        QCOMPARE(read(out(QStringLiteral("a.out"))), read(out(QStringLiteral("b.out"))));
    }

    void csvReviewLogParsesBack()
    {
        // 03-27 04:00+02:00 .. 04-02 04:00+02:00 = 02:00Z .. 02:00Z: A2, A3, A4, A5 and A6.
        const Run r = report({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out(QStringLiteral("log.csv")),
                              QStringLiteral("--since"), QStringLiteral("2026-03-27"), QStringLiteral("--until"), QStringLiteral("2026-04-01")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray bytes = read(out(QStringLiteral("log.csv")));
        QVERIFY(bytes.contains("\r\n"));
        const std::vector<QStringList> rows = parseCsv(bytes);
        QCOMPARE(int(rows.size()), 1 + 5);
        QCOMPARE(rows[0].first(), QStringLiteral("card_id"));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 13);
        // A2: C1 in Interview::Metrics, sort field with its HTML removed, time with its offset.
        QCOMPARE(rows[1][2], QStringLiteral("Interview::Metrics"));
        QCOMPARE(rows[1][3], QStringLiteral("What is precision?"));
        QCOMPARE(rows[1][6], QStringLiteral("2026-03-28T04:30:00+02:00"));
        QCOMPARE(rows[1][8], QStringLiteral("1"));
        // A3 is C2, whose sort field holds a comma and quotes: quoted by RFC 4180, read back whole.
        QCOMPARE(rows[2][3], QStringLiteral("Recall, \"sensitivity\""));
        QCOMPARE(rows[2][4], QStringLiteral("ml stats"));
        QCOMPARE(rows[2][5], QStringLiteral("pair"));
        QVERIFY(bytes.contains("\"Recall, \"\"sensitivity\"\"\""));
    }

    void csvBomAndSummary()
    {
        const Run r = report({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--summary"), QStringLiteral("--bom"),
                              QStringLiteral("--out"), out(QStringLiteral("sum.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray bytes = read(out(QStringLiteral("sum.csv")));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const std::vector<QStringList> rows = parseCsv(bytes);
        QCOMPARE(int(rows.size()), 1 + 3);   // header + ml, stats, Behavioral
        QCOMPARE(rows[0].first(), QStringLiteral("Topic"));
    }

    void htmlIsSelfContained()
    {
        const Run r = report({QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), out(QStringLiteral("r.html"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString html = QString::fromUtf8(read(out(QStringLiteral("r.html"))));
        QVERIFY(html.contains(QLatin1String("<svg")));
        QVERIFY(html.contains(QLatin1String("Interview readiness by topic")));
        QVERIFY(html.contains(QLatin1String("Behavioral")));
        for (const char *external : {"http:", "https:", "//", "src=", "href=", "url(", "<script", "<link", "@import", "<iframe", "<object"}) {
            // "//" is allowed nowhere: no protocol-relative reference either.
            QVERIFY2(!html.contains(QLatin1String(external), Qt::CaseInsensitive), external);
        }
    }

    void pdfHasRealTextAndPages_data()
    {
        QTest::addColumn<QString>("pageSize");
        QTest::addColumn<QString>("points");
        QTest::newRow("A4") << QStringLiteral("A4") << QStringLiteral("595 x 842");
        QTest::newRow("Letter") << QStringLiteral("Letter") << QStringLiteral("612 x 792");
    }
    void pdfHasRealTextAndPages()
    {
        QFETCH(QString, pageSize);
        QFETCH(QString, points);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed to read the PDF back");
        const QString pdf = out(QStringLiteral("r-%1.pdf").arg(pageSize));
        const Run r = report({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                              QStringLiteral("--page-size"), pageSize});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(read(pdf).startsWith("%PDF-"));
        const Run info = run(QStringLiteral("pdfinfo"), {pdf});
        QCOMPARE(info.exitCode, 0);
        const QString infoText = QString::fromUtf8(info.out);
        QVERIFY2(infoText.contains(points), qPrintable(infoText));
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(infoText);
        QVERIFY(pages.hasMatch());
        const int pageCount = pages.captured(1).toInt();
        QVERIFY2(pageCount >= 3, qPrintable(infoText));   // title, charts, tables
        const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        const QString t = QString::fromUtf8(text.out);
        for (const char *expected : {"Debrief progress report", "Ada", "Interview readiness by topic", "Behavioral",
                                     "Answers per day", "True retention by tag", "What is precision?"})
            QVERIFY2(t.contains(QLatin1String(expected)), expected);
        QVERIFY(t.contains(QStringLiteral("Page %1").arg(pageCount)));
        QVERIFY(t.contains(QLatin1String("Generated on 2026-04-02T12:00:00+02:00")));
    }

    void xlsxSheetsHaveTheRows()
    {
        const QString xlsx = out(QStringLiteral("r.xlsx"));
        const Run r = report({QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto part = [&](const QString &name) {
            return QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, name}).out);
        };
        const QString workbook = part(QStringLiteral("xl/workbook.xml"));
        QVERIFY2(!workbook.isEmpty(), "unzip cannot read the workbook");
        // Sheets in order; libxlsxwriter stores sheet N as xl/worksheets/sheetN.xml.
        QStringList names;
        const QRegularExpression sheetRe(QStringLiteral("<sheet name=\"([^\"]+)\""));
        for (auto it = sheetRe.globalMatch(workbook); it.hasNext();)
            names << it.next().captured(1);
        QCOMPARE(names.first(), QStringLiteral("Summary"));
        QVERIFY(names.contains(QStringLiteral("Readiness")));
        QVERIFY(names.contains(QStringLiteral("Decks")));
        QCOMPARE(names.last(), QStringLiteral("Review log"));
        const auto rowsOf = [&](const QString &sheet) {
            const QString xml = part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(names.indexOf(sheet) + 1));
            return std::make_pair(int(xml.count(QLatin1String("<row "))), xml);
        };
        const auto log = rowsOf(QStringLiteral("Review log"));
        QCOMPARE(log.first, 1 + 7);
        QVERIFY(log.second.contains(QLatin1String("state=\"frozen\"")));
        // Card ids are numbers (no t="..." string type on column A), times are dates (a style).
        QVERIFY(QRegularExpression(QStringLiteral("<c r=\"A2\"( s=\"\\d+\")?><v>\\d+</v>")).match(log.second).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("<c r=\"G2\" s=\"\\d+\"><v>\\d+\\.\\d+</v>")).match(log.second).hasMatch());
        QCOMPARE(rowsOf(QStringLiteral("Readiness")).first, 1 + 3);
        QCOMPARE(rowsOf(QStringLiteral("Decks")).first, 1 + 1);   // answers with a review kind: Interview::Metrics only
    }

    void cohortSkipsTheCorruptCollection()
    {
        const QString grace = m_tmp.filePath(QStringLiteral("grace")), broken = m_tmp.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(grace) && QDir().mkpath(broken));
        QVERIFY(reportfixture::build(QDir(grace).filePath(QStringLiteral("collection.sqlite")), nullptr, QStringLiteral("Grace")).isEmpty());
        QFile bad(QDir(broken).filePath(QStringLiteral("collection.sqlite")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray("SQLite format 3").append('\0').append(QByteArray(4000, 'x')));
        bad.close();

        const QStringList cohort{QStringLiteral("--cohort"), m_data, broken, grace};
        const Run r = report(QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                                         out(QStringLiteral("cohort.json")), QStringLiteral("--target-date"), QStringLiteral("2026-05-15")}
                             + cohort);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("skipped")) && r.err.contains(broken), qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(read(out(QStringLiteral("cohort.json")))).object();
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("debrief-cohort-report"));
        const QJsonArray learners = o.value(QStringLiteral("learners")).toArray();
        QCOMPARE(learners.size(), 3);
        QCOMPARE(learners[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Ada"));
        QVERIFY(learners[1].toObject().contains(QStringLiteral("error")));
        QVERIFY(!learners[1].toObject().contains(QStringLiteral("report")));
        QCOMPARE(learners[2].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Grace"));
        QCOMPARE(o.value(QStringLiteral("topics")).toArray().first().toObject().value(QStringLiteral("topic")).toString(),
                 QStringLiteral("Behavioral"));
        QCOMPARE(o.value(QStringLiteral("topics")).toArray().first().toObject().value(QStringLiteral("learners")).toInt(), 2);
        const Run v = run(QStringLiteral("python3"),
                          {QStringLiteral("-c"),
                           QStringLiteral("import json,sys,jsonschema\n"
                                          "jsonschema.validate(json.load(open(sys.argv[2])),json.load(open(sys.argv[1])),cls=jsonschema.Draft202012Validator)\n"),
                           QStringLiteral(DEBRIEF_SOURCE_DIR "/docs/report-schema.json"), out(QStringLiteral("cohort.json"))});
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));

        // CSV: a row per learner and topic (2 readable learners x 3 topics); every other format is written.
        const Run csv = report(QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out(QStringLiteral("cohort.csv"))} + cohort);
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(int(parseCsv(read(out(QStringLiteral("cohort.csv")))).size()), 1 + 6);
        for (const char *fmt : {"html", "pdf", "xlsx"}) {
            const QString file = out(QStringLiteral("cohort.%1").arg(QLatin1String(fmt)));
            const Run w = report(QStringList{QStringLiteral("--format"), QLatin1String(fmt), QStringLiteral("--out"), file} + cohort);
            QVERIFY2(w.exitCode == 0, qPrintable(w.err));
            QVERIFY2(QFileInfo(file).size() > 0, fmt);
        }
        QVERIFY(read(out(QStringLiteral("cohort.html"))).contains("Grace"));

        // Nothing readable at all is a failure.
        const Run none = report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out(QStringLiteral("none.json")),
                                 QStringLiteral("--cohort"), broken});
        QCOMPARE(none.exitCode, 1);
    }

    void worksWhileTheCollectionIsOpenForWriting()
    {
        auto col = Collection::open(QDir(m_data).filePath(QStringLiteral("collection.sqlite")));
        QVERIFY(col.ok());
        const Run r = report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out(QStringLiteral("open.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(read(out(QStringLiteral("open.json")))).object().value(QStringLiteral("totals")).toObject()
                     .value(QStringLiteral("answers")).toInt(), 7);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no format") << QStringList{QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("no out") << QStringList{QStringLiteral("--format"), QStringLiteral("json")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), QStringLiteral("x"), QStringLiteral("--since"), QStringLiteral("yesterday")};
        QTest::newRow("pdf to stdout") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), QStringLiteral("-")};
        QTest::newRow("bad page size") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), QStringLiteral("x"), QStringLiteral("--page-size"), QStringLiteral("A3")};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        QCOMPARE(report(args).exitCode, 2);
    }

    void unknownDeckFails()
    {
        const Run r = report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out(QStringLiteral("x.json")),
                              QStringLiteral("--deck"), QStringLiteral("Nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("Nope")));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
