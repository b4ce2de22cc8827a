#pragma once

#include "report/reportdata.h"
#include "report/reportdocument.h"
#include "util/result.h"

class QIODevice;

namespace debrief {

class Collection;

// CSV by RFC 4180 (CRLF line ends; fields with a comma, quote or line break quoted, quotes
// doubled), UTF-8, optionally with a byte-order mark so spreadsheet apps pick the encoding.
class CsvReportWriter {
public:
    // The review log in the report's scope: one row per answer, oldest first. Returns the row count.
    static Result<qint64> writeReviewLog(Collection &collection, const ReportData &data, QIODevice &out, bool bom);
    // A table: numbers as plain numbers (shares as 0..1), empty for no value.
    static Result<void> writeTable(const ReportTable &table, QIODevice &out, bool bom);
    static QString field(const QString &value);
    // An instant as ISO 8601 with the local offset in force then (from the scope's segments).
    static QString localTime(qint64 ms, const StatsScope &scope);
    static int offsetAt(qint64 ms, const StatsScope &scope);
    static QStringList reviewLogHeaders();
};

} // namespace debrief
