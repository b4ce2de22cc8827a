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

} // namespace debrief
