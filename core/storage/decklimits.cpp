#include "storage/decklimits.h"

#include "scheduling/presetcheck.h"
#include "storage/database.h"

namespace debrief {

namespace {

std::optional<int> optionalInt(const Statement &row, int col)
{
    return row.isNull(col) ? std::nullopt : std::optional<int>(row.integer(col));
}

void bindOptional(Statement &s, int index, std::optional<int> value)
{
    if (value)
        s.bind(index, *value);
    else
        s.bindNull(index);
}

} // namespace

Result<DeckTodayLimits> DeckLimits::forDay(DeckId deck, qint64 today)
{
    Result<Statement> s = m_db.cached("SELECT new_today, reviews_today FROM deck_limits WHERE deck_id = ? AND day = ?");
    if (!s)
        return s.error();
    s->bind(1, deck).bind(2, today);
    DeckTodayLimits out;
    out.day = today;
    Result<std::optional<DeckTodayLimits>> row = s->firstRow([&](const Statement &r) {
        DeckTodayLimits l = out;
        l.newPerDay = optionalInt(r, 0);
        l.reviewsPerDay = optionalInt(r, 1);
        return l;
    });
    if (!row)
        return row.error();
    return row->value_or(out);
}

Result<std::unordered_map<DeckId, DeckTodayLimits>> DeckLimits::allForDay(qint64 today)
{
    Result<Statement> s = m_db.cached("SELECT deck_id, new_today, reviews_today FROM deck_limits WHERE day = ?");
    if (!s)
        return s.error();
    s->bind(1, today);
    std::unordered_map<DeckId, DeckTodayLimits> out;
    Result<void> r = s->forEachRow([&](const Statement &row) {
        out[row.int64(0)] = DeckTodayLimits{today, optionalInt(row, 1), optionalInt(row, 2)};
    });
    if (!r)
        return r.error();
    return out;
}

Result<void> DeckLimits::set(DeckId deck, const DeckTodayLimits &limits)
{
    if (const QString problem = PresetCheck::todayLimitsProblem(limits.newPerDay, limits.reviewsPerDay); !problem.isEmpty())
        return makeError(Error::Kind::InvalidInput, problem);
    if (!limits.newPerDay && !limits.reviewsPerDay) {
        Result<Statement> s = m_db.cached("DELETE FROM deck_limits WHERE deck_id = ?");
        if (!s)
            return s.error();
        s->bind(1, deck);
        return s->run();
    }
    Result<Statement> s = m_db.cached(
        "INSERT INTO deck_limits (deck_id, day, new_today, reviews_today) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(deck_id) DO UPDATE SET day = excluded.day, new_today = excluded.new_today, "
        "reviews_today = excluded.reviews_today");
    if (!s)
        return s.error();
    s->bind(1, deck).bind(2, limits.day);
    bindOptional(*s, 3, limits.newPerDay);
    bindOptional(*s, 4, limits.reviewsPerDay);
    return s->run();
}

} // namespace debrief
