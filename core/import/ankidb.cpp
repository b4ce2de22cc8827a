#include "import/ankidb.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace debrief {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("AnkiDb", s); }

// Anki compares these names with Unicode case folding; QString::compare with
// Qt::CaseInsensitive folds case per code point, which is close enough for reading.
int unicaseCompare(void *, int lenA, const void *a, int lenB, const void *b)
{
    const QString sa = QString::fromUtf8(static_cast<const char *>(a), lenA);
    const QString sb = QString::fromUtf8(static_cast<const char *>(b), lenB);
    return sa.compare(sb, Qt::CaseInsensitive);
}

} // namespace

AnkiDb::~AnkiDb()
{
    // _v2 so that an unfinalised statement (a bug) does not keep the file open forever.
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<AnkiDb>> AnkiDb::open(const QString &path, bool readOnly)
{
    sqlite3 *db = nullptr;
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close_v2(db);
        return makeError(Error::Kind::Corrupt, tr("Cannot open %1: %2").arg(path, msg));
    }
    std::unique_ptr<AnkiDb> out(new AnkiDb(db));
    sqlite3_create_collation_v2(db, "unicase", SQLITE_UTF8, nullptr, &unicaseCompare, nullptr);
    // Guard against pathological files: no runaway memory in one statement.
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    // Touch the schema now so a non-database file fails here, not at the first query.
    if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError(Error::Kind::Corrupt, tr("%1 is not a valid SQLite database: %2")
                                                   .arg(path, QString::fromUtf8(sqlite3_errmsg(db))));
    return out;
}

Result<void> AnkiDb::exec(const QString &sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "");
        sqlite3_free(err);
        return makeError(Error::Kind::Corrupt, msg);
    }
    return {};
}

bool AnkiDb::hasTable(const QString &name)
{
    Query q(*this, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"));
    q.bind(1, name);
    return q.ok() && q.step();
}

bool AnkiDb::hasColumn(const QString &table, const QString &column)
{
    Query q(*this, QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name=?"));
    q.bind(1, table);
    q.bind(2, column);
    return q.ok() && q.step();
}

QString AnkiDb::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

AnkiDb::Query::Query(AnkiDb &db, const QString &sql)
    : m_db(db)
{
    const QByteArray s = sql.toUtf8();
    if (sqlite3_prepare_v2(db.m_db, s.constData(), s.size(), &m_stmt, nullptr) != SQLITE_OK) {
        m_failed = true;
        m_error = db.lastError();
    }
}

AnkiDb::Query::~Query()
{
    sqlite3_finalize(m_stmt);
}

void AnkiDb::Query::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
}

void AnkiDb::Query::bind(int index, const QString &value)
{
    if (m_stmt) {
        const QByteArray u = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, u.constData(), u.size(), SQLITE_TRANSIENT);
    }
}

void AnkiDb::Query::bindBlob(int index, const QByteArray &value)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, value.constData(), value.size(), SQLITE_TRANSIENT);
}

bool AnkiDb::Query::step()
{
    if (!m_stmt || m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_error = m_db.lastError();
    }
    return false;
}

Result<void> AnkiDb::Query::run()
{
    while (step()) {
    }
    if (!ok())
        return makeError(Error::Kind::Corrupt, m_error);
    reset();
    return {};
}

void AnkiDb::Query::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

qint64 AnkiDb::Query::i64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double AnkiDb::Query::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString AnkiDb::Query::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray AnkiDb::Query::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, col));
}

bool AnkiDb::Query::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

bool AnkiDb::Query::textIsValidUtf8(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    const QByteArray raw = QByteArray::fromRawData(p, sqlite3_column_bytes(m_stmt, col));
    return QString::fromUtf8(raw).toUtf8() == raw;
}

} // namespace debrief
