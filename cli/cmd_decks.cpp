// debrief-cli decks: list decks with their due counts.
#include "clicontext.h"

#include "storage/collection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace debrief {

static const CommandHelp kDecksHelp{
    "debrief-cli decks [--json]",
    QT_TRANSLATE_NOOP("debrief-cli", "Lists every deck with the cards due today (new, learning, review), subdecks counted into their parents."),
    {
        {"--json", QT_TRANSLATE_NOOP("debrief-cli", "print a JSON array instead of a table")}},
    {"debrief-cli decks --json"}};

static int runDecks(CliContext &ctx, const QStringList &args)
{
    bool json = false;
    for (const QString &a : args) {
        if (CliContext::wantsHelp({a})) {
            printCommandHelp(ctx.out, kDecksHelp);
            return 0;
        }
        if (a == QLatin1String("--json"))
            json = true;
        else
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unexpected argument '%2'").arg(QStringLiteral("decks"), a), kExitUsage);
    }
    auto col = ctx.openCollectionForReading();
    if (!col)
        return ctx.fail(col.error().message);
    const QDateTime now = ctx.clock->now();
    auto counts = (*col)->deckCounts(now, ctx.clock->utcOffsetSecs(now));
    if (!counts)
        return ctx.fail(counts.error().message);
    if (json) {
        QJsonArray arr;
        for (const DeckCounts &c : *counts)
            arr.append(QJsonObject{{QStringLiteral("id"), QString::number(c.deckId)},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("new"), c.newCount},
                                   {QStringLiteral("learn"), c.learnCount},
                                   {QStringLiteral("review"), c.reviewCount}});
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const DeckCounts &c : *counts)
        ctx.out << c.name << '\t' << c.newCount << '\t' << c.learnCount << '\t' << c.reviewCount << '\n';
    return 0;
}

static const bool registered = registerCommand({QStringLiteral("decks"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "List decks and what is due in each")), &runDecks});

} // namespace debrief
