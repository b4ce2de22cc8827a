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

QString DeckRepository::subtreeSql(const QString &likePattern)
{
    // LIKE, not substr(): it reads the search's globs too, and folds ASCII case as NOCASE does.
    return QStringLiteral("SELECT id FROM decks WHERE name LIKE %1 ESCAPE '\\' OR name LIKE %1 || '::%' ESCAPE '\\'")
        .arg(likePattern);
}

QString DeckRepository::namePatternSql(const QString &deckId)
{
    return QStringLiteral("(SELECT replace(replace(replace(name, '\\', '\\\\'), '%', '\\%'), '_', '\\_') "
                          "FROM decks WHERE id = %1)")
        .arg(deckId);
}

Result<std::vector<Deck>> DeckRepository::subtree(DeckId id)
{
    Result<Statement> s = m_db.prepare(
        QStringLiteral("SELECT id, name, preset_id, description FROM decks WHERE id IN (%1) ORDER BY name")
            .arg(subtreeSql(namePatternSql(QStringLiteral("?1")))));
    if (!s)
        return s.error();
    s->bind(1, id);
    std::vector<Deck> out;
    if (Result<void> r = s->forEachRow([&](const Statement &row) { out.push_back(fromRow(row)); }); !r)
        return r.error();
    return out;
}

Result<qint64> DeckRepository::cardCount(const std::vector<DeckId> &decks)
{
    qint64 total = 0;
    for (DeckId deck : decks) {
        Result<Statement> s = m_db.cached("SELECT COUNT(*) FROM cards WHERE deck_id = ?");
        if (!s)
            return s.error();
        s->bind(1, deck);
        Result<std::optional<qint64>> n = s->firstRow([](const Statement &row) { return row.int64(0); });
        if (!n)
            return n.error();
        total += n->value_or(0);
    }
    return total;
}

} // namespace debrief
