#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace debrief {

// The old AnkiDb API, kept as a thin adapter over Database/Statement for the .apkg exporter until
// it moves its SQL into core/storage; then delete this file. Importers use Database directly
// (Database::openForeign for files they read). No SQLite here: only core/storage includes it.
class AnkiDb {
public:
    // readOnly: Database::openForeign (immutable, hardened); else read-write, created when absent,
    // with Anki's `unicase` collation.
    static Result<std::unique_ptr<AnkiDb>> open(const QString &path, bool readOnly);

    Result<void> exec(const QString &sql);
    bool hasTable(const QString &name);
    bool hasColumn(const QString &table, const QString &column);
    QString lastError() const;
    Database &database() { return *m_db; }

    // One prepared statement; check ok() after construction, then bind/step.
    class Query {
    public:
        Query(AnkiDb &db, const QString &sql);

        bool ok() const { return m_stmt.isValid() && !m_failed; }
        QString error() const { return m_error; }
        void bind(int index, qint64 value);          // 1-based, as SQLite
        void bind(int index, const QString &value);
        void bindBlob(int index, const QByteArray &value);
        bool step();                                 // true while a row is available
        Result<void> run();                          // step to completion (INSERT/UPDATE)
        void reset();
        qint64 i64(int col) const { return m_stmt.int64(col); }
        double real(int col) const { return m_stmt.real(col); }
        QString text(int col) const { return m_stmt.text(col); }   // invalid UTF-8 becomes U+FFFD
        QByteArray blob(int col) const { return m_stmt.blob(col); }
        bool isNull(int col) const { return m_stmt.isNull(col); }
        bool textIsValidUtf8(int col) const;

    private:
        Statement m_stmt;
        bool m_failed = false;
        QString m_error;
    };

private:
    explicit AnkiDb(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
    std::unique_ptr<Database> m_db;
};

} // namespace debrief
