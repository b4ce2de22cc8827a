#include "decks/deckimporter.h"

#include "decks/builtinnotetypes.h"
#include "decks/deckparser.h"
#include "decks/deckwriter.h"
#include "storage/collection.h"

#include <QDir>
#include <QSet>

#include <map>
#include <set>

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

// Tags the scheduler or the user put on a note survive a deck update; the rest come from the file.
bool keepsOnUpdate(const QString &tag)
{
    return tag.compare(QLatin1String("leech"), Qt::CaseInsensitive) == 0
        || tag.compare(QLatin1String("marked"), Qt::CaseInsensitive) == 0;
}

QStringList mergedTags(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &t : a + b)
        if (!out.contains(t))
            out << t;
    return out;
}

bool sameTags(QStringList a, QStringList b)
{
    a.sort();
    b.sort();
    return a == b;
}


// Writes the deck inside the caller's transaction; the first failure stops it (and the caller
// rolls back). Counts go to `result` as they happen.
Result<void> writeDeck(Collection &collection, const DeckFile &file, const ImportOptions &options,
                       const ProgressFn &progress, ImportResult &result)
{

    auto existingDeck = collection.deckByName(file.deck);
    if (!existingDeck)
        return existingDeck.error();
    auto deckResult = collection.ensureDeck(file.deck);
    if (!deckResult)
        return deckResult.error();
    Deck deck = deckResult.value();
    if (!existingDeck.value())
        ++result.counts.decksAdded;
    if (!file.description.isEmpty() && deck.description != file.description) {
        deck.description = file.description;
        if (auto r = collection.updateDeck(deck); !r)
            return r.error();
    }

    std::map<DeckKind, Notetype> notetypes;
    auto positionBase = collection.count(QStringLiteral("cards"));
    if (!positionBase)
        return positionBase.error();
    qint64 nextPosition = positionBase.value();

    QSet<QString> guidsInFile;
    const qint64 total = qint64(file.notes.size());
    qint64 done = 0;
    for (const DeckNote &dn : file.notes) {
        if (progress && !progress(done, total)) {
            return makeError(Error::Kind::Cancelled, DeckImporter::tr("Import cancelled; nothing was changed."));
        }
        ++done;
        if (!notetypes.count(dn.kind)) {
            auto nt = BuiltinNotetypes::ensure(collection, dn.kind);
            if (!nt)
                return nt.error();
            notetypes.emplace(dn.kind, nt.value());
        }
        const Notetype &nt = notetypes.at(dn.kind);
        const QString guid = DeckImporter::guidFor(dn.id);
        guidsInFile.insert(guid);
        const QStringList fields = DeckImporter::noteFields(dn);
        const QStringList tags = mergedTags(file.tags, dn.tags);
        const std::vector<int> ords = BuiltinNotetypes::cardOrds(dn.kind, fields);

        auto existing = collection.noteByGuid(guid);
        if (!existing)
            return existing.error();
        if (!existing.value()) {
            Note note;
            note.guid = guid;
            note.notetypeId = nt.id;
            note.fields = fields;
            note.tags = tags;
            auto added = collection.addNote(note);
            if (!added)
                return added.error();
            for (int ord : ords) {
                Card card;
                card.noteId = added->id;
                card.deckId = deck.id;
                card.ord = ord;
                card.state = NewState{nextPosition++};
                if (auto r = collection.addCard(card); !r)
                    return r.error();
                ++result.counts.cardsAdded;
            }
            ++result.counts.notesAdded;
            continue;
        }

        Note note = *existing.value();
        if (options.update == UpdatePolicy::Never) {
            ++result.counts.notesSkipped;
            continue;
        }
        const bool wasRetired = note.tags.contains(QLatin1String(DeckImporter::kRetiredTag));
        QStringList newTags = tags;
        for (const QString &t : note.tags)
            if (keepsOnUpdate(t) && !newTags.contains(t))
                newTags << t;
        bool changed = note.fields != fields || note.notetypeId != nt.id || !sameTags(note.tags, newTags);
        if (changed) {
            note.fields = fields;
            note.notetypeId = nt.id;
            note.tags = newTags;
            if (auto r = collection.updateNote(note); !r)
                return r.error();
        }

        auto cards = collection.cardsOfNote(note.id);
        if (!cards)
            return cards.error();
        const std::set<int> wanted(ords.begin(), ords.end());
        std::set<int> have;
        for (Card card : cards.value()) {
            have.insert(card.ord);
            if (!wanted.count(card.ord) && card.queue != CardQueue::Suspended) {
                // The branch, layer or cloze this card asked about is gone; keep its history.
                card.queue = CardQueue::Suspended;
                if (auto r = collection.updateCard(card); !r)
                    return r.error();
                changed = true;
            } else if (wanted.count(card.ord) && wasRetired && card.queue == CardQueue::Suspended) {
                card.queue = CardQueue::Normal;   // the id came back: so do its cards
                if (auto r = collection.updateCard(card); !r)
                    return r.error();
                changed = true;
            }
        }
        for (int ord : ords) {
            if (have.count(ord))
                continue;
            Card card;
            card.noteId = note.id;
            card.deckId = deck.id;
            card.ord = ord;
            card.state = NewState{nextPosition++};
            if (auto r = collection.addCard(card); !r)
                return r.error();
            ++result.counts.cardsAdded;
            changed = true;
        }
        if (changed)
            ++result.counts.notesUpdated;
        else
            ++result.counts.notesUnchanged;
    }

    // Retire "debrief:" notes of this deck whose id is no longer in the file.
    auto inDeck = collection.noteIdsInDecks({deck.id});
    if (!inDeck)
        return inDeck.error();
    for (NoteId id : inDeck.value()) {
        auto note = collection.note(id);
        if (!note)
            return note.error();
        // Notes the user added to a bundled deck by hand have no "debrief:" id and are theirs.
        if (!note->guid.startsWith(QLatin1String("debrief:")) || guidsInFile.contains(note->guid)
            || note->tags.contains(QLatin1String(DeckImporter::kRetiredTag)))
            continue;
        auto cards = collection.cardsOfNote(id);
        if (!cards)
            return cards.error();
        for (Card card : cards.value()) {
            if (card.queue != CardQueue::Suspended) {
                card.queue = CardQueue::Suspended;
                if (auto r = collection.updateCard(card); !r)
                    return r.error();
            }
        }
        Note n = note.value();
        n.tags << QLatin1String(DeckImporter::kRetiredTag);
        if (auto r = collection.updateNote(n); !r)
            return r.error();
        ++result.counts.notesRetired;
    }

    if (progress)
        progress(total, total);
    return {};
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

    Collection::Transaction tx(collection);
    Result<void> written = writeDeck(collection, file, options, progress, result);
    if (written)
        written = tx.commit();
    if (!written)
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
