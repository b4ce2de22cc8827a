#pragma once

#include "scheduling/rating.h"

#include <QString>
#include <QStringList>

namespace debrief {

// Rehearsal mode's rubric: the key points of a strong answer, ticked by the learner after
// answering aloud or in writing. Pure: the share ticked proposes a rating, the learner confirms.
class Rubric {
public:
    // The points of a note's `Points` field (the deck format's `- point` list; a line indented
    // deeper continues the point above, joined with a space).
    static QStringList parsePoints(const QString &pointsField);
    // Share ticked → rating: under 50 % Again, under 75 % Hard, under 100 % Good, all Easy.
    // Easy also needs the answer inside the countdown (`overTime` caps it at Good), since an
    // interview answer that runs long is not yet easy. No points at all proposes Good.
    static Rating proposedRating(int ticked, int total, bool overTime = false);
    // Ticked share in permille (0..1000), stored with the answer; 0 when there are no points.
    static int scorePermille(int ticked, int total);
};

} // namespace debrief
