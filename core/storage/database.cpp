#include "storage/database.h"

#include "storage/sqliteerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <chrono>
#include <limits>

namespace debrief {

namespace {

// Foreign connections: the progress handler runs every this many virtual-machine steps
// (about 0.1 ms of work), cheap next to the work and fine-grained enough for a deadline.
constexpr int kProgressSteps = 4096;
constexpr qint64 kCancelPollNs = 100 * 1000 * 1000;   // ask the cancel callback every 100 ms
// Longest string or blob a foreign file may hand us; importers apply their own smaller caps.
constexpr int kForeignMaxLength = 64 * 1024 * 1024;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Anki compares these names with Unicode case folding; QString::compare with
// Qt::CaseInsensitive folds case per code point, which is close enough for reading.
int unicaseCompare(void *, int lenA, const void *a, int lenB, const void *b)
{
    const QString sa = QString::fromUtf8(static_cast<const char *>(a), lenA);
    const QString sb = QString::fromUtf8(static_cast<const char *>(b), lenB);
    return sa.compare(sb, Qt::CaseInsensitive);
}

constexpr int kBusyTimeoutMs = 5000;
constexpr int kHeaderSize = 100;

quint32 readBigEndian(const unsigned char *p, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

} // namespace

Database::Database(sqlite3 *db, QString path, Mode mode) : m_db(db), m_path(std::move(path)), m_mode(mode) {}

Database::~Database()
{
    for (auto &entry : m_cache)
        sqlite3_finalize(entry.second);
    m_cache.clear();
    // close_v2 (not close): if something still holds a statement the connection becomes a zombie
    // and is closed when that is finalized, instead of failing with SQLITE_BUSY and leaking.
    sqlite3_close_v2(m_db);
}

Result<void> Database::checkHeader(const QString &path, bool walPending)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return makeError(Error::Kind::Io, QCoreApplication::translate("Database", "%1 is a folder, not a collection file").arg(path));
    if (info.size() == 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, QCoreApplication::translate("Database", "Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(kHeaderSize);
    const auto corrupt = [&](const QString &why) {
        return makeError(Error::Kind::Corrupt,
                         QCoreApplication::translate("Database", "%1 is not a usable SQLite database: %2").arg(path, why));
    };
    if (header.size() < kHeaderSize)
        return corrupt(QCoreApplication::translate("Database", "file too short (%n byte(s))", nullptr, int(info.size())));
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return corrupt(QCoreApplication::translate("Database", "no SQLite header"));
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    // Page size: a power of two in 512..32768, or 1 meaning 65536 (SQLite file format, section 1.3.2).
    quint32 pageSize = readBigEndian(h + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return corrupt(QCoreApplication::translate("Database", "invalid page size %1").arg(pageSize));
    if ((h[18] != 1 && h[18] != 2) || (h[19] != 1 && h[19] != 2))
        return corrupt(QCoreApplication::translate("Database", "unknown file format version"));
    // The file is always a whole number of pages; anything else was cut short.
    if (info.size() % pageSize != 0)
        return corrupt(QCoreApplication::translate("Database", "size %1 is not a multiple of the page size %2 (truncated?)")
                           .arg(info.size())
                           .arg(pageSize));
    // The page count at offset 28 is trustworthy only when "version-valid-for" (92) equals the
    // change counter (24); then the file must hold at least that many pages.
    const quint32 changeCounter = readBigEndian(h + 24, 4);
    const quint32 pages = readBigEndian(h + 28, 4);
    const quint32 validFor = readBigEndian(h + 92, 4);
    // A checkpoint killed halfway leaves page 1 (with the new page count) written but the file
    // not yet grown: the -wal still holds the missing pages and SQLite replays them on open.
    if (!walPending && validFor == changeCounter && pages > 0 && qint64(pages) * pageSize > info.size())
        return corrupt(QCoreApplication::translate("Database", "header declares %n page(s) but the file holds %1 (truncated?)", nullptr, int(pages))
                           .arg(info.size() / pageSize));
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (mode == Mode::Foreign)
        return openForeign(path, ForeignLimits());
    if (mode != Mode::ReadWriteCreate && !info.exists())
        return makeError(Error::Kind::NotFound, QCoreApplication::translate("Database", "%1 does not exist").arg(path));
    if (Result<void> header = checkHeader(path, walPending(path)); !header)
        return header.error();

    int flags = SQLITE_OPEN_NOMUTEX;   // one connection per thread; no need for SQLite's mutexes
    QByteArray name = QFile::encodeName(path);
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::Inspect:
        flags |= SQLITE_OPEN_READONLY;
        if (!QFileInfo::exists(path + QStringLiteral("-wal"))) {
            flags |= SQLITE_OPEN_URI;
            name = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded() + "?immutable=1";
        }
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::Foreign:   // handled above
        break;
    }
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path, mode));
    if (rc != SQLITE_OK)
        return db->errorFor(rc, QCoreApplication::translate("Database", "Cannot open %1").arg(path));
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);

