#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace debrief {

class Collection;

struct ApkgExportOptions {
    std::optional<DeckId> deckId;     // this deck and its subdecks; nullopt = every deck
    bool includeScheduling = true;    // false: cards leave as new, no review history
    bool includeMedia = true;
    bool writeMeta = true;            // a `meta` member of 08 02 (LEGACY_2), as current Anki writes
    QDateTime now;                    // "today" for the package's collection days; required
    // The local time zone's offset at `now` (Clock::utcOffsetSecs); unset: this machine's zone.
    // With `now` it fixes "today", which becomes the package's day 0 (crt, creationOffset).
    std::optional<int> utcOffsetSecs;
};

struct ApkgExportCounts {
    int notes = 0;
    int cards = 0;
    int reviews = 0;
    int media = 0;
};

// Writes an .apkg in the collection.anki21 generation (LEGACY_2, import-formats.md §1.2): a V11
// SQLite collection with JSON col.models/decks/dconf in `collection.anki21`, the placeholder
// `collection.anki2` that older Anki shows, a JSON `media` map and the media as raw numbered
// members. Anki 2.1.x and current Anki both import it; so does AnkiPackageImporter.
// Notes of Debrief's own notetypes leave as the HTML Debrief draws (AnkiHtmlConverter); review due
// days count from crt, the start of today in the exporting time zone, as Anki reads them.
// The file is written next to `path` and renamed over it only when complete.
class ApkgExporter {
    Q_DECLARE_TR_FUNCTIONS(ApkgExporter)
public:
    static Result<ApkgExportCounts> exportFile(Collection &collection, const QString &path,
                                               const ApkgExportOptions &options);
};

} // namespace debrief
