// debrief-cli generate: a large synthetic collection for benchmarks and manual testing.
#include "clicontext.h"

#include "storage/collectiongenerator.h"

#include <QDir>
#include <QFileInfo>

namespace debrief {

static const CommandHelp kGenerateHelp{
    "debrief-cli generate [--cards N] [--revlog N] [--seed S]",
    QT_TRANSLATE_NOOP("debrief-cli",
            "Creates a new synthetic collection in --data-dir (which must not hold one yet): a deck tree,\n"
            "cards in every state and a review history before --now. For benchmarks, not for study."),
    {
        {"--cards N", QT_TRANSLATE_NOOP("debrief-cli", "number of cards (default 100000)")},
        {"--revlog N", QT_TRANSLATE_NOOP("debrief-cli", "number of review-log rows (default 1000000)")},
        {"--seed S", QT_TRANSLATE_NOOP("debrief-cli", "seed of the pseudo-random choices (default 42)")}},
    {"debrief-cli --data-dir /tmp/bench generate --cards 10000 --revlog 100000"}};

static int runGenerate(CliContext &ctx, const QStringList &argsIn)
{
    QStringList args = argsIn;
    int cards = 100000;
    int revlog = 1000000;
    quint32 seed = 42;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (CliContext::wantsHelp({a})) {
            printCommandHelp(ctx.out, kGenerateHelp);
            return 0;
        }
        bool ok = false;
        const QString v = args.isEmpty() ? QString() : args.takeFirst();
        if (a == QLatin1String("--cards"))
            cards = v.toInt(&ok);
        else if (a == QLatin1String("--revlog"))
            revlog = v.toInt(&ok);
        else if (a == QLatin1String("--seed"))
            seed = v.toUInt(&ok);
        else
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unexpected argument '%2'").arg(QStringLiteral("generate"), a), kExitUsage);
        if (!ok || v.toLongLong() < 0)
            return ctx.fail(QCoreApplication::translate("debrief-cli", "generate: %1 needs a number, not '%2'").arg(a, v), kExitUsage);
    }
    if (QFileInfo::exists(ctx.collectionPath()))
        return ctx.fail(QCoreApplication::translate("debrief-cli", "generate: %1 already exists; choose an empty --data-dir").arg(ctx.collectionPath()));
    if (!QDir().mkpath(ctx.dataDir))
        return ctx.fail(QCoreApplication::translate("debrief-cli", "generate: cannot create the folder %1").arg(ctx.dataDir));
    const QDateTime now = ctx.clock->now();
    CollectionGenerator generator(now, ctx.clock->utcOffsetSecs(now));
    auto made = generator.generate(ctx.collectionPath(), cards, revlog, seed);
    if (!made)
        return ctx.fail(made.error().message);
    ctx.out << "generated " << made->cards << " cards, " << made->notes << " notes, " << made->reviewLogRows
            << " review-log rows, " << made->decks << " decks in " << made->elapsedMs << " ms\n";
    return 0;
}

static const bool registered =
    registerCommand({QStringLiteral("generate"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Create a large synthetic collection (benchmarks)")), &runGenerate});

} // namespace debrief
