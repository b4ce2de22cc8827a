#pragma once

#include "model/ids.h"

namespace debrief {

enum class ReviewKind { Learn = 0, Review = 1, Relearn = 2, Early = 3, Manual = 4 };

// One answer, as in Anki's revlog: intervals are positive days or negative seconds.
struct ReviewLogEntry {
    ReviewId id = 0;             // answer time in ms since epoch (unique; bumped on clash)
    CardId cardId = 0;
    int rating = 0;              // 1..4; 0 for a manual reschedule
    int intervalAfter = 0;       // > 0 days, < 0 seconds
    int intervalBefore = 0;
    int easePermille = 0;        // ease after answering; 0 for learning steps
    int takenMs = 0;             // time spent answering, capped at 60 s like Anki
    ReviewKind kind = ReviewKind::Learn;
};

} // namespace debrief
