#pragma once

#include "scheduling/schedulerconfig.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace debrief {

// The ranges a preset's settings must stay in, with a message for the person who typed them.
// The deck options dialog checks the form with it before saving, and the collection refuses
// "today only" limits it rejects.
class PresetCheck {
    Q_DECLARE_TR_FUNCTIONS(debrief::PresetCheck)
public:
    // Rehearsal countdown: under 10 s no answer can be spoken; over 10 min it is no longer an interview answer.
    static constexpr int kMinRehearsalSecs = 10;
    static constexpr int kMaxRehearsalSecs = 600;
    static constexpr int kMaxNewPerDay = 9999;
    static constexpr int kMaxReviewsPerDay = 99999;

    // Empty when every value is acceptable, else the first problem found (translated).
    static QString problem(const SchedulerConfig &config);
    // The same for a deck's "today only" limits (nullopt: none set).
    static QString todayLimitsProblem(std::optional<int> newToday, std::optional<int> reviewsToday);
};

} // namespace debrief
