#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <optional>
#include <unordered_map>

namespace debrief {

class Database;

// A deck's "today only" limits: they replace the preset's new/day and reviews/day for the deck
// on study day `day` only, then the preset's limits apply again (Anki's "Today only" limits).
struct DeckTodayLimits {
    qint64 day = 0;                      // study-day number they were set for
    std::optional<int> newPerDay;        // nullopt: the preset's
    std::optional<int> reviewsPerDay;    // nullopt: the preset's
};

// The SQL of the deck_limits table (schema version 6).
class DeckLimits {
public:
    explicit DeckLimits(Database &db) : m_db(db) {}

    // The limits `deck` has on study day `today`; both nullopt when none were set for that day.
    Result<DeckTodayLimits> forDay(DeckId deck, qint64 today);
    // Every deck's limits for `today` (decks without any are left out), for the study tree.
    Result<std::unordered_map<DeckId, DeckTodayLimits>> allForDay(qint64 today);
    // Sets `deck`'s limits for study day `limits.day`; with both nullopt, removes them.
    // InvalidInput (PresetCheck's message) for a value out of range.
    Result<void> set(DeckId deck, const DeckTodayLimits &limits);

private:
    Database &m_db;
};

} // namespace debrief
