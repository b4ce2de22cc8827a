#include "storage/deckrepository.h"

#include "storage/database.h"

namespace debrief {

Deck DeckRepository::fromRow(const Statement &s) { return Deck{s.int64(0), s.text(1), s.int64(2), s.text(3)}; }

Result<std::vector<Deck>> DeckRepository::all()
{
    Result<Statement> s = m_db.cached("SELECT id, name, preset_id, description FROM decks ORDER BY name");
    if (!s)
        return s.error();
    std::vector<Deck> out;
    if (Result<void> r = s->forEachRow([&](const Statement &row) { out.push_back(fromRow(row)); }); !r)
        return r.error();
    return out;
}

Result<std::optional<Deck>> DeckRepository::find(DeckId id)
{
    Result<Statement> s = m_db.cached("SELECT id, name, preset_id, description FROM decks WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    return s->firstRow(fromRow);
}

Result<std::optional<Deck>> DeckRepository::findByName(const QString &name)
{
    Result<Statement> s = m_db.cached("SELECT id, name, preset_id, description FROM decks WHERE name = ?");
    if (!s)
        return s.error();
    s->bind(1, name);
    return s->firstRow(fromRow);
}

Result<void> DeckRepository::insert(const Deck &deck, qint64 modifiedSecs)
{
    Result<Statement> s = m_db.cached("INSERT INTO decks (id, name, preset_id, description, mod) VALUES (?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    s->bind(1, deck.id).bind(2, deck.name).bind(3, deck.presetId).bind(4, deck.description).bind(5, modifiedSecs);
    return s->run();
}

Result<void> DeckRepository::update(const Deck &deck, qint64 modifiedSecs)
{
    Result<Statement> s = m_db.cached("UPDATE decks SET name = ?, preset_id = ?, description = ?, mod = ? WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, deck.name).bind(2, deck.presetId).bind(3, deck.description).bind(4, modifiedSecs).bind(5, deck.id);
    return s->run();
}

Result<void> DeckRepository::rename(DeckId id, const QString &name)
{
    Result<Statement> s = m_db.cached("UPDATE decks SET name = ? WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, name).bind(2, id);
    return s->run();
}

} // namespace debrief
