#pragma once

#include "decks/deckfile.h"
#include "model/notetype.h"
#include "util/result.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace debrief {

class Collection;

// The notetypes that hold notes of Debrief's own deck format, one per deck kind. Their fields are
// the kind's fields (deckKindFields) and hold the deck's Markdown source (markdownFields = true), so a
// note exports back to the same text; a tree's Branches / a layers note's Layers field holds the
// indented list as the deck file writes it. Names start with "Debrief " so they never collide with
// Anki's "Basic" or "Cloze" in imported collections; they are found by name.
class BuiltinNotetypes {
public:
    static QString name(DeckKind kind);     // "Debrief Basic", ...
    static Notetype make(DeckKind kind);    // id 0, ready for Collection::addNotetype
    // The deck kind of one of our notetypes (matched by name and markdownFields), else nullopt.
    static std::optional<DeckKind> kindOf(const Notetype &notetype);
    // Finds the notetype by name, adding it when missing.
    static Result<Notetype> ensure(Collection &collection, DeckKind kind);

    // The card ords a note of `kind` with these field values (in deckKindFields order) has:
    // basic 0; reversed 0,1; cloze n-1 per distinct cloze number; pair 0,1;
    // tree 0 (whole) + 1..N (branches depth first); layers 0 (whole) + 1..N.
    static std::vector<int> cardOrds(DeckKind kind, const QStringList &fields);
};

} // namespace debrief
