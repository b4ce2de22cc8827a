#include "storage/noterepository.h"

#include "model/tags.h"
#include "storage/database.h"

#include <QSet>

#include <algorithm>

namespace debrief {

namespace {

constexpr QChar kFieldSeparator(0x1f);   // Anki's field separator inside notes.fields

Note readNote(const Statement &s)
{
    Note n;
    n.id = s.int64(0);
    n.guid = s.text(1);
    n.notetypeId = s.int64(2);
    n.fields = s.text(3).split(kFieldSeparator);
    n.tags = Tags::split(s.text(4));
    n.modifiedSecs = s.int64(5);
    return n;
}

} // namespace

QString NoteRepository::joinTags(const QStringList &tags)
{
    return tags.isEmpty() ? QString() : QLatin1Char(' ') + tags.join(QLatin1Char(' ')) + QLatin1Char(' ');
}

Result<void> NoteRepository::insert(const Note &note)
{
    Result<Statement> s = m_db.cached("INSERT INTO notes (id, guid, notetype_id, fields, tags, mod) VALUES (?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    s->bind(1, note.id).bind(2, note.guid).bind(3, note.notetypeId).bind(4, note.fields.join(kFieldSeparator));
    s->bind(5, joinTags(note.tags)).bind(6, note.modifiedSecs);
    return s->run();
}

Result<bool> NoteRepository::update(const Note &note)
{
    Result<Statement> s = m_db.cached("UPDATE notes SET guid = ?, notetype_id = ?, fields = ?, tags = ?, mod = ? WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, note.guid).bind(2, note.notetypeId).bind(3, note.fields.join(kFieldSeparator));
    s->bind(4, joinTags(note.tags)).bind(5, note.modifiedSecs).bind(6, note.id);
    if (Result<void> r = s->run(); !r)
        return r.error();
    return m_db.changes() > 0;
}

Result<std::optional<Note>> NoteRepository::find(NoteId id)
{
    Result<Statement> s = m_db.cached("SELECT id, guid, notetype_id, fields, tags, mod FROM notes WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    return s->firstRow(readNote);
}

Result<std::optional<Note>> NoteRepository::findByGuid(const QString &guid)
{
    Result<Statement> s = m_db.cached("SELECT id, guid, notetype_id, fields, tags, mod FROM notes WHERE guid = ?");
    if (!s)
        return s.error();
    s->bind(1, guid);
    return s->firstRow(readNote);
}

Result<void> NoteRepository::remove(NoteId id)
{
    Result<Statement> s = m_db.cached("DELETE FROM notes WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    return s->run();
}

Result<void> NoteRepository::setTagText(NoteId id, const QString &tagText, qint64 modifiedSecs)
{
    Result<Statement> s = m_db.cached("UPDATE notes SET tags = ?, mod = ? WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, tagText).bind(2, modifiedSecs).bind(3, id);
    return s->run();
}

Result<std::vector<NoteId>> NoteRepository::idsInDecks(const std::vector<DeckId> &decks)
{
    // cards_queue leads with deck_id, so each deck is an index range; sorting and deduplicating
    // in memory is cheaper than DISTINCT over a join.
    std::vector<NoteId> out;
    const auto collect = [&](Result<Statement> s) -> Result<void> {
        if (!s)
            return s.error();
        return s->forEachRow([&](const Statement &row) { out.push_back(row.int64(0)); });
    };
    if (decks.empty()) {
        if (Result<void> r = collect(m_db.cached("SELECT id FROM notes")); !r)
            return r.error();
    } else {
        for (DeckId deck : decks) {
            Result<Statement> s = m_db.cached("SELECT note_id FROM cards WHERE deck_id = ?");
            if (s)
                s->bind(1, deck);
            if (Result<void> r = collect(std::move(s)); !r)
                return r.error();
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Result<std::vector<std::pair<NoteId, QString>>> NoteRepository::firstFields(NotetypeId notetype)
{
    Result<Statement> s = m_db.cached("SELECT id, fields FROM notes WHERE notetype_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, notetype);
    std::vector<std::pair<NoteId, QString>> out;
    Result<void> r = s->forEachRow([&](const Statement &row) {
        const QString fields = row.text(1);
        const int sep = fields.indexOf(kFieldSeparator);
        out.emplace_back(row.int64(0), sep < 0 ? fields : fields.left(sep));
    });
    if (!r)
        return r.error();
    return out;
}

Result<QStringList> NoteRepository::allTags()
{
    // DISTINCT on the stored strings first: notes share few tag combinations, so this splits far
    // fewer strings than there are notes.
    Result<Statement> s = m_db.prepare(QStringLiteral("SELECT DISTINCT tags FROM notes WHERE tags != ''"));
    if (!s)
        return s.error();
    QSet<QString> seen;
    Result<void> read = s->forEachRow([&](const Statement &row) {
        for (const QString &tag : Tags::split(row.text(0)))
            seen.insert(tag);
    });
    if (!read)
        return read.error();
    QStringList tags(seen.begin(), seen.end());
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return tags;
}

} // namespace debrief
