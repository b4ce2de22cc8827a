#include "storage/statement.h"

#include "storage/sqliteerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace debrief {

Statement::Statement(sqlite3_stmt *stmt, bool owned, const std::optional<Error> *stopReason)
    : m_stmt(stmt), m_owned(owned), m_stopReason(stopReason)
{
}

Statement::~Statement() { release(); }

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_owned(other.m_owned),
      m_bindError(std::move(other.m_bindError)), m_stopReason(other.m_stopReason)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_owned = other.m_owned;
        m_bindError = std::move(other.m_bindError);
        m_stopReason = other.m_stopReason;
    }
    return *this;
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_owned) {
        sqlite3_finalize(m_stmt);
    } else {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_stmt = nullptr;
}

void Statement::rememberBindError(int rc, int index)
{
    if (rc == SQLITE_OK || m_bindError)
        return;
    m_bindError = makeError(Error::Kind::Internal,
                            QCoreApplication::translate("Statement", "Cannot bind parameter %1 of \"%2\": %3")
                                .arg(index)
                                .arg(sql(), QString::fromUtf8(sqlite3_errstr(rc))));
}

Statement &Statement::bind(int index, qint64 value)
{
    rememberBindError(sqlite3_bind_int64(m_stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, int value)
{
    rememberBindError(sqlite3_bind_int64(m_stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    rememberBindError(sqlite3_bind_double(m_stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    // A null QString would bind as SQL NULL via a null pointer; our TEXT columns are NOT NULL, so
    // bind "" instead.
    rememberBindError(sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(),
                                        int(utf8.size()), SQLITE_TRANSIENT),
                      index);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    rememberBindError(sqlite3_bind_blob(m_stmt, index, value.isNull() ? "" : value.constData(),
                                        int(value.size()), SQLITE_TRANSIENT),
                      index);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    rememberBindError(sqlite3_bind_null(m_stmt, index), index);
    return *this;
}

static Error stepError(sqlite3_stmt *stmt, int rc)
{
    const Error::Kind kind = sqliteErrorKind(rc);
    sqlite3 *db = sqlite3_db_handle(stmt);
    return makeError(kind, QCoreApplication::translate("Statement", "SQLite: %1 (in \"%2\")")
                               .arg(QString::fromUtf8(sqlite3_errmsg(db)),
                                    QString::fromUtf8(sqlite3_sql(stmt))));
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return makeError(Error::Kind::Internal, QCoreApplication::translate("Statement", "Stepping an invalid statement"));
    if (m_bindError) {
        Error e = *m_bindError;
        m_bindError.reset();
        sqlite3_reset(m_stmt);
        return e;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        return false;
    }
    Error e = (rc & 0xff) == SQLITE_INTERRUPT && m_stopReason && *m_stopReason ? **m_stopReason : stepError(m_stmt, rc);
    sqlite3_reset(m_stmt);
    return e;
}

Result<void> Statement::run()
{
    for (;;) {
        Result<bool> r = step();
        if (!r)
            return r.error();
        if (!*r)
            return {};
    }
}

void Statement::reset(bool clearBindings)
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    if (clearBindings)
        sqlite3_clear_bindings(m_stmt);
    m_bindError.reset();
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

QString Statement::columnName(int col) const { return QString::fromUtf8(sqlite3_column_name(m_stmt, col)); }

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

qint64 Statement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }

int Statement::integer(int col) const { return sqlite3_column_int(m_stmt, col); }

double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, col));
}

int Statement::columnType(int col) const { return sqlite3_column_type(m_stmt, col); }

QString Statement::sql() const { return m_stmt ? QString::fromUtf8(sqlite3_sql(m_stmt)) : QString(); }

} // namespace debrief
