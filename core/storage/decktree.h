#pragma once

#include "storage/collection.h"
#include "storage/deckremovalrepository.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace debrief {

class Database;

// The deck tree's writes behind Collection's deck calls: creating a deck with its parents,
// renaming a deck with its subdecks, deleting a subtree and copying one back from a backup.
// Collection keeps the checks and the transaction; the steps here run inside it (restore() opens
// its own, after the ATTACH that SQLite refuses inside one).
class DeckTree {
    Q_DECLARE_TR_FUNCTIONS(DeckTree)
public:
    // Picks the first free deck id from `start` up (Collection::Private::freeId).
    using IdPicker = std::function<Result<qint64>(qint64 start)>;

    DeckTree(Collection &collection, Database &db);

    // The deck named `name` (normalized, not empty), creating it and the missing parents.
    Result<Deck> ensure(const QString &name, const IdPicker &freeDeckId);
    // Saves `deck` under `name` (normalized, not empty); a rename takes the subdecks along.
    Result<void> update(const Deck &deck, const QString &name);
    // The deck and its subdecks by DeckRepository's one subtree rule; NotFound without deck `id`.
    Result<std::vector<DeckId>> subtree(DeckId id);
    // Deletes the decks `ids` with their cards and card-less notes, and clears the answer-undo log.
    Result<DeckRemovalRepository::Removed> remove(const std::vector<DeckId> &ids);
    // Copies the rows of `removal` back from `backupFile`; `clearCaches` runs before the commit.
    Result<void> restore(const QString &backupFile, const Collection::DeckRemoval &removal,
                         const std::function<void()> &clearCaches);

private:
    Collection &m_collection;
    Database &m_db;
};

} // namespace debrief
