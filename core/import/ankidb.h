#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace debrief {

// A foreign Anki SQLite file (a package's collection member, or one we are writing for export).
// Not our collection, so it lives here rather than in core/storage; the `unicase` collation that
// Anki's V15+ schema requires is registered on open (import-formats.md §2.1).
class AnkiDb {
public:
    ~AnkiDb();
    AnkiDb(const AnkiDb &) = delete;
    AnkiDb &operator=(const AnkiDb &) = delete;

    // readOnly opens with SQLITE_OPEN_READONLY; the file's folder must still be writable
    // because WAL-mode files (V18 exports) need -wal/-shm files.
    static Result<std::unique_ptr<AnkiDb>> open(const QString &path, bool readOnly);

    Result<void> exec(const QString &sql);
    bool hasTable(const QString &name);
    bool hasColumn(const QString &table, const QString &column);
    QString lastError() const;

    // One prepared statement; check ok() after construction, then bind/step.
    class Query {
    public:
        Query(AnkiDb &db, const QString &sql);
        ~Query();
        Query(const Query &) = delete;
        Query &operator=(const Query &) = delete;

        bool ok() const { return m_stmt != nullptr && !m_failed; }
        QString error() const { return m_error; }
        void bind(int index, qint64 value);          // 1-based, as SQLite
        void bind(int index, const QString &value);
        void bindBlob(int index, const QByteArray &value);
        bool step();                                 // true while a row is available
        Result<void> run();                          // step to completion (INSERT/UPDATE)
        void reset();
        qint64 i64(int col) const;
        double real(int col) const;
        QString text(int col) const;   // invalid UTF-8 becomes U+FFFD
        QByteArray blob(int col) const;
        bool isNull(int col) const;
        bool textIsValidUtf8(int col) const;

    private:
        AnkiDb &m_db;
        sqlite3_stmt *m_stmt = nullptr;
        bool m_failed = false;
        QString m_error;
    };

private:
    explicit AnkiDb(sqlite3 *db) : m_db(db) {}
    sqlite3 *m_db = nullptr;
};

} // namespace debrief
