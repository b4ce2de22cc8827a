#pragma once

#include "scheduling/schedulerconfig.h"
#include "storage/studycandidates.h"

#include <vector>

namespace debrief {

// The study order, decided from counts and candidates alone (no database, no clock), as Anki's
// v3 queue: learning cards already due first, then reviews, then new cards, each kind by (due, id)
// and only while every deck on the card's path has allowance left; learning cards due only within
// the learn-ahead limit come last, so "Good" on a new card does not bring it straight back.
class QueueBuilder {
public:
    // `nowSecs`: unix seconds; `limit` > 0 cuts the queue to that many cards. With
    // NewCardOrder::Random the new cards are shuffled by a seed derived from `studyDay`: the same
    // order on every call of a day (the queue does not jump between cards), another the next day.
    static std::vector<CardId> build(StudyCandidates candidates, qint64 nowSecs, int limit,
                                     NewCardOrder newOrder = NewCardOrder::Added, qint64 studyDay = 0);
};

} // namespace debrief
