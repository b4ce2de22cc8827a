#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace debrief {

// The checks on a collection file before anything is written to it, shared by Collection::open
// and Backup::restore: the lock that keeps other processes out, and a read-only look at the schema.
class CollectionFile {
public:
    // Takes `<collectionPath>.lock`; Locked (naming the holder) while another process has it.
    static Result<std::unique_ptr<QLockFile>> lock(const QString &collectionPath);
    // Checks an existing file without writing to it: header, readable schema, version not too new.
    // Returns the schema version (0 for a missing or empty file). `mode` is Inspect when nobody can
    // be writing the file (we hold its lock, or it is a backup), ReadOnly otherwise.
    static Result<int> inspect(const QString &path, Database::Mode mode = Database::Mode::Inspect);
};

} // namespace debrief
