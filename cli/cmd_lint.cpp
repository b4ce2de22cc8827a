#include "clicontext.h"

#include "decks/decklinter.h"

namespace debrief {

// `debrief-cli lint`: problems go to stdout (they are the command's output, one
// `file:line: message` per line, easy to grep or feed to an editor); the summary and usage
// errors go to stderr. Exit 0 when clean, 1 on any problem, 2 on bad usage.
static const CommandHelp kLintHelp{
    "debrief-cli lint [--coverage CHECKLIST.md] [--seeds DIR] PATH...",
    QT_TRANSLATE_NOOP("debrief-cli",
            "Checks .deck files (PATH is a file or a directory of *.deck files) and prints one\n"
            "'file:line: problem' line per problem on stdout; ids must be unique across all PATHs.\n"
            "Exit status: 0 clean, 1 problems found, 2 bad usage."),
    {
        {"--coverage CHECKLIST.md", QT_TRANSLATE_NOOP("debrief-cli",
                "also list every checklist id (a bullet starting with a bold id such as\n"
                "'- **S1-F2.3**') that no card covers")},
        {"--seeds DIR", QT_TRANSLATE_NOOP("debrief-cli", "also flag runs of 10+ words shared with DIR/*.txt")}},
    {"debrief-cli lint --coverage checklist.md decks/"}};

static int runLint(CliContext &ctx, const QStringList &argsIn)
{
    QStringList args = argsIn;
    LintOptions options;
    QStringList paths;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printCommandHelp(ctx.out, kLintHelp);
            return 0;
        }
        if (a == QLatin1String("--coverage") || a == QLatin1String("--seeds")) {
            if (args.isEmpty())
                return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: %2 needs a value").arg(QStringLiteral("lint"), a), kExitUsage);
            (a == QLatin1String("--coverage") ? options.checklistPath : options.seedsDir) = args.takeFirst();
            continue;
        }
        if (a.startsWith(QLatin1String("--")))
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unknown option %2 (see debrief-cli %1 --help)").arg(QStringLiteral("lint"), a), kExitUsage);
        paths << a;
    }
    if (paths.isEmpty())
        return ctx.fail(QCoreApplication::translate("debrief-cli", "lint: no deck file or directory given (see debrief-cli lint --help)"), kExitUsage);

    const LintReport report = DeckLinter::lint(paths, options);
    for (const DeckIssue &issue : report.issues)
        ctx.out << DeckLinter::format(issue) << "\n";
    ctx.out.flush();
    // One plural per sentence: the count that matters is the problems'.
    ctx.err << QCoreApplication::translate("debrief-cli", "lint: %n problem(s) found; files: %1, notes: %2", nullptr, int(report.issues.size()))
                   .arg(report.files)
                   .arg(report.notes)
            << Qt::endl;
    return report.clean() ? 0 : kExitFailure;
}

static const bool registered =
    registerCommand({QStringLiteral("lint"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Check .deck files (and coverage, copying)")), &runLint});

} // namespace debrief
