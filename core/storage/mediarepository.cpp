#include "storage/mediarepository.h"

#include "storage/database.h"

namespace debrief {

Result<void> MediaRepository::upsert(const QString &name, const QString &sha1Hex, qint64 size, qint64 modifiedSecs)
{
    Result<Statement> s = m_db.cached(
        "INSERT INTO media (name, sha1, size, mod) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET sha1 = excluded.sha1, size = excluded.size, mod = excluded.mod");
    if (!s)
        return s.error();
    s->bind(1, name).bind(2, sha1Hex).bind(3, size).bind(4, modifiedSecs);
    return s->run();
}

} // namespace debrief
