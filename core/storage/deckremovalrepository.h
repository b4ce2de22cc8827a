#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace debrief {

class Database;

// The SQL of removing a deck subtree with its cards (and the notes left without a card), and of
// copying those rows back from a backup taken just before. Collection owns the transactions, the
// undo log and the name checks.
class DeckRemovalRepository {
public:
    explicit DeckRemovalRepository(Database &db) : m_db(db) {}

    struct Removed {
        qint64 cards = 0;
        qint64 notes = 0;
    };
    // Deletes `decks` and their cards, then the notes none of their cards outlived.
    Result<Removed> remove(const std::vector<DeckId> &decks);

    // The backup is ATTACHed for the copy (SQLite cannot ATTACH inside a transaction).
    Result<void> attachBackup(const QString &file);
    void detachBackup();
    Result<std::optional<int>> backupSchemaVersion();
    Result<std::optional<QString>> backupDeckName(DeckId deck);   // nullopt: not in the backup
    // Copies deck `deck`, its preset if gone, its cards and the notes that no longer exist.
    Result<void> copyBack(DeckId deck);

private:
    Database &m_db;
};

} // namespace debrief
