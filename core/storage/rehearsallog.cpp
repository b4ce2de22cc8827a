#include "storage/rehearsallog.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace debrief {

Result<void> RehearsalLog::record(ReviewId review, const RehearsalScore &s)
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO rehearsal_log (revlog_id, points_ticked, points_total, score_permille, duration_ms, limit_ms, recording)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, qint64(review)).bind(2, s.pointsTicked).bind(3, s.pointsTotal).bind(4, s.scorePermille);
    st->bind(5, s.durationMs).bind(6, s.limitMs).bind(7, s.recording);
    return st->run();
}

Result<std::optional<RehearsalScore>> RehearsalLog::score(ReviewId review)
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "SELECT points_ticked, points_total, score_permille, duration_ms, limit_ms, recording FROM rehearsal_log WHERE revlog_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, qint64(review));
    return st->firstRow([](const Statement &row) {
        RehearsalScore s;
        s.pointsTicked = row.integer(0);
        s.pointsTotal = row.integer(1);
        s.scorePermille = row.integer(2);
        s.durationMs = row.integer(3);
        s.limitMs = row.integer(4);
        s.recording = row.text(5);
        return s;
    });
}

namespace {

Result<std::vector<std::pair<ReviewId, QString>>> readRecordings(Statement &s)
{
    std::vector<std::pair<ReviewId, QString>> out;
    if (Result<void> r = s.forEachRow([&](const Statement &row) { out.emplace_back(row.int64(0), row.text(1)); }); !r)
        return r.error();
    return out;
}

} // namespace

Result<std::vector<std::pair<ReviewId, QString>>> RehearsalLog::recordings(CardId card)
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "SELECT r.revlog_id, r.recording FROM rehearsal_log r JOIN revlog l ON l.id = r.revlog_id"
        " WHERE l.card_id = ? AND r.recording != '' ORDER BY r.revlog_id"));
    if (!s)
        return s.error();
    s->bind(1, qint64(card));
    return readRecordings(*s);
}

Result<std::vector<std::pair<ReviewId, QString>>> RehearsalLog::allRecordings()
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "SELECT revlog_id, recording FROM rehearsal_log WHERE recording != '' ORDER BY revlog_id"));
    if (!s)
        return s.error();
    return readRecordings(*s);
}

Result<void> RehearsalLog::clearRecording(ReviewId review)
{
    Result<Statement> s = m_db.cached("UPDATE rehearsal_log SET recording = '' WHERE revlog_id = ?");
    if (!s)
        return s.error();
    s->bind(1, qint64(review));
    return s->run();
}

} // namespace debrief
