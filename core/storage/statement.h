#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

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
    // The one prepare/bind/step loop: calls `f(*this)` for every row and stops at the first
    // error. The statement is reset when done, so a cached one is ready for the next call.
    // When `f` returns bool, false stops early (the statement is reset then too).
    // `f` may return Result<void>: its first error stops the loop and is returned as it is.
    template <typename F>
    Result<void> forEachRow(F &&f)
    {
        using Returned = decltype(f(std::declval<const Statement &>()));
        for (;;) {
            Result<bool> row = step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            if constexpr (std::is_same_v<Returned, bool>) {
                if (!f(static_cast<const Statement &>(*this))) {
                    reset();
                    return {};
                }
            } else if constexpr (std::is_same_v<Returned, Result<void>>) {
                if (Result<void> r = f(static_cast<const Statement &>(*this)); !r) {
                    reset();
                    return r;
                }
            } else {
                f(static_cast<const Statement &>(*this));
            }
        }
    }
    // The first row read by `f(*this)`, or nullopt when there is none.
    template <typename F>
    auto firstRow(F &&f) -> Result<std::optional<std::decay_t<decltype(f(std::declval<const Statement &>()))>>>
    {
        using T = std::decay_t<decltype(f(std::declval<const Statement &>()))>;
        Result<bool> row = step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<T>();
        std::optional<T> value(f(static_cast<const Statement &>(*this)));
        reset();
        return value;
    }

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
