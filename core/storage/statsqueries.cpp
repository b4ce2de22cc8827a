#include "storage/statsqueries.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <map>
#include <tuple>

#include <sqlite3.h>

namespace debrief {

namespace {

// Deck ids and offsets are integers we produce, so they go into the SQL text as literals: an
// IN list of any length and a CASE over the offset segments without a bind per element.
QString deckList(const std::vector<DeckId> &decks)
{
    QStringList ids;
    ids.reserve(int(decks.size()));
    for (DeckId d : decks)
        ids << QString::number(d);
    return ids.join(QLatin1Char(','));
}

// "AND <column> IN (...)" for a card's deck, or nothing for the whole collection.
QString cardDeckFilter(const StatsScope &scope, const char *column)
{
    if (scope.decks.empty())
        return QString();
    return QStringLiteral(" AND %1 IN (%2)").arg(QLatin1String(column), deckList(scope.decks));
}

QString revlogDeckFilter(const StatsScope &scope)
{
    if (scope.decks.empty())
        return QString();
    return QStringLiteral(" AND r.card_id IN (SELECT id FROM cards WHERE deck_id IN (%1))").arg(deckList(scope.decks));
}

QString periodFilter(const StatsScope &scope)
{
    return QStringLiteral(" r.id >= %1 AND r.id < %2").arg(scope.sinceMs).arg(scope.untilMs);
}

// The sort field of a note: fields are joined by U+001F; HTML tags are dropped so a report shows text.
QString sortFieldOf(const QString &fields, int index)
{
    const QString raw = fields.section(QChar(0x1f), index, index);
    QString text;
    text.reserve(raw.size());
    bool inTag = false;
    for (QChar ch : raw) {
        if (ch == QLatin1Char('<'))
            inTag = true;
        else if (ch == QLatin1Char('>') && inTag)
            inTag = false;
        else if (!inTag)
            text += ch;
    }
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    return text.simplified();
}

// The aggregate behind StatsQueries::answers(): counts each answer under its local study day and
// kind, its local hour of day and its button. An answer's local time is its id (ms) plus the
// offset of the scope's segment it falls in; a study day starts at the rollover hour.
class AnswerCounter {
public:
    explicit AnswerCounter(const StatsScope &scope) : m_scope(scope) {}

    static void step(sqlite3_context *ctx, int, sqlite3_value **argv)
    {
        static_cast<AnswerCounter *>(sqlite3_user_data(ctx))
            ->add(sqlite3_value_int64(argv[0]), sqlite3_value_int(argv[1]), sqlite3_value_int(argv[2]),
                  sqlite3_value_int(argv[3]), sqlite3_value_int64(argv[4]));
    }
    static void final(sqlite3_context *ctx) { sqlite3_result_int64(ctx, static_cast<AnswerCounter *>(sqlite3_user_data(ctx))->m_count); }

    AnswerAggregates result()
    {
        flushDay();
        AnswerAggregates out;
        for (const auto &e : m_days)
            out.days.push_back({e.first.first, e.first.second, e.second.first, e.second.second});
        for (int h = 0; h < 24; ++h)
            if (m_hours[h].count > 0)
                out.hours.push_back(m_hours[h]);
        for (const auto &e : m_buttons)
            out.buttons.push_back({std::get<0>(e.first), std::get<1>(e.first), std::get<2>(e.first), e.second});
        return out;
    }

private:
    int offsetAt(qint64 id)
    {
        // Answers come mostly in time order: try the segment of the previous answer first.
        const auto &o = m_scope.offsets;
        if (o.empty())
            return 0;
        if (m_segment >= o.size() || (m_segment > 0 && id < o[m_segment].first)
            || (m_segment + 1 < o.size() && id >= o[m_segment + 1].first)) {
            // The first segment covers everything before the second.
            auto it = std::upper_bound(o.begin() + 1, o.end(), id,
                                       [](qint64 v, const std::pair<qint64, int> &seg) { return v < seg.first; });
            m_segment = size_t(it - o.begin()) - 1;
        }
        return o[m_segment].second;
    }

