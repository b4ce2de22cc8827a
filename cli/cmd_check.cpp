// debrief-cli check: integrity and consistency of the collection.
#include "clicontext.h"

#include "storage/collection.h"

namespace debrief {

static const CommandHelp kCheckHelp{
    "debrief-cli check",
    QT_TRANSLATE_NOOP("debrief-cli",
            "Runs SQLite's integrity check and Debrief's own consistency rules (orphan cards, notes without\n"
            "cards, impossible scheduling states). Exit 0 when clean, 1 when problems were found (each\n"
            "printed on stdout)."),
    {},
    {"debrief-cli check"}};

static int runCheck(CliContext &ctx, const QStringList &args)
{
    if (CliContext::wantsHelp(args)) {
        printCommandHelp(ctx.out, kCheckHelp);
        return 0;
    }
    if (!args.isEmpty())
        return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unexpected argument '%2'").arg(QStringLiteral("check"), args.first()), kExitUsage);
    auto col = Collection::openReadOnly(ctx.collectionPath());
    if (!col)
        return ctx.fail(col.error().message);
    auto problems = (*col)->check();
    if (!problems)
        return ctx.fail(problems.error().message);
    for (const CheckProblem &p : *problems)
        ctx.out << p.message << '\n';
    if (!problems->empty())
        return ctx.fail(QCoreApplication::translate("debrief-cli", "check: %n problem(s) found", nullptr, int(problems->size())));
    ctx.out << "ok\n";
    return 0;
}

static const bool registered = registerCommand({QStringLiteral("check"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Check the collection for damage and inconsistencies")), &runCheck});

} // namespace debrief
