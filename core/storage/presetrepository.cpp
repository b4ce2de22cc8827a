#include "storage/presetrepository.h"

#include "storage/database.h"

namespace debrief {

Result<std::optional<QByteArray>> PresetRepository::configJson(PresetId id)
{
    Result<Statement> s = m_db.cached("SELECT config FROM presets WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    return s->firstRow([](const Statement &row) { return row.text(0).toUtf8(); });
}

Result<void> PresetRepository::save(PresetId id, const QString &name, const QByteArray &configJson, qint64 modifiedSecs)
{
    Result<Statement> s = m_db.cached(
        "INSERT INTO presets (id, name, config, mod) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, config = excluded.config, mod = excluded.mod");
    if (!s)
        return s.error();
    s->bind(1, id).bind(2, name).bind(3, QString::fromUtf8(configJson)).bind(4, modifiedSecs);
    return s->run();
}

} // namespace debrief