    void add(qint64 id, int kind, int rating, int intervalBefore, qint64 takenMs)
    {
        ++m_count;
        const qint64 offset = offsetAt(id);
        // Integer division as SQLite does it (toward zero), so figures match the SQL it replaced.
        const qint64 day = (id / 1000 + offset - qint64(m_scope.rolloverHour) * 3600) / 86400;
        if (day != m_day) {
            flushDay();
            m_day = day;
        }
        if (kind >= 0 && kind < kKinds) {
            m_dayCounts[kind].first += 1;
            m_dayCounts[kind].second += takenMs;
        } else {
            auto &c = m_days[{day, kind}];
            c.first += 1;
            c.second += takenMs;
        }
        const qint64 hour = ((id / 1000 + offset) % 86400) / 3600;
        if (hour >= 0 && hour < 24) {
            m_hours[hour].hour = int(hour);
            m_hours[hour].count += 1;
            m_hours[hour].passed += rating > 1;
        }
        const auto key = std::make_tuple(kind, intervalBefore >= 21, rating);
        if (key != m_lastButton || !m_lastButtonCount) {
            m_lastButton = key;
            m_lastButtonCount = &m_buttons[key];
        }
        ++*m_lastButtonCount;
    }

    // The current day's counters go into the map when the day changes: one map update per day
    // and kind instead of one per answer.
    void flushDay()
    {
        for (int k = 0; k < kKinds; ++k) {
            if (m_dayCounts[k].first == 0)
                continue;
            auto &c = m_days[{m_day, k}];
            c.first += m_dayCounts[k].first;
            c.second += m_dayCounts[k].second;
            m_dayCounts[k] = {0, 0};
        }
    }

    static constexpr int kKinds = 5;
    const StatsScope &m_scope;
    size_t m_segment = 0;
    qint64 m_count = 0;
    qint64 m_day = 0;
    std::pair<int, qint64> m_dayCounts[kKinds] = {};               // answers, ms taken
    std::map<std::pair<qint64, int>, std::pair<int, qint64>> m_days;   // (day, kind) -> answers, ms
    HourRow m_hours[24] = {};
    std::map<std::tuple<int, bool, int>, int> m_buttons;            // (kind, mature, rating) -> answers
    std::tuple<int, bool, int> m_lastButton{-1, false, -1};
    int *m_lastButtonCount = nullptr;
};

// debrief_retention(interval_before, rating): per group, the young answers, young passed, mature
// answers and mature passed (not Again), as 16-bit fields of one integer, low to high. A card
// has far fewer than 65,535 answers; the counts saturate rather than spill into the next field.
struct RetentionCounts {
    quint16 n[4];
};

void retentionStep(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto *c = static_cast<RetentionCounts *>(sqlite3_aggregate_context(ctx, sizeof(RetentionCounts)));
    if (!c)
        return;
    const int field = sqlite3_value_int(argv[0]) >= 21 ? 2 : 0;
    const bool passed = sqlite3_value_int(argv[1]) > 1;
    if (c->n[field] < 65535)
        ++c->n[field];
    if (passed && c->n[field + 1] < 65535)
        ++c->n[field + 1];
}

void retentionFinal(sqlite3_context *ctx)
{
    auto *c = static_cast<RetentionCounts *>(sqlite3_aggregate_context(ctx, 0));
    if (!c) {
        sqlite3_result_int64(ctx, 0);
        return;
    }
    sqlite3_result_int64(ctx, qint64(c->n[0]) | qint64(c->n[1]) << 16 | qint64(c->n[2]) << 32 | qint64(c->n[3]) << 48);
}

void recallFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto fn = *static_cast<StatsQueries::RecallFn *>(sqlite3_user_data(ctx));
    sqlite3_result_double(ctx, fn(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1])));
}

