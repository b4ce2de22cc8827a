#include "storage/collectionmove.h"

#include "storage/backup.h"
#include "storage/collectioncheck.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace debrief {

namespace {

QString clean(const QString &dir)
{
    const QFileInfo info(dir);
    const QString canonical = info.canonicalFilePath();   // empty while the folder does not exist
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

bool inside(const QString &dir, const QString &parent)
{
    return dir.startsWith(parent + QLatin1Char('/'));
}

QByteArray sha1Of(const QString &path, bool *ok)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    *ok = f.open(QIODevice::ReadOnly) && hash.addData(&f);
    return hash.result();
}

// Relative paths of the files under `root`, hidden ones included.
QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext())
        out << base.relativeFilePath(it.next());
    return out;
}

// The folders next to the collection file that move with it.
QStringList movedFolders() { return {QStringLiteral("media"), QStringLiteral("backups")}; }

} // namespace

Result<void> CollectionMove::checkTarget(const QString &currentDir, const QString &targetDir)
{
    if (targetDir.trimmed().isEmpty())
        return makeError(Error::Kind::InvalidInput, tr("Choose a folder to move the collection to."));
    const QString from = clean(currentDir);
    const QString to = clean(targetDir);
    if (to == from)
        return makeError(Error::Kind::InvalidInput, tr("The collection is already in %1.").arg(QDir::toNativeSeparators(to)));
    if (inside(to, from))
        return makeError(Error::Kind::InvalidInput,
                         tr("%1 is inside the collection's folder; choose a folder elsewhere.").arg(QDir::toNativeSeparators(to)));
    if (inside(from, to))
        return makeError(Error::Kind::InvalidInput,
                         tr("%1 holds the collection's folder; choose an empty folder.").arg(QDir::toNativeSeparators(to)));
    const QFileInfo info(to);
    if (info.exists() && !info.isDir())
        return makeError(Error::Kind::InvalidInput, tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(to)));
    if (info.exists() && !QDir(to).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return makeError(Error::Kind::InvalidInput,
                         tr("%1 is not empty; choose an empty folder, so nothing of yours is overwritten.").arg(QDir::toNativeSeparators(to)));
    return {};
}

Result<void> CollectionMove::copyTree(const QString &from, const QString &to)
{
    if (!QFileInfo(from).isDir())
        return {};
    if (!QDir().mkpath(to))
        return makeError(Error::Kind::Io, tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(to)));
    for (const QString &rel : filesUnder(from)) {
        const QString target = QDir(to).filePath(rel);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(QDir(from).filePath(rel), target))
            return makeError(Error::Kind::Io, tr("Cannot copy %1 to %2 (is the disk full?)")
                                                  .arg(QDir::toNativeSeparators(QDir(from).filePath(rel)), QDir::toNativeSeparators(target)));
    }
    return {};
}

Result<void> CollectionMove::verifyTree(const QString &from, const QString &to)
{
    if (!QFileInfo(from).isDir())
        return {};
    for (const QString &rel : filesUnder(from)) {
        bool okA = false, okB = false;
        const QByteArray a = sha1Of(QDir(from).filePath(rel), &okA);
        const QByteArray b = sha1Of(QDir(to).filePath(rel), &okB);
        if (!okA || !okB || a != b)
            return makeError(Error::Kind::Io, tr("The copy of %1 differs from the original; nothing was moved.")
                                                  .arg(QDir::toNativeSeparators(QDir(from).filePath(rel))));
    }
    return {};
}

Result<void> CollectionMove::copyAndVerify(Database &db, const QString &oldPath, const QString &newDir, const QString &newPath)
{
    const QString oldDir = QFileInfo(oldPath).absolutePath();
    const QStringList folders = movedFolders();
    if (Result<void> r = Backup::copy(db, oldPath, newPath); !r)
        return r;
    for (const QString &sub : folders)
        if (Result<void> r = copyTree(QDir(oldDir).filePath(sub), QDir(newDir).filePath(sub)); !r)
            return r;
    Result<std::unique_ptr<Database>> copy = Database::open(newPath, Database::Mode::Inspect);
    if (!copy)
        return copy.error();
    Result<std::vector<CheckProblem>> problems = CollectionCheck::run(**copy);
    if (!problems)
        return problems.error();
    for (const CheckProblem &p : *problems)
        if (p.kind == CheckProblem::Kind::Integrity)
            return makeError(Error::Kind::Corrupt, tr("The copy of the collection is damaged (%1); nothing was moved.").arg(p.message));
    for (const char *table : {"notes", "cards", "revlog", "decks", "notetypes", "media"}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        Result<qint64> here = db.queryInt(sql);
        Result<qint64> there = (*copy)->queryInt(sql);
        if (!here || !there || *here != *there)
            return makeError(Error::Kind::Io, tr("The copy of the collection is incomplete; nothing was moved."));
    }
    for (const QString &sub : folders)
        if (Result<void> r = verifyTree(QDir(oldDir).filePath(sub), QDir(newDir).filePath(sub)); !r)
            return r;
    return {};
}

void CollectionMove::removeCopy(const QString &newDir, const QString &newPath, bool created)
{
    if (created) {
        QDir(newDir).removeRecursively();
        return;
    }
    QFile::remove(newPath);
    for (const QString &sub : movedFolders())
        QDir(QDir(newDir).filePath(sub)).removeRecursively();
}

void CollectionMove::removeOld(const QString &oldPath)
{
    const QString oldDir = QFileInfo(oldPath).absolutePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(oldPath + suffix);
    for (const QString &sub : movedFolders() + QStringList{QStringLiteral("tmp")})
        QDir(QDir(oldDir).filePath(sub)).removeRecursively();
    QDir().rmdir(oldDir);   // only when nothing else of the user's is in it
}

} // namespace debrief
