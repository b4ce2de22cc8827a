#pragma once

#include "report/reportdocument.h"
#include "storage/statsqueries.h"
#include "util/result.h"

#include <functional>

namespace debrief {

// An .xlsx workbook made with libxlsxwriter: a Summary sheet, one sheet per table, and when
// given, a Review log sheet streamed row by row (constant-memory mode: a million rows do not
// sit in memory). Typed cells: numbers as numbers, shares as percentages, times as dates;
// frozen header rows and column widths.
class XlsxReportWriter {
public:
    // Streams review rows into the callback it is handed, until that returns false.
    using ReviewSource = std::function<Result<void>(const std::function<bool(const ReviewRow &)> &)>;
    // Formats one review row's cells (as in the CSV): returns the row's values in column order.
    using ReviewCells = std::function<std::vector<QVariant>(const ReviewRow &)>;

    static Result<void> write(const ReportDocument &doc, const QString &path, const QStringList &reviewHeaders = {},
                              const ReviewSource &reviews = {}, const ReviewCells &cells = {});

    // Excel's sheet rows, header included.
    static constexpr qint64 kMaxRows = 1048576;
    // The Review log sheet holds at most the latest this many answers of the period. Each cell
    // costs about 3 us in libxlsxwriter, so a full million-answer log (13 M cells) took 40 s of
    // CPU and made a file spreadsheet apps open slowly; 25,000 answers (months of daily study)
    // write in well under a second. The CSV export has every answer; the Summary sheet says so.
    static constexpr qint64 kMaxReviewRows = 25000;
};

} // namespace debrief
