#include "storage/deckremovalrepository.h"

#include "storage/database.h"

#include <QSet>

namespace debrief {

Result<DeckRemovalRepository::Removed> DeckRemovalRepository::remove(const std::vector<DeckId> &decks)
{
    Removed removed;
    QSet<NoteId> touched;
    for (DeckId deck : decks) {
        Result<Statement> notes = m_db.cached("SELECT note_id FROM cards WHERE deck_id = ?");
        if (!notes)
            return notes.error();
        notes->bind(1, deck);
        if (Result<void> r = notes->forEachRow([&](const Statement &row) {
                touched.insert(row.int64(0));
                ++removed.cards;
            });
            !r)
            return r.error();
        for (const char *sql : {"DELETE FROM cards WHERE deck_id = ?", "DELETE FROM decks WHERE id = ?"}) {
            Result<Statement> s = m_db.cached(sql);
            if (!s)
                return s.error();
            s->bind(1, deck);
            if (Result<void> r = s->run(); !r)
                return r.error();
        }
    }
    // A note keeps living while one of its cards is in another deck.
    for (NoteId note : touched) {
        Result<Statement> s = m_db.cached("DELETE FROM notes WHERE id = ? AND NOT EXISTS (SELECT 1 FROM cards WHERE note_id = ?)");
        if (!s)
            return s.error();
        s->bind(1, note).bind(2, note);
        if (Result<void> r = s->run(); !r)
            return r.error();
        removed.notes += m_db.changes();
    }
    return removed;
}

Result<void> DeckRemovalRepository::attachBackup(const QString &file)
{
    Result<Statement> attach = m_db.prepare(QStringLiteral("ATTACH DATABASE ? AS deleted_src"));
    if (!attach)
        return attach.error();
    attach->bind(1, file);
    return attach->run();
}

void DeckRemovalRepository::detachBackup() { (void)m_db.exec(QStringLiteral("DETACH DATABASE deleted_src")); }

Result<std::optional<int>> DeckRemovalRepository::backupSchemaVersion()
{
    Result<Statement> version = m_db.prepare(QStringLiteral("PRAGMA deleted_src.user_version"));
    if (!version)
        return version.error();
    return version->firstRow([](const Statement &row) { return row.integer(0); });
}

Result<std::optional<QString>> DeckRemovalRepository::backupDeckName(DeckId deck)
{
    Result<Statement> name = m_db.prepare(QStringLiteral("SELECT name FROM deleted_src.decks WHERE id = ?"));
    if (!name)
        return name.error();
    name->bind(1, deck);
    return name->firstRow([](const Statement &row) { return row.text(0); });
}

Result<void> DeckRemovalRepository::copyBack(DeckId deck)
{
    // The deck's preset may have been deleted since: bring it back too, with its options.
    for (const char *sql : {
             "INSERT OR IGNORE INTO presets SELECT * FROM deleted_src.presets WHERE id = (SELECT preset_id FROM deleted_src.decks WHERE id = ?1)",
             "INSERT INTO decks SELECT * FROM deleted_src.decks WHERE id = ?1",
             "INSERT INTO notes SELECT * FROM deleted_src.notes WHERE id IN (SELECT note_id FROM deleted_src.cards WHERE deck_id = ?1) "
             "AND id NOT IN (SELECT id FROM main.notes)",
             "INSERT OR IGNORE INTO cards SELECT * FROM deleted_src.cards WHERE deck_id = ?1 AND note_id IN (SELECT id FROM main.notes)",
         }) {
        Result<Statement> s = m_db.prepare(QString::fromLatin1(sql));
        if (!s)
            return s.error();
        s->bind(1, deck);
        if (Result<void> r = s->run(); !r)
            return r;
    }
    return {};
}

} // namespace debrief
