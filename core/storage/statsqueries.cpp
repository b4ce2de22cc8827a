#include "storage/statsqueries.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <map>
#include <tuple>
#include <unordered_map>
#include <vector>

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

// Per-card counters by card id: an open-addressing table with one probe per answer. A
// std::unordered_map (a node per card, a division per lookup) was a third of the statistics' CPU.
class CardTable {
public:
    CardRetention &at(CardId card)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        CardRetention &slot = m_slots[probe(card)];
        if (slot.card == 0) {
            slot.card = card;
            ++m_count;
        }
        return slot;
    }
    // The cards counted, in no particular order; empties the table.
    std::vector<CardRetention> take()
    {
        std::vector<CardRetention> out;
        out.reserve(m_count);
        for (const CardRetention &c : m_slots)
            if (c.card != 0)
                out.push_back(c);
        m_slots.clear();
        m_count = 0;
        return out;
    }

private:
    size_t probe(CardId card) const
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t((quint64(card) * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
        while (m_slots[i].card != 0 && m_slots[i].card != card)
            i = (i + 1) & mask;
        return i;
    }
    void grow()
    {
        std::vector<CardRetention> old(std::max<size_t>(4096, m_slots.size() * 2));
        old.swap(m_slots);
        for (const CardRetention &c : old)
            if (c.card != 0)
                m_slots[probe(c.card)] = c;
    }

    std::vector<CardRetention> m_slots;   // card 0: empty (card ids are creation times in ms)
    size_t m_count = 0;
};

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
                  sqlite3_value_int(argv[3]), sqlite3_value_int64(argv[4]), sqlite3_value_int64(argv[5]));
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
        out.cards = m_cards.take();
        std::sort(out.cards.begin(), out.cards.end(), [](const CardRetention &a, const CardRetention &b) { return a.card < b.card; });
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

    void add(qint64 id, int kind, int rating, int intervalBefore, qint64 takenMs, qint64 card)
    {
        ++m_count;
        if (kind == 1 && card != 0) {
            // Retention per card, for StatsQueries::cards() to count under the card's deck and
            // tags: this scan reads every answer anyway, so a separate grouped query over the
            // log (0.45 s CPU on a million answers) is saved.
            CardRetention &c = m_cards.at(card);
            if (intervalBefore >= 21) {
                ++c.matureCount;
                c.maturePassed += rating > 1;
            } else {
                ++c.youngCount;
                c.youngPassed += rating > 1;
            }
        }
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
    CardTable m_cards;
};

template <typename Row, typename Fill>
Result<std::vector<Row>> collect(Database &db, const QString &sql, Fill fill)
{
    Result<Statement> s = db.prepare(sql);
    if (!s)
        return s.error();
    std::vector<Row> rows;
    Result<void> read = s->forEachRow([&](const Statement &q) {
        Row row;
        fill(q, row);
        rows.push_back(std::move(row));
    });
    if (!read)
        return read.error();
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
    const int rc = sqlite3_create_function(m_db.handle(), "debrief_count_answers", 6, SQLITE_UTF8, &counter, nullptr,
                                           &AnswerCounter::step, &AnswerCounter::final);
    if (rc != SQLITE_OK)
        return m_db.errorFor(rc, QCoreApplication::translate("StatsQueries", "Cannot register the answer counter"));
    const QString sql = QStringLiteral("SELECT debrief_count_answers(r.id, r.kind, r.rating, r.interval_before, r.taken_ms, r.card_id) "
                                       "FROM revlog r WHERE%1%2")
                            .arg(periodFilter(scope), revlogDeckFilter(scope));
    Result<qint64> n = m_db.queryInt(sql);
    // The function points at `counter`, which is about to go.
    sqlite3_create_function(m_db.handle(), "debrief_count_answers", 6, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr);
    if (!n)
        return n.error();
    return counter.result();
}

namespace {

// The first `limit` cards by `before`, kept while the cards stream past.
class TopCards {
public:
    struct Card {
        CardId id;
        int lapses, ease;
    };
    using Before = bool (*)(const Card &, const Card &);
    TopCards(int limit, Before before) : m_limit(size_t(std::max(0, limit))), m_before(before) {}

    void offer(const Card &c)
    {
        if (m_limit == 0 || (m_cards.size() == m_limit && !m_before(c, m_cards.back())))
            return;
        m_cards.insert(std::upper_bound(m_cards.begin(), m_cards.end(), c, m_before), c);
        if (m_cards.size() > m_limit)
            m_cards.pop_back();
    }
    const std::vector<Card> &cards() const { return m_cards; }

private:
    size_t m_limit;
    Before m_before;
    std::vector<Card> m_cards;
};

bool moreLapses(const TopCards::Card &a, const TopCards::Card &b)
{
    return std::tie(b.lapses, a.ease, a.id) < std::tie(a.lapses, b.ease, b.id);
}

bool lowerEase(const TopCards::Card &a, const TopCards::Card &b)
{
    return std::tie(a.ease, b.lapses, a.id) < std::tie(b.ease, a.lapses, b.id);
}

} // namespace

