#include "model/cardstate.h"

namespace debrief {

bool operator==(const NewState &a, const NewState &b) { return a.position == b.position; }

bool operator==(const LearningState &a, const LearningState &b)
{
    return a.remainingSteps == b.remainingSteps && a.scheduledSecs == b.scheduledSecs && a.due == b.due;
}

bool operator==(const ReviewState &a, const ReviewState &b)
{
    return a.intervalDays == b.intervalDays && a.easePermille == b.easePermille && a.lapses == b.lapses
        && a.leeched == b.leeched && a.dueDay == b.dueDay;
}

bool operator==(const RelearningState &a, const RelearningState &b)
{
    return a.learning == b.learning && a.review == b.review;
}

} // namespace debrief
