#pragma once

#include <QDateTime>

#include <variant>

namespace debrief {

// One plain value per card phase, as Anki's v3 scheduler keeps them. Held in CardState (a
// std::variant) so impossible combinations (a new card with an ease, a review card with steps)
// cannot be written.

// Never answered. `position` orders new cards (lower first).
struct NewState {
    qint64 position = 0;
};

// In (re)learning steps. `due` is an instant (UTC); steps are short, so they ignore day boundaries
// unless a step crosses one.
struct LearningState {
    int remainingSteps = 0;     // steps left including the current one, as Anki's `left % 1000`
    qint64 scheduledSecs = 0;   // length of the step that was scheduled at the last answer
    QDateTime due;              // UTC
};

// Graduated. `dueDay` is a study-day number (see StudyDay): the card is due from the start of that day.
struct ReviewState {
    int intervalDays = 0;
    int easePermille = 2500;    // Anki stores ease x1000; never below 1300
    int lapses = 0;
    bool leeched = false;
    qint64 dueDay = 0;
};

// A lapsed review card working through relearning steps. `review` holds the interval it will
// graduate back to and its ease.
struct RelearningState {
    LearningState learning;
    ReviewState review;
};

using CardState = std::variant<NewState, LearningState, ReviewState, RelearningState>;

bool operator==(const NewState &a, const NewState &b);
bool operator==(const LearningState &a, const LearningState &b);
bool operator==(const ReviewState &a, const ReviewState &b);
bool operator==(const RelearningState &a, const RelearningState &b);
inline bool operator!=(const NewState &a, const NewState &b) { return !(a == b); }
inline bool operator!=(const LearningState &a, const LearningState &b) { return !(a == b); }
inline bool operator!=(const ReviewState &a, const ReviewState &b) { return !(a == b); }
inline bool operator!=(const RelearningState &a, const RelearningState &b) { return !(a == b); }

} // namespace debrief
