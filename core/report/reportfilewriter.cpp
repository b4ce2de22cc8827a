#include "report/reportfilewriter.h"

#include "report/csvreportwriter.h"
#include "report/htmlreportwriter.h"
#include "report/jsonreportwriter.h"
#include "report/pdfreportwriter.h"
#include "report/reportbuilder.h"
#include "report/reportlayout.h"
#include "report/statscalculator.h"
#include "report/xlsxreportwriter.h"
#include "storage/collection.h"
#include "storage/statsqueries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace debrief {

namespace {

// Review rows between progress calls: often enough for a prompt Cancel, rare enough to cost nothing.
constexpr qint64 kRowsPerCheck = 2000;

// A file whose writes fail once `cancelled` says so: the CSV writer streams through it and
// stops at its next chunk (about 1 MB) with a write error.
class CancellableFile : public QFile {
public:
    CancellableFile(const QString &name, std::function<bool()> cancelled) : QFile(name), m_cancelled(std::move(cancelled)) {}

protected:
    qint64 writeData(const char *data, qint64 len) override
    {
        if (m_cancelled())
            return -1;
        return QFile::writeData(data, len);
    }

private:
    std::function<bool()> m_cancelled;
};

Result<void> writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() || !f.flush())
        return makeError(Error::Kind::Io, QCoreApplication::translate("ReportFileWriter", "cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

QString ReportFileWriter::suffixFor(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Html: return QStringLiteral("html");
    case ReportFormat::Csv: return QStringLiteral("csv");
    case ReportFormat::Json: return QStringLiteral("json");
    case ReportFormat::Xlsx: return QStringLiteral("xlsx");
    }
    return QString();
}

std::vector<QVariant> ReportFileWriter::reviewCells(const ReportData &data, const ReviewRow &r)
{
    static const char *const kinds[] = {"learn", "review", "relearn", "cram", "manual"};
    const QDateTime local =
        QDateTime::fromMSecsSinceEpoch(r.id + qint64(CsvReportWriter::offsetAt(r.id, data.scope)) * 1000, Qt::UTC);
    return {QVariant(qint64(r.card)), r.note ? QVariant(qint64(r.note)) : QVariant(), data.deckNameOf(r.deck), r.sortField,
            r.tags, StatsCalculator::kindName(r.notetypeKind),
            QDateTime(local.date(), local.time()),   // wall-clock time; spreadsheets have no offsets
            QString::fromLatin1(kinds[qBound(0, r.kind, 4)]), r.rating, r.intervalBefore, r.intervalAfter,
            r.easePermille / 1000.0, r.takenMs};
}

Result<void> ReportFileWriter::write(Collection &collection, const ReportOptions &optionsIn, const ReportFileOptions &file,
                                     const Clock &clock, const Progress &progressIn)
{
    const Progress progress = progressIn ? progressIn : [](qint64, qint64) { return true; };
    bool cancelled = false;
    const auto step = [&](qint64 done, qint64 total) {
        if (!cancelled && !progress(done, total))
            cancelled = true;
        return !cancelled;
    };
    const Error cancelError{Error::Kind::Cancelled, QStringLiteral("cancelled")};

    // The temporary file sits next to the target (same file system: the rename is atomic) and is
    // removed by its destructor on every early return.
    const QFileInfo target(file.path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temp.open())
        return makeError(Error::Kind::Io, QCoreApplication::translate("ReportFileWriter", "cannot write in %1: %2").arg(target.absolutePath(), temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();

    if (!step(0, 3))
        return cancelError;
    ReportOptions options = optionsIn;
    // The review-log CSV needs no statistics, only the scope.
    options.statistics = !(file.format == ReportFormat::Csv && !file.csvSummary);
    Result<ReportData> data = ReportBuilder::build(collection, options, clock);
    if (!data)
        return data.error();
    if (!step(1, 3))
        return cancelError;

    Result<void> written;
    switch (file.format) {
    case ReportFormat::Json:
        written = writeBytes(tempPath, JsonReportWriter::write(*data));
        break;
    case ReportFormat::Html:
        written = writeBytes(tempPath, HtmlReportWriter::write(ReportLayout::document(*data)));
        break;
    case ReportFormat::Pdf:
        written = PdfReportWriter::write(ReportLayout::document(*data), tempPath, file.pageSize);
        break;
    case ReportFormat::Csv: {
        CancellableFile f(tempPath, [&] { return !step(2, 3); });
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(Error::Kind::Io, QCoreApplication::translate("ReportFileWriter", "cannot write %1: %2").arg(tempPath, f.errorString()));
        if (file.csvSummary) {
            written = CsvReportWriter::writeTable(ReportLayout::readinessTable(*data), f, file.bom);
        } else {
            Result<qint64> rows = CsvReportWriter::writeReviewLog(collection, *data, f, file.bom);
            if (!rows)
                written = rows.error();
        }
        if (written && !f.flush())
            written = makeError(Error::Kind::Io, QCoreApplication::translate("ReportFileWriter", "cannot write %1: %2").arg(tempPath, f.errorString()));
        break;
    }
    case ReportFormat::Xlsx: {
        const ReportData &d = *data;
        // The sheet takes the latest answers only (see kMaxReviewRows); the period's start moves
        // up to the oldest of them.
        StatsScope latest = d.scope;
        Result<qint64> cut = StatsQueries(collection.database()).nthLatestReviewMs(latest, XlsxReportWriter::kMaxReviewRows + 1);
        if (!cut)
            return cut.error();
        ReportDocument doc = ReportLayout::document(d);
        if (*cut > 0) {
            latest.sinceMs = *cut + 1;
            doc.facts.push_back({QStringLiteral("Review log sheet"),
                                 QStringLiteral("the latest %1 of %2 answers (the CSV export has all)")
                                     .arg(XlsxReportWriter::kMaxReviewRows)
                                     .arg(d.totals.total())});
        }
        qint64 rows = 0;
        written = XlsxReportWriter::write(
            doc, tempPath, CsvReportWriter::reviewLogHeaders(),
            [&](const std::function<bool(const ReviewRow &)> &each) {
                return StatsQueries(collection.database()).forEachReview(latest, [&](const ReviewRow &r) {
                    if (++rows % kRowsPerCheck == 0 && !step(2, 3))
                        return false;
                    return each(r);
                });
            },
            [&](const ReviewRow &r) { return reviewCells(d, r); });
        break;
    }
    }
    if (cancelled)
        return cancelError;
    if (!written)
        return written.error();
    if (!step(3, 3))
        return cancelError;
    // QFile::rename does not replace: the old file goes only once the new one is complete.
    if (QFile::exists(file.path) && !QFile::remove(file.path))
        return makeError(Error::Kind::Io, QCoreApplication::translate("ReportFileWriter", "cannot replace %1").arg(file.path));
    if (!temp.rename(file.path))
        return makeError(Error::Kind::Io, QCoreApplication::translate("ReportFileWriter", "cannot write %1: %2").arg(file.path, temp.errorString()));
    temp.setAutoRemove(false);
    return {};
}

} // namespace debrief
