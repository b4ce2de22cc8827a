#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct zip;

namespace debrief {

// Read-only view of a zip archive (libzip) that treats the archive as hostile: it refuses
// archives whose declared sizes or compression ratios look like a zip bomb, and enforces the
// same limits again while streaming, because declared sizes can lie. One budget of decompressed
// bytes covers the whole archive, counted after every layer of compression (zip and, for Anki's
// latest packages, zstd inside it), and so does the ratio check. Members are only ever streamed
// into a sink; nothing here writes to the file system.
class ZipReader {
public:
    struct Limits {
        qint64 maxTotalBytes = qint64(2) * 1024 * 1024 * 1024;   // all members, fully decompressed
        qint64 ratioCheckFromBytes = 1024 * 1024;                // ratio only matters for big members
        double maxRatio = 200.0;                                  // uncompressed : compressed
        int maxEntries = 200000;
    };
    struct Entry {
        QString name;
        qint64 size = 0;             // declared uncompressed size
        qint64 compressedSize = 0;
        bool safeName = true;        // false for "../x", "/abs", "a/b", "C:x", backslashes, bad UTF-8
    };
    // Receives each decompressed chunk; an error it returns stops reading and is passed on.
    using Sink = std::function<Result<void>(const char *data, qint64 size)>;
    // How a member's bytes are stored inside the zip entry.
    enum class Content {
        Plain,   // as is
        Zstd,    // one zstd frame (Anki's collection.anki21b and its media)
    };

    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // Error kinds: NotFound (no file), Corrupt (not a zip / truncated), Unsafe (bomb limits).
    static Result<std::unique_ptr<ZipReader>> open(const QString &path, Limits limits);
    static Result<std::unique_ptr<ZipReader>> open(const QString &path) { return open(path, Limits()); }

    const std::vector<Entry> &entries() const { return m_entries; }
    std::optional<int> indexOf(const QString &name) const;

    // Streams member `index`, decoded as `content` says, into `sink` in chunks: at most
    // `maxBytes` decoded bytes, never more than the zip entry declared, never past the
    // archive's total budget, and never more than Limits::maxRatio times its compressed size.
    Result<void> read(int index, const Sink &sink, qint64 maxBytes, Content content = Content::Plain);
    // Convenience for small members (media maps, meta).
    Result<QByteArray> readAll(int index, qint64 maxBytes, Content content = Content::Plain);
    // Decoded bytes handed out so far, for all members together.
    qint64 bytesRead() const { return m_bytesRead; }

    static bool isSafeMemberName(const QString &name);

private:
    ZipReader(zip *archive, QString path, Limits limits);
    Result<void> readEntry(int index, const Sink &sink, qint64 maxBytes, bool countBudget);
    Result<void> charge(const Entry &e, qint64 memberOut, qint64 n);

    zip *m_zip = nullptr;
    QString m_path;
    Limits m_limits;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_index;   // name -> first entry of that name; a scan per lookup was quadratic
    qint64 m_bytesRead = 0;
};

} // namespace debrief
