#include "scheduling/presetcheck.h"

namespace debrief {

namespace {

bool within(int value, int min, int max) { return value >= min && value <= max; }

} // namespace

QString PresetCheck::problem(const SchedulerConfig &c)
{
    if (!within(c.newPerDay, 0, kMaxNewPerDay))
        return tr("New cards/day must be between 0 and %1 (it is %2).").arg(kMaxNewPerDay).arg(c.newPerDay);
    if (!within(c.reviewsPerDay, 0, kMaxReviewsPerDay))
        return tr("Maximum reviews/day must be between 0 and %1 (it is %2).").arg(kMaxReviewsPerDay).arg(c.reviewsPerDay);
    if (!within(c.rehearsalSecs, kMinRehearsalSecs, kMaxRehearsalSecs))
        return tr("The rehearsal time per answer must be between %1 and %2 seconds (it is %3).")
            .arg(kMinRehearsalSecs)
            .arg(kMaxRehearsalSecs)
            .arg(c.rehearsalSecs);
    return QString();
}

QString PresetCheck::todayLimitsProblem(std::optional<int> newToday, std::optional<int> reviewsToday)
{
    if (newToday && !within(*newToday, 0, kMaxNewPerDay))
        return tr("Today's new card limit must be between 0 and %1 (it is %2).").arg(kMaxNewPerDay).arg(*newToday);
    if (reviewsToday && !within(*reviewsToday, 0, kMaxReviewsPerDay))
        return tr("Today's review limit must be between 0 and %1 (it is %2).").arg(kMaxReviewsPerDay).arg(*reviewsToday);
    return QString();
}

} // namespace debrief
