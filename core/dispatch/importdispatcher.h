#pragma once

#include "import/importresult.h"

#include <QDateTime>
#include <QString>

namespace debrief {

class Collection;

// Chooses the importer for a file and takes the automatic backup. By extension first
// (.apkg/.colpkg/.anki2 → Anki, .deck → Debrief deck, .txt/.csv/.tsv → text, .xml/.cards/.db →
// Mnemosyne), then by content for other names (zip, SQLite, XML, else text).
class ImportDispatcher {
public:
    enum class Format { Unknown, AnkiPackage, Deck, Text, Mnemosyne };

    static Format detect(const QString &path);

    // Before importing into a collection that already has notes, copies it (SQLite backup API)
    // to <collection dir>/backups/collection-<UTC yyyyMMdd-HHmmss>.sqlite; the path is in
    // ImportResult::backupPath. A failed backup is an Error and nothing is imported.
    static ImportResult importFile(Collection &collection, const QString &path, const ImportOptions &options,
                                   const ProgressFn &progress, const QDateTime &now);
};

} // namespace debrief
