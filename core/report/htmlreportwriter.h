#pragma once

#include "report/reportdocument.h"

#include <QByteArray>

namespace debrief {

// One self-contained HTML file: inline CSS, charts as inline SVG, no script and no reference to
// anything outside the file, so it opens offline and prints as it looks.
class HtmlReportWriter {
public:
    static QByteArray write(const ReportDocument &doc);
};

} // namespace debrief
