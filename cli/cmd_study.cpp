// debrief-cli study --auto N: answer due cards with seeded pseudo-random ratings.
#include "clicontext.h"

#include "storage/collection.h"
#include "study/reviewsession.h"

#include <QRandomGenerator>

#include <cstdio>

namespace debrief {

static const CommandHelp kStudyHelp{
    "debrief-cli study --auto N [--seed S] [--deck NAME]",
    QT_TRANSLATE_NOOP("debrief-cli",
            "Answers up to N due cards with pseudo-random ratings, through the same code path as the app.\n"
            "Each answer is committed in its own transaction; after each commit prints\n"
            "'answered <card_id> <review_id>'. Stops early when nothing is due."),
    {
        {"--auto N", QT_TRANSLATE_NOOP("debrief-cli", "answer up to N cards (required)")},
        {"--seed S", QT_TRANSLATE_NOOP("debrief-cli", "seed of the ratings (default 1)")},
        {"--deck NAME", QT_TRANSLATE_NOOP("debrief-cli", "only this deck and its subdecks")}},
    {"debrief-cli study --auto 20 --seed 7"}};

static int runStudy(CliContext &ctx, const QStringList &argsIn)
{
    QStringList args = argsIn;
    int count = -1;
    quint32 seed = 1;
    QString deckName;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (CliContext::wantsHelp({a})) {
            printCommandHelp(ctx.out, kStudyHelp);
            return 0;
        }
        if (args.isEmpty() || !(a == QLatin1String("--auto") || a == QLatin1String("--seed") || a == QLatin1String("--deck")))
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unexpected argument '%2'").arg(QStringLiteral("study"), a), kExitUsage);
        const QString v = args.takeFirst();
        bool ok = true;
        if (a == QLatin1String("--auto"))
            count = v.toInt(&ok);
        else if (a == QLatin1String("--seed"))
            seed = v.toUInt(&ok);
        else
            deckName = v;
        if (!ok || (a == QLatin1String("--auto") && count < 0))
            return ctx.fail(QCoreApplication::translate("debrief-cli", "study: %1 needs a non-negative whole number, not '%2'").arg(a, v), kExitUsage);
    }
    if (count < 0)
        return ctx.fail(QCoreApplication::translate("debrief-cli", "study: only --auto N is supported on the command line"), kExitUsage);

    auto col = ctx.openCollection(false);
    if (!col)
        return ctx.fail(col.error().message);
    const auto found = CliContext::deckIdFor(**col, deckName, QStringLiteral("study"));
    if (!found)
        return ctx.fail(found.error().message);
    const std::optional<DeckId> deck = *found;
    ReviewSession session(**col, *ctx.clock, deck);
    QRandomGenerator rng(seed);
    for (int i = 0; i < count; ++i) {
        auto card = session.nextCard();
        if (!card)
            return ctx.fail(card.error().message);
        if (!card->has_value())
            break;
        const auto rating = Rating(1 + int(rng.bounded(4)));
        const int takenMs = 1000 + int(rng.bounded(20000));
        auto id = session.answer(**card, rating, takenMs);
        if (!id)
            return ctx.fail(id.error().message);
        // Flushed after each commit: crash tests read this line to know what is durable.
        ctx.out << "answered " << (*card)->id << ' ' << *id << Qt::endl;
    }
    return 0;
}

static const bool registered = registerCommand({QStringLiteral("study"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Answer due cards automatically (scripts, crash tests)")), &runStudy});

} // namespace debrief
