#pragma once

#include "model/notetype.h"
#include "util/result.h"

#include <optional>
#include <vector>

namespace debrief {

class Database;

// The SQL of the notetypes and templates tables: a Notetype with its templates in and out. No
// transactions, no id choice; Collection does those and wraps a write of both tables in one.
class NotetypeRepository {
public:
    explicit NotetypeRepository(Database &db) : m_db(db) {}

    Result<void> insert(const Notetype &notetype);   // with its templates
    Result<bool> update(const Notetype &notetype);   // false: no notetype with that id
    Result<std::optional<Notetype>> find(NotetypeId id);
    Result<std::optional<NotetypeId>> idByName(const QString &name);   // the oldest of that name
    Result<std::vector<NotetypeId>> idsByName();

private:
    Result<void> writeTemplates(const Notetype &notetype);

    Database &m_db;
};

} // namespace debrief
