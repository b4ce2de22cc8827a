#include "decks/deckfile.h"

namespace debrief {

QStringList deckKindFields(DeckKind kind)
{
    switch (kind) {
    case DeckKind::Basic:
    case DeckKind::Reversed:
        return {QStringLiteral("Front"), QStringLiteral("Back")};
    case DeckKind::Cloze:
        return {QStringLiteral("Text"), QStringLiteral("Extra")};
    case DeckKind::Pair:
        return {QStringLiteral("Question"), QStringLiteral("Weak"), QStringLiteral("Strong"), QStringLiteral("Why"),
                QStringLiteral("Model"), deckPointsField()};
    case DeckKind::Tree:
        return {QStringLiteral("Root"), QStringLiteral("Branches"), deckPointsField()};
    case DeckKind::Layers:
        return {QStringLiteral("Question"), QStringLiteral("Layers"), deckPointsField()};
    }
    return {};
}

QStringList deckKindRequiredFields(DeckKind kind)
{
    QStringList f = deckKindFields(kind);
    f.removeAll(QStringLiteral("Extra"));
    f.removeAll(QStringLiteral("Model"));
    f.removeAll(deckPointsField());
    return f;
}

QString deckKindName(DeckKind kind)
{
    switch (kind) {
    case DeckKind::Basic: return QStringLiteral("basic");
    case DeckKind::Reversed: return QStringLiteral("reversed");
    case DeckKind::Cloze: return QStringLiteral("cloze");
    case DeckKind::Pair: return QStringLiteral("pair");
    case DeckKind::Tree: return QStringLiteral("tree");
    case DeckKind::Layers: return QStringLiteral("layers");
    }
    return {};
}

bool deckKindFromName(const QString &name, DeckKind *kind)
{
    for (DeckKind k : {DeckKind::Basic, DeckKind::Reversed, DeckKind::Cloze, DeckKind::Pair, DeckKind::Tree,
                       DeckKind::Layers}) {
        if (deckKindName(k) == name) {
            if (kind)
                *kind = k;
            return true;
        }
    }
    return false;
}

bool operator==(const DeckBranch &a, const DeckBranch &b)
{
    return a.cause == b.cause && a.detect == b.detect && a.fix == b.fix && a.covers == b.covers
        && a.children == b.children;
}

bool operator==(const DeckLayer &a, const DeckLayer &b)
{
    return a.name == b.name && a.metrics == b.metrics && a.drives == b.drives && a.covers == b.covers;
}

bool operator==(const DeckNote &a, const DeckNote &b)
{
    return a.kind == b.kind && a.id == b.id && a.tags == b.tags && a.covers == b.covers && a.fields == b.fields
        && a.points == b.points && a.branches == b.branches && a.layers == b.layers;
}

bool operator==(const DeckFile &a, const DeckFile &b)
{
    return a.format == b.format && a.deck == b.deck && a.description == b.description && a.tags == b.tags
        && a.notes == b.notes;
}

} // namespace debrief
