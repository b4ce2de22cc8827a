// debrief-cli init: a ready collection with the bundled decks.
#include "clicontext.h"

#include "decks/deckimporter.h"
#include "storage/collection.h"

namespace debrief {

static const CommandHelp kInitHelp{
    "debrief-cli init [--no-decks]",
    QT_TRANSLATE_NOOP("debrief-cli",
            "Creates the collection in the data dir if it does not exist, and installs or updates the bundled\n"
            "interview-prep decks (progress on existing cards is kept). Safe to run again."),
    {
        {"--no-decks", QT_TRANSLATE_NOOP("debrief-cli", "create the collection only, without the bundled decks")}},
    {"debrief-cli --data-dir ~/debrief init"}};

static int runInit(CliContext &ctx, const QStringList &args)
{
    if (CliContext::wantsHelp(args)) {
        printCommandHelp(ctx.out, kInitHelp);
        return 0;
    }
    bool decks = true;
    for (const QString &a : args) {
        if (a == QLatin1String("--no-decks"))
            decks = false;
        else
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unexpected argument '%2'").arg(QStringLiteral("init"), a), kExitUsage);
    }
    auto col = ctx.openCollection(true);
    if (!col)
        return ctx.fail(col.error().message);
    if (decks) {
        const ImportResult r = installBundledDecks(**col, QStringLiteral(":/decks"));
        for (const ImportIssue &i : r.issues)
            ctx.err << (i.severity == Severity::Error ? QCoreApplication::translate("debrief-cli", "error: %1")
                                                        : QCoreApplication::translate("debrief-cli", "warning: %1"))
                              .arg(i.message)
                       << '\n';
        if (!r.ok())
            return ctx.fail(QCoreApplication::translate("debrief-cli", "init: the bundled decks could not be installed"));
        ctx.out << "bundled decks: " << r.counts.notesAdded << " added, " << r.counts.notesUpdated << " updated, "
                << r.counts.notesUnchanged << " unchanged, " << r.counts.notesRetired << " retired\n";
    }
    ctx.out << "collection " << ctx.collectionPath() << '\n';
    return 0;
}

static const bool registered = registerCommand({QStringLiteral("init"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Create the collection and install the bundled decks")), &runInit});

} // namespace debrief
