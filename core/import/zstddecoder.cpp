#include "import/zstddecoder.h"

#include <QCoreApplication>

#include <zstd.h>

namespace debrief {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("ZstdDecoder", s); }
}

ZstdDecoder::ZstdDecoder(Sink sink, qint64 maxOutput)
    : m_ctx(ZSTD_createDCtx()), m_sink(std::move(sink)), m_max(maxOutput),
      m_buf(int(ZSTD_DStreamOutSize()), Qt::Uninitialized)
{
}

ZstdDecoder::~ZstdDecoder()
{
    ZSTD_freeDCtx(m_ctx);
}

bool ZstdDecoder::hasMagic(const QByteArray &head)
{
    return head.size() >= 4 && quint8(head[0]) == 0x28 && quint8(head[1]) == 0xB5 && quint8(head[2]) == 0x2F
        && quint8(head[3]) == 0xFD;
}

Result<void> ZstdDecoder::feed(const char *data, qint64 size)
{
    if (!m_ctx)
        return makeError(Error::Kind::Internal, tr("Out of memory"));
    if (size <= 0)
        return {};
    m_sawInput = true;
    ZSTD_inBuffer in{data, size_t(size), 0};
    // Loop until all input is consumed and the last output buffer was not full (a full one
    // means the context may still hold decoded bytes).
    bool full = false;
    while (in.pos < in.size || full) {
        ZSTD_outBuffer out{m_buf.data(), size_t(m_buf.size()), 0};
        const size_t ret = ZSTD_decompressStream(m_ctx, &out, &in);
        if (ZSTD_isError(ret))
            return makeError(Error::Kind::Corrupt,
                             tr("Damaged zstd data: %1").arg(QString::fromUtf8(ZSTD_getErrorName(ret))));
        m_lastRet = ret;
        // ret == 0: the frame is complete and flushed. Calling again without input would start
        // waiting for a next frame and return a non-zero size hint, hiding the completion.
        full = out.pos == out.size && ret != 0;
        if (out.pos > 0) {
            m_out += qint64(out.pos);
            if (m_out > m_max)
                return makeError(Error::Kind::Unsafe, tr("Compressed data unpacks to more than %1 MiB").arg(m_max >> 20));
            auto ok = m_sink(m_buf.constData(), qint64(out.pos));
            if (!ok)
                return ok;
        }
    }
    return {};
}

Result<void> ZstdDecoder::finish()
{
    // ZSTD_decompressStream returns 0 exactly when a frame is complete and fully flushed.
    if (!m_sawInput || m_lastRet != 0)
        return makeError(Error::Kind::Corrupt, tr("Truncated zstd data"));
    return {};
}

Result<QByteArray> ZstdDecoder::decompress(const QByteArray &in, qint64 maxOutput)
{
    QByteArray out;
    ZstdDecoder d([&](const char *p, qint64 n) -> Result<void> {
        out.append(p, int(n));
        return {};
    }, maxOutput);
    auto ok = d.feed(in.constData(), in.size());
    if (!ok)
        return ok.error();
    ok = d.finish();
    if (!ok)
        return ok.error();
    return out;
}

} // namespace debrief
