#include "scheduling/learningsteps.h"

#include <algorithm>
#include <cmath>

namespace debrief {

namespace {

constexpr long long kDay = 86400;

// A delay longer than a day is rounded to whole days, so answering early or late in the day
// gives the same result (Anki's maybe_round_in_days).
int maybeRoundInDays(long long secs)
{
    if (secs > kDay)
        return int(std::lround(float(secs) / float(kDay)) * kDay);
    return int(secs);
}

} // namespace

int LearningSteps::indexOf(int remaining) const
{
    const int total = int(m_steps.size());
    const int left = std::max(0, remaining) % 1000;
    return std::min(std::max(0, total - left), std::max(0, total - 1));
}

std::optional<int> LearningSteps::secsAt(int index) const
{
    if (index < 0 || index >= int(m_steps.size()))
        return std::nullopt;
    return std::max(0, m_steps[size_t(index)]);
}

std::optional<int> LearningSteps::againDelaySecs() const { return secsAt(0); }

std::optional<int> LearningSteps::hardDelaySecs(int remaining) const
{
    if (m_steps.empty())
        return std::nullopt;
    const int idx = indexOf(remaining);
    const int current = secsAt(idx).value_or(*secsAt(0));
    if (idx != 0)
        return current;
    if (const auto next = secsAt(1))
        return maybeRoundInDays((static_cast<long long>(current) + *next) / 2);
    const long long secs = std::min(static_cast<long long>(current) * 3 / 2, static_cast<long long>(current) + kDay);
    return maybeRoundInDays(secs);
}

std::optional<int> LearningSteps::goodDelaySecs(int remaining) const
{
    if (m_steps.empty())
        return std::nullopt;
    return secsAt(indexOf(remaining) + 1);
}

int LearningSteps::currentDelaySecs(int remaining) const
{
    return secsAt(indexOf(remaining)).value_or(0);
}

int LearningSteps::remainingForGood(int remaining) const
{
    return std::max(0, int(m_steps.size()) - (indexOf(remaining) + 1));
}

} // namespace debrief
