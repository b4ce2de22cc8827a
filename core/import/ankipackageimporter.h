#pragma once

#include "import/importresult.h"

#include <QCoreApplication>

#include <QString>

namespace debrief {

class Collection;

// Imports Anki packages into a collection: .apkg and .colpkg of all three generations
// (collection.anki2, collection.anki21, collection.anki21b), and bare .anki2 collection files.
// A .colpkg is merged like an .apkg; replacing a whole collection is the caller's choice (import
// into a fresh collection). Everything is read and checked first (AnkiPackageReader), then
// handed to ForeignDataImporter as ForeignData, which writes it in one transaction and moves the
// media in only after that commits. On any Error issue (or a cancel from `progress`) the
// collection and its media folder are unchanged.
//
// Choices where Anki leaves room:
// - Duplicate GUIDs inside one file are an Error (Duplicate): such a file is damaged and
//   merging it by GUID would be ambiguous.
// - A single field over kMaxFieldBytes is an Error (Unsafe): real notes stay far below it and
//   a bigger one would make every later search and render slow.
// - A package member or media name with a path in it ("../x", "/abs", "a/b") is an Error
//   (Unsafe); Anki packages are always flat.
// - An existing note whose GUID matches but whose notetype schema changed is skipped with a
//   warning (Anki does the same unless asked to merge notetypes).
class AnkiPackageImporter {
    Q_DECLARE_TR_FUNCTIONS(AnkiPackageImporter)
public:
    static constexpr qint64 kMaxFieldBytes = qint64(16) * 1024 * 1024;
    static constexpr int kProgressEvery = 500;   // notes between progress callbacks

    static ImportResult importFile(Collection &collection, const QString &path, const ImportOptions &options,
                                   const ProgressFn &progress = {});
};

} // namespace debrief
