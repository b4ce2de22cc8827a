// File ▸ Export Report…: the dialog writes a real report file in the chosen format from the
// hand-made collection of tests/core/reportfixture.h, read back the way a user's tools would.
#include "../core/reportfixture.h"
#include "mainwindow.h"
#include "reportdialog.h"
#include "widgettest.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;
using debrief::widgettest::child;

class TestReportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    reportfixture::DstClock m_clock;

    static void choose(QComboBox *box, int data)
    {
        const int i = box->findData(data);
        QVERIFY(i >= 0);
        box->setCurrentIndex(i);
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString runTool(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("collection.sqlite"));
        const QString error = reportfixture::build(m_path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void writesJson()
    {
        ReportDialog d(m_path, m_clock);
        choose(child<QComboBox>(d, QStringLiteral("format")), int(ReportFormat::Json));
        const QString out = m_dir.filePath(QStringLiteral("out/report.json"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        child<QLineEdit>(d, QStringLiteral("outputPath"))->setText(out);
        child<QCheckBox>(d, QStringLiteral("hasTargetDate"))->setChecked(true);
        child<QDateEdit>(d, QStringLiteral("targetDate"))->setDate(QDate(2026, 6, 1));
        QTest::mouseClick(child<QPushButton>(d, QStringLiteral("write")), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));

        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(read(out), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = json.object();
        // The fixture's three topics, and the interview date chosen in the dialog.
        QCOMPARE(o.value(QStringLiteral("readiness")).toObject().value(QStringLiteral("topics")).toArray().size(), 3);
        QVERIFY2(QString::fromUtf8(read(out)).contains(QStringLiteral("2026-06-01")), "target date in the report");
        // Nothing left behind but the report.
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.json")});
    }

    void writesPdfWithPagesAndText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QFAIL("pdfinfo (poppler-utils) is needed to read the PDF back");
        ReportDialog d(m_path, m_clock);
        choose(child<QComboBox>(d, QStringLiteral("format")), int(ReportFormat::Pdf));
        choose(child<QComboBox>(d, QStringLiteral("pageSize")), int(QPageSize::Letter));
        auto *deck = child<QComboBox>(d, QStringLiteral("deck"));
        deck->setCurrentIndex(deck->findText(QStringLiteral("Behavioral")));
        QVERIFY(deck->currentIndex() > 0);
        // The file name follows the format.
        QVERIFY(child<QLineEdit>(d, QStringLiteral("outputPath"))->text().endsWith(QStringLiteral(".pdf")));
        const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
        child<QLineEdit>(d, QStringLiteral("outputPath"))->setText(out);
        QTest::mouseClick(child<QPushButton>(d, QStringLiteral("write")), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(read(out).startsWith("%PDF-"));
        const QString info = runTool(QStringLiteral("pdfinfo"), {out});
        QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(pages.hasMatch() && pages.captured(1).toInt() >= 2, qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("612 x 792")), qPrintable(info));   // Letter, in points
        const QString text = runTool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Behavioral")));
    }

    void writesCsvReviewLog()
    {
        ReportDialog d(m_path, m_clock);
        choose(child<QComboBox>(d, QStringLiteral("format")), int(ReportFormat::Csv));
        const QString out = m_dir.filePath(QStringLiteral("log.csv"));
        child<QLineEdit>(d, QStringLiteral("outputPath"))->setText(out);
        QTest::mouseClick(child<QPushButton>(d, QStringLiteral("write")), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const QByteArray csv = read(out);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));   // opens in spreadsheet apps without questions
        // The header and the fixture's seven answers (A1..A7), CRLF line ends.
        QCOMPARE(csv.count("\r\n"), 1 + 7);
    }

    void failureStaysOpenAndSaysWhy()
    {
        ReportDialog d(m_path, m_clock);
        choose(child<QComboBox>(d, QStringLiteral("format")), int(ReportFormat::Html));
        child<QLineEdit>(d, QStringLiteral("outputPath"))->setText(m_dir.filePath(QStringLiteral("no/such/folder/r.html")));
        d.show();
        QTest::mouseClick(child<QPushButton>(d, QStringLiteral("write")), Qt::LeftButton);
        QVERIFY(d.isVisible());
        QVERIFY(d.result() != QDialog::Accepted);
        QVERIFY(!d.statusText().isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no/such/folder/r.html"))));
    }

    void mainWindowOffersIt()
    {
        auto col = Collection::open(m_path);
        QVERIFY(col);
        MainWindow w(std::move(*col), std::make_unique<reportfixture::DstClock>());
        auto *action = w.findChild<QAction *>(QStringLiteral("reportAction"));
        QVERIFY(action);
        bool seen = false;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            if (auto *d = qobject_cast<ReportDialog *>(modal)) {
                seen = true;
                d->reject();
            }
        });
        action->trigger();
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
