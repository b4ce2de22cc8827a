#pragma once

#include <QString>

#include <vector>

namespace debrief {

enum class LeechAction { Suspend = 0, TagOnly = 1 };
enum class NewCardOrder { Added = 0, Random = 1 };

// One deck-option preset. Defaults are Anki's defaults for its SM-2 scheduler.
struct SchedulerConfig {
    std::vector<int> learnStepsSecs {60, 600};    // 1m 10m
    int graduatingIntervalDays = 1;
    int easyIntervalDays = 4;
    std::vector<int> relearnStepsSecs {600};      // 10m
    int startingEasePermille = 2500;
    int minimumEasePermille = 1300;
    double hardMultiplier = 1.2;
    double easyBonus = 1.3;
    double intervalModifier = 1.0;
    double lapseMultiplier = 0.0;                 // "new interval" after a lapse
    int minimumLapseIntervalDays = 1;
    int maximumIntervalDays = 36500;
    int leechThreshold = 8;
    LeechAction leechAction = LeechAction::TagOnly;
    int newPerDay = 20;
    int reviewsPerDay = 200;
    NewCardOrder newCardOrder = NewCardOrder::Added;
    bool buryNewSiblings = true;
    bool buryReviewSiblings = true;
    // Anki's third bury option: siblings in interday learning (a step that reaches past the
    // rollover) wait for the next day too. Off by default, as in Anki.
    bool buryInterdayLearningSiblings = false;
    bool showAnswerTimer = false;                 // the reviewer shows seconds on the card
    int rehearsalSecs = 60;                       // rehearsal countdown per answer (issue 13), 10-600
    int rolloverHour = 4;                         // the next study day starts at 04:00 local time
    int learnAheadSecs = 1200;                    // 20 min
    bool fuzzEnabled = true;
};

} // namespace debrief