    // Reading the schema makes SQLite look at the file: "not a database" shows up here, before
    // any write.
    if (Result<qint64> probe = db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe) {
        Error e = probe.error();
        if (e.kind == Error::Kind::Corrupt)
            e.message = QCoreApplication::translate("Database", "%1 is not a usable SQLite database: %2").arg(path, e.message);
        return e;
    }

    // SQLite quietly falls back to read-only when the file is not writable; say so instead of
    // failing later at the first write.
    const bool writable = mode == Mode::ReadWrite || mode == Mode::ReadWriteCreate;
    if (writable && sqlite3_db_readonly(raw, "main") == 1)
        return makeError(Error::Kind::Io, QCoreApplication::translate("Database", "%1 is not writable").arg(path));

    if (writable) {
        // WAL: readers never block the writer and a commit is one append to the log. SQLite
        // silently keeps the old journal mode where WAL cannot work (no shared memory, some
        // network file systems), so read back what it chose instead of trusting the request.
        Result<Statement> mode = db->prepare(QStringLiteral("PRAGMA journal_mode=WAL"));
        if (!mode)
            return mode.error();
        Result<bool> row = mode->step();
        if (!row)
            return row.error();
        const QString chosen = *row ? mode->text(0).toLower() : QString();
        mode->reset();
        if (chosen != QLatin1String("wal"))
            return makeError(Error::Kind::Io,
                             QCoreApplication::translate("Database", "Cannot use write-ahead logging for %1 (SQLite kept journal mode \"%2\"); "
                                          "the file system may not support shared memory: keep the collection "
                                          "on a local disk")
                                 .arg(path, chosen));
        // synchronous=FULL: an answer shown as saved survives a power cut, not only a crash (NORMAL
        // may roll back the last commits). The extra fsync costs ~0.2 ms, invisible at human pace.
        // wal_autocheckpoint=10000 pages (~40 MiB): SQLite's default of 1000 checkpoints inside
        // every ~150th answer's commit, 5-30 ms with its fsyncs, the only answers over budget. The
        // app checkpoints when idle (Collection::checkpoint) instead; this is the safety valve for
        // long headless runs, and the last connection to close checkpoints anyway.
        Result<void> pragmas = db->exec(QStringLiteral("PRAGMA synchronous=FULL;"
                                                       "PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint=10000;"));
        if (!pragmas)
            return pragmas.error();
    }
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Result<std::unique_ptr<Database>> Database::openForeign(const QString &path, const ForeignLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Kind::NotFound, QCoreApplication::translate("Database", "%1 does not exist").arg(path));
    if (Result<void> header = checkHeader(path); !header)
        return header.error();

    // immutable=1: SQLite neither locks nor creates -wal/-shm files; it reads the main file as
    // it is. With a -wal beside it (a copy the caller made in its own folder) the log must be
    // replayed, so then a plain read-only open.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool replayWal = wal.exists() && wal.size() > 0;
    QByteArray name = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded();
    if (!replayWal)
        name += "?immutable=1";
    const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path, Mode::Foreign));
    if (rc != SQLITE_OK)
        return db->errorFor(rc, QCoreApplication::translate("Database", "Cannot open %1").arg(path));
    sqlite3_extended_result_codes(raw, 1);

    // Hardening, before SQLite reads the schema. DEFENSIVE: no writes to the schema or shadow
    // tables even through pragmas; TRUSTED_SCHEMA off: functions with side effects may not run
    // from views, triggers, indexes or CHECKs; views and triggers are off altogether because
    // nothing we read from a foreign file is legitimately one. ATTACH is limited to nothing.
    int unused = 0;
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, &unused);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &unused);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &unused);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &unused);
    sqlite3_limit(raw, SQLITE_LIMIT_LENGTH, kForeignMaxLength);
    sqlite3_limit(raw, SQLITE_LIMIT_ATTACHED, 0);
    db->addUnicaseCollation();

    db->m_limits = limits;
    db->m_heapBase = sqlite3_memory_used();
    const qint64 now = nowNs();
    db->m_deadlineNs = now + qint64(limits.deadlineMs) * 1000000;
    db->m_nextPollNs = now + kCancelPollNs;
    sqlite3_progress_handler(raw, kProgressSteps, &Database::onProgress, db.get());

    // temp_store=MEMORY: sorts and temporary tables stay in (budgeted) memory, never in temp
    // files outside our folders. query_only: belt and braces on top of SQLITE_OPEN_READONLY.
    if (Result<void> pragmas = db->exec(QStringLiteral("PRAGMA temp_store=MEMORY; PRAGMA query_only=ON; "
                                                       "PRAGMA trusted_schema=OFF; PRAGMA cell_size_check=ON;"));
        !pragmas)
        return pragmas.error();
    if (Result<qint64> probe = db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe) {
        Error e = probe.error();
        if (e.kind == Error::Kind::Corrupt || e.kind == Error::Kind::Internal) {
            e.kind = Error::Kind::Corrupt;
            e.message = QCoreApplication::translate("Database", "%1 is not a usable SQLite database: %2").arg(path, e.message);
        }
        return e;
    }
    return Result<std::unique_ptr<Database>>(std::move(db));
}

