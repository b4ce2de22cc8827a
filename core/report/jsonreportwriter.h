#pragma once

#include "report/reportdata.h"

#include <QByteArray>
#include <QJsonObject>

namespace debrief {

// The full summary as JSON, following docs/report-schema.json (bump kSchemaVersion when a field
// changes meaning or goes away). Keys are sorted and shares rounded to 4 decimals, so the same
// collection and --now give the same bytes.
class JsonReportWriter {
public:
    static constexpr int kSchemaVersion = 1;
    static QJsonObject toJson(const ReportData &data);
    static QByteArray write(const ReportData &data);
    static QByteArray writeCohort(const CohortData &cohort);
};

} // namespace debrief
