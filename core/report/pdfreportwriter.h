#pragma once

#include "report/reportdocument.h"
#include "util/result.h"

#include <QPageSize>

namespace debrief {

// A PDF made with Qt's own QPdfWriter: a title page with the facts, the charts drawn as vectors,
// then the tables, with page numbers and the generated-on line on every page. Text is real text
// (searchable). Needs a QGuiApplication (fonts).
class PdfReportWriter {
public:
    static Result<void> write(const ReportDocument &doc, const QString &path, QPageSize::PageSizeId pageSize);
};

} // namespace debrief
