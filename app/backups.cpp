#include "backups.h"

#include "storage/collection.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace debrief {

static const char kIntervalKey[] = "backups/intervalHours";
static const char kKeepKey[] = "backups/keep";

QString Backups::folder(const Collection &collection)
{
    return QFileInfo(collection.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<QString> Backups::take(Collection &collection, const QString &why)
{
    QDir dir(folder(collection));
    if (!dir.mkpath(QStringLiteral(".")))
        return makeError(Error::Kind::Io, QStringLiteral("Cannot create %1").arg(dir.path()));
    // The import dispatcher's pattern, so one listing shows every backup.
    QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!why.isEmpty())
        stamp += QLatin1Char('-') + why;
    QString file = dir.filePath(QStringLiteral("collection-%1.sqlite").arg(stamp));
    for (int n = 2; QFile::exists(file); ++n)
        file = dir.filePath(QStringLiteral("collection-%1-%2.sqlite").arg(stamp).arg(n));
    if (Result<void> r = collection.backupTo(file); !r)
        return r.error();
    return file;
}

std::vector<Backups::Entry> Backups::list(const Collection &collection)
{
    std::vector<Entry> out;
    const QFileInfoList files = QDir(folder(collection))
                                    .entryInfoList({QStringLiteral("collection-*.sqlite")}, QDir::Files, QDir::Time);
    for (const QFileInfo &f : files)
        out.push_back(Entry{f.absoluteFilePath(), f.lastModified(), f.size()});
    return out;
}

int Backups::intervalHours() { return QSettings().value(QLatin1String(kIntervalKey), 24).toInt(); }

int Backups::keepCount() { return QSettings().value(QLatin1String(kKeepKey), 20).toInt(); }

void Backups::setAutomatic(int intervalHours, int keepCount)
{
    QSettings settings;
    settings.setValue(QLatin1String(kIntervalKey), intervalHours);
    settings.setValue(QLatin1String(kKeepKey), keepCount);
}

Result<std::optional<QString>> Backups::takeIfDue(Collection &collection, const QDateTime &now)
{
    const int hours = intervalHours();
    if (hours <= 0)
        return std::optional<QString>();
    std::vector<Entry> existing = list(collection);
    if (!existing.empty() && existing.front().created.secsTo(now) < qint64(hours) * 3600)
        return std::optional<QString>();
    Result<QString> file = take(collection);
    if (!file)
        return file.error();
    existing = list(collection);
    // Newest first: everything past the count goes, never the one just written.
    for (size_t i = size_t(std::max(1, keepCount())); i < existing.size(); ++i)
        if (existing[i].path != *file)
            QFile::remove(existing[i].path);
    return std::optional<QString>(*file);
}

} // namespace debrief