int Database::onProgress(void *self)
{
    auto *db = static_cast<Database *>(self);
    if (db->m_stop)
        return 1;
    const qint64 now = nowNs();
    if (now > db->m_deadlineNs) {
        db->m_stop = makeError(Error::Kind::Unsafe,
                               QCoreApplication::translate("Database", "%1: reading it took longer than %2 s; stopped (a hostile or damaged file?)")
                                   .arg(QFileInfo(db->m_path).fileName())
                                   .arg(db->m_limits.deadlineMs / 1000.0));
    } else if (sqlite3_memory_used() - db->m_heapBase > db->m_limits.heapBytes) {
        db->m_stop = makeError(Error::Kind::Unsafe,
                               QCoreApplication::translate("Database", "%1: reading it needed more than %2 MiB of memory; stopped (a hostile or damaged file?)")
                                   .arg(QFileInfo(db->m_path).fileName())
                                   .arg(db->m_limits.heapBytes >> 20));
    } else if (db->m_limits.cancelled && now > db->m_nextPollNs) {
        db->m_nextPollNs = now + kCancelPollNs;
        if (db->m_limits.cancelled())
            db->m_stop = makeError(Error::Kind::Cancelled, QCoreApplication::translate("Database", "Cancelled"));
    }
    return db->m_stop ? 1 : 0;
}

void Database::setCancelCheck(std::function<bool()> cancelled)
{
    // Only the cancel check: the foreign limits' deadline and heap budget stay off here.
    m_limits.deadlineMs = std::numeric_limits<int>::max();
    m_limits.heapBytes = std::numeric_limits<qint64>::max();
    m_limits.cancelled = std::move(cancelled);
    m_deadlineNs = std::numeric_limits<qint64>::max();
    m_heapBase = 0;
    m_nextPollNs = nowNs() + kCancelPollNs;
    sqlite3_progress_handler(m_db, kProgressSteps, &Database::onProgress, this);
}

void Database::addUnicaseCollation()
{
    sqlite3_create_collation_v2(m_db, "unicase", SQLITE_UTF8, nullptr, &unicaseCompare, nullptr);
}

Result<bool> Database::hasPlainTable(const QString &name)
{
    Result<Statement> obj = prepare(QStringLiteral("SELECT type, sql FROM sqlite_master WHERE name = ?1 COLLATE NOCASE "
                                                   "AND type IN ('table', 'view')"));
    if (!obj)
        return obj.error();
    obj->bind(1, name);
    Result<bool> row = obj->step();
    if (!row)
        return row.error();
    if (!*row)
        return false;
    const auto refuse = [&](const QString &what) {
        return makeError(Error::Kind::Unsafe, QCoreApplication::translate("Database", "%1: \"%2\" is %3 where a table is expected; refusing to read it")
                                                  .arg(QFileInfo(m_path).fileName(), name, what));
    };
    if (obj->text(0) == QLatin1String("view"))
        return refuse(QCoreApplication::translate("Database", "a view"));
    if (obj->text(1).trimmed().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
        return refuse(QCoreApplication::translate("Database", "a virtual table"));
    obj->reset(true);

    // hidden: 0 normal, 1 hidden (virtual tables), 2 virtual generated, 3 stored generated.
    Result<Statement> cols = prepare(QStringLiteral("SELECT count(*) FROM pragma_table_xinfo(?1) WHERE hidden <> 0"));
    if (!cols)
        return cols.error();
    cols->bind(1, name);
    Result<bool> c = cols->step();
    if (!c)
        return c.error();
    if (*c && cols->int64(0) > 0)
        return refuse(QCoreApplication::translate("Database", "a table with generated columns"));

    Result<Statement> trig = prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                                    "AND tbl_name = ?1 COLLATE NOCASE"));
    if (!trig)
        return trig.error();
    trig->bind(1, name);
    Result<bool> t = trig->step();
    if (!t)
        return t.error();
    if (*t && trig->int64(0) > 0)
        return refuse(QCoreApplication::translate("Database", "a table with triggers"));
    return true;
}

