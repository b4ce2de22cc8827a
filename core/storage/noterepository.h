#pragma once

#include "model/note.h"
#include "util/result.h"

#include <optional>
#include <utility>
#include <vector>

namespace debrief {

class Database;

// The SQL of the notes table and nothing else: a Note in and out of its row (fields joined by
// Anki's 0x1f separator, tags as Anki stores them). No transactions, no id or guid choice, no
// policy; Collection does those.
class NoteRepository {
public:
    explicit NoteRepository(Database &db) : m_db(db) {}

    Result<void> insert(const Note &note);
    Result<bool> update(const Note &note);   // false: no note with that id
    Result<std::optional<Note>> find(NoteId id);
    Result<std::optional<Note>> findByGuid(const QString &guid);
    Result<void> remove(NoteId id);   // its cards go too (ON DELETE CASCADE)
    // Writes the stored tag text as is (undo puts back exactly what was there).
    Result<void> setTagText(NoteId id, const QString &tagText, qint64 modifiedSecs);
    // Notes with at least one card in one of `decks` (every note when `decks` is empty), by id.
    Result<std::vector<NoteId>> idsInDecks(const std::vector<DeckId> &decks);
    // Each note of `notetype` with its first field as stored, by id.
    Result<std::vector<std::pair<NoteId, QString>>> firstFields(NotetypeId notetype);
    // Every tag used by a note, sorted case-insensitively.
    Result<QStringList> allTags();

    // Tags as stored: surrounded by spaces, as Anki does, so "% tag %" matches whole tags.
    static QString joinTags(const QStringList &tags);

private:
    Database &m_db;
};

} // namespace debrief
