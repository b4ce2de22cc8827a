#include "import/importtemp.h"

#include "storage/collection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace debrief {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("ImportTemp", s); }
}

ImportTemp::ImportTemp(const Collection &collection) : m_root(collection.tempDir()) {}

ImportTemp::~ImportTemp()
{
    m_dir.reset();
    QDir().rmdir(m_root);   // only when empty: another import in this process may still use it
}

Result<QString> ImportTemp::path()
{
    if (!m_dir) {
        if (!QDir().mkpath(m_root))
            return makeError(Error::Kind::Io, tr("Cannot create the folder %1").arg(m_root));
        auto dir = std::make_unique<QTemporaryDir>(m_root + QStringLiteral("/import-XXXXXX"));
        if (!dir->isValid())
            return makeError(Error::Kind::Io, tr("Cannot create a temporary folder in %1: %2").arg(m_root, dir->errorString()));
        m_dir = std::move(dir);
    }
    return m_dir->path();
}

Result<std::unique_ptr<Database>> ImportTemp::openForeign(const QString &file, const Database::ForeignLimits &limits)
{
    const QFileInfo wal(file + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0)
        return Database::openForeign(file, limits);
    Result<QString> dir = path();
    if (!dir)
        return dir.error();
    const QString copy = QStringLiteral("%1/foreign%2.db").arg(*dir).arg(++m_copies);
    if (!QFile::copy(file, copy) || !QFile::copy(wal.filePath(), copy + QStringLiteral("-wal")))
        return makeError(Error::Kind::Io, tr("Cannot copy %1 to %2 (disk full?)").arg(file, *dir));
    // QFile::copy keeps the source's permissions; a read-only source would make the copy's
    // -shm impossible to create.
    for (const QString &f : {copy, copy + QStringLiteral("-wal")})
        QFile::setPermissions(f, QFile::ReadOwner | QFile::WriteOwner);
    return Database::openForeign(copy, limits);
}

} // namespace debrief
