#pragma once

#include "decks/deckfile.h"
#include "model/ids.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

class Collection;

// Writes a deck of the collection back in the `.deck` format (`debrief-cli export --format deck`).
// Notes of our notetypes come back as their kind with their Markdown source; notes of other
// notetypes become `basic` notes from their first two fields (HTML, as stored). Ids are the GUID
// without "debrief:" when it is a valid id, else "n<note id>".
class DeckExporter {
    Q_DECLARE_TR_FUNCTIONS(DeckExporter)

public:
    static Result<DeckFile> toDeckFile(Collection &collection, DeckId deck);
    static Result<void> exportDeck(Collection &collection, DeckId deck, const QString &path);
};

} // namespace debrief
