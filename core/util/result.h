#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace debrief {

// What went wrong, for a person: `message` says what and where; `kind` is for code and tests.
struct Error {
    enum class Kind {
        Io,            // file missing, unreadable, unwritable, disk full
        NotFound,      // an id or name that does not exist
        InvalidInput,  // bad arguments, malformed rows, unknown values
        Corrupt,       // a file that is not what it claims or is damaged
        TooNew,        // a schema or format version newer than we understand
        TooOld,        // a format version we no longer read
        Locked,        // another process has the collection open for writing
        Unsafe,        // hostile input: path traversal, zip bombs, oversized fields
        Cancelled,     // the user cancelled; nothing was changed
        Internal,      // a bug or an SQLite error we did not expect
        UnknownFormat, // a file that is not in a format we read (or not what its name claims)
        BadEncoding,   // text that does not decode (invalid UTF-8 and the like)
        MissingField,  // a row or item without a value it must have (a note without a GUID)
        Duplicate,     // an id or GUID used twice where it must be unique
    };
    Kind kind = Kind::Internal;
    QString message;
};

// A value or an Error. Calls that can fail return this instead of throwing across layers.
// [[nodiscard]]: an ignored Result is an ignored failure; `(void)` says it is on purpose.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_v); }
    const T &value() const & { return std::get<T>(m_v); }
    // On a temporary, hand the value out by value: `for (auto &x : *f())` then iterates a
    // lifetime-extended copy instead of a reference into a destroyed Result.
    T value() && { return std::get<T>(std::move(m_v)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Kind kind, QString message) { return Error{kind, std::move(message)}; }

} // namespace debrief
