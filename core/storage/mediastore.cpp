#include "storage/mediastore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

namespace debrief {

namespace {

// Marks user-facing messages for lupdate; context = the class whose messages these are.
QString tr(const char *s) { return QCoreApplication::translate("MediaStore", s); }

std::optional<QByteArray> sha1Of(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace

bool MediaStore::isPlainFileName(const QString &name)
{
    // 255 bytes: the longest file name common file systems take.
    return !(name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
             || name.contains(QChar(0)) || name.startsWith(QLatin1Char('.')) || name.toUtf8().size() > 255);
}

Result<StoredMedia> MediaStore::add(const QString &name, const QByteArray &bytes) const
{
    if (!isPlainFileName(name))
        return makeError(Error::Kind::Unsafe, tr("\"%1\" is not a plain media file name").arg(name));
    if (!QDir().mkpath(m_dir))
        return makeError(Error::Kind::Io, tr("Cannot create the media folder %1").arg(m_dir));
    const QByteArray sha1 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex();
    const QDir dir(m_dir);

    QString used = name;
    bool needWrite = true;
    if (QFileInfo::exists(dir.filePath(name))) {
        if (sha1Of(dir.filePath(name)) == sha1) {
            needWrite = false;
        } else {
            const QFileInfo fi(name);
            used = fi.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(sha1)
                + (fi.suffix().isEmpty() ? QString() : QLatin1Char('.') + fi.suffix());
            needWrite = !QFileInfo::exists(dir.filePath(used)) || sha1Of(dir.filePath(used)) != sha1;
        }
    }
    if (needWrite) {
        QSaveFile out(dir.filePath(used));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return makeError(Error::Kind::Io, tr("Cannot write media file %1: %2").arg(used, out.errorString()));
    }
    return StoredMedia{used, QString::fromLatin1(sha1)};
}

} // namespace debrief
