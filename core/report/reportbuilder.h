#pragma once

#include "report/reportdata.h"
#include "util/clock.h"
#include "util/result.h"

namespace debrief {

class Collection;

// Computes a ReportData from a collection: SQL aggregates through StatsQueries, then the pure
// arithmetic of StatsCalculator. Reads only; works on a collection opened read-only. Time and the
// local offset at every instant come from the Clock, so days change offset at DST switches.
class ReportBuilder {
public:
    static Result<ReportData> build(Collection &collection, const ReportOptions &options, const Clock &clock);

    // The offsets in force over [fromMs, toMs) as (start, offset) segments, found by asking the
    // clock once a day and narrowing each change down to the second.
    static std::vector<std::pair<qint64, int>> offsetSegments(const Clock &clock, qint64 fromMs, qint64 toMs);
};

} // namespace debrief
