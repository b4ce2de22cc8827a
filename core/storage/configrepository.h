#pragma once

#include "util/result.h"

#include <QString>

namespace debrief {

class Database;

// The SQL of the collection-wide key/value config table ("learner_name", "target_date", ...).
class ConfigRepository {
public:
    explicit ConfigRepository(Database &db) : m_db(db) {}

    Result<QString> value(const QString &key);   // empty when unset
    // An empty value deletes the row: unset is no row, so readers that treat a missing key as
    // "not given" see the same thing.
    Result<void> setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace debrief
