// debrief-cli report: statistics and interview readiness as PDF, HTML, CSV, JSON or XLSX, for
// one collection or (--cohort) for many learners' collections at once.
#include "clicontext.h"

#include "report/cohortbuilder.h"
#include "report/csvreportwriter.h"
#include "report/htmlreportwriter.h"
#include "report/jsonreportwriter.h"
#include "report/pdfreportwriter.h"
#include "report/reportbuilder.h"
#include "report/reportfilewriter.h"
#include "report/reportlayout.h"
#include "report/statscalculator.h"
#include "report/xlsxreportwriter.h"
#include "storage/collection.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>

namespace debrief {

namespace {

std::optional<QDate> parseDate(const QString &s) {
    const QDate d = QDate::fromString(s, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

Result<void> writeBytes(const QString &path, const QByteArray &bytes, QTextStream &out)
{
    if (path == QLatin1String("-")) {
        out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size())
            return makeError(Error::Kind::Io, QCoreApplication::translate("debrief-cli", "cannot write to stdout"));
        return {};
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return makeError(Error::Kind::Io, QCoreApplication::translate("debrief-cli", "cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

// Streams CSV straight to the file (a million-row log never sits in memory); '-' is stdout.
Result<void> writeCsv(const QString &path, QTextStream &out, const std::function<Result<void>(QIODevice &)> &write)
{
    if (path == QLatin1String("-")) {
        out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return makeError(Error::Kind::Io, QCoreApplication::translate("debrief-cli", "cannot write to stdout"));
        return write(stdoutFile);
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::Io, QCoreApplication::translate("debrief-cli", "cannot write %1: %2").arg(path, f.errorString()));
    if (Result<void> r = write(f); !r)
        return r;
    if (!f.commit())
        return makeError(Error::Kind::Io, QCoreApplication::translate("debrief-cli", "cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

static const CommandHelp kReportHelp{
    "debrief-cli report --format pdf|html|csv|json|xlsx --out FILE [--deck NAME]\n"
    "    [--since DATE] [--until DATE] [--target-date DATE] [--target-mature PERCENT]\n"
    "    [--summary] [--bom] [--page-size A4|Letter] [--cohort DIR...]",
    QT_TRANSLATE_NOOP("debrief-cli",
            "Writes a progress report on the collection (opened read-only, so the app may stay open):\n"
            "answers per day, streaks, forecast, intervals, ease, hours, buttons, true retention, hardest\n"
            "cards and interview readiness per topic (a topic is a tag, or the top-level deck of untagged\n"
            "cards). Dates are YYYY-MM-DD local study days; the period defaults to all history."),
    {
        {"--format FORMAT", QT_TRANSLATE_NOOP("debrief-cli",
                "pdf, html (self-contained), csv (the review log; --summary: per topic),\n"
                "json (schema docs/report-schema.json) or xlsx (its Review log\n"
                "sheet: the latest 25,000 answers; csv has them all)")},
        {"--out FILE", QT_TRANSLATE_NOOP("debrief-cli", "where to write; '-' writes csv, json and html to stdout")},
        {"--deck NAME", QT_TRANSLATE_NOOP("debrief-cli", "only this deck and its subdecks")},
        {"--since DATE", QT_TRANSLATE_NOOP("debrief-cli", "first study day of the period")},
        {"--until DATE", QT_TRANSLATE_NOOP("debrief-cli", "last study day of the period")},
        {"--target-date DATE", QT_TRANSLATE_NOOP("debrief-cli",
                "interview date: is the pace enough to see every card and mature\n"
                "--target-mature percent of them (default 80) by then?")},
        {"--target-mature PERCENT", QT_TRANSLATE_NOOP("debrief-cli", "share of cards to be mature by --target-date (default 80)")},
        {"--summary", QT_TRANSLATE_NOOP("debrief-cli", "csv: one row per topic instead of the review log")},
        {"--bom", QT_TRANSLATE_NOOP("debrief-cli", "start CSV with a UTF-8 byte-order mark (for spreadsheet apps)")},
        {"--page-size SIZE", QT_TRANSLATE_NOOP("debrief-cli", "PDF paper: A4 or Letter (default: the locale's)")},
        {"--cohort DIR...", QT_TRANSLATE_NOOP("debrief-cli",
                "one combined report over these data folders (a row per learner and\n"
                "topic); an unreadable collection is reported and skipped")}},
    {"debrief-cli report --format pdf --out report.pdf --target-date 2026-03-01", "debrief-cli report --format csv --summary --out -"}};

static int runReport(CliContext &ctx, const QStringList &argsIn)
{
    QStringList args = argsIn;
    QString format, outPath, pageSizeText;
    bool summary = false, bom = false;
    QStringList cohortDirs;
    ReportOptions options;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (CliContext::wantsHelp({a})) {
            printCommandHelp(ctx.out, kReportHelp);
            return 0;
        }
        const auto value = [&](QString &into) {
            if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
                return false;
            into = args.takeFirst();
            return true;
        };
        QString v;
        if (a == QLatin1String("--summary")) {
            summary = true;
        } else if (a == QLatin1String("--bom")) {
            bom = true;
        } else if (a == QLatin1String("--cohort")) {
            while (!args.isEmpty() && !args.first().startsWith(QLatin1String("--")))
                cohortDirs << args.takeFirst();
            if (cohortDirs.isEmpty())
                return ctx.fail(QCoreApplication::translate("debrief-cli", "report: --cohort needs at least one data folder"), kExitUsage);
        } else if (!value(v)) {
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: %2 needs a value").arg(QStringLiteral("report"), a), kExitUsage);
        } else if (a == QLatin1String("--format")) {
            format = v.toLower();
        } else if (a == QLatin1String("--out")) {
            outPath = v;
        } else if (a == QLatin1String("--deck")) {
            options.deckName = v;
        } else if (a == QLatin1String("--page-size")) {
            pageSizeText = v;
        } else if (a == QLatin1String("--target-mature")) {
            bool ok = false;
            const double pct = v.toDouble(&ok);
            if (!ok || pct <= 0 || pct > 100)
                return ctx.fail(QCoreApplication::translate("debrief-cli", "report: --target-mature takes a percentage in 1..100"), kExitUsage);
            options.targetMatureShare = pct / 100;
        } else if (a == QLatin1String("--since") || a == QLatin1String("--until") || a == QLatin1String("--target-date")) {
            const std::optional<QDate> d = parseDate(v);
            if (!d)
                return ctx.fail(QCoreApplication::translate("debrief-cli", "report: %1: '%2' is not a date (YYYY-MM-DD)").arg(a, v), kExitUsage);
            (a == QLatin1String("--since") ? options.since : a == QLatin1String("--until") ? options.until : options.targetDate) = d;
        } else {
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unexpected argument '%2'").arg(QStringLiteral("report"), a), kExitUsage);
        }
    }
    const QStringList formats{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("csv"), QStringLiteral("json"),
                              QStringLiteral("xlsx")};
    if (!formats.contains(format))
        return ctx.fail(QCoreApplication::translate("debrief-cli", "report: --format must be one of pdf, html, csv, json, xlsx"), kExitUsage);
    if (outPath.isEmpty())
        return ctx.fail(QCoreApplication::translate("debrief-cli", "report: --out FILE is required"), kExitUsage);
    if (outPath == QLatin1String("-") && (format == QLatin1String("pdf") || format == QLatin1String("xlsx")))
        return ctx.fail(QCoreApplication::translate("debrief-cli", "report: %1 needs a file for --out").arg(format), kExitUsage);
    if (options.since && options.until && *options.since > *options.until)
        return ctx.fail(QCoreApplication::translate("debrief-cli", "report: --since is after --until"), kExitUsage);
    QPageSize::PageSizeId pageSize =
        QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
    if (pageSizeText.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        pageSize = QPageSize::A4;
    else if (pageSizeText.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        pageSize = QPageSize::Letter;
    else if (!pageSizeText.isEmpty())
        return ctx.fail(QCoreApplication::translate("debrief-cli", "report: --page-size must be A4 or Letter"), kExitUsage);

    if (!cohortDirs.isEmpty()) {
        const CohortData cohort = CohortBuilder::build(cohortDirs, options, *ctx.clock);
        int readable = 0;
        for (const CohortMember &m : cohort.members) {
            if (m.report)
                ++readable;
            else
                ctx.err << "debrief-cli: " << QCoreApplication::translate("debrief-cli", "report: skipped %1: %2").arg(m.dataDir, m.error) << Qt::endl;
        }
        if (readable == 0)
            return ctx.fail(QCoreApplication::translate("debrief-cli", "report: no readable collection in the cohort"));
        Result<void> written;
        if (format == QLatin1String("json")) {
            written = writeBytes(outPath, JsonReportWriter::writeCohort(cohort), ctx.out);
        } else if (format == QLatin1String("csv")) {
            written = writeCsv(outPath, ctx.out, [&](QIODevice &dev) {
                return CsvReportWriter::writeTable(ReportLayout::cohortTable(cohort), dev, bom);
            });
        } else {
            const ReportDocument doc = ReportLayout::cohortDocument(cohort);
            if (format == QLatin1String("html"))
                written = writeBytes(outPath, HtmlReportWriter::write(doc), ctx.out);
            else if (format == QLatin1String("pdf"))
                written = PdfReportWriter::write(doc, outPath, pageSize);
            else
                written = XlsxReportWriter::write(doc, outPath);
        }
        if (!written)
            return ctx.fail(written.error().message);
        return 0;
    }

    const QString path = ctx.collectionPath();
    if (!QFile::exists(path))
        return ctx.fail(QCoreApplication::translate("debrief-cli", "no collection in %1 (create one with: debrief-cli --data-dir %1 init)").arg(ctx.dataDir));
    Result<std::unique_ptr<Collection>> col = Collection::openReadOnly(path);
    if (!col)
        return ctx.fail(col.error().message);
    // The review-log CSV needs no statistics, only the scope.
    options.statistics = !(format == QLatin1String("csv") && !summary);
    Result<ReportData> data = ReportBuilder::build(**col, options, *ctx.clock);
    if (!data)
        return ctx.fail(QStringLiteral("report: %1").arg(data.error().message));

    Result<void> written;
    if (format == QLatin1String("json")) {
        written = writeBytes(outPath, JsonReportWriter::write(*data), ctx.out);
    } else if (format == QLatin1String("csv")) {
        written = writeCsv(outPath, ctx.out, [&](QIODevice &dev) -> Result<void> {
            if (summary)
                return CsvReportWriter::writeTable(ReportLayout::readinessTable(*data), dev, bom);
            Result<qint64> rows = CsvReportWriter::writeReviewLog(**col, *data, dev, bom);
            if (!rows)
                return rows.error();
            return {};
        });
    } else {
        const ReportDocument doc = ReportLayout::document(*data);
        if (format == QLatin1String("html")) {
            written = writeBytes(outPath, HtmlReportWriter::write(doc), ctx.out);
        } else if (format == QLatin1String("pdf")) {
            written = PdfReportWriter::write(doc, outPath, pageSize);
        } else {
            Collection &c = **col;
            const ReportData &d = *data;
            // The sheet takes the latest answers only (see kMaxReviewRows); the period's start
            // moves up to the oldest of them.
            StatsScope latest = d.scope;
            Result<qint64> cut = StatsQueries(c.database()).nthLatestReviewMs(latest, XlsxReportWriter::kMaxReviewRows + 1);
            if (!cut)
                return ctx.fail(cut.error().message);
            ReportDocument sheetDoc = doc;
            if (*cut > 0) {
                latest.sinceMs = *cut + 1;
                sheetDoc.facts.push_back({QStringLiteral("Review log sheet"),
                                          QStringLiteral("the latest %1 of %2 answers (the CSV export has all)")
                                              .arg(XlsxReportWriter::kMaxReviewRows)
                                              .arg(d.totals.total())});
            }
            written = XlsxReportWriter::write(
                sheetDoc, outPath, CsvReportWriter::reviewLogHeaders(),
                [&](const std::function<bool(const ReviewRow &)> &each) { return StatsQueries(c.database()).forEachReview(latest, each); },
                [&](const ReviewRow &r) { return ReportFileWriter::reviewCells(d, r); });
        }
    }
    if (!written)
        return ctx.fail(written.error().message);
    return 0;
}

static const bool registered = registerCommand(
    {QStringLiteral("report"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Statistics and readiness report (pdf, html, csv, json, xlsx)")), &runReport});

} // namespace debrief
