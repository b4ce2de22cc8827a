// debrief-cli add: add one Basic note.
#include "clicontext.h"

#include "model/stocknotetypes.h"
#include "model/tags.h"
#include "storage/collection.h"

namespace debrief {

static const CommandHelp kAddHelp{
    "debrief-cli add --deck NAME --front TEXT [--back TEXT] [--tags \"a b\"]",
    QT_TRANSLATE_NOOP("debrief-cli",
            "Adds a Basic note (one new card) to the deck, creating the deck if needed.\n"
            "Prints the new note id and card id."),
    {
        {"--deck NAME", QT_TRANSLATE_NOOP("debrief-cli", "the deck; \"::\" separates subdecks")},
        {"--front TEXT", QT_TRANSLATE_NOOP("debrief-cli", "the question side (required)")},
        {"--back TEXT", QT_TRANSLATE_NOOP("debrief-cli", "the answer side")},
        {"--tags \"a b\"", QT_TRANSLATE_NOOP("debrief-cli", "tags, separated by spaces")}},
    {"debrief-cli add --deck \"ML::Metrics\" --front \"What is recall?\" --back \"TP / (TP + FN)\" --tags \"metrics eval\""}};

static int runAdd(CliContext &ctx, const QStringList &argsIn)
{
    QStringList args = argsIn;
    QString deckName, front, back, tags;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (CliContext::wantsHelp({a})) {
            printCommandHelp(ctx.out, kAddHelp);
            return 0;
        }
        QString *target = a == QLatin1String("--deck")    ? &deckName
                        : a == QLatin1String("--front") ? &front
                        : a == QLatin1String("--back")  ? &back
                        : a == QLatin1String("--tags")  ? &tags
                                                          : nullptr;
        if (!target)
            //: %1 is the command (add, check, decks...), %2 what the user typed
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unexpected argument '%2'").arg(QStringLiteral("add"), a), kExitUsage);
        if (args.isEmpty())
            //: %1 is the command (add, lint, report), %2 its option (--deck...)
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: %2 needs a value").arg(QStringLiteral("add"), a), kExitUsage);
        *target = args.takeFirst();
    }
    if (deckName.trimmed().isEmpty() || front.trimmed().isEmpty())
        return ctx.fail(QCoreApplication::translate("debrief-cli", "add: --deck and --front are required (and must not be empty)"), kExitUsage);

    auto col = ctx.openCollection(true);
    if (!col)
        return ctx.fail(col.error().message);
    Collection &c = **col;
    Collection::Transaction tx(c);
    auto deck = c.ensureDeck(deckName.trimmed());
    if (!deck)
        return ctx.fail(deck.error().message);
    auto type = c.notetypeByName(QStringLiteral("Basic"));
    if (!type)
        return ctx.fail(type.error().message);
    Notetype basic;
    if (type->has_value()) {
        basic = **type;
    } else {
        auto added = c.addNotetype(StockNotetypes::basic());
        if (!added)
            return ctx.fail(added.error().message);
        basic = *added;
    }
    Note note;
    note.notetypeId = basic.id;
    note.fields = QStringList{front.toHtmlEscaped(), back.toHtmlEscaped()};
    while (note.fields.size() < basic.fieldNames.size())
        note.fields.append(QString());
    note.tags = Tags::split(tags);
    note.modifiedSecs = ctx.clock->now().toSecsSinceEpoch();
    auto added = c.addNote(note);
    if (!added)
        return ctx.fail(added.error().message);
    auto position = c.count(QStringLiteral("cards"));
    if (!position)
        return ctx.fail(position.error().message);
    Card card;
    card.noteId = added->id;
    card.deckId = deck->id;
    card.state = NewState{*position + 1};
    card.modifiedSecs = note.modifiedSecs;
    auto cardAdded = c.addCard(card);
    if (!cardAdded)
        return ctx.fail(cardAdded.error().message);
    if (auto r = tx.commit(); !r)
        return ctx.fail(r.error().message);
    ctx.out << "note " << added->id << "\ncard " << cardAdded->id << '\n';
    return 0;
}

static const bool registered = registerCommand({QStringLiteral("add"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Add a Basic note")), &runAdd});

} // namespace debrief
