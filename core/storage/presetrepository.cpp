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

Result<std::vector<PresetEntry>> PresetRepository::list()
{
    Result<Statement> s = m_db.cached(
        "SELECT p.id, p.name, (SELECT COUNT(*) FROM decks WHERE preset_id = p.id) FROM presets p "
        "ORDER BY p.id != 1, p.name COLLATE NOCASE, p.id");
    if (!s)
        return s.error();
    std::vector<PresetEntry> out;
    if (Result<void> r = s->forEachRow([&out](const Statement &row) {
            out.push_back(PresetEntry{row.int64(0), row.text(1), int(row.int64(2))});
        });
        !r)
        return r.error();
    return out;
}

Result<void> PresetRepository::remove(PresetId id)
{
    for (const char *sql : {"UPDATE decks SET preset_id = 1 WHERE preset_id = ?", "DELETE FROM presets WHERE id = ?"}) {
        Result<Statement> s = m_db.cached(sql);
        if (!s)
            return s.error();
        s->bind(1, id);
        if (Result<void> r = s->run(); !r)
            return r;
    }
    return {};
}

} // namespace debrief
