#pragma once

#include <QCoreApplication>
#include <QString>

namespace debrief {

// The rules of deck names, which nest by "::": "Interview::Metrics" is a child of "Interview".
// Empty levels ("A::::B", "::A", "A::", "  ::  ") are refused, not normalised: Anki silently drops
// them, but a stray "::" is more often a typo than a wish for another level, and the collection's
// own rule (Collection::ensureDeck) already refuses them, so the dialog says why instead of
// creating a deck the user did not type. Clashes with existing decks are the collection's to
// check (it knows the decks); this only looks at the text.
class DeckName {
    Q_DECLARE_TR_FUNCTIONS(DeckName)
public:
    // Characters of a whole name, "::" included: deck lists, menus and file names stay usable,
    // and no real hierarchy comes near it.
    static constexpr int kMaxChars = 200;

    // The name as it is stored: "A :: B" → "A::B". Empty when a level is empty.
    static QString normalized(const QString &name);
    // Why `name` cannot be a deck's name, for the user; empty when it can.
    static QString problem(const QString &name);
    // "A::B::C" → "A::B"; empty for a top-level deck.
    static QString parent(const QString &name);
    // Two stored names with the same key are the same deck: the decks table compares names with
    // SQLite's NOCASE, which folds ASCII letters only ("ml" = "ML", but "Ä" ≠ "ä"). Code that
    // matches names outside SQL (a deck's parent) must use the same rule, or "ä::x" could be
    // filed under "Ä".
    static QString storedKey(const QString &name);
};

} // namespace debrief
