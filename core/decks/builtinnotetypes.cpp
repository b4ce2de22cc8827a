#include "decks/builtinnotetypes.h"

#include "decks/deckparser.h"
#include "import/foreigndataimporter.h"
#include "storage/collection.h"

namespace debrief {

namespace {

int countBranches(const std::vector<DeckBranch> &branches)
{
    int n = 0;
    for (const DeckBranch &b : branches)
        n += 1 + countBranches(b.children);
    return n;
}

const char *kCss = ".card { font-family: sans-serif; font-size: 18px; text-align: left; }\n"
                   ".cloze { font-weight: bold; color: #1565c0; }\n"
                   ".weak s { color: #9e9e9e; }\n";

} // namespace

QString BuiltinNotetypes::name(DeckKind kind)
{
    switch (kind) {
    case DeckKind::Basic: return QStringLiteral("Debrief Basic");
    case DeckKind::Reversed: return QStringLiteral("Debrief Reversed");
    case DeckKind::Cloze: return QStringLiteral("Debrief Cloze");
    case DeckKind::Pair: return QStringLiteral("Debrief Pair");
    case DeckKind::Tree: return QStringLiteral("Debrief Tree");
    case DeckKind::Layers: return QStringLiteral("Debrief Layers");
    }
    return {};
}

Notetype BuiltinNotetypes::make(DeckKind kind)
{
    Notetype nt;
    nt.name = name(kind);
    nt.fieldNames = deckKindFields(kind);
    nt.markdownFields = true;
    nt.css = QLatin1String(kCss);
    // Templates document the cards; DebriefCardRenderer draws them (Markdown, trees, layers).
    switch (kind) {
    case DeckKind::Basic:
        nt.kind = NotetypeKind::Standard;
        nt.templates = {{QStringLiteral("Card 1"), QStringLiteral("{{Front}}"), QStringLiteral("{{FrontSide}}<hr id=answer>{{Back}}")}};
        break;
    case DeckKind::Reversed:
        nt.kind = NotetypeKind::Standard;
        nt.templates = {{QStringLiteral("Card 1"), QStringLiteral("{{Front}}"), QStringLiteral("{{FrontSide}}<hr id=answer>{{Back}}")},
                        {QStringLiteral("Card 2"), QStringLiteral("{{Back}}"), QStringLiteral("{{FrontSide}}<hr id=answer>{{Front}}")}};
        break;
    case DeckKind::Cloze:
        nt.kind = NotetypeKind::Cloze;
        nt.templates = {{QStringLiteral("Cloze"), QStringLiteral("{{cloze:Text}}"), QStringLiteral("{{cloze:Text}}<br>{{Extra}}")}};
        break;
    case DeckKind::Pair:
        nt.kind = NotetypeKind::Pair;
        nt.templates = {{QStringLiteral("Strong answer"), QStringLiteral("{{Question}}"), QStringLiteral("{{Strong}} {{Why}} {{Weak}}")},
                        {QStringLiteral("What is weak"), QStringLiteral("{{Question}} {{Weak}}"), QStringLiteral("{{Why}} {{Strong}}")}};
        break;
    case DeckKind::Tree:
        nt.kind = NotetypeKind::Tree;
        nt.templates = {{QStringLiteral("Whole tree"), QStringLiteral("{{Root}}"), QStringLiteral("{{Branches}}")},
                        {QStringLiteral("Branch"), QStringLiteral("{{Root}}"), QStringLiteral("{{Branches}}")}};
        break;
    case DeckKind::Layers:
        nt.kind = NotetypeKind::Layers;
        nt.templates = {{QStringLiteral("Whole stack"), QStringLiteral("{{Question}}"), QStringLiteral("{{Layers}}")},
                        {QStringLiteral("Layer"), QStringLiteral("{{Question}}"), QStringLiteral("{{Layers}}")}};
        break;
    }
    return nt;
}

std::optional<DeckKind> BuiltinNotetypes::kindOf(const Notetype &notetype)
{
    if (!notetype.markdownFields)
        return std::nullopt;
    for (DeckKind k : {DeckKind::Basic, DeckKind::Reversed, DeckKind::Cloze, DeckKind::Pair, DeckKind::Tree,
                       DeckKind::Layers})
        if (notetype.name == name(k))
            return k;
    return std::nullopt;
}

Result<Notetype> BuiltinNotetypes::ensure(Collection &collection, DeckKind kind)
{
    // The same rule the deck importer's writer places these notetypes by.
    return ForeignDataImporter::ensureBuiltinNotetype(collection, make(kind));
}

std::vector<int> BuiltinNotetypes::cardOrds(DeckKind kind, const QStringList &fields)
{
    std::vector<int> ords;
    switch (kind) {
    case DeckKind::Basic:
        return {0};
    case DeckKind::Reversed:
    case DeckKind::Pair:
        return {0, 1};
    case DeckKind::Cloze:
        for (int n : DeckParser::clozeNumbers(fields.value(0)))
            ords.push_back(n - 1);
        if (ords.empty())
            ords.push_back(0);   // like Anki: a cloze note without deletions still has its first card
        return ords;
    case DeckKind::Tree: {
        const int n = countBranches(DeckParser::parseBranches(fields.value(1)));
        for (int i = 0; i <= n; ++i)
            ords.push_back(i);
        return ords;
    }
    case DeckKind::Layers: {
        const int n = int(DeckParser::parseLayers(fields.value(1)).size());
        for (int i = 0; i <= n; ++i)
            ords.push_back(i);
        return ords;
    }
    }
    return ords;
}

} // namespace debrief
