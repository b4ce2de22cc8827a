#pragma once

#include "util/result.h"

#include <QByteArray>

#include <functional>

struct ZSTD_DCtx_s;

namespace debrief {

// Streaming zstd decompression (ZSTD_decompressStream), for Anki's latest packages whose
// frames come from a streaming encoder and so carry no content size. Feed compressed chunks;
// decompressed chunks go to the sink; the output is capped at `maxOutput` bytes (Unsafe).
class ZstdDecoder {
public:
    using Sink = std::function<Result<void>(const char *data, qint64 size)>;

    ZstdDecoder(Sink sink, qint64 maxOutput);
    ~ZstdDecoder();
    ZstdDecoder(const ZstdDecoder &) = delete;
    ZstdDecoder &operator=(const ZstdDecoder &) = delete;

    Result<void> feed(const char *data, qint64 size);
    // Fails with Corrupt when the input stopped in the middle of a frame.
    Result<void> finish();
    qint64 outputBytes() const { return m_out; }

    static bool hasMagic(const QByteArray &head);   // 28 B5 2F FD
    // One-shot helper for small members (media maps).
    static Result<QByteArray> decompress(const QByteArray &in, qint64 maxOutput);

private:
    ZSTD_DCtx_s *m_ctx = nullptr;
    Sink m_sink;
    qint64 m_max;
    qint64 m_out = 0;
    size_t m_lastRet = 0;
    bool m_sawInput = false;
    QByteArray m_buf;
};

} // namespace debrief
