#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace debrief {

// One prepared SQLite statement: bind, step, read columns. An owning Statement finalizes on
// destruction; a borrowed one (from Database::cached) only resets and clears its bindings, so a
// cached statement never keeps a read snapshot open after the function using it returns.
// Parameters are 1-based, columns 0-based, as in the SQLite C API.
class Statement {
public:
    Statement() = default;
    // `stopReason`, when given, is the owning Database's reason for interrupting a statement
    // (deadline, memory, cancel), returned by step() instead of SQLite's bare "interrupted".
    Statement(sqlite3_stmt *stmt, bool owned, const std::optional<Error> *stopReason = nullptr);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Binding errors are remembered and returned by the next step()/run(), so call sites can
    // chain binds without checking each one.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value);
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value);   // as a BLOB
    Statement &bindNull(int index);

    // true: a row is available; false: done (the statement is then reset for reuse).
    Result<bool> step();
    // Steps until done; for INSERT/UPDATE/DELETE.
    Result<void> run();
    // Resets to run again; bindings are kept unless `clearBindings`.
    void reset(bool clearBindings = false);

    int columnCount() const;
    QString columnName(int col) const;
    bool isNull(int col) const;
    qint64 int64(int col) const;
    int integer(int col) const;
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL (1..5).
    int columnType(int col) const;

    QString sql() const;

private:
    void release();
    void rememberBindError(int rc, int index);

    sqlite3_stmt *m_stmt = nullptr;
    bool m_owned = true;
    std::optional<Error> m_bindError;
    const std::optional<Error> *m_stopReason = nullptr;
};

} // namespace debrief
