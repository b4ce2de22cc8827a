#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace debrief {

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr int kHeaderSize = 100;

quint32 readBigEndian(const unsigned char *p, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

Error::Kind kindFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Kind::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Kind::Corrupt;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        return Error::Kind::InvalidInput;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return Error::Kind::Io;
    default:
        return Error::Kind::Internal;
    }
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
        return makeError(Error::Kind::Io, QStringLiteral("%1 is a folder, not a collection file").arg(path));
    if (info.size() == 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(kHeaderSize);
    const auto corrupt = [&](const QString &why) {
        return makeError(Error::Kind::Corrupt,
                         QStringLiteral("%1 is not a usable SQLite database: %2").arg(path, why));
    };
    if (header.size() < kHeaderSize)
        return corrupt(QStringLiteral("file too short (%1 bytes)").arg(info.size()));
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return corrupt(QStringLiteral("no SQLite header"));
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    // Page size: a power of two in 512..32768, or 1 meaning 65536 (SQLite file format, section 1.3.2).
    quint32 pageSize = readBigEndian(h + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return corrupt(QStringLiteral("invalid page size %1").arg(pageSize));
    if ((h[18] != 1 && h[18] != 2) || (h[19] != 1 && h[19] != 2))
        return corrupt(QStringLiteral("unknown file format version"));
    // The file is always a whole number of pages; anything else was cut short.
    if (info.size() % pageSize != 0)
        return corrupt(QStringLiteral("size %1 is not a multiple of the page size %2 (truncated?)")
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
        return corrupt(QStringLiteral("header declares %1 pages but the file holds %2 (truncated?)")
                           .arg(pages)
                           .arg(info.size() / pageSize));
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (mode != Mode::ReadWriteCreate && !info.exists())
        return makeError(Error::Kind::NotFound, QStringLiteral("%1 does not exist").arg(path));
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
    }
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path, mode));
    if (rc != SQLITE_OK)
        return db->errorFor(rc, QStringLiteral("Cannot open %1").arg(path));
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);

    // Reading the schema makes SQLite look at the file: "not a database" shows up here, before
    // any write.
    if (Result<qint64> probe = db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe) {
        Error e = probe.error();
        if (e.kind == Error::Kind::Corrupt)
            e.message = QStringLiteral("%1 is not a usable SQLite database: %2").arg(path, e.message);
        return e;
    }

    // SQLite quietly falls back to read-only when the file is not writable; say so instead of
    // failing later at the first write.
    const bool writable = mode == Mode::ReadWrite || mode == Mode::ReadWriteCreate;
    if (writable && sqlite3_db_readonly(raw, "main") == 1)
        return makeError(Error::Kind::Io, QStringLiteral("%1 is not writable").arg(path));

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
                             QStringLiteral("Cannot use write-ahead logging for %1 (SQLite kept journal mode \"%2\"); "
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

Error Database::errorFor(int rc, const QString &context) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    return makeError(kindFor(rc), QStringLiteral("%1: %2").arg(context, detail));
}

Result<void> Database::checkpoint(bool *complete)
{
    // PASSIVE: copies what it can without waiting for readers or blocking the next writer.
    int logFrames = 0, copiedFrames = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copiedFrames);
    if (rc != SQLITE_OK)
        return errorFor(rc, QStringLiteral("Cannot checkpoint %1").arg(m_path));
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
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return makeError(kindFor(rc), QStringLiteral("SQLite: %1 (in \"%2\")").arg(text, sql.left(200)));
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc, QStringLiteral("Cannot prepare \"%1\"").arg(sql));
    return Statement(stmt, true);
}

Result<Statement> Database::cached(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        sqlite3_stmt *stmt = nullptr;
        // PREPARE_PERSISTENT: tells SQLite the statement lives long, so it avoids lookaside memory.
        const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return errorFor(rc, QStringLiteral("Cannot prepare \"%1\"").arg(QString::fromUtf8(sql)));
        it = m_cache.emplace(sql, stmt).first;
    }
    return Statement(it->second, false);
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

bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

QString Database::lastErrorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

} // namespace debrief
