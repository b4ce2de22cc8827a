#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <QString>

#include <optional>

namespace debrief {

class Collection;

// Writes notes as an Anki "Notes in Plain Text" file: `#separator:`, `#html:true`, `#guid column:1`,
// `#notetype column:2`, `#deck column:3`, `#tags column:<last>` headers, then one row per note
// (guid, notetype, deck, fields…, tags), RFC-4180 quoted where needed. TextImporter reads it back
// into the same notes (matched by GUID), so export → import round-trips.
class TextExporter {
public:
    enum class Format { Csv, Tsv };
    struct Counts {
        int notes = 0;
    };
    // `deck`: that deck and its subdecks (a note's deck is its first card's); nullopt = all notes.
    static Result<Counts> exportFile(Collection &collection, const QString &path, Format format,
                                     std::optional<DeckId> deck = std::nullopt);
    static QString quote(const QString &field, QChar separator);
};

} // namespace debrief
