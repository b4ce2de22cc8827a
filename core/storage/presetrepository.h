#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace debrief {

class Database;

// The SQL of the presets table; the options travel as PresetCodec JSON, decoded by Collection.
class PresetRepository {
public:
    explicit PresetRepository(Database &db) : m_db(db) {}

    Result<std::optional<QByteArray>> configJson(PresetId id);   // nullopt: no such preset
    // Inserts or replaces preset `id`.
    Result<void> save(PresetId id, const QString &name, const QByteArray &configJson, qint64 modifiedSecs);

private:
    Database &m_db;
};

} // namespace debrief
