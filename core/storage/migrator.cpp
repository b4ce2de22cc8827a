#include "storage/migrator.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <map>

// The migrations live in a static library's resources; they must be registered by name before
// first use, and Q_INIT_RESOURCE has to be called outside any namespace.
static void initMigrationResources() { Q_INIT_RESOURCE(migrations); }

namespace debrief {

namespace {

// version → resource path, read once.
const std::map<int, QString> &migrationFiles()
{
    static const std::map<int, QString> files = [] {
        initMigrationResources();
        std::map<int, QString> found;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch m = pattern.match(name);
            if (m.hasMatch())
                found.emplace(m.captured(1).toInt(), dir.filePath(name));
        }
        return found;
    }();
    return files;
}

} // namespace

int Migrator::latestVersion()
{
    const auto &files = migrationFiles();
    // Steps are numbered without gaps from 1; stop at the first gap so a missing file cannot be skipped.
    int v = 0;
    while (files.count(v + 1))
        ++v;
    return v;
}

Result<QString> Migrator::script(int version)
{
    const auto &files = migrationFiles();
    auto it = files.find(version);
    if (it == files.end())
        return makeError(Error::Kind::NotFound, QCoreApplication::translate("Migrator", "No schema migration %1").arg(version));
    QFile f(it->second);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Internal, QCoreApplication::translate("Migrator", "Cannot read %1").arg(it->second));
    return QString::fromUtf8(f.readAll());
}

Result<void> Migrator::applyStep(Database &db, int version, const QString &sql)
{
    if (Result<void> r = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r;
    Result<void> r = db.exec(sql);
    if (r)
        r = db.setUserVersion(version);
    if (r)
        r = db.exec(QStringLiteral("COMMIT"));
    if (!r) {
        (void)db.exec(QStringLiteral("ROLLBACK"));   // best effort: `r` is the error to report
        return makeError(r.error().kind,
                         QCoreApplication::translate("Migrator", "Schema migration to version %1 failed: %2").arg(version).arg(r.error().message));
    }
    return {};
}

Result<void> Migrator::migrate(Database &db, int targetVersion)
{
    const int latest = latestVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    const int current = db.userVersion();
    if (current < 0)
        return makeError(Error::Kind::Corrupt, QCoreApplication::translate("Migrator", "Cannot read the schema version of %1").arg(db.path()));
    if (current > latest)
        return makeError(Error::Kind::TooNew,
                         QCoreApplication::translate("Migrator", "%1 has schema version %2; this Debrief understands up to %3. "
                                 "Update Debrief to open it.")
                             .arg(db.path())
                             .arg(current)
                             .arg(latest));
    for (int v = current + 1; v <= targetVersion && v <= latest; ++v) {
        Result<QString> sql = script(v);
        if (!sql)
            return sql.error();
        if (Result<void> r = applyStep(db, v, *sql); !r)
            return r;
    }
    return {};
}

} // namespace debrief
