#include "storage/configrepository.h"

#include "storage/database.h"

namespace debrief {

Result<QString> ConfigRepository::value(const QString &key)
{
    Result<Statement> s = m_db.cached("SELECT value FROM config WHERE key = ?");
    if (!s)
        return s.error();
    s->bind(1, key);
    Result<std::optional<QString>> v = s->firstRow([](const Statement &row) { return row.text(0); });
    if (!v)
        return v.error();
    return v->value_or(QString());
}

Result<void> ConfigRepository::setValue(const QString &key, const QString &value)
{
    Result<Statement> s = value.isEmpty() ? m_db.cached("DELETE FROM config WHERE key = ?")
                                          : m_db.cached("INSERT OR REPLACE INTO config (key, value) VALUES (?, ?)");
    if (!s)
        return s.error();
    s->bind(1, key);
    if (!value.isEmpty())
        s->bind(2, value);
    return s->run();
}

} // namespace debrief
