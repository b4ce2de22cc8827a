#pragma once

#include "decks/deckfile.h"
#include "util/result.h"

#include <QString>

namespace debrief {

// Prints a DeckFile in the `.deck` format. Output is canonical (header keys, then per note
// tags/covers and the kind's fields in their fixed order), so write(parse(x)) is stable and
// parse(write(d)) == d for every valid deck.
class DeckWriter {
public:
    static QString write(const DeckFile &deck);
    static QString writeNote(const DeckNote &note);
    // The indented list stored in a tree note's Branches field / a layers note's Layers field.
    static QString writeBranches(const std::vector<DeckBranch> &branches);
    static QString writeLayers(const std::vector<DeckLayer> &layers);
    // A `points:` value: one `- point` line per point, no trailing newline.
    static QString writePoints(const QStringList &points);
    static Result<void> writeFile(const DeckFile &deck, const QString &path);
};

} // namespace debrief
