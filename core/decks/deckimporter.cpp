#include "decks/deckimporter.h"

#include "decks/builtinnotetypes.h"
#include "decks/deckparser.h"
#include "decks/deckwriter.h"
#include "import/foreigndataimporter.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QDir>
#include <QFileInfo>

#include <map>

namespace debrief {

namespace {

ImportIssue::Kind issueKind(DeckIssue::Kind k)
{
    switch (k) {
    case DeckIssue::Kind::Io: return ImportIssue::Kind::Io;
    case DeckIssue::Kind::MissingField: return ImportIssue::Kind::MissingField;
    case DeckIssue::Kind::DuplicateId: return ImportIssue::Kind::Duplicate;
    default: return ImportIssue::Kind::Corrupt;
    }
}

QStringList mergedTags(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &t : a + b)
        if (!out.contains(t))
            out << t;
    return out;
}

// The deck file as ForeignData: notes matched by GUID "debrief:<id>" only, of one Debrief notetype
// per kind (which may change: merged and split notes keep their cards), with exactly the cards
// their fields call for, new ones at the collection's next positions; tags from the file plus
// "leech"/"marked"; the deck's notes that left the file retired.
ForeignData foreignData(const DeckFile &file)
{
    ForeignData data;
    data.defaultDeck = file.deck;
    data.notetypeMatch = NotetypeMatch::Builtin;
    data.tagMerge = TagMerge::ReplaceKeepingMarks;
    data.matchFirstField = false;
    data.skipEmptyFirstField = false;
    data.deckNamesMayBeIds = false;
    data.cards = CardSet::Exact;
    data.retypeExisting = true;
    data.retire = RetireRule{file.deck, QLatin1String(DeckImporter::kGuidPrefix), QLatin1String(DeckImporter::kRetiredTag)};
    data.decks.push_back({file.deck, file.description, true});

    std::map<DeckKind, int> kindIndex;
    for (const DeckNote &dn : file.notes) {
        auto kind = kindIndex.find(dn.kind);
        if (kind == kindIndex.end()) {
            kind = kindIndex.emplace(dn.kind, int(data.notetypes.size())).first;
            data.notetypes.push_back(BuiltinNotetypes::make(dn.kind));
        }
        ForeignNote n;
        n.guid = DeckImporter::guidFor(dn.id);
        n.notetypeIndex = kind->second;
        n.deck = file.deck;
        n.fields = DeckImporter::noteFields(dn);
        n.tags = mergedTags(file.tags, dn.tags);
        n.line = dn.line;
        for (int ord : BuiltinNotetypes::cardOrds(dn.kind, n.fields)) {
            ForeignCard c;
            c.ord = ord;
            c.newAtNextPosition = true;
            n.cards.push_back(c);
        }
        data.notes.push_back(std::move(n));
    }
    return data;
}

} // namespace

QStringList DeckImporter::noteFields(const DeckNote &note)
{
    QStringList out;
    for (const QString &name : deckKindFields(note.kind)) {
        if (note.kind == DeckKind::Tree && name == QLatin1String("Branches"))
            out << DeckWriter::writeBranches(note.branches);
        else if (note.kind == DeckKind::Layers && name == QLatin1String("Layers"))
            out << DeckWriter::writeLayers(note.layers);
        else if (name == deckPointsField())
            out << DeckWriter::writePoints(note.points);
        else
            out << note.fields.value(name);
    }
    return out;
}

ImportResult DeckImporter::importFile(Collection &collection, const QString &path, const ImportOptions &options,
                                      const ProgressFn &progress)
{
    const DeckParseResult parsed = DeckParser::parseFile(path);
    if (!parsed.ok()) {
        ImportResult result;
        for (const DeckIssue &i : parsed.issues)
            result.addError(issueKind(i.kind), QStringLiteral("%1:%2: %3").arg(i.file).arg(i.line).arg(i.message), i.line);
        return result;
    }
    return importDeck(collection, parsed.deck, options, progress);
}

ImportResult DeckImporter::importDeck(Collection &collection, const DeckFile &file, const ImportOptions &options,
                                      const ProgressFn &progress)
{
    ImportResult result;
    if (file.deck.trimmed().isEmpty()) {
        result.addError(ImportIssue::Kind::MissingField, tr("%1: missing 'deck:' header").arg(file.path), 1);
        return result;
    }

    ForeignDataImporter writer(collection, options, SystemClock().now());
    if (Result<void> written = writer.write(foreignData(file), result, progress, QFileInfo(file.path).fileName()); !written)
        result.addError(importIssueKind(written.error().kind), written.error().message);
    return result;
}

ImportResult installBundledDecks(Collection &collection, const QString &decksDir)
{
    ImportResult total;
    const QDir dir(decksDir);
    const QStringList files = dir.entryList({QStringLiteral("*.deck")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        total.addError(ImportIssue::Kind::NotFound,
                       DeckImporter::tr("%1: no bundled .deck files").arg(QDir::toNativeSeparators(decksDir)));
        return total;
    }
    for (const QString &name : files) {
        const ImportResult r = DeckImporter::importFile(collection, dir.filePath(name));
        total.issues.insert(total.issues.end(), r.issues.begin(), r.issues.end());
        if (!r.ok())
            return total;
        total.counts.notesAdded += r.counts.notesAdded;
        total.counts.notesUpdated += r.counts.notesUpdated;
        total.counts.notesUnchanged += r.counts.notesUnchanged;
        total.counts.notesSkipped += r.counts.notesSkipped;
        total.counts.notesRetired += r.counts.notesRetired;
        total.counts.cardsAdded += r.counts.cardsAdded;
        total.counts.decksAdded += r.counts.decksAdded;
    }
    return total;
}

} // namespace debrief
