#pragma once

#include "model/ids.h"
#include "search/searchnode.h"
#include "util/result.h"

#include <vector>

namespace debrief {

class Database;

// What "today" means for is:due, prop:due, rated: and added: (the caller knows the rollover).
struct SearchContext {
    qint64 today = 0;          // study-day number
    qint64 dayStartSecs = 0;   // unix time when `today` began
    qint64 nowSecs = 0;
};

enum class SearchOrder { Created, SortField, Deck, Due, Interval, Ease, Reviews, Lapses, Modified };

// Runs a parsed search against the collection: the SearchNode tree becomes one SQL statement with
// bound parameters (user text never reaches the SQL text), so a search is a single indexed query.
class CardSearch {
public:
    explicit CardSearch(Database &db);

    Result<std::vector<CardId>> cards(const SearchNode &query, const SearchContext &ctx,
                                      SearchOrder order = SearchOrder::Created, bool descending = false);
    // Notes with at least one matching card, ordered by their first matching card.
    Result<std::vector<NoteId>> notes(const SearchNode &query, const SearchContext &ctx,
                                      SearchOrder order = SearchOrder::Created, bool descending = false);

private:
    Database &m_db;
};

} // namespace debrief