Result<CardAggregates> StatsQueries::cards(const StatsScope &scope, const CardQuery &query, const std::vector<CardRetention> &answered)
{
    const qint64 today = query.today;
    const int forecastDays = query.forecastDays;
    const auto recall = query.recall;
    const qint64 recentSinceMs = query.recentSinceMs;
    // One scan of the notes and one of the cards, summed here: joining each card to its note
    // and grouping by the tag strings in SQL (temp B-trees), plus a grouped join per answered
    // card for retention and four more scans of the cards, cost about 1 s CPU on the
    // 100,000-card collection; this costs about a tenth of that.
    struct NoteInfo {
        int tags = 0;   // index into `tags`
        int kind = 0;
    };
    std::vector<QString> tags;
    QHash<QString, int> tagIndex;
    QHash<NoteId, NoteInfo> notes;
    {
        // A note without its notetype counts nowhere, as the JOIN it replaces.
        Result<Statement> s = m_db.prepare(
            QStringLiteral("SELECT n.id, n.tags, nt.kind FROM notes n JOIN notetypes nt ON nt.id = n.notetype_id"));
        if (!s)
            return s.error();
        Result<void> read = s->forEachRow([&](const Statement &q) {
            const QString t = q.text(1);
            auto it = tagIndex.constFind(t);
            if (it == tagIndex.constEnd()) {
                it = tagIndex.insert(t, int(tags.size()));
                tags.push_back(t);
            }
            notes.insert(q.int64(0), {*it, q.integer(2)});
        });
        if (!read)
            return read.error();
    }
    // Cards first answered at or after recentSinceMs: answered then, with no older answer.
    std::vector<CardId> recent;
    {
        Result<Statement> s = m_db.prepare(QStringLiteral("SELECT DISTINCT r.card_id FROM revlog r WHERE r.id >= %1 AND NOT EXISTS "
                                                          "(SELECT 1 FROM revlog o WHERE o.card_id = r.card_id AND o.id < %1)")
                                               .arg(recentSinceMs));
        if (!s)
            return s.error();
        if (Result<void> read = s->forEachRow([&](const Statement &q) { recent.push_back(q.int64(0)); }); !read)
            return read.error();
        std::sort(recent.begin(), recent.end());
    }

    struct GroupKey {
        DeckId deck;
        int tags, kind;
        bool operator==(const GroupKey &o) const { return deck == o.deck && tags == o.tags && kind == o.kind; }
    };
    struct GroupKeyHash {
        size_t operator()(const GroupKey &k) const { return std::hash<qint64>()(k.deck) ^ (size_t(k.tags) << 8) ^ size_t(k.kind); }
    };
    struct Group {
        CardGroupRow cards;
        CardRetention answers;
    };
    std::unordered_map<GroupKey, Group, GroupKeyHash> groups;
    std::map<qint64, int> intervals, eases, forecast;
    int leeches = 0;
    auto nextAnswered = answered.begin();
    auto nextRecent = recent.begin();

    TopCards mostLapses(query.hardestLimit, &moreLapses), lowestEase(query.hardestLimit, &lowerEase);

    Result<Statement> s = m_db.prepare(QStringLiteral("SELECT id, note_id, deck_id, type, queue, due, interval_days, ease_permille, "
                                                      "leeched, lapses FROM cards WHERE 1%1 ORDER BY id")
                                           .arg(cardDeckFilter(scope, "deck_id")));
    if (!s)
        return s.error();
    Result<void> read = s->forEachRow([&](const Statement &q) {
        const CardId id = q.int64(0);
        const int type = q.integer(3), queue = q.integer(4);
        const qint64 due = q.int64(5);
        const int interval = q.integer(6);
        if (type == 2 || type == 3) {
            const int ease = q.integer(7), lapses = q.integer(9);
            ++intervals[interval];
            ++eases[ease];
            if (lapses > 0)
                mostLapses.offer({id, lapses, ease});
            lowestEase.offer({id, lapses, ease});
        }
        // Review cards are due on a study day; (re)learning cards are due within minutes, so today.
        if (queue != 1 && (type == 1 || type == 3 || (type == 2 && due < today + forecastDays)))
            ++forecast[type == 2 ? std::max<qint64>(0, due - today) : 0];
        leeches += q.integer(8) != 0;

        // Both lists ascend by card id, as the cards come.
        while (nextAnswered != answered.end() && nextAnswered->card < id)
            ++nextAnswered;
        while (nextRecent != recent.end() && *nextRecent < id)
            ++nextRecent;
        const auto note = notes.constFind(q.int64(1));
        if (note == notes.constEnd())
            return;
        Group &g = groups[GroupKey{q.int64(2), note->tags, note->kind}];
        CardGroupRow &r = g.cards;
        ++r.total;
        r.seen += type != 0;
        r.mature += type == 2 && interval >= 21;
        r.suspended += queue == 1;
        // A review card was last answered `interval` days before its due day.
        if (type == 2)
            r.recallSum += recall(double(std::max<qint64>(0, today - (due - interval))), double(std::max(1, interval)));
        else if (type == 1 || type == 3)
            r.recallSum += recall(0, 0);
        r.firstSeenRecently += type != 0 && nextRecent != recent.end() && *nextRecent == id;
        if (nextAnswered != answered.end() && nextAnswered->card == id) {
            g.answers.youngCount += nextAnswered->youngCount;
            g.answers.youngPassed += nextAnswered->youngPassed;
            g.answers.matureCount += nextAnswered->matureCount;
            g.answers.maturePassed += nextAnswered->maturePassed;
        }
    });
    if (!read)
        return read.error();

    // In the order the SQL GROUP BY gave: deck, tags (bytewise, as SQLite compares text), kind.
    std::vector<std::pair<GroupKey, const Group *>> sorted;
    std::vector<QByteArray> tagBytes;
    for (const QString &t : tags)
        tagBytes.push_back(t.toUtf8());
    for (const auto &e : groups)
        sorted.push_back({e.first, &e.second});
    std::sort(sorted.begin(), sorted.end(), [&](const auto &a, const auto &b) {
        if (a.first.deck != b.first.deck)
            return a.first.deck < b.first.deck;
        if (a.first.tags != b.first.tags) {
            const QByteArray &x = tagBytes[size_t(a.first.tags)], &y = tagBytes[size_t(b.first.tags)];
            const int c = std::memcmp(x.constData(), y.constData(), size_t(std::min(x.size(), y.size())));
            return c != 0 ? c < 0 : x.size() < y.size();
        }
        return a.first.kind < b.first.kind;
    });
    CardAggregates out;
    for (const auto &e : sorted) {
        CardGroupRow row = e.second->cards;
        row.deck = e.first.deck;
        row.tags = tags[size_t(e.first.tags)];
        row.notetypeKind = e.first.kind;
        out.groups.push_back(row);
        const CardRetention &a = e.second->answers;
        if (a.youngCount > 0)
            out.retention.push_back({row.deck, row.tags, row.notetypeKind, false, a.youngCount, a.youngPassed});
        if (a.matureCount > 0)
            out.retention.push_back({row.deck, row.tags, row.notetypeKind, true, a.matureCount, a.maturePassed});
    }
    const auto counts = [](const std::map<qint64, int> &m) {
        std::vector<ValueCount> v;
        for (const auto &e : m)
            v.push_back({e.first, e.second});
        return v;
    };
    out.intervals = counts(intervals);
    out.eases = counts(eases);
    out.forecast = counts(forecast);
    out.leeches = leeches;

    // The few hardest cards' notes, read for them alone. A card whose note or notetype is gone
    // is left out, as the join it replaces did.
    QStringList ids;
    for (const TopCards *top : {&mostLapses, &lowestEase})
        for (const TopCards::Card &c : top->cards())
            ids << QString::number(c.id);
    std::map<CardId, HardCardRow> hard;
    if (!ids.isEmpty()) {
        Result<Statement> h = m_db.prepare(
            QStringLiteral("SELECT c.id, c.note_id, c.deck_id, n.fields, nt.sort_field, c.lapses, c.ease_permille, c.interval_days, "
                           "c.leeched FROM cards c JOIN notes n ON n.id = c.note_id JOIN notetypes nt ON nt.id = n.notetype_id "
                           "WHERE c.id IN (%1)")
                .arg(ids.join(QLatin1Char(','))));
        if (!h)
            return h.error();
        Result<void> rows = h->forEachRow([&](const Statement &q) {
            hard[q.int64(0)] = {q.int64(0), q.int64(1), q.int64(2), sortFieldOf(q.text(3), q.integer(4)), q.integer(5), q.integer(6),
                                q.integer(7), q.integer(8) != 0};
        });
        if (!rows)
            return rows.error();
    }
    for (const auto &list : {std::make_pair(&mostLapses, &out.mostLapses), std::make_pair(&lowestEase, &out.lowestEase)})
        for (const TopCards::Card &c : list.first->cards())
            if (auto it = hard.find(c.id); it != hard.end())
                list.second->push_back(it->second);
    return out;
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
    // What belongs to the card (note, deck, tags, kind, sort field) is looked up once per card
    // and kept, not joined for every answer: a card has about ten answers, and the three joins
    // per answer were most of a million-row CSV's 8 s CPU. The cache is bounded so a huge
    // collection does not keep every note's text in memory.
    QHash<CardId, ReviewCard> cards;
    Result<void> lookup;
    ReviewRow full;
    Result<void> r = forEachAnswer(scope, [&](const ReviewRow &answer) {
        auto it = cards.constFind(answer.card);
        if (it == cards.constEnd()) {
            if (cards.size() > 200000)
                cards.clear();
            Result<ReviewCard> card = reviewCard(answer.card);
            if (!card) {
                lookup = card.error();
                return false;
            }
            it = cards.insert(answer.card, *card);
        }
        full = answer;
        full.note = it->note;
        full.deck = it->deck;
        full.sortField = it->sortField;
        full.tags = it->tags;
        full.notetypeKind = it->notetypeKind;
        return row(full);
    });
    if (!r)
        return r;
    return lookup;
}

