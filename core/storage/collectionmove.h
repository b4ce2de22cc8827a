#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

class Database;

// The file work of Collection::moveTo(): checking the chosen folder, copying the collection with
// its media and backup folders, verifying the copies before anything old is removed, and removing
// either the copy (on failure) or the old files (after the switch).
class CollectionMove {
    Q_DECLARE_TR_FUNCTIONS(CollectionMove)
public:
    // Refuses (InvalidInput, with a message for people) the folder the collection is in, a folder
    // inside it or around it, a file, and a folder that is not empty.
    static Result<void> checkTarget(const QString &currentDir, const QString &targetDir);
    // Copies the files under `from` to `to` (created), keeping the relative paths. A missing
    // `from` is an empty folder: nothing to copy.
    static Result<void> copyTree(const QString &from, const QString &to);
    // Whether `to` holds every file of `from` with the same bytes (SHA-1 compared).
    static Result<void> verifyTree(const QString &from, const QString &to);

    // Copies the collection `db` (the file `oldPath`) to `newPath` in `newDir`, with its media and
    // backups folders, and checks the copy: SQLite integrity, the same row counts, the same bytes.
    static Result<void> copyAndVerify(Database &db, const QString &oldPath, const QString &newDir, const QString &newPath);
    // Removes what copyAndVerify() wrote: all of `newDir` when the move `created` it, else only
    // the collection file and the copied folders, so the user's other files stay.
    static void removeCopy(const QString &newDir, const QString &newPath, bool created);
    // Removes the collection file `oldPath` (with its journal files), its media, backups and tmp
    // folders, and its folder when nothing else is left in it.
    static void removeOld(const QString &oldPath);
};

} // namespace debrief
