#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace debrief {

class Collection;

// Scratch space for one import inside the collection's own data dir
// (<data dir>/tmp/import-XXXXXX), so an import writes nothing outside it. The folder goes when
// this object dies; Collection::open removes what a killed import left behind.
class ImportTemp {
public:
    explicit ImportTemp(const Collection &collection);
    ~ImportTemp();
    ImportTemp(const ImportTemp &) = delete;
    ImportTemp &operator=(const ImportTemp &) = delete;

    // The folder, created on first use.
    Result<QString> path();

    // Opens a foreign SQLite file through Database::openForeign. The user's file is read in
    // place, immutable; when a -wal lies beside it (its program is running, or crashed) the file
    // and its log are first copied in here, so SQLite replays the log without creating anything
    // beside the user's file.
    Result<std::unique_ptr<Database>> openForeign(const QString &file, const Database::ForeignLimits &limits);

private:
    QString m_root;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_copies = 0;
};

} // namespace debrief