Result<void> StatsQueries::forEachAnswer(const StatsScope &scope, const std::function<bool(const ReviewRow &)> &row)
{
    // The log alone, in id (rowid) order: no join, no sort.
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "SELECT r.id, r.card_id, r.rating, r.interval_before, r.interval_after, r.ease_permille, r.taken_ms, r.kind "
        "FROM revlog r WHERE%1%2 ORDER BY r.id")
                                           .arg(periodFilter(scope), revlogDeckFilter(scope)));
    if (!s)
        return s.error();
    ReviewRow r;
    return s->forEachRow([&](const Statement &q) {
        r.id = q.int64(0);
        r.card = q.int64(1);
        r.rating = q.integer(2);
        r.intervalBefore = q.integer(3);
        r.intervalAfter = q.integer(4);
        r.easePermille = q.integer(5);
        r.takenMs = q.integer(6);
        r.kind = q.integer(7);
        return row(r);
    });
}

namespace {

// A row of the "c.note_id, c.deck_id, n.fields, nt.sort_field, n.tags, nt.kind" columns from `first` on.
ReviewCard reviewCardOf(const Statement &q, int first)
{
    ReviewCard c;
    c.note = q.isNull(first) ? 0 : q.int64(first);
    c.deck = q.isNull(first + 1) ? 0 : q.int64(first + 1);
    if (!q.isNull(first + 2))
        c.sortField = sortFieldOf(q.text(first + 2), q.integer(first + 3));
    c.tags = q.text(first + 4).trimmed();
    c.notetypeKind = q.isNull(first + 5) ? -1 : q.integer(first + 5);
    return c;
}

} // namespace

