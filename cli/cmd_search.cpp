// debrief-cli search: the browser's search, for scripts.
#include "clicontext.h"

#include "scheduling/studyday.h"
#include "search/searchparser.h"
#include "storage/cardsearch.h"
#include "storage/collection.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <map>

namespace debrief {

static const std::map<QString, SearchOrder> &sortColumns()
{
    static const std::map<QString, SearchOrder> m = {
        {QStringLiteral("created"), SearchOrder::Created}, {QStringLiteral("sort"), SearchOrder::SortField},
        {QStringLiteral("deck"), SearchOrder::Deck},       {QStringLiteral("due"), SearchOrder::Due},
        {QStringLiteral("ivl"), SearchOrder::Interval},    {QStringLiteral("ease"), SearchOrder::Ease},
        {QStringLiteral("reps"), SearchOrder::Reviews},    {QStringLiteral("lapses"), SearchOrder::Lapses},
        {QStringLiteral("mod"), SearchOrder::Modified}};
    return m;
}

static QString plainText(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString s = html;
    s.remove(tags);
    return s.simplified();
}

static const CommandHelp kSearchHelp{
    "debrief-cli search [--notes] [--ids] [--json] [--sort COLUMN] [--reverse] [--] QUERY...",
    QT_TRANSLATE_NOOP("debrief-cli",
            "Finds cards (or notes with --notes) with the browser's search syntax, as Anki:\n"
            "  words and \"phrases\" (* any run, _ one character), -negation, or, ( )\n"
            "  field:text  deck:NAME  tag:NAME  note:TYPE  card:N|NAME  kind:pair|tree|layers|basic|cloze\n"
            "  is:new|learn|review|due|suspended|buried|leech  flag:0-7  rated:DAYS[:1-4]  added:DAYS\n"
            "  prop:ivl|due|ease|lapses|reps with = != < > <= >=  nid:ID,..  cid:ID,..\n"
            "Prints one line per result (card id, note id, deck, sort field). Opens the collection\n"
            "read-only, so it works while the app is open."),
    {
        {"--notes", QT_TRANSLATE_NOOP("debrief-cli", "find notes instead of cards")},
        {"--ids", QT_TRANSLATE_NOOP("debrief-cli", "print the ids only")},
        {"--json", QT_TRANSLATE_NOOP("debrief-cli", "print a JSON array")},
        {"--sort COLUMN", QT_TRANSLATE_NOOP("debrief-cli", "order by created (default), sort, deck, due, ivl, ease, reps, lapses or mod")},
        {"--reverse", QT_TRANSLATE_NOOP("debrief-cli", "reverse the order")},
        {"--", QT_TRANSLATE_NOOP("debrief-cli", "end of options: the rest is the query")}},
    {"debrief-cli search 'deck:ML tag:eval -is:new'"}};

static int runSearch(CliContext &ctx, const QStringList &argsIn)
{
    QStringList args = argsIn;
    bool json = false, notes = false, idsOnly = false, reverse = false;
    SearchOrder order = SearchOrder::Created;
    QStringList queryParts;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printCommandHelp(ctx.out, kSearchHelp);
            return 0;
        }
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--notes"))
            notes = true;
        else if (a == QLatin1String("--ids"))
            idsOnly = true;
        else if (a == QLatin1String("--reverse"))
            reverse = true;
        else if (a == QLatin1String("--sort")) {
            if (args.isEmpty() || !sortColumns().count(args.first()))
                return ctx.fail(QCoreApplication::translate("debrief-cli", "search: --sort needs one of created, sort, deck, due, ivl, ease, reps, lapses, mod"), kExitUsage);
            order = sortColumns().at(args.takeFirst());
        } else if (a == QLatin1String("--")) {
            queryParts << args;
            args.clear();
        } else if (a.startsWith(QLatin1String("--")))
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unknown option %2 (see debrief-cli %1 --help)").arg(QStringLiteral("search"), a), kExitUsage);
        else
            queryParts << a;
    }
    Result<SearchNode> query = SearchParser::parse(queryParts.join(QLatin1Char(' ')));
    if (!query)
        return ctx.fail(query.error().message, kExitUsage);

    if (!QFileInfo::exists(ctx.collectionPath()))
        return ctx.fail(QCoreApplication::translate("debrief-cli", "no collection in %1 (create one with: debrief-cli --data-dir %1 init)").arg(ctx.dataDir));
    auto col = Collection::openReadOnly(ctx.collectionPath());
    if (!col)
        return ctx.fail(col.error().message);
    Collection &c = **col;

    auto config = c.configForDeck(1);
    if (!config)
        return ctx.fail(config.error().message);
    const QDateTime now = ctx.clock->now();
    const int offset = ctx.clock->utcOffsetSecs(now);
    SearchContext sc;
    sc.today = StudyDay::dayNumber(now, offset, config->rolloverHour);
    sc.dayStartSecs = StudyDay::dayStart(sc.today, offset, config->rolloverHour).toSecsSinceEpoch();
    sc.nowSecs = now.toSecsSinceEpoch();

    CardSearch search(c.database());
    Result<std::vector<qint64>> ids = notes ? search.notes(*query, sc, order, reverse) : search.cards(*query, sc, order, reverse);
    if (!ids)
        return ctx.fail(ids.error().message);

    if (idsOnly) {
        if (json) {
            QJsonArray arr;
            for (qint64 id : *ids)
                arr.append(QString::number(id));
            ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Compact) << '\n';
        } else {
            for (qint64 id : *ids)
                ctx.out << id << '\n';
        }
        return 0;
    }

    std::map<NotetypeId, Notetype> types;
    std::map<DeckId, QString> deckNames;
    QJsonArray rows;
    for (qint64 id : *ids) {
        Card card;
        if (!notes) {
            auto found = c.card(id);
            if (!found)
                return ctx.fail(found.error().message);
            card = *found;
        } else {
            auto cards = c.cardsOfNote(id);
            if (!cards || cards->empty())
                return ctx.fail(cards ? QCoreApplication::translate("debrief-cli", "search: note %1 has no cards").arg(id) : cards.error().message);
            card = cards->front();
        }
        auto note = c.note(card.noteId);
        if (!note)
            return ctx.fail(note.error().message);
        if (!types.count(note->notetypeId)) {
            auto nt = c.notetype(note->notetypeId);
            if (!nt)
                return ctx.fail(nt.error().message);
            types.emplace(note->notetypeId, *nt);
        }
        if (!deckNames.count(card.deckId)) {
            auto deck = c.deck(card.deckId);
            deckNames.emplace(card.deckId, deck ? deck->name : QString());
        }
        const Notetype &nt = types.at(note->notetypeId);
        const int sortIndex = qBound(0, nt.sortFieldIndex, qMax(0, note->fields.size() - 1));
        const QString sortText = note->fields.isEmpty() ? QString() : plainText(note->fields.at(sortIndex));
        if (json) {
            QJsonObject o{{QStringLiteral("note"), QString::number(card.noteId)},
                          {QStringLiteral("deck"), deckNames.at(card.deckId)},
                          {QStringLiteral("sortField"), sortText},
                          {QStringLiteral("tags"), QJsonArray::fromStringList(note->tags)}};
            if (!notes)
                o.insert(QStringLiteral("card"), QString::number(card.id));
            rows.append(o);
        } else {
            if (!notes)
                ctx.out << card.id << '\t';
            ctx.out << card.noteId << '\t' << deckNames.at(card.deckId) << '\t' << sortText.left(80) << '\n';
        }
    }
    if (json)
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return 0;
}

static const bool registered =
    registerCommand({QStringLiteral("search"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Find cards or notes with Anki's search syntax")), &runSearch});

} // namespace debrief
