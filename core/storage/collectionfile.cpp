#include "storage/collectionfile.h"

#include "storage/migrator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>

namespace debrief {

namespace {

// Marks user-facing messages for lupdate; context = the class whose messages these are.
QString tr(const char *s) { return QCoreApplication::translate("CollectionFile", s); }

} // namespace

Result<std::unique_ptr<QLockFile>> CollectionFile::lock(const QString &collectionPath)
{
    auto lock = std::make_unique<QLockFile>(collectionPath + QStringLiteral(".lock"));
    // 0 = never stale by age: the app keeps a collection open for hours. A lock whose process has
    // died (same host) is still detected as stale and taken over, so a crash does not lock us out.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return Result<std::unique_ptr<QLockFile>>(std::move(lock));
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return makeError(Error::Kind::Locked,
                         tr("%1 is already open in another program (%2, process %3 on %4); "
                            "close it there first.")
                             .arg(collectionPath, app.isEmpty() ? QStringLiteral("Debrief") : app)
                             .arg(pid)
                             .arg(host.isEmpty() ? tr("this computer") : host));
    }
    return makeError(Error::Kind::Io, tr("Cannot create the lock file %1.lock (is the folder writable?)")
                                          .arg(collectionPath));
}

Result<int> CollectionFile::inspect(const QString &path, Database::Mode mode)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return 0;
    Result<std::unique_ptr<Database>> ro = Database::open(path, mode);
    if (!ro)
        return ro.error();
    const int version = (*ro)->userVersion();
    if (version < 0)
        return makeError(Error::Kind::Corrupt, tr("Cannot read the schema version of %1").arg(path));
    if (version > Migrator::latestVersion())
        return makeError(Error::Kind::TooNew,
                         tr("%1 was written by a newer Debrief (schema %2; this version reads up to %3). "
                            "Update Debrief to open it.")
                             .arg(path)
                             .arg(version)
                             .arg(Migrator::latestVersion()));
    if (version == 0) {
        // A non-empty SQLite file without our version: some other program's database.
        Result<qint64> tables = (*ro)->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (tables && *tables > 0)
            return makeError(Error::Kind::Corrupt,
                             tr("%1 is an SQLite database but not a Debrief collection").arg(path));
    }
    return version;
}

} // namespace debrief