Result<ReviewCard> StatsQueries::reviewCard(CardId card)
{
    // Cached: called once per card of a review log, up to 100,000 times.
    Result<Statement> s = m_db.cached(
        "SELECT c.note_id, c.deck_id, n.fields, nt.sort_field, n.tags, nt.kind FROM cards c "
        "LEFT JOIN notes n ON n.id = c.note_id LEFT JOIN notetypes nt ON nt.id = n.notetype_id WHERE c.id = ?");
    if (!s)
        return s.error();
    s->bind(1, qint64(card));
    Result<std::optional<ReviewCard>> found = s->firstRow([](const Statement &q) { return reviewCardOf(q, 0); });
    if (!found)
        return found.error();
    // Answers of deleted cards keep their row, with no note, deck, tags or kind.
    return found->value_or(ReviewCard());
}

Result<void> StatsQueries::forEachReviewCard(const StatsScope &scope, const std::function<void(CardId, const ReviewCard &)> &card)
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.note_id, c.deck_id, n.fields, nt.sort_field, n.tags, nt.kind FROM cards c "
        "LEFT JOIN notes n ON n.id = c.note_id LEFT JOIN notetypes nt ON nt.id = n.notetype_id WHERE 1%1 ORDER BY c.id")
                                           .arg(cardDeckFilter(scope, "c.deck_id")));
    if (!s)
        return s.error();
    return s->forEachRow([&](const Statement &q) { card(q.int64(0), reviewCardOf(q, 1)); });
}

Result<QString> StatsQueries::configValue(const QString &key)
{
    Result<Statement> s = m_db.prepare(QStringLiteral("SELECT value FROM config WHERE key = ?"));
    if (!s)
        return s.error();
    s->bind(1, key);
    Result<std::optional<QString>> value = s->firstRow([](const Statement &q) { return q.text(0); });
    if (!value)
        return value.error();
    return value->value_or(QString());
}

Result<std::vector<std::pair<DeckId, QString>>> StatsQueries::deckNames()
{
    return collect<std::pair<DeckId, QString>>(m_db, QStringLiteral("SELECT id, name FROM decks ORDER BY name"),
                                                [](const Statement &s, std::pair<DeckId, QString> &r) {
                                                    r = {s.int64(0), s.text(1)};
                                                });
}

} // namespace debrief
