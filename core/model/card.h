#pragma once

#include "model/cardstate.h"
#include "model/ids.h"

namespace debrief {

// Why a card is kept out of the study queue, on top of its scheduling state.
enum class CardQueue { Normal = 0, Suspended = 1, SiblingBuried = 2, ManuallyBuried = 3 };

struct Card {
    CardId id = 0;
    NoteId noteId = 0;
    DeckId deckId = 0;
    int ord = 0;                 // template index, or cloze number - 1, or branch/layer index
    CardState state = NewState{};
    CardQueue queue = CardQueue::Normal;
    int buriedUntilDay = 0;      // study day when a buried card comes back
    int reps = 0;
    int flags = 0;               // Anki flag colour 1-7 in the low 3 bits
    qint64 modifiedSecs = 0;
};

} // namespace debrief
