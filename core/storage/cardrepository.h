#pragma once

#include "model/card.h"
#include "util/result.h"

#include <optional>
#include <vector>

namespace debrief {

class Database;

// cards.type as stored (Anki's values); the study queries of Collection compare against them.
enum CardTypeColumn { TypeNew = 0, TypeLearn = 1, TypeReview = 2, TypeRelearn = 3 };

// The SQL of the cards table and nothing else: a Card in and out of its row (CardState flattened
// into columns). No transactions, no id choice, no policy; Collection does those.
class CardRepository {
public:
    explicit CardRepository(Database &db) : m_db(db) {}

    Result<void> insert(const Card &card);
    Result<bool> update(const Card &card);   // false: no card with that id
    Result<std::optional<Card>> find(CardId id);
    Result<void> remove(CardId id);   // the card only, not its note
    Result<std::vector<Card>> ofNote(NoteId id);   // by ord, then id
    // The other cards of `note` in the queue that an answer of `card` buries: new ones when
    // `buryNew`, reviews when `buryReview`, (re)learning cards in interday learning when
    // `buryInterdayLearning`.
    Result<std::vector<CardId>> siblingsToBury(NoteId note, CardId card, bool buryNew, bool buryReview,
                                               bool buryInterdayLearning = false);
    Result<void> bury(CardId id, qint64 untilDay);   // back in the queue on study day `untilDay`
    Result<void> unburyUntil(qint64 today);          // ends burials that run out by `today`

private:
    Database &m_db;
};

} // namespace debrief
