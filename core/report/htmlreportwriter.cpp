#include "report/htmlreportwriter.h"

#include "report/chartrenderer.h"
#include "report/reportlayout.h"

namespace debrief {

namespace {

const char kCss[] = R"(body{font-family:sans-serif;margin:2em auto;max-width:60em;color:#222;background:#fff}
h1{margin-bottom:0}.sub{color:#555;margin-top:.2em}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left}td.n{text-align:right}th{background:#f0f0f0}
dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
.charts{display:flex;flex-wrap:wrap;gap:1em}svg.chart{border:1px solid #eee;background:#fff}
svg .title{font-size:13px;font-weight:bold}svg .lbl{font-size:10px;fill:#333}svg .grid{stroke:#ddd;stroke-width:1}
footer{color:#777;font-size:.8em;margin-top:2em}
@media print{.charts{display:block}svg.chart{page-break-inside:avoid}table{page-break-inside:auto}tr{page-break-inside:avoid}}
)";

QString esc(const QString &s) { return s.toHtmlEscaped(); }

bool isNumber(const QVariant &v)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const int t = v.typeId();
#else
    const int t = int(v.type());
#endif
    return t == QMetaType::Int || t == QMetaType::LongLong || t == QMetaType::Double;
}

} // namespace

QByteArray HtmlReportWriter::write(const ReportDocument &doc)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        "<meta name=\"viewport\" content=\"width=device-width\"><title>%1</title><style>%2</style></head><body>\n")
             .arg(esc(doc.title), QString::fromUtf8(kCss));
    h += QStringLiteral("<h1>%1</h1><p class=\"sub\">%2</p>\n<dl class=\"facts\">").arg(esc(doc.title), esc(doc.subtitle));
    for (const auto &f : doc.facts)
        h += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(esc(f.first), esc(f.second));
    h += QStringLiteral("</dl>\n<div class=\"charts\">\n");
    for (const Chart &c : doc.charts)
        h += ChartRenderer::svg(c, 460, 240) + QLatin1Char('\n');
    h += QStringLiteral("</div>\n");
    for (const ReportTable &t : doc.tables) {
        h += QStringLiteral("<h2>%1</h2>\n<table><thead><tr>").arg(esc(t.title));
        for (const QString &head : t.headers)
            h += QStringLiteral("<th>%1</th>").arg(esc(head));
        h += QStringLiteral("</tr></thead><tbody>\n");
        for (const auto &row : t.rows) {
            h += QStringLiteral("<tr>");
            for (size_t i = 0; i < row.size(); ++i) {
                const bool pct = i < t.percent.size() && t.percent[i];
                h += QStringLiteral("<td%1>%2</td>")
                         .arg(isNumber(row[i]) ? QStringLiteral(" class=\"n\"") : QString(), esc(ReportLayout::cellText(row[i], pct)));
            }
            h += QStringLiteral("</tr>\n");
        }
        if (t.rows.empty())
            h += QStringLiteral("<tr><td colspan=\"%1\">none</td></tr>\n").arg(t.headers.size());
        h += QStringLiteral("</tbody></table>\n");
    }
    h += QStringLiteral("<footer>%1</footer>\n</body></html>\n").arg(esc(doc.generatedLine));
    return h.toUtf8();
}

} // namespace debrief
