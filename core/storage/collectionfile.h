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

    // A collection file opened for writing: its lock (declared first, so the connection closes
    // before the lock goes) and its migrated connection.
    struct Writable {
        std::unique_ptr<QLockFile> lock;
        std::unique_ptr<Database> db;
        QString absolutePath;
    };
    // Collection::open's steps: make the folder, take the lock, clear tmp/, inspect read-only,
    // open, fold a left-over WAL, migrate. Every refusal leaves the file untouched.
    static Result<Writable> openWritable(const QString &path);
    // Collection::openReadOnly's: an existing file of the current schema, no lock, no writes.
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path);
};

} // namespace debrief
