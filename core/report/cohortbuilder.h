#pragma once

#include "report/reportdata.h"
#include "util/clock.h"

#include <QStringList>

namespace debrief {

// A coach's view over many learners: each data folder's collection is opened read-only (so it
// works while a learner's app is open), reported on, and folded into per-topic figures. A
// collection that cannot be read becomes a member with an error; it never stops the others.
class CohortBuilder {
public:
    static CohortData build(const QStringList &dataDirs, const ReportOptions &options, const Clock &clock);
    // The cohort figures from members already reported on (pure).
    static void summarize(CohortData &cohort);
};

} // namespace debrief
