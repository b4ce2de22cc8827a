#include "import/mediastager.h"

#include "storage/collection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QTemporaryDir>

#include <utility>

namespace debrief {

namespace {

// SHA-1 of a file, streamed; empty on read failure.
QByteArray fileSha1(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha1);
    if (!h.addData(&f))
        return {};
    return h.result();
}

bool isBidiControl(char16_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// `stem` + `suffix` + `ext` with the stem cut (at a character boundary) so that the whole fits
// in MediaStager::kMaxNameBytes UTF-8 bytes.
QString fitted(QString stem, const QString &suffix, const QString &ext)
{
    const int fixed = int(suffix.toUtf8().size() + ext.toUtf8().size());
    int bytes = int(stem.toUtf8().size());
    while (!stem.isEmpty() && bytes + fixed > MediaStager::kMaxNameBytes) {
        const int cut = stem.size() >= 2 && stem.at(stem.size() - 1).isLowSurrogate() ? 2 : 1;
        bytes -= int(stem.right(cut).toUtf8().size());
        stem.chop(cut);
    }
    return stem + suffix + ext;
}

// Splits "a.b.jpg" into ("a.b", ".jpg"); an extension longer than 16 characters is no extension.
std::pair<QString, QString> splitExtension(const QString &name)
{
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || name.size() - dot > 16)
        return {name, QString()};
    return {name.left(dot), name.mid(dot)};
}

// Anki's add_hash_suffix_to_file_stem: "a.b.jpg" -> "a.b-<sha1hex>.jpg", the stem shortened
// when the result would be longer than a file name may be.
QString hashSuffixed(const QString &name, const QByteArray &sha1)
{
    const auto [stem, ext] = splitExtension(name);
    return fitted(stem, QLatin1Char('-') + QString::fromLatin1(sha1.toHex()), ext);
}

} // namespace

MediaStager::MediaStager(Collection &collection)
    : m_collection(collection)
{
}

MediaStager::~MediaStager()
{
    discard();
}

bool MediaStager::isSafeName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    const QByteArray utf8 = name.toUtf8();
    if (utf8.size() > 255 || QString::fromUtf8(utf8) != name)
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20 || c.unicode() == 0x7f
            || c.isSurrogate() || c == QChar(QChar::ReplacementCharacter) || isBidiControl(c.unicode()))
            return false;
    }
    // "C:foo" would be drive-relative on Windows.
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':'))
        return false;
    return true;
}

QString MediaStager::safeName(const QString &name)
{
    const QString nfc = name.normalized(QString::NormalizationForm_C);
    QString s;
    s.reserve(nfc.size());
    for (const QChar c : nfc)   // (QString::erase needs Qt 6.1)
        if (!isBidiControl(c.unicode()))
            s += c;
    if (s.toUtf8().size() > kMaxNameBytes) {
        const auto [stem, ext] = splitExtension(s);
        s = fitted(stem, QString(), ext);
    }
    return s;
}

Result<void> MediaStager::ensureStagingDir()
{
    if (m_stagingDir)
        return {};
    m_mediaDir = m_collection.mediaDir();
    if (!QDir().mkpath(m_mediaDir))
        return makeError(Error::Kind::Io, QCoreApplication::translate("MediaStager", "Cannot create the media folder %1").arg(m_mediaDir));
    m_stagingDir = std::make_unique<QTemporaryDir>(m_mediaDir + QLatin1String("/.staging-XXXXXX"));
    if (!m_stagingDir->isValid()) {
        m_stagingDir.reset();
        return makeError(Error::Kind::Io, QCoreApplication::translate("MediaStager", "Cannot create a staging folder in %1").arg(m_mediaDir));
    }
    return {};
}

Result<QString> MediaStager::place(const QString &name, const QString &tempPath, const QByteArray &sha1)
{
    // Try the plain name, then the hash-suffixed one; either may already hold the same bytes.
    const QString candidates[2] = {name, hashSuffixed(name, sha1)};
    for (const QString &candidate : candidates) {
        auto staged = m_stagedSha1.constFind(candidate);
        if (staged != m_stagedSha1.constEnd()) {
            if (*staged == sha1) {
                QFile::remove(tempPath);
                return candidate;
            }
            continue;
        }
        const QString existing = m_mediaDir + QLatin1Char('/') + candidate;
        if (QFileInfo::exists(existing)) {
            if (fileSha1(existing) == sha1) {
                QFile::remove(tempPath);
                return candidate;
            }
            continue;
        }
        m_staged.push_back({tempPath, candidate});
        m_stagedSha1.insert(candidate, sha1);
        return candidate;
    }
    QFile::remove(tempPath);
    return makeError(Error::Kind::Io, QCoreApplication::translate("MediaStager", "Cannot find a free name for media file %1").arg(name));
}

