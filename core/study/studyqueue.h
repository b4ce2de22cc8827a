#pragma once

#include "model/ids.h"
#include "storage/studycandidates.h"
#include "util/result.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace debrief {

class Collection;

// The cards to study now: the collection's candidates put in order by QueueBuilder. Used by
// ReviewSession and `debrief-cli due --cards`.
class StudyQueue {
public:
    // In study order, limited by the deck's daily limits (`deck` nullopt: all decks); `limit` > 0
    // returns at most that many. With `counts`, also every deck's counts from the same read (what
    // Collection::deckCounts would give).
    static Result<std::vector<CardId>> dueCards(Collection &collection, std::optional<DeckId> deck,
                                                const QDateTime &now, int utcOffsetSecs, int limit,
                                                std::vector<DeckCounts> *counts = nullptr);
};

} // namespace debrief
