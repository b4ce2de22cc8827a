#include "import/ankidb.h"

namespace debrief {

Result<std::unique_ptr<AnkiDb>> AnkiDb::open(const QString &path, bool readOnly)
{
    Result<std::unique_ptr<Database>> db = readOnly ? Database::openForeign(path, Database::ForeignLimits())
                                                    : Database::open(path, Database::Mode::ReadWriteCreate);
    if (!db)
        return db.error();
    if (!readOnly) {
        // An Anki file, not our collection: SQLite's defaults (rollback journal, no foreign
        // keys) as Anki writes its legacy files, not Database's WAL settings.
        if (Result<void> ok = (*db)->exec(QStringLiteral("PRAGMA journal_mode=DELETE; PRAGMA foreign_keys=OFF")); !ok)
            return ok.error();
        (*db)->addUnicaseCollation();
    }
    return std::unique_ptr<AnkiDb>(new AnkiDb(std::move(*db)));
}

Result<void> AnkiDb::exec(const QString &sql) { return m_db->exec(sql); }

bool AnkiDb::hasTable(const QString &name)
{
    Result<bool> has = m_db->hasPlainTable(name);
    return has && *has;
}

bool AnkiDb::hasColumn(const QString &table, const QString &column)
{
    Result<bool> has = m_db->hasColumn(table, column);
    return has && *has;
}

QString AnkiDb::lastError() const { return m_db->lastErrorMessage(); }

AnkiDb::Query::Query(AnkiDb &db, const QString &sql)
{
    Result<Statement> stmt = db.m_db->prepare(sql);
    if (stmt) {
        m_stmt = std::move(*stmt);
    } else {
        m_failed = true;
        m_error = stmt.error().message;
    }
}

void AnkiDb::Query::bind(int index, qint64 value)
{
    if (m_stmt.isValid())
        m_stmt.bind(index, value);
}

void AnkiDb::Query::bind(int index, const QString &value)
{
    if (m_stmt.isValid())
        m_stmt.bind(index, value);
}

void AnkiDb::Query::bindBlob(int index, const QByteArray &value)
{
    if (m_stmt.isValid())
        m_stmt.bind(index, value);
}

bool AnkiDb::Query::step()
{
    if (!ok())
        return false;
    Result<bool> row = m_stmt.step();
    if (!row) {
        m_failed = true;
        m_error = row.error().message;
        return false;
    }
    return *row;
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

void AnkiDb::Query::reset() { m_stmt.reset(true); }

bool AnkiDb::Query::textIsValidUtf8(int col) const
{
    const QByteArray raw = m_stmt.blob(col);
    return QString::fromUtf8(raw).toUtf8() == raw;
}

} // namespace debrief