Result<QString> MediaStager::stage(const QString &original, const QByteArray &bytes)
{
    const QString name = safeName(original);
    if (!isSafeName(name))
        return makeError(Error::Kind::Unsafe, QCoreApplication::translate("MediaStager", "Unsafe media file name: %1").arg(original));
    if (bytes.size() > kMaxFileBytes)
        return makeError(Error::Kind::Unsafe, QCoreApplication::translate("MediaStager", "Media file %1 is too large").arg(name));
    auto ok = ensureStagingDir();
    if (!ok)
        return ok.error();
    const QString tempPath = m_stagingDir->path() + QLatin1Char('/') + QString::number(m_counter++);
    QFile f(tempPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush()) {
        f.remove();
        return makeError(Error::Kind::Io, QCoreApplication::translate("MediaStager", "Cannot write media file %1").arg(name));
    }
    f.close();
    return place(name, tempPath, QCryptographicHash::hash(bytes, QCryptographicHash::Sha1));
}

Result<QString> MediaStager::stage(const QString &original, QIODevice &in, qint64 maxBytes)
{
    const QString name = safeName(original);
    if (!isSafeName(name))
        return makeError(Error::Kind::Unsafe, QCoreApplication::translate("MediaStager", "Unsafe media file name: %1").arg(original));
    auto ok = ensureStagingDir();
    if (!ok)
        return ok.error();
    const QString tempPath = m_stagingDir->path() + QLatin1Char('/') + QString::number(m_counter++);
    QFile f(tempPath);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::Io, QCoreApplication::translate("MediaStager", "Cannot write media file %1").arg(name));
    QCryptographicHash h(QCryptographicHash::Sha1);
    QByteArray buf(64 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = in.read(buf.data(), buf.size());
        if (n < 0) {
            f.remove();
            return makeError(Error::Kind::Io, QCoreApplication::translate("MediaStager", "Cannot read media file %1").arg(name));
        }
        if (n == 0)
            break;
        total += n;
        if (total > maxBytes) {
            f.remove();
            return makeError(Error::Kind::Unsafe, QCoreApplication::translate("MediaStager", "Media file %1 is too large").arg(name));
        }
        h.addData(QByteArray::fromRawData(buf.constData(), int(n)));
        if (f.write(buf.constData(), n) != n) {
            f.remove();
            return makeError(Error::Kind::Io, QCoreApplication::translate("MediaStager", "Cannot write media file %1").arg(name));
        }
    }
    f.close();
    return place(name, tempPath, h.result());
}

Result<void> MediaStager::commit()
{
    QStringList failed;
    for (const Staged &s : m_staged) {
        const QString target = m_mediaDir + QLatin1Char('/') + s.finalName;
        // Another process may have created the name since stage(); keep theirs if identical.
        if (QFileInfo::exists(target)) {
            if (fileSha1(target) != m_stagedSha1.value(s.finalName))
                failed << s.finalName;
            continue;
        }
        if (!QFile::rename(s.tempPath, target))
            failed << s.finalName;
    }
    // Record the new files in the collection's media index (the `media` table that
    // Collection::addMedia keeps). Files first, index second: a file without an index row is
    // harmless and a media check adds it; an index row without a file would be a lie.
    Collection::Transaction tx(m_collection);
    for (const Staged &s : m_staged) {
        if (failed.contains(s.finalName))
            continue;
        const QFileInfo info(m_mediaDir + QLatin1Char('/') + s.finalName);
        if (!m_collection.indexMedia(s.finalName, QString::fromLatin1(m_stagedSha1.value(s.finalName).toHex()), info.size(),
                                     info.lastModified().toSecsSinceEpoch()))
            failed << s.finalName;
    }
    const Result<void> indexed = tx.commit();
    m_staged.clear();
    m_stagedSha1.clear();
    m_stagingDir.reset();   // removes the staging folder and anything left in it
    if (!failed.isEmpty())
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("MediaStager", "Could not move media into place: %1").arg(failed.join(QLatin1String(", "))));
    return indexed;
}

void MediaStager::discard()
{
    m_staged.clear();
    m_stagedSha1.clear();
    m_stagingDir.reset();
}

} // namespace debrief
