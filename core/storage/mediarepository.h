#pragma once

#include "util/result.h"

#include <QString>

namespace debrief {

class Database;

// The SQL of the media table: the index of the files in the media folder (name, SHA-1, size,
// modification time). The files themselves are MediaStore's.
class MediaRepository {
public:
    explicit MediaRepository(Database &db) : m_db(db) {}

    // Adds `name` or, when it is indexed already, replaces what is known of it.
    Result<void> upsert(const QString &name, const QString &sha1Hex, qint64 size, qint64 modifiedSecs);

private:
    Database &m_db;
};

} // namespace debrief
