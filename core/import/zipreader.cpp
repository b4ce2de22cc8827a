#include "import/zipreader.h"

#include "import/zstddecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <zip.h>

namespace debrief {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("ZipReader", s); }
}

ZipReader::ZipReader(zip *archive, QString path, Limits limits)
    : m_zip(archive), m_path(std::move(path)), m_limits(limits)
{
}

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipReader::isSafeMemberName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QChar(QChar::ReplacementCharacter)))
        return false;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':'))
        return false;
    // Anki packages are flat: any folder component is suspicious.
    if (name.contains(QLatin1Char('/')))
        return false;
    return name != QLatin1String(".") && name != QLatin1String("..");
}

Result<std::unique_ptr<ZipReader>> ZipReader::open(const QString &path, Limits limits)
{
    if (!QFile::exists(path))
        return makeError(Error::Kind::NotFound, tr("File not found: %1").arg(path));
    int err = 0;
    zip *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!z) {
        if (err == ZIP_ER_OPEN || err == ZIP_ER_READ || err == ZIP_ER_MEMORY)
            return makeError(Error::Kind::Io, tr("Cannot read %1").arg(path));
        return makeError(Error::Kind::Corrupt, tr("%1 is not a valid zip archive").arg(path));
    }
    std::unique_ptr<ZipReader> r(new ZipReader(z, path, limits));
    const zip_int64_t n = zip_get_num_entries(z, 0);
    if (n < 0 || n > limits.maxEntries)
        return makeError(Error::Kind::Unsafe, tr("%1 has too many members").arg(path));
    qint64 total = 0;
    r->m_entries.reserve(size_t(n));
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z, zip_uint64_t(i), 0, &st) != 0)
            return makeError(Error::Kind::Corrupt, tr("%1: cannot read member %2").arg(path).arg(i));
        Entry e;
        // Raw bytes: libzip guesses CP437 for names without the UTF-8 flag; Anki always writes UTF-8.
        const char *raw = zip_get_name(z, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        const QByteArray rawName = raw ? QByteArray(raw) : QByteArray();
        e.name = QString::fromUtf8(rawName);
        e.size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
        e.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
        e.safeName = isSafeMemberName(e.name) && e.name.toUtf8() == rawName;
        if (e.size < 0 || e.compressedSize < 0)
            return makeError(Error::Kind::Corrupt, tr("%1: bad sizes in member %2").arg(path, e.name));
        total += e.size;
        if (total > limits.maxTotalBytes)
            return makeError(Error::Kind::Unsafe,
                             tr("%1 would unpack to more than %2 MiB").arg(path).arg(limits.maxTotalBytes >> 20));
        if (e.size > limits.ratioCheckFromBytes
            && double(e.size) > limits.maxRatio * double(qMax<qint64>(e.compressedSize, 1)))
            return makeError(Error::Kind::Unsafe,
                             tr("%1: member %2 is compressed suspiciously well (zip bomb?)").arg(path, e.name));
        if (!r->m_index.contains(e.name))
            r->m_index.insert(e.name, int(i));
        r->m_entries.push_back(std::move(e));
    }
    return r;
}

std::optional<int> ZipReader::indexOf(const QString &name) const
{
    const auto it = m_index.constFind(name);
    if (it == m_index.constEnd())
        return std::nullopt;
    return *it;
}

Result<void> ZipReader::charge(const Entry &e, qint64 memberOut, qint64 n)
{
    m_bytesRead += n;
    if (m_bytesRead > m_limits.maxTotalBytes)
        return makeError(Error::Kind::Unsafe, tr("%1: the package unpacks to more than %2 MiB (member %3; decompression bomb?)")
                                                  .arg(m_path).arg(m_limits.maxTotalBytes >> 20).arg(e.name));
    if (memberOut > m_limits.ratioCheckFromBytes
        && double(memberOut) > m_limits.maxRatio * double(qMax<qint64>(e.compressedSize, 1)))
        return makeError(Error::Kind::Unsafe,
                         tr("%1: member %2 is compressed suspiciously well (decompression bomb?)").arg(m_path, e.name));
    return {};
}

Result<void> ZipReader::read(int index, const Sink &sink, qint64 maxBytes, Content content)
{
    if (content == Content::Plain)
        return readEntry(index, sink, maxBytes, true);
    if (index < 0 || size_t(index) >= m_entries.size())
        return makeError(Error::Kind::NotFound, tr("%1: no such member").arg(m_path));
    const Entry &e = m_entries[size_t(index)];
    // The zstd output is what counts against the budget and the ratio; the zip layer's output
    // (the zstd input) is bounded by the declared size, already checked by open().
    qint64 out = 0;
    ZstdDecoder dec([&](const char *d, qint64 n) -> Result<void> {
        out += n;
        if (auto ok = charge(e, out, n); !ok)
            return ok;
        return sink(d, n);
    }, maxBytes);
    auto ok = readEntry(index, [&](const char *d, qint64 n) { return dec.feed(d, n); }, e.size, false);
    if (!ok) {
        Error err = ok.error();
        if ((err.kind == Error::Kind::Unsafe || err.kind == Error::Kind::Corrupt) && !err.message.startsWith(m_path))
            err.message = tr("%1: member %2: %3").arg(m_path, e.name, err.message);
        return err;
    }
    if (auto done = dec.finish(); !done)
        return makeError(done.error().kind, tr("%1: member %2: %3").arg(m_path, e.name, done.error().message));
    return {};
}

Result<void> ZipReader::readEntry(int index, const Sink &sink, qint64 maxBytes, bool countBudget)
{
    if (index < 0 || size_t(index) >= m_entries.size())
        return makeError(Error::Kind::NotFound, tr("%1: no such member").arg(m_path));
    const Entry &e = m_entries[size_t(index)];
    if (e.size > maxBytes)
        return makeError(Error::Kind::Unsafe, tr("%1: member %2 is too large").arg(m_path, e.name));
    zip_file_t *f = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!f)
        return makeError(Error::Kind::Corrupt,
                         tr("%1: cannot open member %2: %3").arg(m_path, e.name, QString::fromUtf8(zip_strerror(m_zip))));
    struct Closer { zip_file_t *f; ~Closer() { zip_fclose(f); } } closer{f};
    QByteArray buf(256 * 1024, Qt::Uninitialized);
    qint64 got = 0;
    for (;;) {
        const zip_int64_t n = zip_fread(f, buf.data(), zip_uint64_t(buf.size()));
        if (n < 0)
            return makeError(Error::Kind::Corrupt,
                             tr("%1: member %2 is damaged: %3").arg(m_path, e.name, QString::fromUtf8(zip_file_strerror(f))));
        if (n == 0)
            break;
        got += n;
        // Enforced while streaming: the central directory can understate sizes.
        if (got > e.size || got > maxBytes)
            return makeError(Error::Kind::Unsafe, tr("%1: member %2 unpacks to more than it declares").arg(m_path, e.name));
        if (countBudget)
            if (auto ok = charge(e, got, n); !ok)
                return ok;
        auto ok = sink(buf.constData(), n);
        if (!ok)
            return ok;
    }
    if (got != e.size)
        return makeError(Error::Kind::Corrupt, tr("%1: member %2 is truncated").arg(m_path, e.name));
    return {};
}

Result<QByteArray> ZipReader::readAll(int index, qint64 maxBytes, Content content)
{
    QByteArray out;
    auto ok = read(index, [&](const char *d, qint64 n) -> Result<void> {
        out.append(d, int(n));
        return {};
    }, maxBytes, content);
    if (!ok)
        return ok.error();
    return out;
}

} // namespace debrief
