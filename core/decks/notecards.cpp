#include "decks/notecards.h"

#include "decks/builtinnotetypes.h"
#include "import/foreigndataimporter.h"
#include "model/storabletext.h"
#include "storage/collection.h"

#include <set>

namespace debrief {

namespace {

Result<void> addCards(Collection &collection, NoteChange &change, const std::vector<int> &ords, DeckId deck, qint64 nowSecs)
{
    if (ords.empty())
        return {};
    auto position = collection.count(QStringLiteral("cards"));
    if (!position)
        return position.error();
    qint64 next = *position + 1;
    for (int ord : ords) {
        Card card;
        card.noteId = change.note.id;
        card.deckId = deck;
        card.ord = ord;
        card.state = NewState{next++};
        card.modifiedSecs = nowSecs;
        auto added = collection.addCard(card);
        if (!added)
            return added.error();
        change.cardsAdded.push_back(added->id);
    }
    return {};
}

// A field that cannot be stored as typed is refused, naming the field, rather than stored changed.
Result<void> checkStorable(const Notetype &type, const QStringList &fields)
{
    for (int i = 0; i < fields.size(); ++i) {
        const QString problem = StorableText::problem(type.fieldNames.value(i, QString::number(i + 1)), fields.at(i));
        if (!problem.isEmpty())
            return makeError(Error::Kind::InvalidInput, problem);
    }
    return {};
}

} // namespace

std::vector<int> NoteCards::ords(const Notetype &notetype, const QStringList &fields)
{
    if (const auto kind = BuiltinNotetypes::kindOf(notetype))
        return BuiltinNotetypes::cardOrds(*kind, fields);
    std::vector<int> out;
    if (notetype.kind == NotetypeKind::Cloze) {
        for (int n : ForeignDataImporter::clozeNumbers(fields))
            out.push_back(n - 1);
        if (out.empty())
            out.push_back(0);   // like Anki: a cloze note without deletions still has its first card
        return out;
    }
    for (int i = 0; i < qMax(1, int(notetype.templates.size())); ++i)
        out.push_back(i);
    return out;
}

Result<NoteChange> NoteCards::add(Collection &collection, Note note, DeckId deck, qint64 nowSecs)
{
    auto type = collection.notetype(note.notetypeId);
    if (!type)
        return type.error();
    while (note.fields.size() < type->fieldNames.size())
        note.fields << QString();
    if (Result<void> r = checkStorable(*type, note.fields); !r)
        return r.error();
    note.id = 0;
    note.modifiedSecs = nowSecs;
    Collection::Transaction tx(collection);
    auto added = collection.addNote(note);
    if (!added)
        return added.error();
    NoteChange change;
    change.note = *added;
    if (Result<void> r = addCards(collection, change, ords(*type, added->fields), deck, nowSecs); !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return change;
}

Result<NoteChange> NoteCards::update(Collection &collection, Note note, DeckId deckForNewCards, qint64 nowSecs)
{
    auto before = collection.note(note.id);
    if (!before)
        return before.error();
    auto type = collection.notetype(note.notetypeId);
    if (!type)
        return type.error();
    while (note.fields.size() < type->fieldNames.size())
        note.fields << QString();
    if (Result<void> r = checkStorable(*type, note.fields); !r)
        return r.error();
    note.modifiedSecs = nowSecs;
    NoteChange change;
    change.before = *before;
    change.note = note;

    Collection::Transaction tx(collection);
    if (Result<void> r = collection.updateNote(note); !r)
        return r.error();
    auto cards = collection.cardsOfNote(note.id);
    if (!cards)
        return cards.error();
    const std::vector<int> wanted = ords(*type, note.fields);
    const std::set<int> wantedSet(wanted.begin(), wanted.end());
    const std::vector<int> old = ords(*type, before->fields);
    const std::set<int> oldSet(old.begin(), old.end());
    std::set<int> have;
    for (Card card : *cards) {
        have.insert(card.ord);
        const Card was = card;
        if (!wantedSet.count(card.ord) && card.queue != CardQueue::Suspended)
            card.queue = CardQueue::Suspended;   // its branch, layer or cloze is gone; keep its history
        else if (wantedSet.count(card.ord) && !oldSet.count(card.ord) && card.queue == CardQueue::Suspended)
            card.queue = CardQueue::Normal;   // suspended when its part was removed, and the part is back
        if (card.queue == was.queue)
            continue;
        card.modifiedSecs = nowSecs;
        if (Result<void> r = collection.updateCard(card); !r)
            return r.error();
        change.cardsBefore.push_back(was);
    }
    std::vector<int> missing;
    for (int ord : wanted)
        if (!have.count(ord))
            missing.push_back(ord);
    if (Result<void> r = addCards(collection, change, missing, deckForNewCards, nowSecs); !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return change;
}

Result<void> NoteCards::undo(Collection &collection, const NoteChange &change)
{
    Collection::Transaction tx(collection);
    if (!change.cardsAdded.empty())
        if (Result<void> r = collection.removeCards(change.cardsAdded); !r)
            return r;
    if (change.before.id != 0) {
        if (Result<void> r = collection.updateNote(change.before); !r)
            return r;
    } else if (Result<void> r = collection.removeNotes({change.note.id}); !r) {
        return r;
    }
    for (const Card &c : change.cardsBefore)
        if (Result<void> r = collection.updateCard(c); !r)
            return r;
    return tx.commit();
}

} // namespace debrief
