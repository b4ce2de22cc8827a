#include "storage/reviewlogrepository.h"

#include "storage/database.h"

namespace debrief {

Result<void> ReviewLogRepository::insert(const ReviewLogEntry &e)
{
    Result<Statement> s = m_db.cached(
        "INSERT INTO revlog (id, card_id, rating, interval_after, interval_before, ease_permille, taken_ms, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    s->bind(1, e.id).bind(2, e.cardId).bind(3, e.rating).bind(4, e.intervalAfter).bind(5, e.intervalBefore);
    s->bind(6, e.easePermille).bind(7, e.takenMs).bind(8, int(e.kind));
    return s->run();
}

Result<std::vector<ReviewLogEntry>> ReviewLogRepository::ofCard(CardId id)
{
    Result<Statement> s = m_db.cached("SELECT id, card_id, rating, interval_after, interval_before, ease_permille, "
                                      "taken_ms, kind FROM revlog WHERE card_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, id);
    std::vector<ReviewLogEntry> out;
    Result<void> r = s->forEachRow([&](const Statement &row) {
        ReviewLogEntry e;
        e.id = row.int64(0);
        e.cardId = row.int64(1);
        e.rating = row.integer(2);
        e.intervalAfter = row.integer(3);
        e.intervalBefore = row.integer(4);
        e.easePermille = row.integer(5);
        e.takenMs = row.integer(6);
        e.kind = ReviewKind(row.integer(7));
        out.push_back(e);
    });
    if (!r)
        return r.error();
    return out;
}

Result<void> ReviewLogRepository::remove(ReviewId id)
{
    Result<Statement> s = m_db.cached("DELETE FROM revlog WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    return s->run();
}

} // namespace debrief
