#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

// The file work of Collection::moveTo(): checking the chosen folder, copying the media and
// backup folders, and verifying the copies byte for byte before anything old is removed.
class CollectionMove {
    Q_DECLARE_TR_FUNCTIONS(CollectionMove)
public:
    // Refuses (InvalidInput, with a message for people) the folder the collection is in, a folder
    // inside it or around it, a file, and a folder that is not empty.
    static Result<void> checkTarget(const QString &currentDir, const QString &targetDir);
    // Copies the files under `from` to `to` (created), keeping the relative paths. A missing
    // `from` is an empty folder: nothing to copy.
    static Result<void> copyTree(const QString &from, const QString &to);
    // Whether `to` holds every file of `from` with the same bytes (SHA-1 compared).
    static Result<void> verifyTree(const QString &from, const QString &to);
};

} // namespace debrief
