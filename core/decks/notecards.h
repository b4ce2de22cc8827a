#pragma once

#include "model/card.h"
#include "model/note.h"
#include "model/notetype.h"
#include "util/result.h"

#include <QStringList>

#include <vector>

namespace debrief {

class Collection;

// What one add or edit of a note changed, with the before-images an undo writes back.
struct NoteChange {
    Note note;                        // as stored now
    Note before;                      // as it was (edits only)
    std::vector<Card> cardsBefore;    // cards whose queue the edit changed, as they were
    std::vector<CardId> cardsAdded;   // cards the add or edit created
};

// Adding and editing a note by hand (the editor), for every notetype: the note and the cards its
// fields call for, in one transaction. Cards are matched by ord as the deck importer does: an edit
// that adds a branch, layer or cloze number adds its card; one that removes it suspends the card
// (its history stays); one that brings it back unsuspends it.
class NoteCards {
public:
    // The card ords `fields` give under `notetype`: BuiltinNotetypes::cardOrds for our own kinds,
    // one per cloze number (at least the first) for cloze notetypes, one per template otherwise.
    static std::vector<int> ords(const Notetype &notetype, const QStringList &fields);

    // Adds `note` (id 0) with new cards in `deck`, placed after every existing new card.
    static Result<NoteChange> add(Collection &collection, Note note, DeckId deck, qint64 nowSecs);
    // Stores `note`'s fields and tags; cards it gains go to `deckForNewCards`.
    static Result<NoteChange> update(Collection &collection, Note note, DeckId deckForNewCards, qint64 nowSecs);
    // Writes `change` back: the note's before-image, the cards' queues, the added cards removed.
    static Result<void> undo(Collection &collection, const NoteChange &change);
};

} // namespace debrief
