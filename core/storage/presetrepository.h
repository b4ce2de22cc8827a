#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace debrief {

class Database;

// A preset as the deck options dialog lists it.
struct PresetEntry {
    PresetId id = 0;
    QString name;
    int deckCount = 0;   // decks using it
};

// The SQL of the presets table; the options travel as PresetCodec JSON, decoded by Collection.
class PresetRepository {
public:
    explicit PresetRepository(Database &db) : m_db(db) {}

    Result<std::optional<QByteArray>> configJson(PresetId id);   // nullopt: no such preset
    // Inserts or replaces preset `id`.
    Result<void> save(PresetId id, const QString &name, const QByteArray &configJson, qint64 modifiedSecs);
    Result<std::vector<PresetEntry>> list();   // by name, Default (id 1) first
    // Deletes preset `id` after moving its decks to the Default; the caller refuses id 1.
    Result<void> remove(PresetId id);

private:
    Database &m_db;
};

} // namespace debrief
