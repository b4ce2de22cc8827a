#include "storage/decktree.h"

#include "model/deckname.h"
#include "storage/database.h"
#include "storage/deckrepository.h"
#include "storage/undolog.h"

#include <QDateTime>
#include <QStringList>

namespace debrief {

namespace {

// New row ids are millisecond timestamps, as in Anki; only used to pick ids, never for scheduling.
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace

DeckTree::DeckTree(Collection &collection, Database &db) : m_collection(collection), m_db(db) {}

Result<Deck> DeckTree::ensure(const QString &name, const IdPicker &freeDeckId)
{
    const QStringList parts = name.split(QStringLiteral("::"));
    Deck current;
    PresetId inherited = 1;
    for (int i = 1; i <= parts.size(); ++i) {
        const QString prefix = parts.mid(0, i).join(QStringLiteral("::"));
        Result<std::optional<Deck>> existing = m_collection.deckByName(prefix);
        if (!existing)
            return existing.error();
        if (*existing) {
            current = **existing;
            inherited = current.presetId;
            continue;
        }
        // A new subdeck starts with its parent's options, as in Anki.
        Result<qint64> id = freeDeckId(nowMs());
        if (!id)
            return id.error();
        current = Deck{*id, prefix, inherited, QString()};
        if (Result<void> r = DeckRepository(m_db).insert(current, nowMs() / 1000); !r)
            return r.error();
    }
    return current;
}

Result<void> DeckTree::update(const Deck &deck, const QString &name)
{
    Result<Deck> old = m_collection.deck(deck.id);
    if (!old)
        return old.error();
    if (old->name.compare(name, Qt::CaseInsensitive) != 0) {
        Result<std::optional<Deck>> clash = m_collection.deckByName(name);
        if (!clash)
            return clash.error();
        if (*clash)
            return makeError(Error::Kind::InvalidInput, tr("A deck named \"%1\" already exists").arg(name));
        // Children move with their parent: "Old::X" becomes "New::X".
        DeckRepository repo(m_db);
        Result<std::vector<Deck>> subtree = repo.subtree(deck.id);
        if (!subtree)
            return subtree.error();
        const int oldPrefix = old->name.size() + 2;
        for (const Deck &child : *subtree) {
            if (child.id == deck.id)
                continue;
            if (Result<void> r = repo.rename(child.id, name + QStringLiteral("::") + child.name.mid(oldPrefix)); !r)
                return r;
        }
    }
    if (Result<void> r = DeckRepository(m_db).update(Deck{deck.id, name, deck.presetId, deck.description}, nowMs() / 1000); !r)
        return r;
    // Parents only after the rename: renaming "A" to "A::B" must create a new "A", which looking
    // it up before would have found in the deck being renamed.
    if (const QString parent = DeckName::parent(name); !parent.isEmpty()) {
        if (Result<Deck> p = m_collection.ensureDeck(parent); !p)
            return p.error();
    }
    return {};
}

Result<std::vector<DeckId>> DeckTree::subtree(DeckId id)
{
    Result<std::vector<Deck>> decks = DeckRepository(m_db).subtree(id);
    if (!decks)
        return decks.error();
    if (decks->empty())
        return makeError(Error::Kind::NotFound, tr("No deck with id %1").arg(id));
    std::vector<DeckId> ids;
    for (const Deck &deck : *decks)
        ids.push_back(deck.id);
    return ids;
}

Result<DeckRemovalRepository::Removed> DeckTree::remove(const std::vector<DeckId> &ids)
{
    Result<DeckRemovalRepository::Removed> removed = DeckRemovalRepository(m_db).remove(ids);
    if (!removed)
        return removed.error();
    // Undo records may point at the removed cards, as in Collection::removeNotes().
    if (Result<void> r = UndoLog(m_db).clear(); !r)
        return r.error();
    return removed;
}

Result<void> DeckTree::restore(const QString &backupFile, const Collection::DeckRemoval &removal,
                               const std::function<void()> &clearCaches)
{
    DeckRemovalRepository repo(m_db);
    if (Result<void> r = repo.attachBackup(backupFile); !r)
        return r;
    auto copyBack = [&]() -> Result<void> {
        if (Result<std::optional<int>> v = repo.backupSchemaVersion(); !v || !*v || **v != m_collection.schemaVersion())
            return makeError(Error::Kind::InvalidInput, tr("The backup %1 is of another schema version").arg(backupFile));
        Collection::Transaction tx(m_collection);
        QStringList names;
        for (DeckId deck : removal.decks) {
            Result<std::optional<QString>> name = repo.backupDeckName(deck);
            if (!name)
                return name.error();
            if (!*name)
                return makeError(Error::Kind::NotFound, tr("The backup has no deck %1").arg(deck));
            Result<std::optional<Deck>> clash = m_collection.deckByName(**name);
            if (!clash)
                return clash.error();
            if (*clash)
                return makeError(Error::Kind::InvalidInput,
                                 tr("A deck named \"%1\" has been created since; rename it first").arg(**name));
            names << **name;
        }
        for (DeckId deck : removal.decks)
            if (Result<void> r = repo.copyBack(deck); !r)
                return r;
        // A parent deleted since (as its own deck) comes back empty, so the tree stays whole.
        for (const QString &name : names)
            if (const QString parent = DeckName::parent(name); !parent.isEmpty())
                if (Result<Deck> p = m_collection.ensureDeck(parent); !p)
                    return p.error();
        clearCaches();
        return tx.commit();
    };
    Result<void> result = copyBack();
    repo.detachBackup();
    return result;
}

} // namespace debrief
