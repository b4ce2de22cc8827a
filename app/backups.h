#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace debrief {

class Collection;

// The collection's backup folder, <collection dir>/backups, where the import dispatcher, deck
// deletion, a restore and the automatic backup on close write collection-<UTC time>.sqlite.
class Backups {
public:
    struct Entry {
        QString path;
        QDateTime created;   // from the file's time, local
        qint64 bytes = 0;
    };

    static QString folder(const Collection &collection);
    // A consistent copy of the collection now; `why` ("before-delete") ends the file name.
    static Result<QString> take(Collection &collection, const QString &why = QString());
    // Every collection-*.sqlite in the folder, newest first.
    static std::vector<Entry> list(const Collection &collection);

    // Automatic backups, remembered in QSettings: every `intervalHours` (0 = never) when the
    // window closes, keeping the newest `keepCount` files of the folder.
    static int intervalHours();
    static int keepCount();
    static void setAutomatic(int intervalHours, int keepCount);
    // Takes one when the newest backup is older than the interval, then prunes; nullopt when
    // none was due.
    static Result<std::optional<QString>> takeIfDue(Collection &collection, const QDateTime &now);
};

} // namespace debrief
