#pragma once

#include "model/cardstate.h"
#include "model/ids.h"
#include "util/result.h"

#include <QDateTime>

#include <optional>

namespace debrief {

class Collection;

// Which of the three counts a card is part of (Anki's blue, red and green numbers).
enum class CountKind { New, Learning, Review };

struct DueCounts {
    int newCount = 0;
    int learnCount = 0;
    int reviewCount = 0;
    int total() const { return newCount + learnCount + reviewCount; }
};

// The review screen's "what is left today": the same figures `debrief-cli due` prints.
class SessionCounts {
public:
    // Cards still to study now in `deck` and its subdecks (every deck when nullopt), after the
    // daily limits. Parents already include their subdecks, so "every deck" adds up top-level ones.
    static Result<DueCounts> remaining(Collection &collection, std::optional<DeckId> deck, const QDateTime &now,
                                       int utcOffsetSecs);
    // The count a card in `state` is shown under: relearning counts as learning, as in Anki.
    static CountKind kindOf(const CardState &state);
};

} // namespace debrief
