#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;
class QTemporaryDir;

namespace debrief {

class Collection;

// Collects media for one import without touching the collection's media folder until the
// database transaction has committed. Files are written to a hidden staging folder *inside*
// the media folder (same file system, so commit() is a cheap rename) and moved in by commit();
// the destructor (or discard()) deletes whatever was not committed. Use:
//     MediaStager media(collection);
//     auto name = media.stage("a.jpg", bytes);   // the name to write into note fields
//     ... Collection::Transaction tx(collection); ... tx.commit();
//     media.commit();
// Name clashes follow Anki (import-formats.md §1.3): same name and same bytes as a local file or
// an earlier staged file → that name, no copy; different bytes → "<stem>-<sha1hex>.<ext>".
class MediaStager {
public:
    explicit MediaStager(Collection &collection);
    ~MediaStager();
    MediaStager(const MediaStager &) = delete;
    MediaStager &operator=(const MediaStager &) = delete;

    // Largest single media file accepted (Error::Kind::Unsafe beyond it).
    static constexpr qint64 kMaxFileBytes = qint64(512) * 1024 * 1024;

    // A plain file name: not empty, valid UTF-8 round trip, no '/', '\\', NUL or control
    // characters, not "." or "..", no drive letters, at most 255 UTF-8 bytes.
    static bool isSafeName(const QString &name);
    // The deterministic name a file called `name` is stored under: Unicode NFC (so two spellings
    // of one name cannot silently overwrite each other), without bidirectional-override
    // characters (which make "gpj.exe" look like "exe.jpg"), and cut to 255 UTF-8 bytes keeping
    // the extension. Still check isSafeName() on the result: it does not fix "../x".
    static QString safeName(const QString &name);
    static constexpr int kMaxNameBytes = 255;   // what ext4, NTFS and APFS allow

    // Stages `bytes` (or everything readable from `in`, streamed, at most `maxBytes`) under
    // safeName(`name`). Returns the final name the file will have in the media folder; when it
    // differs from `name` the caller rewrites the notes' references.
    Result<QString> stage(const QString &name, const QByteArray &bytes);
    Result<QString> stage(const QString &name, QIODevice &in, qint64 maxBytes = kMaxFileBytes);

    // Moves every staged file into the media folder. Call only after the DB commit.
    Result<void> commit();
    // Drops everything staged so far (also done by the destructor).
    void discard();

    int stagedCount() const { return int(m_staged.size()); }

private:
    struct Staged {
        QString tempPath;
        QString finalName;
    };
    Result<void> ensureStagingDir();
    Result<QString> place(const QString &name, const QString &tempPath, const QByteArray &sha1);

    Collection &m_collection;
    QString m_mediaDir;
    std::unique_ptr<QTemporaryDir> m_stagingDir;
    std::vector<Staged> m_staged;
    QHash<QString, QByteArray> m_stagedSha1;   // final name -> sha1 of what was staged under it
    int m_counter = 0;
};

} // namespace debrief
