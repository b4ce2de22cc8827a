#pragma once

#include "storage/collection.h"
#include "util/result.h"

#include <vector>

namespace debrief {

class Database;

// The steps behind Collection's undoable note deletion: what a deletion takes away (the notes,
// their cards with the same ids, so their review history is theirs again on restore, and the
// answer-undo log, which removeNotes() clears) and putting it back. Collection keeps the checks
// and the transaction; these run inside it.
class NoteRemover {
public:
    NoteRemover(Collection &collection, Database &db);

    Result<Collection::NoteRemoval> collect(const std::vector<NoteId> &ids);
    // Notes first: a card needs its note.
    Result<void> restore(const Collection::NoteRemoval &removal);

private:
    Collection &m_collection;
    Database &m_db;
};

} // namespace debrief
