#pragma once

#include "model/deck.h"
#include "util/result.h"

#include <optional>
#include <vector>

namespace debrief {

class Database;
class Statement;

// The SQL of the decks table; names are compared as stored (NOCASE), Collection
// normalizes them first.
class DeckRepository {
public:
    explicit DeckRepository(Database &db) : m_db(db) {}

    Result<std::vector<Deck>> all();   // by name, so parents come before their children
    Result<std::optional<Deck>> find(DeckId id);
    Result<std::optional<Deck>> findByName(const QString &name);
    Result<void> insert(const Deck &deck, qint64 modifiedSecs);
    Result<void> update(const Deck &deck, qint64 modifiedSecs);   // every column but the id
    Result<void> rename(DeckId id, const QString &name);

    // Reads columns 0-3 as id, name, preset_id, description (for queries that join decks).
    static Deck fromRow(const Statement &s);

private:
    Database &m_db;
};

} // namespace debrief
