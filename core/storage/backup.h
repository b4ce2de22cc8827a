#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

namespace debrief {

class Database;

// Copies of a collection file: made with SQLite's backup API (consistent while the collection is
// open), restored atomically, and the automatic ones named by time in "backups/" beside it.
class Backup {
public:
    // Writes a consistent copy of `db` (the collection at `collectionPath`) to `file`, through a
    // temporary file, so an interrupted backup never replaces a good older one.
    static Result<void> copy(Database &db, const QString &collectionPath, const QString &file);
    // See Collection::restore.
    static Result<void> restore(const QString &backupFile, const QString &collectionPath);
    // Replaces the content of the open connection `live` with `backupFile` (checked as restore()
    // checks it: a Debrief collection, not newer than this build, intact) through SQLite's backup
    // API in one step, so it is all or nothing. The caller migrates an older backup afterwards.
    static Result<void> restoreInto(Database &live, const QString &backupFile);
    // A free name for an automatic backup taken at `now` (UTC stamp), in <collection dir>/backups,
    // which is created: "collection-20260310-120000.sqlite", "-2" etc. when taken twice a second.
    static Result<QString> automaticPath(const QString &collectionPath, const QDateTime &now);
};

} // namespace debrief
