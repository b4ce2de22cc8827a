// ReportFileWriter: the report file appears whole or not at all. Cancel at each step, or a
// failure, leaves no file (and an older file of that name as it was).
#include "reportfixture.h"

#include "report/reportfilewriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;

class TestReportFileWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    reportfixture::DstClock m_clock;

    QStringList filesIn(const QString &dir) const { return QDir(dir).entryList(QDir::Files | QDir::Hidden); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("collection.sqlite"));
        const QString error = reportfixture::build(m_path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("cancelAt");   // the `done` value whose progress call answers false
        QTest::newRow("pdf, before the statistics") << int(ReportFormat::Pdf) << 0;
        QTest::newRow("html, after the statistics") << int(ReportFormat::Html) << 1;
        QTest::newRow("csv, while streaming the review log") << int(ReportFormat::Csv) << 2;
        QTest::newRow("json, before the rename") << int(ReportFormat::Json) << 3;
        QTest::newRow("xlsx, after the statistics") << int(ReportFormat::Xlsx) << 1;
    }

    void cancelLeavesNoFile()
    {
        QFETCH(int, format);
        QFETCH(int, cancelAt);
        const QString dir = m_dir.filePath(QStringLiteral("cancel-%1-%2").arg(format).arg(cancelAt));
        QVERIFY(QDir().mkpath(dir));
        auto col = Collection::openReadOnly(m_path);
        QVERIFY(col);
        ReportFileOptions file;
        file.format = ReportFormat(format);
        file.path = QDir(dir).filePath(QStringLiteral("new.") + ReportFileWriter::suffixFor(file.format));
        bool asked = false;
        Result<void> r = ReportFileWriter::write(**col, ReportOptions{}, file, m_clock, [&](qint64 done, qint64) {
            asked = asked || done == cancelAt;
            return done != cancelAt;
        });
        QVERIFY(asked);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QCOMPARE(filesIn(dir), QStringList());

        // An existing file of that name is left as it was.
        QFile old(file.path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("older report");
        old.close();
        r = ReportFileWriter::write(**col, ReportOptions{}, file, m_clock, [&](qint64 done, qint64) { return done != cancelAt; });
        QVERIFY(!r);
        QCOMPARE(filesIn(dir), QStringList{QFileInfo(file.path).fileName()});
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("older report"));
    }

    void replacesAnOlderFileWhenDone()
    {
        const QString dir = m_dir.filePath(QStringLiteral("replace"));
        QVERIFY(QDir().mkpath(dir));
        auto col = Collection::openReadOnly(m_path);
        QVERIFY(col);
        ReportFileOptions file;
        file.format = ReportFormat::Json;
        file.path = QDir(dir).filePath(QStringLiteral("r.json"));
        QFile old(file.path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("older report");
        old.close();
        Result<void> r = ReportFileWriter::write(**col, ReportOptions{}, file, m_clock);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("r.json")});
        QVERIFY(old.open(QIODevice::ReadOnly));
        QVERIFY(old.readAll().startsWith("{"));
    }

    void unknownDeckFailsWithoutAFile()
    {
        const QString dir = m_dir.filePath(QStringLiteral("nodeck"));
        QVERIFY(QDir().mkpath(dir));
        auto col = Collection::openReadOnly(m_path);
        QVERIFY(col);
        ReportOptions options;
        options.deckName = QStringLiteral("No such deck");
        ReportFileOptions file;
        file.format = ReportFormat::Pdf;
        file.path = QDir(dir).filePath(QStringLiteral("r.pdf"));
        Result<void> r = ReportFileWriter::write(**col, options, file, m_clock);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QCOMPARE(filesIn(dir), QStringList());
    }
};

QTEST_MAIN(TestReportFileWriter)
#include "tst_reportfilewriter.moc"