template <typename Row, typename Fill>
Result<std::vector<Row>> collect(Database &db, const QString &sql, Fill fill)
{
    Result<Statement> s = db.prepare(sql);
    if (!s)
        return s.error();
    std::vector<Row> rows;
    for (;;) {
        Result<bool> more = s->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        Row row;
        fill(*s, row);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

StatsQueries::StatsQueries(Database &db) : m_db(db)
{
    // A failure only costs speed.
    (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
}

Result<AnswerAggregates> StatsQueries::answers(const StatsScope &scope)
{
    // GROUP BY makes SQLite sort every answer of the period (about 0.5-1 s per grouping on a
    // million answers, against 0.1 s for the scan itself), so the counting is an aggregate
    // function instead: one scan, a handful of counters, no row leaves SQLite.
    AnswerCounter counter(scope);
    const int rc = sqlite3_create_function(m_db.handle(), "debrief_count_answers", 5, SQLITE_UTF8, &counter, nullptr,
                                           &AnswerCounter::step, &AnswerCounter::final);
    if (rc != SQLITE_OK)
        return m_db.errorFor(rc, QCoreApplication::translate("StatsQueries", "Cannot register the answer counter"));
    const QString sql = QStringLiteral("SELECT debrief_count_answers(r.id, r.kind, r.rating, r.interval_before, r.taken_ms) "
                                       "FROM revlog r WHERE%1%2")
                            .arg(periodFilter(scope), revlogDeckFilter(scope));
    Result<qint64> n = m_db.queryInt(sql);
    // The function points at `counter`, which is about to go.
    sqlite3_create_function(m_db.handle(), "debrief_count_answers", 5, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr);
    if (!n)
        return n.error();
    return counter.result();
}

Result<std::vector<RetentionRow>> StatsQueries::retention(const StatsScope &scope)
{
    // Answers of deleted cards have no deck, tags or kind to be counted under, so the join drops them.
    // Counting per card first joins each card once instead of once per answer (2-3x faster on a
    // million answers).
    // Over most of the log, walking the revlog_kind_card index hands SQLite the review answers
    // already grouped by card (no sort, no table read); the unary + keeps it from preferring the
    // id range, which only pays for a short period (a month of two years' answers).
    Result<qint64> first = m_db.queryInt(QStringLiteral("SELECT MIN(id) FROM revlog"));
    Result<qint64> last = m_db.queryInt(QStringLiteral("SELECT MAX(id) FROM revlog"));
    if (!first || !last)
        return (first ? last : first).error();
    const qint64 span = std::max<qint64>(1, *last + 1 - *first);
    const qint64 covered = std::min(scope.untilMs, *last + 1) - std::max(scope.sinceMs, *first);
    const bool wholeLog = covered * 5 > span;   // more than a fifth of the log
    const QString period = wholeLog ? QStringLiteral(" +r.id >= %1 AND +r.id < %2").arg(scope.sinceMs).arg(scope.untilMs)
                                    : periodFilter(scope);
    // The four counts per card come from one C aggregate packed into an integer (16 bits each):
    // four SUM(expression)s cost three times as much per answer (0.40 -> 0.15 s CPU over 800,000
    // review answers).
    const int rc = sqlite3_create_function(m_db.handle(), "debrief_retention", 2, SQLITE_UTF8, nullptr, nullptr,
                                           &retentionStep, &retentionFinal);
    if (rc != SQLITE_OK)
        return m_db.errorFor(rc, QCoreApplication::translate("StatsQueries", "Cannot register the retention counter"));
    const QString sql = QStringLiteral(
        "SELECT c.deck_id, n.tags, nt.kind, SUM(x.p & 65535), SUM((x.p >> 16) & 65535), SUM((x.p >> 32) & 65535), "
        "SUM((x.p >> 48) & 65535) FROM "
        "(SELECT r.card_id, debrief_retention(r.interval_before, r.rating) AS p "
        " FROM revlog r WHERE r.kind = 1 AND%1 GROUP BY r.card_id) x "
        "JOIN cards c ON c.id = x.card_id JOIN notes n ON n.id = c.note_id "
        "JOIN notetypes nt ON nt.id = n.notetype_id "
        "WHERE 1%2 GROUP BY c.deck_id, n.tags, nt.kind")
                            .arg(period, cardDeckFilter(scope, "c.deck_id"));
    struct Group {
        DeckId deck;
        QString tags;
        int kind, youngCount, youngPassed, matureCount, maturePassed;
    };
    Result<std::vector<Group>> groups = collect<Group>(m_db, sql, [](Statement &s, Group &g) {
        g = {s.int64(0), s.text(1), s.integer(2), s.integer(3), s.integer(4), s.integer(5), s.integer(6)};
    });
    if (!groups)
        return groups.error();
    std::vector<RetentionRow> rows;
    for (const Group &g : *groups) {
        if (g.youngCount > 0)
            rows.push_back({g.deck, g.tags, g.kind, false, g.youngCount, g.youngPassed});
        if (g.matureCount > 0)
            rows.push_back({g.deck, g.tags, g.kind, true, g.matureCount, g.maturePassed});
    }
    return rows;
}

Result<std::vector<CardGroupRow>> StatsQueries::cardGroups(const StatsScope &scope, qint64 today, RecallFn recall,
                                                         qint64 recentSinceMs)
{
    // The function lives as long as the connection; registering again just replaces it.
    static thread_local RecallFn fn;
    fn = recall;
    const int rc = sqlite3_create_function(m_db.handle(), "debrief_recall", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, &fn,
                                           &recallFunction, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return m_db.errorFor(rc, QCoreApplication::translate("StatsQueries", "Cannot register the recall function"));
    // A review card was last answered `interval` days before its due day.
    // Cards are summed per (note, deck) first, so each note row (tags, kind) is read once rather
    // than once per card. "First seen recently" is a set worked out once from the answers since
    // `recentSinceMs` (cards answered lately with no older answer), not a MIN() lookup per card:
    // together 0.51 -> 0.30 s CPU on the 100,000-card collection (docs/performance.md).
    const QString sql = QStringLiteral(
        "SELECT x.deck_id, n.tags, nt.kind, SUM(x.t), SUM(x.s), SUM(x.m), SUM(x.q), TOTAL(x.rc), SUM(x.rn) FROM "
        "(SELECT c.note_id, c.deck_id, COUNT(*) AS t, SUM(c.type != 0) AS s, SUM(c.type = 2 AND c.interval_days >= 21) AS m, "
        " SUM(c.queue = 1) AS q, "
        " TOTAL(CASE WHEN c.type = 2 THEN debrief_recall(MAX(0, %1 - (c.due - c.interval_days)), MAX(1, c.interval_days)) "
        "            WHEN c.type IN (1, 3) THEN debrief_recall(0, 0) ELSE 0 END) AS rc, "
        " SUM(c.type != 0 AND c.id IN (SELECT r.card_id FROM revlog r WHERE r.id >= %2 AND NOT EXISTS "
        "     (SELECT 1 FROM revlog o WHERE o.card_id = r.card_id AND o.id < %2))) AS rn "
        " FROM cards c WHERE 1%3 GROUP BY c.note_id, c.deck_id) x "
        "JOIN notes n ON n.id = x.note_id JOIN notetypes nt ON nt.id = n.notetype_id "
        "GROUP BY x.deck_id, n.tags, nt.kind")
                            .arg(today)
                            .arg(recentSinceMs)
                            .arg(cardDeckFilter(scope, "c.deck_id"));
    return collect<CardGroupRow>(m_db, sql, [](Statement &s, CardGroupRow &r) {
        r = {s.int64(0), s.text(1), s.integer(2), s.integer(3), s.integer(4), s.integer(5), s.integer(6), s.real(7),
             s.integer(8)};
    });
}

Result<std::vector<ValueCount>> StatsQueries::intervals(const StatsScope &scope)
{
    const QString sql = QStringLiteral("SELECT interval_days, COUNT(*) FROM cards WHERE type IN (2, 3)%1 "
                                       "GROUP BY interval_days ORDER BY interval_days")
                            .arg(cardDeckFilter(scope, "deck_id"));
    return collect<ValueCount>(m_db, sql, [](Statement &s, ValueCount &r) { r = {s.int64(0), s.integer(1)}; });
}

Result<std::vector<ValueCount>> StatsQueries::eases(const StatsScope &scope)
{
    const QString sql = QStringLiteral("SELECT ease_permille, COUNT(*) FROM cards WHERE type IN (2, 3)%1 "
                                       "GROUP BY ease_permille ORDER BY ease_permille")
                            .arg(cardDeckFilter(scope, "deck_id"));
    return collect<ValueCount>(m_db, sql, [](Statement &s, ValueCount &r) { r = {s.int64(0), s.integer(1)}; });
}

Result<std::vector<ValueCount>> StatsQueries::forecast(const StatsScope &scope, qint64 today, int days)
{
    // Review cards are due on a study day; (re)learning cards are due within minutes, so today.
    const QString sql = QStringLiteral(
        "SELECT CASE WHEN type = 2 THEN MAX(0, due - %1) ELSE 0 END AS d, COUNT(*) FROM cards "
        "WHERE queue != 1 AND (type IN (1, 3) OR (type = 2 AND due < %2))%3 GROUP BY d ORDER BY d")
                            .arg(today)
                            .arg(today + days)
                            .arg(cardDeckFilter(scope, "deck_id"));
    return collect<ValueCount>(m_db, sql, [](Statement &s, ValueCount &r) { r = {s.int64(0), s.integer(1)}; });
}

Result<std::vector<HardCardRow>> StatsQueries::hardestCards(const StatsScope &scope, int limit, bool byEase)
{
    const QString order = byEase ? QStringLiteral("c.ease_permille ASC, c.lapses DESC, c.id")
                                 : QStringLiteral("c.lapses DESC, c.ease_permille ASC, c.id");
    const QString sql = QStringLiteral(
        // The few cards are picked from the cards table alone, then joined to their notes: joining
        // first would read every review card's note to keep ten.
        "SELECT c.id, c.note_id, c.deck_id, n.fields, nt.sort_field, c.lapses, c.ease_permille, c.interval_days, c.leeched "
        "FROM (SELECT * FROM cards c WHERE c.type IN (2, 3)%1%2 ORDER BY %3 LIMIT %4) c "
        "JOIN notes n ON n.id = c.note_id JOIN notetypes nt ON nt.id = n.notetype_id ORDER BY %3")
                            .arg(cardDeckFilter(scope, "c.deck_id"),
                                 byEase ? QString() : QStringLiteral(" AND c.lapses > 0"), order)
                            .arg(limit);
    return collect<HardCardRow>(m_db, sql, [](Statement &s, HardCardRow &r) {
        r = {s.int64(0), s.int64(1), s.int64(2), sortFieldOf(s.text(3), s.integer(4)), s.integer(5), s.integer(6),
             s.integer(7), s.integer(8) != 0};
    });
}

Result<int> StatsQueries::leechCount(const StatsScope &scope)
{
    Result<qint64> n = m_db.queryInt(
        QStringLiteral("SELECT COUNT(*) FROM cards WHERE leeched != 0%1").arg(cardDeckFilter(scope, "deck_id")));
    if (!n)
        return n.error();
    return int(*n);
}

Result<qint64> StatsQueries::reviewCount(const StatsScope &scope)
{
    return m_db.queryInt(
        QStringLiteral("SELECT COUNT(*) FROM revlog r WHERE%1%2").arg(periodFilter(scope), revlogDeckFilter(scope)));
}

Result<qint64> StatsQueries::nthLatestReviewMs(const StatsScope &scope, qint64 n)
{
    // Walks the id (rowid) order backwards: cost grows with n, not with the log.
    return m_db.queryInt(QStringLiteral("SELECT r.id FROM revlog r WHERE%1%2 ORDER BY r.id DESC LIMIT 1 OFFSET %3")
                             .arg(periodFilter(scope), revlogDeckFilter(scope))
                             .arg(std::max<qint64>(0, n - 1)));
}

Result<qint64> StatsQueries::firstReviewMs(const StatsScope &scope)
{
    return m_db.queryInt(QStringLiteral("SELECT MIN(r.id) FROM revlog r WHERE 1%1").arg(revlogDeckFilter(scope)));
}

Result<void> StatsQueries::forEachReview(const StatsScope &scope, const std::function<bool(const ReviewRow &)> &row)
{
    // The log alone, in id order; what belongs to the card (note, deck, tags, kind, sort field)
    // is looked up once per card and kept, not joined for every answer: a card has about ten
    // answers, and the three joins per answer were most of a million-row CSV's 8 s CPU.
    const QString sql = QStringLiteral(
        "SELECT r.id, r.card_id, r.rating, r.interval_before, r.interval_after, r.ease_permille, r.taken_ms, r.kind "
        "FROM revlog r WHERE%1%2 ORDER BY r.id")
                            .arg(periodFilter(scope), revlogDeckFilter(scope));
    Result<Statement> s = m_db.prepare(sql);
    if (!s)
        return s.error();
    // Answers of deleted cards keep their row, with no note, deck, tags or kind (-1).
    Result<Statement> cardInfo = m_db.prepare(QStringLiteral(
        "SELECT c.note_id, c.deck_id, n.fields, nt.sort_field, n.tags, nt.kind FROM cards c "
        "LEFT JOIN notes n ON n.id = c.note_id LEFT JOIN notetypes nt ON nt.id = n.notetype_id WHERE c.id = ?"));
    if (!cardInfo)
        return cardInfo.error();
    struct CardInfo {
        NoteId note = 0;
        DeckId deck = 0;
        int kind = -1;
        QString sortField, tags;
    };
    // Notes repeat across cards; their sort field is worked out once. Both caches are bounded so
    // a huge collection does not keep every note's text in memory.
    QHash<CardId, CardInfo> cards;
    QHash<NoteId, QString> sortFields;
    ReviewRow r;
    for (;;) {
        Result<bool> more = s->step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
        r.id = s->int64(0);
        r.card = s->int64(1);
        auto it = cards.constFind(r.card);
        if (it == cards.constEnd()) {
            if (cards.size() > 200000) {
                cards.clear();
                sortFields.clear();
            }
            CardInfo info;
            cardInfo->bind(1, qint64(r.card));
            Result<bool> found = cardInfo->step();
            if (!found)
                return found.error();
            if (*found) {
                info.note = cardInfo->isNull(0) ? 0 : cardInfo->int64(0);
                info.deck = cardInfo->isNull(1) ? 0 : cardInfo->int64(1);
                if (!cardInfo->isNull(2)) {
                    auto sf = sortFields.constFind(info.note);
                    if (sf == sortFields.constEnd())
                        sf = sortFields.insert(info.note, sortFieldOf(cardInfo->text(2), cardInfo->integer(3)));
                    info.sortField = *sf;
                }
                info.tags = cardInfo->text(4).trimmed();
                info.kind = cardInfo->isNull(5) ? -1 : cardInfo->integer(5);
                cardInfo->reset();
            }
            it = cards.insert(r.card, info);
        }
        r.note = it->note;
        r.deck = it->deck;
        r.sortField = it->sortField;
        r.tags = it->tags;
        r.notetypeKind = it->kind;
        r.rating = s->integer(2);
        r.intervalBefore = s->integer(3);
        r.intervalAfter = s->integer(4);
        r.easePermille = s->integer(5);
        r.takenMs = s->integer(6);
        r.kind = s->integer(7);
        if (!row(r))
            return {};
    }
}

Result<QString> StatsQueries::configValue(const QString &key)
{
    Result<Statement> s = m_db.prepare(QStringLiteral("SELECT value FROM config WHERE key = ?"));
    if (!s)
        return s.error();
    s->bind(1, key);
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    return *row ? s->text(0) : QString();
}

Result<std::vector<std::pair<DeckId, QString>>> StatsQueries::deckNames()
{
    return collect<std::pair<DeckId, QString>>(m_db, QStringLiteral("SELECT id, name FROM decks ORDER BY name"),
                                                [](Statement &s, std::pair<DeckId, QString> &r) {
                                                    r = {s.int64(0), s.text(1)};
                                                });
}

} // namespace debrief
