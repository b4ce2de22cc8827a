#include "decks/deckexporter.h"

#include "decks/builtinnotetypes.h"
#include "decks/deckimporter.h"
#include "decks/deckparser.h"
#include "decks/deckwriter.h"
#include "storage/collection.h"

#include <map>

namespace debrief {

namespace {

// The non-empty fields, one paragraph each.
QString nonEmptyJoined(const QStringList &fields)
{
    QStringList kept;
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            kept << f;
    return kept.join(QStringLiteral("\n\n"));
}

} // namespace

Result<DeckFile> DeckExporter::toDeckFile(Collection &collection, DeckId deckId)
{
    auto deck = collection.deck(deckId);
    if (!deck)
        return deck.error();
    DeckFile file;
    file.deck = deck->name;
    file.description = deck->description;

    Result<std::vector<NoteId>> listed = collection.noteIdsInDecks({deckId});
    if (!listed)
        return listed.error();
    const std::vector<NoteId> &ids = *listed;

    std::map<NotetypeId, Notetype> notetypes;
    const QString prefix = QLatin1String(DeckImporter::kGuidPrefix);
    for (NoteId id : ids) {
        auto note = collection.note(id);
        if (!note)
            return note.error();
        if (!notetypes.count(note->notetypeId)) {
            auto nt = collection.notetype(note->notetypeId);
            if (!nt)
                return nt.error();
            notetypes.emplace(note->notetypeId, nt.value());
        }
        const Notetype &nt = notetypes.at(note->notetypeId);
        DeckNote dn;
        const QString fromGuid = note->guid.startsWith(prefix) ? note->guid.mid(prefix.size()) : QString();
        dn.id = DeckParser::isValidId(fromGuid) ? fromGuid : QStringLiteral("n%1").arg(note->id);
        for (const QString &t : note->tags)
            if (t != QLatin1String(DeckImporter::kRetiredTag))
                dn.tags << t;
        const auto kind = BuiltinNotetypes::kindOf(nt);
        if (kind) {
            dn.kind = *kind;
            const QStringList names = deckKindFields(dn.kind);
            for (int i = 0; i < names.size(); ++i) {
                const QString value = note->fields.value(i);
                if (dn.kind == DeckKind::Tree && names.at(i) == QLatin1String("Branches"))
                    dn.branches = DeckParser::parseBranches(value);
                else if (dn.kind == DeckKind::Layers && names.at(i) == QLatin1String("Layers"))
                    dn.layers = DeckParser::parseLayers(value);
                else if (names.at(i) == deckPointsField())
                    dn.points = DeckParser::parsePoints(value);
                else if (!(value.isEmpty() && !deckKindRequiredFields(dn.kind).contains(names.at(i))))
                    dn.fields.insert(names.at(i), value);
            }
        } else if (nt.kind == NotetypeKind::Cloze) {
            // Anki's cloze syntax is the deck format's; "Back Extra" (or the like) is optional.
            dn.kind = DeckKind::Cloze;
            dn.fields.insert(QStringLiteral("Text"), note->fields.value(0));
            const QString extra = nonEmptyJoined(note->fields.mid(1));
            if (!extra.isEmpty())
                dn.fields.insert(QStringLiteral("Extra"), extra);
        } else {
            // Any other notetype: the first field asks, the other non-empty fields answer (a
            // vocabulary note keeps its reading and meaning). A note with nothing to answer
            // cannot be a valid basic note and is left out; the caller sees it in the count.
            const QString back = nonEmptyJoined(note->fields.mid(1));
            if (note->fields.value(0).trimmed().isEmpty() || back.isEmpty())
                continue;
            dn.kind = DeckKind::Basic;
            dn.fields.insert(QStringLiteral("Front"), note->fields.value(0));
            dn.fields.insert(QStringLiteral("Back"), back);
        }
        file.notes.push_back(std::move(dn));
    }
    return file;
}

Result<void> DeckExporter::exportDeck(Collection &collection, DeckId deck, const QString &path)
{
    auto file = toDeckFile(collection, deck);
    if (!file)
        return file.error();
    return DeckWriter::writeFile(file.value(), path);
}

} // namespace debrief
