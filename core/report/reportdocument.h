#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>
#include <vector>

namespace debrief {

// A bar chart: one bar per label, one stacked segment per series.
struct ChartSeries {
    QString name;
    QColor color;
    std::vector<double> values;   // one per label
};

struct Chart {
    QString title;
    QStringList labels;
    std::vector<ChartSeries> series;
    int labelEvery = 1;           // show every n-th label on the x axis
};

// A table of typed cells (int, double, QString, QDate, or null): the HTML, PDF and XLSX writers
// keep the types (numbers stay numbers in a spreadsheet). A double column with `percent` set
// holds shares in 0..1.
struct ReportTable {
    QString title;
    QString sheetName;            // for XLSX: at most 31 characters
    QStringList headers;
    std::vector<bool> percent;    // per column
    std::vector<std::vector<QVariant>> rows;
};

// What HTML, PDF and XLSX reports show, in order, independent of the format: ReportLayout makes
// it from the statistics; each writer only draws it.
struct ReportDocument {
    QString title;
    QString subtitle;
    std::vector<std::pair<QString, QString>> facts;   // label, value (the title page / summary sheet)
    std::vector<Chart> charts;
    std::vector<ReportTable> tables;
    QString generatedLine;        // "Generated on …"
};

} // namespace debrief
