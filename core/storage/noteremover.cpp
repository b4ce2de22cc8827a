#include "storage/noteremover.h"

#include "storage/undolog.h"

namespace debrief {

NoteRemover::NoteRemover(Collection &collection, Database &db) : m_collection(collection), m_db(db) {}

Result<Collection::NoteRemoval> NoteRemover::collect(const std::vector<NoteId> &ids)
{
    Collection::NoteRemoval removal;
    for (NoteId id : ids) {
        Result<Note> note = m_collection.note(id);
        if (!note)
            return note.error();
        Result<std::vector<Card>> cards = m_collection.cardsOfNote(id);
        if (!cards)
            return cards.error();
        removal.notes.push_back(*note);
        removal.cards.insert(removal.cards.end(), cards->begin(), cards->end());
    }
    Result<std::vector<UndoLog::Row>> undo = UndoLog(m_db).rows();
    if (!undo)
        return undo.error();
    removal.undo = std::move(*undo);
    return removal;
}

Result<void> NoteRemover::restore(const Collection::NoteRemoval &removal)
{
    for (const Note &n : removal.notes)
        if (Result<Note> r = m_collection.addNote(n); !r)
            return r.error();
    for (const Card &c : removal.cards)
        if (Result<Card> r = m_collection.addCard(c); !r)
            return r.error();
    return UndoLog(m_db).reinsert(removal.undo);
}

} // namespace debrief
