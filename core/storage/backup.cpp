#include "storage/backup.h"

#include "storage/collectionfile.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>

namespace debrief {

namespace {

// Marks user-facing messages for lupdate; context = the class whose messages these are.
QString tr(const char *s) { return QCoreApplication::translate("Backup", s); }

// Copies the main database of `src` into a new file at `destPath` with the backup API.
Result<void> copyDatabase(sqlite3 *src, const QString &destPath)
{
    QFile::remove(destPath);
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(destPath).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src, "main");
        if (!backup) {
            rc = sqlite3_errcode(dest);
        } else {
            // -1: all pages in one step; the source is held for reading meanwhile, which in WAL
            // mode does not block its writer.
            do {
                rc = sqlite3_backup_step(backup, -1);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    QThread::msleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = sqlite3_errcode(dest);
        }
    }
    const QString message = dest ? QString::fromUtf8(sqlite3_errmsg(dest)) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        QFile::remove(destPath);
        return makeError(Error::Kind::Io, QCoreApplication::translate("Backup", "Cannot write %1: %2").arg(destPath, message));
    }
    return {};
}

// POSIX rename replaces the target atomically; readers see the old or the new file, never half.
Result<void> replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        QFile::remove(from);
        return makeError(Error::Kind::Io, QCoreApplication::translate("Backup", "Cannot replace %1").arg(to));
    }
    return {};
}

} // namespace

Result<void> Backup::copy(Database &db, const QString &collectionPath, const QString &file)
{
    if (QFileInfo(file).absoluteFilePath() == collectionPath)
        return makeError(Error::Kind::InvalidInput, tr("Cannot back up the collection onto itself"));
    const QString temp = file + QStringLiteral(".tmp-backup");
    if (Result<void> r = copyDatabase(db.handle(), temp); !r)
        return r;
    return replaceFile(temp, file);
}

Result<QString> Backup::automaticPath(const QString &collectionPath, const QDateTime &now)
{
    QDir dir(QFileInfo(collectionPath).absolutePath());
    if (!dir.mkpath(QStringLiteral("backups")) || !dir.cd(QStringLiteral("backups")))
        return makeError(Error::Kind::Io, tr("Cannot create the folder %1").arg(dir.filePath(QStringLiteral("backups"))));
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = dir.filePath(QStringLiteral("collection-%1.sqlite").arg(stamp));
    for (int n = 2; QFile::exists(path); ++n)
        path = dir.filePath(QStringLiteral("collection-%1-%2.sqlite").arg(stamp).arg(n));
    return path;
}

Result<void> Backup::restore(const QString &backupFile, const QString &collectionPath)
{
    if (!QFileInfo(backupFile).isFile())
        return makeError(Error::Kind::NotFound, tr("Backup %1 does not exist").arg(backupFile));
    Result<int> version = CollectionFile::inspect(backupFile);
    if (!version)
        return version.error();
    if (*version < 1)
        return makeError(Error::Kind::Corrupt, tr("%1 is not a Debrief collection").arg(backupFile));
    Result<std::unique_ptr<Database>> backup = Database::open(backupFile, Database::Mode::Inspect);
    if (!backup)
        return backup.error();
    {
        Result<Statement> s = (*backup)->prepare(QStringLiteral("PRAGMA integrity_check"));
        if (!s)
            return makeError(Error::Kind::Corrupt, s.error().message);
        Result<std::optional<QString>> first = s->firstRow([](const Statement &row) { return row.text(0); });
        if (!first || !*first || **first != QLatin1String("ok"))
            return makeError(Error::Kind::Corrupt,
                             tr("Backup %1 is damaged: %2")
                                 .arg(backupFile, first && *first ? **first : tr("integrity check failed")));
    }

    const QFileInfo target(collectionPath);
    if (!QDir().mkpath(target.absolutePath()))
        return makeError(Error::Kind::Io, tr("Cannot create the folder %1").arg(target.absolutePath()));
    Result<std::unique_ptr<QLockFile>> lock = CollectionFile::lock(target.absoluteFilePath());
    if (!lock)
        return lock.error();

    const QString temp = collectionPath + QStringLiteral(".restore-tmp");
    if (Result<void> r = copyDatabase((*backup)->handle(), temp); !r)
        return r;
    backup->reset();

    // The old log belongs to the old file: replayed onto the restored one it would corrupt it. So
    // it must be gone before the rename, yet every failure up to the rename must leave the old
    // collection usable with all its commits. First fold it into the old file (we hold the lock,
    // nobody writes); what cannot be folded is moved aside and put back if anything fails.
    const QString wal = collectionPath + QStringLiteral("-wal");
    const QString shm = collectionPath + QStringLiteral("-shm");
    if (Database::walPending(collectionPath)) {
        Result<std::unique_ptr<Database>> old = Database::open(collectionPath, Database::Mode::ReadWrite);
        if (old)
            (void)(*old)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        // Closing the last connection checkpoints again and deletes the log when it can.
    }
    const QString walAside = wal + QStringLiteral(".before-restore");
    bool movedAside = false;
    if (QFileInfo::exists(wal)) {
        QFile::remove(walAside);
        if (!QFile::rename(wal, walAside)) {
            QFile::remove(temp);
            return makeError(Error::Kind::Io, tr("Cannot move %1 aside").arg(wal));
        }
        movedAside = true;
    }
    const auto undoAside = [&] {
        if (movedAside)
            QFile::rename(walAside, wal);
    };
    // The -shm is only an index of the log, rebuilt from it on the next open.
    if (QFileInfo::exists(shm) && !QFile::remove(shm)) {
        undoAside();
        QFile::remove(temp);
        return makeError(Error::Kind::Io, tr("Cannot remove %1").arg(shm));
    }
    if (Result<void> r = replaceFile(temp, collectionPath); !r) {
        undoAside();
        return r;
    }
    if (movedAside)
        QFile::remove(walAside);
    return {};
}

Result<void> Backup::restoreInto(Database &live, const QString &backupFile)
{
    Result<int> version = CollectionFile::inspect(backupFile);
    if (!version)
        return version.error();
    if (*version < 1)
        return makeError(Error::Kind::Corrupt, tr("%1 is not a Debrief collection").arg(backupFile));
    if (*version > Migrator::latestVersion())
        return makeError(Error::Kind::TooNew, tr("Backup %1 is from a newer Debrief").arg(backupFile));
    Result<std::unique_ptr<Database>> backup = Database::open(backupFile, Database::Mode::Inspect);
    if (!backup)
        return backup.error();
    {
        Result<Statement> s = (*backup)->prepare(QStringLiteral("PRAGMA integrity_check"));
        if (!s)
            return makeError(Error::Kind::Corrupt, s.error().message);
        Result<bool> row = s->step();
        if (!row || !*row || s->text(0) != QLatin1String("ok"))
            return makeError(Error::Kind::Corrupt,
                             tr("Backup %1 is damaged: %2")
                                 .arg(backupFile, row && *row ? s->text(0) : tr("integrity check failed")));
    }
    // One step copies every page in one write transaction of ours: all or nothing.
    sqlite3 *dest = live.handle();
    sqlite3_backup *copy = sqlite3_backup_init(dest, "main", (*backup)->handle(), "main");
    if (!copy)
        return live.errorFor(sqlite3_errcode(dest), tr("Cannot restore %1").arg(backupFile));
    int rc = sqlite3_backup_step(copy, -1);
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE)
        return live.errorFor(rc == SQLITE_OK ? SQLITE_ERROR : rc, tr("Cannot restore %1").arg(backupFile));
    return {};
}

} // namespace debrief
