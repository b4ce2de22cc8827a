// debrief-cli backup / restore.
#include "clicontext.h"

#include "storage/collection.h"

#include <QDir>
#include <QFileInfo>

namespace debrief {

static const CommandHelp kBackupHelp{
    "debrief-cli backup [--out FILE]",
    QT_TRANSLATE_NOOP("debrief-cli", "Writes a consistent copy of the collection (safe while the app is open) and prints the file written."),
    {
        {"--out FILE", QT_TRANSLATE_NOOP("debrief-cli",
                "where to write (default: <data dir>/backups/collection-<UTC time>.sqlite);\n"
                "an existing file is not overwritten")}},
    {"debrief-cli backup --out ~/debrief-2026-01-31.sqlite"}};

static int runBackup(CliContext &ctx, const QStringList &argsIn)
{
    QStringList args = argsIn;
    QString out;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (CliContext::wantsHelp({a})) {
            printCommandHelp(ctx.out, kBackupHelp);
            return 0;
        }
        if (a == QLatin1String("--out") && !args.isEmpty())
            out = args.takeFirst();
        else
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unexpected argument '%2'").arg(QStringLiteral("backup"), a), kExitUsage);
    }
    auto col = Collection::openReadOnly(ctx.collectionPath());
    if (!col)
        return ctx.fail(col.error().message);
    if (out.isEmpty()) {
        const QString dir = QDir(ctx.dataDir).filePath(QStringLiteral("backups"));
        if (!QDir().mkpath(dir))
            return ctx.fail(QCoreApplication::translate("debrief-cli", "backup: cannot create %1").arg(dir));
        out = QDir(dir).filePath(QStringLiteral("collection-%1.sqlite")
                                     .arg(ctx.clock->now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    }
    if (QFileInfo::exists(out))
        return ctx.fail(QCoreApplication::translate("debrief-cli", "backup: %1 already exists; not overwriting it").arg(out));
    if (auto r = (*col)->backupTo(out); !r)
        return ctx.fail(r.error().message);
    ctx.out << out << '\n';
    return 0;
}

static const CommandHelp kRestoreHelp{
    "debrief-cli restore FILE",
    QT_TRANSLATE_NOOP("debrief-cli",
            "Replaces the collection with the backup FILE after checking that it is a sound Debrief collection.\n"
            "Refuses while the app has the collection open."),
    {},
    {"debrief-cli restore ~/debrief-2026-01-31.sqlite"}};

static int runRestore(CliContext &ctx, const QStringList &args)
{
    if (CliContext::wantsHelp(args)) {
        printCommandHelp(ctx.out, kRestoreHelp);
        return 0;
    }
    if (args.size() != 1)
        return ctx.fail(QCoreApplication::translate("debrief-cli", "restore: expected exactly one backup file"), kExitUsage);
    if (!QFileInfo(args.first()).isFile())
        return ctx.fail(QCoreApplication::translate("debrief-cli", "restore: %1 does not exist").arg(args.first()));
    if (!QDir().mkpath(ctx.dataDir))
        return ctx.fail(QCoreApplication::translate("debrief-cli", "restore: cannot create data dir %1").arg(ctx.dataDir));
    if (auto r = Collection::restore(args.first(), ctx.collectionPath()); !r)
        return ctx.fail(r.error().message);
    ctx.out << "restored " << ctx.collectionPath() << " from " << args.first() << '\n';
    return 0;
}

static const bool registeredBackup = registerCommand({QStringLiteral("backup"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Write a backup copy of the collection")), &runBackup});
static const bool registeredRestore = registerCommand({QStringLiteral("restore"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Replace the collection with a backup")), &runRestore});

} // namespace debrief
