#pragma once

#include "report/reportdata.h"
#include "util/clock.h"
#include "util/result.h"

#include <QPageSize>
#include <QVariant>

#include <functional>
#include <vector>

namespace debrief {

class Collection;

enum class ReportFormat { Pdf, Html, Csv, Json, Xlsx };

// Where and how ReportFileWriter writes a report file.
struct ReportFileOptions {
    ReportFormat format = ReportFormat::Pdf;
    QString path;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool csvSummary = false;   // CSV: the per-topic summary instead of the review log
    bool bom = false;          // CSV: UTF-8 byte-order mark
};

// Computes a report and writes it to a file in one of the five formats, for the app's Export ▸
// Report… (the same output as `debrief-cli report`). The file appears whole or not at all: it is
// written under a temporary name in the target folder and renamed at the end, so a cancelled or
// failed run leaves no partial file and an existing file untouched. Reads only; safe on a worker
// thread with a connection of its own.
class ReportFileWriter {
public:
    // (done, total) in arbitrary units; false cancels. The same type as the importers' ProgressFn.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // `progress` (may be empty) is called between steps and every few thousand review rows with
    // (done, total) in arbitrary units; returning false cancels (Error::Kind::Cancelled).
    static Result<void> write(Collection &collection, const ReportOptions &options, const ReportFileOptions &file,
                              const Clock &clock, const Progress &progress = {});
    static QString suffixFor(ReportFormat format);   // "pdf", "html", "csv", "json", "xlsx"
    // One review row's cells for the XLSX Review log sheet, in CsvReportWriter::reviewLogHeaders() order.
    static std::vector<QVariant> reviewCells(const ReportData &data, const ReviewRow &r);
};

} // namespace debrief