Result<bool> Database::hasColumn(const QString &table, const QString &column)
{
    Result<Statement> q = prepare(QStringLiteral("SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2 COLLATE NOCASE"));
    if (!q)
        return q.error();
    q->bind(1, table).bind(2, column);
    Result<bool> row = q->step();
    if (!row)
        return row.error();
    return *row && q->int64(0) > 0;
}

Error Database::errorFor(int rc, const QString &context) const
{
    if ((rc & 0xff) == SQLITE_INTERRUPT && m_stop)
        return *m_stop;
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    return makeError(sqliteErrorKind(rc), QStringLiteral("%1: %2").arg(context, detail));
}

Result<void> Database::checkpoint(bool *complete)
{
    // PASSIVE: copies what it can without waiting for readers or blocking the next writer.
    int logFrames = 0, copiedFrames = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copiedFrames);
    if (rc != SQLITE_OK)
        return errorFor(rc, QCoreApplication::translate("Database", "Cannot checkpoint %1").arg(m_path));
    if (complete)
        *complete = logFrames >= 0 && copiedFrames == logFrames;
    return {};
}

bool Database::walPending(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

void Database::setBusyTimeout(int ms) { sqlite3_busy_timeout(m_db, ms); }

Result<void> Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    if ((rc & 0xff) == SQLITE_INTERRUPT && m_stop) {
        sqlite3_free(message);
        return *m_stop;
    }
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return makeError(sqliteErrorKind(rc), QCoreApplication::translate("Database", "SQLite: %1 (in \"%2\")").arg(text, sql.left(200)));
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc, QCoreApplication::translate("Database", "Cannot prepare \"%1\"").arg(sql));
    return Statement(stmt, true, &m_stop);
}

Result<Statement> Database::cached(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        sqlite3_stmt *stmt = nullptr;
        // PREPARE_PERSISTENT: tells SQLite the statement lives long, so it avoids lookaside memory.
        const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return errorFor(rc, QCoreApplication::translate("Database", "Cannot prepare \"%1\"").arg(QString::fromUtf8(sql)));
        it = m_cache.emplace(sql, stmt).first;
    }
    return Statement(it->second, false, &m_stop);
}

Result<qint64> Database::queryInt(const QString &sql, qint64 fallback)
{
    Result<Statement> stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->isNull(0))
        return fallback;
    return stmt->int64(0);
}

int Database::userVersion()
{
    Result<qint64> v = queryInt(QStringLiteral("PRAGMA user_version"));
    return v ? int(*v) : -1;
}

Result<void> Database::setUserVersion(int version)
{
    // PRAGMA takes no bound parameters; `version` is an int, so formatting it in is safe.
    return exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

qint64 Database::totalChanges() const { return sqlite3_total_changes64(m_db); }

Result<qint64> Database::dataVersion()
{
    Result<Statement> s = cached("PRAGMA data_version");
    if (!s)
        return s.error();
    Result<std::optional<qint64>> version = s->firstRow([](const Statement &row) { return row.int64(0); });
    if (!version)
        return version.error();
    return version->value_or(0);
}

bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

QString Database::lastErrorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

Result<std::unique_ptr<Database>> Database::createScratch(const QString &path)
{
    if (QFileInfo::exists(path))
        return makeError(Error::Kind::InvalidInput, QCoreApplication::translate("Database", "%1 already exists").arg(path));
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path, Mode::ReadWriteCreate));
    if (rc != SQLITE_OK)
        return db->errorFor(rc, QCoreApplication::translate("Database", "Cannot create %1").arg(path));
    sqlite3_extended_result_codes(raw, 1);
    // A rollback journal would only protect a file that is thrown away on failure anyway, and a
    // WAL would leave the file's header in WAL mode inside the package.
    if (Result<void> pragmas = db->exec(QStringLiteral("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")); !pragmas)
        return pragmas.error();
    return Result<std::unique_ptr<Database>>(std::move(db));
}

} // namespace debrief
