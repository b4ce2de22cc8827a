#pragma once

#include "decks/deckfile.h"
#include "import/importresult.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

class Collection;

// Imports `.deck` files into a collection, and re-imports them as an update that keeps progress.
// Notes are matched by GUID "debrief:<id>": a known id has its fields and tags updated while its
// cards (and their scheduling) stay; cards for new ords are added and cards for ords that no
// longer exist are suspended; a new id adds a note; a "debrief:" note of the deck whose id left
// the file is retired (cards suspended, tagged debrief::retired, never deleted). Nothing is
// written unless the file parses cleanly; then ForeignDataImporter writes it in one transaction
// (CardSet::Exact, TagMerge::ReplaceKeepingMarks and a RetireRule give the rules above).
class DeckImporter {
    Q_DECLARE_TR_FUNCTIONS(DeckImporter)

public:
    static constexpr const char *kGuidPrefix = "debrief:";
    static constexpr const char *kRetiredTag = "debrief::retired";

    static ImportResult importFile(Collection &collection, const QString &path,
                                   const ImportOptions &options = ImportOptions(), const ProgressFn &progress = ProgressFn());
    static ImportResult importDeck(Collection &collection, const DeckFile &deck,
                                   const ImportOptions &options = ImportOptions(), const ProgressFn &progress = ProgressFn());

    // The note fields of a deck note, in deckKindFields order (Markdown source; trees and layers
    // hold their indented list as DeckWriter prints it).
    static QStringList noteFields(const DeckNote &note);
    static QString guidFor(const QString &id) { return QLatin1String(kGuidPrefix) + id; }
};

// Imports every *.deck in `decksDir` (a folder or a resource path such as ":/decks"), in name
// order: on first start and on every upgrade. Idempotent: a second run changes nothing.
// Stops at the first file that fails; earlier files stay imported (each is its own transaction).
ImportResult installBundledDecks(Collection &collection, const QString &decksDir);

} // namespace debrief
