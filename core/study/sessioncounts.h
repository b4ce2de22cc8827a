#pragma once

#include "model/cardstate.h"
#include "model/ids.h"
#include "storage/studycandidates.h"
#include "util/result.h"

#include <QDateTime>

#include <optional>
#include <vector>

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

struct UpcomingCards;

// When the next card of a finished deck comes: in some minutes (a learning step later today),
// in some days (1 = tomorrow), or never (nothing scheduled).
struct NextDue {
    enum class Kind { Never, Minutes, Days };
    Kind kind = Kind::Never;
    qint64 amount = 0;   // minutes (at least 1) or days (at least 1)
};

// The review screen's "what is left today": the same figures `debrief-cli due` prints.
class SessionCounts {
public:
    // Cards still to study now in `deck` and its subdecks (every deck when nullopt), after the
    // daily limits. Parents already include their subdecks, so "every deck" adds up top-level ones.
    static Result<DueCounts> remaining(Collection &collection, std::optional<DeckId> deck, const QDateTime &now,
                                       int utcOffsetSecs);
    // The same from counts already read (Collection::deckCounts, or the study queue's).
    static DueCounts remaining(const std::vector<DeckCounts> &counts, std::optional<DeckId> deck);
    // The count a card in `state` is shown under: relearning counts as learning, as in Anki.
    static CountKind kindOf(const CardState &state);
    // From what the deck holds once today's queue is empty: a learning step beats any day; new
    // cards come with tomorrow's limit; a review on its day (an overdue one held back by the
    // review limit, tomorrow). `today` is the study day of `nowSecs`.
    static NextDue nextDue(const UpcomingCards &upcoming, qint64 nowSecs, qint64 today);
};

} // namespace debrief
