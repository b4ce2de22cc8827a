// debrief-cli due: how much is due now, overall or in one deck.
#include "clicontext.h"

#include "storage/collection.h"
#include "study/studyqueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace debrief {

static const CommandHelp kDueHelp{
    "debrief-cli due [--deck NAME] [--cards] [--json]",
    QT_TRANSLATE_NOOP("debrief-cli",
            "Prints the cards due now as 'new learn review' counts (after daily limits), for all decks or for\n"
            "one deck and its subdecks."),
    {
        {"--deck NAME", QT_TRANSLATE_NOOP("debrief-cli", "only this deck and its subdecks")},
        {"--cards", QT_TRANSLATE_NOOP("debrief-cli", "list the due card ids in study order instead")},
        {"--json", QT_TRANSLATE_NOOP("debrief-cli", "print JSON instead of text")}},
    {"debrief-cli due --deck ML --cards"}};

static int runDue(CliContext &ctx, const QStringList &argsIn)
{
    QStringList args = argsIn;
    bool json = false;
    bool listCards = false;
    QString deckName;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (CliContext::wantsHelp({a})) {
            printCommandHelp(ctx.out, kDueHelp);
            return 0;
        }
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--cards"))
            listCards = true;
        else if (a == QLatin1String("--deck") && !args.isEmpty())
            deckName = args.takeFirst();
        else if (a == QLatin1String("--deck"))
            return ctx.fail(QCoreApplication::translate("debrief-cli", "due: --deck needs a deck name"), kExitUsage);
        else
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unexpected argument '%2'").arg(QStringLiteral("due"), a), kExitUsage);
    }
    auto col = ctx.openCollectionForReading();
    if (!col)
        return ctx.fail(col.error().message);
    const auto found = CliContext::deckIdFor(**col, deckName, QStringLiteral("due"));
    if (!found)
        return ctx.fail(found.error().message);
    const std::optional<DeckId> deckId = *found;
    const QDateTime now = ctx.clock->now();
    const int offset = ctx.clock->utcOffsetSecs(now);

    if (listCards) {
        auto ids = StudyQueue::dueCards(**col, deckId, now, offset, 100000);
        if (!ids)
            return ctx.fail(ids.error().message);
        if (json) {
            QJsonArray arr;
            for (CardId id : *ids)
                arr.append(QString::number(id));
            ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Compact) << '\n';
        } else {
            for (CardId id : *ids)
                ctx.out << id << '\n';
        }
        return 0;
    }

    auto counts = (*col)->deckCounts(now, offset);
    if (!counts)
        return ctx.fail(counts.error().message);
    int n = 0, l = 0, r = 0;
    for (const DeckCounts &c : *counts) {
        // Parents already include their subdecks, so add up top-level decks only (or the one asked for).
        const bool pick = deckId ? c.deckId == *deckId : !c.name.contains(QLatin1String("::"));
        if (pick) {
            n += c.newCount;
            l += c.learnCount;
            r += c.reviewCount;
        }
    }
    if (json)
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("new"), n}, {QStringLiteral("learn"), l},
                                             {QStringLiteral("review"), r}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
    else
        ctx.out << "new " << n << "\nlearn " << l << "\nreview " << r << '\n';
    return 0;
}

static const bool registered = registerCommand({QStringLiteral("due"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Show what is due now")), &runDue});

} // namespace debrief
