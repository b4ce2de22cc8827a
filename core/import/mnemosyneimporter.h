#pragma once

#include "import/foreigndata.h"
#include "import/importresult.h"

#include <QDateTime>
#include <QString>

namespace debrief {

class Collection;

// Mnemosyne import (import-formats.md §4), mapped the way Anki's importer maps it:
// 1.x XML exports (*.xml), 2.x sharing files (*.cards zip, with media) and 2.x SQLite
// collections (mnemo.db / default.db, with review history from log event 9).
// Facts become notes (Basic, "Basic (and reversed card)", "Vocabulary (Mnemosyne)", Cloze);
// seen cards keep their scheduling. Everything is read first, then ForeignDataImporter writes it
// (media of a .cards file included) in one transaction.
class MnemosyneImporter {
public:
    static ImportResult importFile(Collection &collection, const QString &path, const ImportOptions &options,
                                   const ProgressFn &progress, const QDateTime &now = QDateTime());

    // Mnemosyne field HTML → Anki's: newlines → <br>, <$>/<$$>/<latex> → [$]/[$$]/[latex],
    // <audio src="x"> → [sound:x].
    static QString convertField(const QString &mnemosyneHtml);
    // "Paris is the capital of [France]." → "… {{c1::France}}." (each bracket its own number).
    static QString convertCloze(const QString &text);
};

} // namespace debrief
