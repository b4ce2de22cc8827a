#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace debrief {

// One rehearsed answer as the drill summary sees it.
struct DrillAnswer {
    QString question;   // plain text
    QString topic;      // the card's deck name
    int ticked = 0;     // rubric points ticked
    int total = 0;      // rubric points of the note (0: the note has none)
    int durationMs = 0; // question shown to reveal
};

// Points ticked out of points offered, summed over a topic's answers.
struct TopicCoverage {
    QString topic;
    int ticked = 0;
    int total = 0;
};

// What a rehearsal drill ends with: points covered per topic, time per answer, the slowest and
// the weakest question. Pure (answers in, figures out); RehearsalWidget only lays it out.
class DrillSummary {
public:
    static DrillSummary of(const std::vector<DrillAnswer> &answers);

    std::vector<DrillAnswer> answers;       // in the order answered
    std::vector<TopicCoverage> perTopic;    // by topic name
    // Index into `answers`: the longest time; the first of equals. Empty without answers.
    std::optional<size_t> slowest;
    // Index into `answers`: the lowest share of points ticked, the first of equals. A note
    // without points cannot be weakest, so empty when no answer had points.
    std::optional<size_t> weakest;
};

} // namespace debrief
