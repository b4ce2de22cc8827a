#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace debrief {

// A file MediaStore holds: the name actually used and its content's SHA-1 (hex).
struct StoredMedia {
    QString name;
    QString sha1Hex;
};

// The files of a collection's media folder (no database: the index is MediaRepository's).
// Names are plain file names; a name already taken by different bytes gets the SHA-1 appended,
// so a file once referenced by a card never changes under it.
class MediaStore {
public:
    explicit MediaStore(QString dir) : m_dir(std::move(dir)) {}

    // Writes `bytes` as `name` unless that very content is there already (under `name` or its
    // "<stem>-<sha1>.<ext>" variant). Refuses (Unsafe) a name that could leave the folder.
    Result<StoredMedia> add(const QString &name, const QByteArray &bytes) const;

    static bool isPlainFileName(const QString &name);

private:
    QString m_dir;
};

} // namespace debrief
