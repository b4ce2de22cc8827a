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

    // The one deck-subtree rule, shared by deck removal, "study more" and the search's deck:
    // a deck's subtree is the decks named like it, or like it followed by "::" and anything.
    // Names compare without ASCII case, as the decks table's NOCASE names do (so "ml" is "ML",
    // "ML2" is not below "ML", "A::Bc" is not below "A::B").
    // A SELECT of the ids in the subtree of the decks whose name matches `likePattern`, an SQL
    // expression giving a LIKE pattern with '\' as escape (a bound parameter, or namePatternSql()).
    static QString subtreeSql(const QString &likePattern);
    // An SQL expression giving the LIKE pattern that matches exactly the name of the deck whose id
    // is the SQL expression `deckId` (its '%', '_' and '\' escaped).
    static QString namePatternSql(const QString &deckId);
    // Deck `id` and its subdecks, by name (so `id` first); empty when there is no deck `id`.
    Result<std::vector<Deck>> subtree(DeckId id);
    Result<qint64> cardCount(const std::vector<DeckId> &decks);   // cards in these decks

    // Reads columns 0-3 as id, name, preset_id, description (for queries that join decks).
    static Deck fromRow(const Statement &s);

private:
    Database &m_db;
};

} // namespace debrief
