#pragma once

#include "util/result.h"

#include <QString>

namespace debrief {

class Database;

// Forward-only schema migrations. Step N is core/storage/migrations/NNNN_*.sql (compiled in via
// migrations.qrc); the schema version is PRAGMA user_version. Each step runs in its own
// transaction together with the user_version bump, so a failed step leaves the previous version.
class Migrator {
public:
    // The newest schema this build understands.
    static int latestVersion();
    // The SQL of step `version` (1-based), or NotFound.
    static Result<QString> script(int version);
    // Applies every step from the database's user_version + 1 up to `targetVersion`
    // (latestVersion() when -1). TooNew when the database is already past latestVersion().
    static Result<void> migrate(Database &db, int targetVersion = -1);
    // Runs one step: `sql` then user_version = version, in one transaction. Public so tests can
    // check that a failing step leaves the file at the previous version.
    static Result<void> applyStep(Database &db, int version, const QString &sql);
};

} // namespace debrief
