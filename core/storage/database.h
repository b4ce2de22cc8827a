#pragma once

#include "storage/statement.h"
#include "util/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace debrief {

// Owns one SQLite connection. Opened through open(), which checks the file header first so that
// SQLite is never pointed read-write at a file that is not an SQLite database. Read-write
// connections run in WAL mode with foreign keys on and a busy timeout.
class Database {
public:
    enum class Mode {
        ReadOnly,         // the file must exist; nothing is written
        // Read-only, and when no -wal file exists, opened "immutable" so SQLite creates no
        // -wal/-shm next to it either. Only for files nobody writes meanwhile: a collection we
        // hold the lock of, or a backup.
        Inspect,
        ReadWrite,        // the file must exist
        ReadWriteCreate,  // created when absent
        // A file someone else wrote (an Anki package member, a Mnemosyne database): opened only
        // through openForeign(), read-only and hardened against hostile schemas and queries.
        Foreign,
    };

    // What a Foreign connection may cost. SQL in a hostile file (a view with an endless
    // recursive CTE, a sort of a huge table) must not spin, eat memory or write temp files.
    struct ForeignLimits {
        int deadlineMs = 120000;                       // whole life of the connection
        qint64 heapBytes = qint64(512) * 1024 * 1024;  // SQLite memory above what was in use at open
        std::function<bool()> cancelled;               // polled about every 100 ms; true stops
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    // A new database file that we fill once and hand on (the collection inside an export): the
    // file must not exist yet; no WAL, no journal and no fsync, since a failure discards the file.
    static Result<std::unique_ptr<Database>> createScratch(const QString &path);

    // Opens a foreign file for reading: read-only and `immutable=1` (so SQLite creates no
    // -wal/-shm beside the user's file and takes no locks), defensive, trusted_schema=OFF, no
    // views or triggers, temp_store=MEMORY, and a progress handler that stops any statement past
    // the deadline, over the heap budget or cancelled (Error::Kind Unsafe or Cancelled).
    // When a non-empty -wal lies beside the file it is opened without `immutable` so the log is
    // replayed; callers pass only copies in their own folder then (see ImportTemp).
    // Registers Anki's `unicase` collation, which its V15+ schema requires.
    static Result<std::unique_ptr<Database>> openForeign(const QString &path, const ForeignLimits &limits);

    // For foreign files: whether `name` exists as a plain table. An object of that name that is
    // a view, a virtual table, has generated or hidden columns, or has triggers is refused
    // (Error::Kind::Unsafe): reading it would run SQL the file's author wrote.
    Result<bool> hasPlainTable(const QString &name);
    // Whether plain table `table` has `column` (false also when the table is missing).
    Result<bool> hasColumn(const QString &table, const QString &column);

    // Adds Anki's `unicase` collation to a connection that writes an Anki file.
    void addUnicaseCollation();

    // Reads the first 100 bytes of an existing file and checks the SQLite header (magic, page
    // size, declared size against the real size) without opening it through SQLite.
    // A missing or empty file passes: SQLite treats an empty file as an empty database.
    // `walPending`: a non-empty -wal lies beside the file, so the page count in the header may be
    // ahead of the file until SQLite replays the log; that check is then left to after the replay.
    static Result<void> checkHeader(const QString &path, bool walPending = false);
    // True when a non-empty -wal file lies beside `path` (commits not yet folded into the file).
    static bool walPending(const QString &path);

    // Runs one or more statements that return no rows we need (DDL, PRAGMA, BEGIN/COMMIT).
    Result<void> exec(const QString &sql);
    // Moves committed pages from the WAL into the database file (passive; never blocks).
    // `complete` (optional) tells whether every frame of the log is now in the file.
    Result<void> checkpoint(bool *complete = nullptr);
    // A fresh statement, finalized when the returned Statement dies.
    Result<Statement> prepare(const QString &sql);
    // A statement from the per-connection cache, keyed by the SQL text: for hot paths such as
    // answering a card, where re-preparing would cost more than running. The returned Statement
    // borrows it and resets it on destruction; do not hold two borrows of the same SQL at once.
    Result<Statement> cached(const char *sql);

    // One-row, one-column integer query; `fallback` when there is no row or the value is NULL.
    Result<qint64> queryInt(const QString &sql, qint64 fallback = 0);

    // How long a statement waits for another connection's lock before failing with Locked.
    void setBusyTimeout(int ms);
    // Stops the running statement (Error::Kind::Cancelled) once `cancelled` returns true; asked
    // about every 100 ms while SQL runs. For a worker's own connection (an export or a check the
    // user can cancel); a stopped connection stays stopped, so the worker then drops it.
    void setCancelCheck(std::function<bool()> cancelled);

    int userVersion();
    Result<void> setUserVersion(int version);

    qint64 lastInsertRowId() const;
    int changes() const;
    // Rows this connection has changed since it opened (sqlite3_total_changes64), and the file's
    // data version (PRAGMA data_version: changes when another connection commits). Together they
    // tell a cache whether anything could have changed since it was filled.
    qint64 totalChanges() const;
    Result<qint64> dataVersion();
    bool isReadOnly() const { return m_mode == Mode::ReadOnly || m_mode == Mode::Inspect || m_mode == Mode::Foreign; }
    bool inTransaction() const;
    QString path() const { return m_path; }
    QString lastErrorMessage() const;

    sqlite3 *handle() const { return m_db; }

    // Maps the connection's last error (rc) to our Error kinds.
    Error errorFor(int rc, const QString &context) const;

    // Why the progress handler stopped the last statement, if it did.
    const std::optional<Error> &stopReason() const { return m_stop; }

private:
    Database(sqlite3 *db, QString path, Mode mode);
    static int onProgress(void *self);

    sqlite3 *m_db = nullptr;
    QString m_path;
    Mode m_mode;
    std::unordered_map<std::string, sqlite3_stmt *> m_cache;
    // Foreign mode only.
    ForeignLimits m_limits;
    qint64 m_deadlineNs = 0;     // steady-clock time after which statements are stopped
    qint64 m_nextPollNs = 0;     // next time `cancelled` is asked
    qint64 m_heapBase = 0;       // sqlite3_memory_used() at open
    std::optional<Error> m_stop;
};

} // namespace debrief
