#pragma once

#include "report/reportdata.h"
#include "report/reportdocument.h"

namespace debrief {

// Decides what a report shows and in which order: the facts, charts and tables of a learner's
// report or of a cohort, shared by the HTML, PDF and XLSX writers so every format has the same numbers.
class ReportLayout {
public:
    static ReportDocument document(const ReportData &data);
    static ReportDocument cohortDocument(const CohortData &cohort);
    // The per-topic readiness table (also the `--summary` CSV).
    static ReportTable readinessTable(const ReportData &data);
    static ReportTable cohortTable(const CohortData &cohort);   // a row per learner and topic
    static QString percent(std::optional<double> share);        // "87.5%" or "-"
    // A table cell as text: shares as percentages, other doubles with two decimals, null as "-".
    static QString cellText(const QVariant &cell, bool percent);
};

} // namespace debrief
