#include "storage/collectionfile.h"

#include "storage/migrator.h"

#include <QCoreApplication>
#include <QDir>
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

// The messages below were Collection's (and are translated under that context).
Result<CollectionFile::Writable> CollectionFile::openWritable(const QString &path)
{
    if (path.isEmpty())
        return makeError(Error::Kind::InvalidInput, QCoreApplication::translate("Collection", "No collection path given"));
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(Error::Kind::Io, QCoreApplication::translate("Collection", "%1 is a folder, not a collection file").arg(path));
    const QString dir = info.absolutePath();
    const QFileInfo dirInfo(dir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("Collection", "%1 is a file, not a folder; cannot keep a collection in it").arg(dir));
    if (!QDir().mkpath(dir))
        return makeError(Error::Kind::Io, QCoreApplication::translate("Collection", "Cannot create the folder %1").arg(dir));

    // Lock first: nothing below may look at the file while another process writes it or a
    // restore swaps it.
    Result<std::unique_ptr<QLockFile>> lock = CollectionFile::lock(info.absoluteFilePath());
    if (!lock)
        return lock.error();
    // Leftovers of an import that was killed: with the lock held nobody else can be using them.
    QDir(QDir(dir).filePath(QStringLiteral("tmp"))).removeRecursively();

    // Inspect read-only before SQLite is allowed to write anything (WAL switch, migrations).
    const bool walPending = Database::walPending(path);
    if (Result<int> version = inspect(path); !version)
        return version.error();

    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::ReadWriteCreate);
    if (!db)
        return db.error();
    if (walPending) {
        // A left-over log (a crash, maybe inside a checkpoint): SQLite has replayed it on open.
        // Fold it into the file now and run the header check that was skipped for it.
        bool complete = false;
        if (Result<void> r = (*db)->checkpoint(&complete); !r)
            return r.error();
        if (complete) {
            if (Result<void> header = Database::checkHeader(path); !header)
                return header.error();
        }
    }
    if (Result<void> m = Migrator::migrate(**db); !m)
        return m.error();
    return Writable{std::move(*lock), std::move(*db), info.absoluteFilePath()};
}

Result<std::unique_ptr<Database>> CollectionFile::openReadOnly(const QString &path)
{
    Result<int> version = inspect(path, Database::Mode::ReadOnly);
    if (!version)
        return version.error();
    if (!QFileInfo::exists(path))
        return makeError(Error::Kind::NotFound, QCoreApplication::translate("Collection", "%1 does not exist").arg(path));
    if (*version < Migrator::latestVersion())
        return makeError(Error::Kind::TooOld, QCoreApplication::translate("Collection", "%1 has schema %2 and needs an upgrade; open it for "
                                                                                        "writing once to upgrade it")
                                                  .arg(path)
                                                  .arg(*version));
    return Database::open(path, Database::Mode::ReadOnly);
}

} // namespace debrief
