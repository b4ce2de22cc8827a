#include "storage/statsqueries.h"

#include "storage/database.h"

#include <QHash>
#include <QStringList>

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

// The UTC offset (seconds) in force at answer r.id.
QString offsetExpr(const StatsScope &scope)
{
    if (scope.offsets.size() <= 1)
        return QString::number(scope.offsets.empty() ? 0 : scope.offsets.front().second);
    QString e = QStringLiteral("(CASE");
    for (size_t i = 1; i < scope.offsets.size(); ++i)
        e += QStringLiteral(" WHEN r.id < %1 THEN %2").arg(scope.offsets[i].first).arg(scope.offsets[i - 1].second);
    e += QStringLiteral(" ELSE %1 END)").arg(scope.offsets.back().second);
    return e;
}

// Local seconds since the epoch of answer r.id, shifted so that a study day starts at 0.
QString localSecsExpr(const StatsScope &scope)
{
    return QStringLiteral("(r.id / 1000 + %1 - %2)").arg(offsetExpr(scope)).arg(qint64(scope.rolloverHour) * 3600);
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

Result<std::vector<DayKindRow>> StatsQueries::reviewsByDay(const StatsScope &scope)
{
    const QString sql = QStringLiteral("SELECT %1 / 86400 AS day, r.kind, COUNT(*), SUM(r.taken_ms) FROM revlog r "
                                       "WHERE%2%3 GROUP BY day, r.kind ORDER BY day, r.kind")
                            .arg(localSecsExpr(scope), periodFilter(scope), revlogDeckFilter(scope));
    return collect<DayKindRow>(m_db, sql, [](Statement &s, DayKindRow &r) {
        r = {s.int64(0), s.integer(1), s.integer(2), s.int64(3)};
    });
}

Result<std::vector<HourRow>> StatsQueries::reviewsByHour(const StatsScope &scope)
{
    // The hour of day is taken without the rollover shift: 03:30 is hour 3 even though it
    // belongs to the previous study day.
    const QString sql = QStringLiteral("SELECT ((r.id / 1000 + %1) % 86400) / 3600 AS hour, COUNT(*), SUM(r.rating > 1) "
                                       "FROM revlog r WHERE%2%3 GROUP BY hour ORDER BY hour")
                            .arg(offsetExpr(scope), periodFilter(scope), revlogDeckFilter(scope));
    return collect<HourRow>(m_db, sql, [](Statement &s, HourRow &r) { r = {s.integer(0), s.integer(1), s.integer(2)}; });
}

Result<std::vector<ButtonRow>> StatsQueries::buttons(const StatsScope &scope)
{
    const QString sql = QStringLiteral("SELECT r.kind, r.interval_before >= 21 AS mature, r.rating, COUNT(*) FROM revlog r "
                                       "WHERE%1%2 GROUP BY r.kind, mature, r.rating ORDER BY r.kind, mature, r.rating")
                            .arg(periodFilter(scope), revlogDeckFilter(scope));
    return collect<ButtonRow>(m_db, sql, [](Statement &s, ButtonRow &r) {
        r = {s.integer(0), s.integer(1) != 0, s.integer(2), s.integer(3)};
    });
}

Result<std::vector<RetentionRow>> StatsQueries::retention(const StatsScope &scope)
{
    // Answers of deleted cards have no deck, tags or kind to be counted under, so the join drops them.
    // Counting per card first joins each card once instead of once per answer (2-3x faster on a
    // million answers).
    const QString sql = QStringLiteral(
        "SELECT c.deck_id, n.tags, nt.kind, x.mature, SUM(x.n), SUM(x.passed) FROM "
        "(SELECT r.card_id, r.interval_before >= 21 AS mature, COUNT(*) AS n, SUM(r.rating > 1) AS passed "
        " FROM revlog r WHERE r.kind = 1 AND%1 GROUP BY r.card_id, mature) x "
        "JOIN cards c ON c.id = x.card_id JOIN notes n ON n.id = c.note_id "
        "JOIN notetypes nt ON nt.id = n.notetype_id "
        "WHERE 1%2 GROUP BY c.deck_id, n.tags, nt.kind, x.mature")
                            .arg(periodFilter(scope), cardDeckFilter(scope, "c.deck_id"));
    return collect<RetentionRow>(m_db, sql, [](Statement &s, RetentionRow &r) {
        r = {s.int64(0), s.text(1), s.integer(2), s.integer(3) != 0, s.integer(4), s.integer(5)};
    });
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
        return m_db.errorFor(rc, QStringLiteral("Cannot register the recall function"));
    // A review card was last answered `interval` days before its due day.
    const QString sql = QStringLiteral(
        "SELECT c.deck_id, n.tags, nt.kind, COUNT(*), SUM(c.type != 0), SUM(c.type = 2 AND c.interval_days >= 21), "
        "SUM(c.queue = 1), "
        "TOTAL(CASE WHEN c.type = 2 THEN debrief_recall(MAX(0, %1 - (c.due - c.interval_days)), MAX(1, c.interval_days)) "
        "           WHEN c.type IN (1, 3) THEN debrief_recall(0, 0) ELSE 0 END), "
        "SUM(c.type != 0 AND (SELECT MIN(id) FROM revlog WHERE card_id = c.id) >= %2) "
        "FROM cards c JOIN notes n ON n.id = c.note_id JOIN notetypes nt ON nt.id = n.notetype_id "
        "WHERE 1%3 GROUP BY c.deck_id, n.tags, nt.kind")
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
        "SELECT c.id, c.note_id, c.deck_id, n.fields, nt.sort_field, c.lapses, c.ease_permille, c.interval_days, c.leeched "
        "FROM cards c JOIN notes n ON n.id = c.note_id JOIN notetypes nt ON nt.id = n.notetype_id "
        "WHERE c.type IN (2, 3)%1%2 ORDER BY %3 LIMIT %4")
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

Result<qint64> StatsQueries::firstReviewMs(const StatsScope &scope)
{
    return m_db.queryInt(QStringLiteral("SELECT MIN(r.id) FROM revlog r WHERE 1%1").arg(revlogDeckFilter(scope)));
}

Result<void> StatsQueries::forEachReview(const StatsScope &scope, const std::function<bool(const ReviewRow &)> &row)
{
    const QString sql = QStringLiteral(
        "SELECT r.id, r.card_id, c.note_id, c.deck_id, n.fields, nt.sort_field, n.tags, nt.kind, r.rating, "
        "r.interval_before, r.interval_after, r.ease_permille, r.taken_ms, r.kind "
        "FROM revlog r LEFT JOIN cards c ON c.id = r.card_id LEFT JOIN notes n ON n.id = c.note_id "
        "LEFT JOIN notetypes nt ON nt.id = n.notetype_id WHERE%1%2 ORDER BY r.id")
                            .arg(periodFilter(scope), cardDeckFilter(scope, "c.deck_id"));
    Result<Statement> s = m_db.prepare(sql);
    if (!s)
        return s.error();
    // Notes repeat across answers; their sort field is worked out once (the cache is bounded so
    // a huge collection does not keep every note's text in memory).
    QHash<NoteId, QString> sortFields;
    for (;;) {
        Result<bool> more = s->step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
        ReviewRow r;
        r.id = s->int64(0);
        r.card = s->int64(1);
        r.note = s->isNull(2) ? 0 : s->int64(2);
        r.deck = s->isNull(3) ? 0 : s->int64(3);
        if (r.note != 0) {
            auto it = sortFields.constFind(r.note);
            if (it == sortFields.constEnd()) {
                if (sortFields.size() > 200000)
                    sortFields.clear();
                it = sortFields.insert(r.note, sortFieldOf(s->text(4), s->integer(5)));
            }
            r.sortField = *it;
        }
        r.tags = s->text(6).trimmed();
        r.notetypeKind = s->isNull(7) ? -1 : s->integer(7);
        r.rating = s->integer(8);
        r.intervalBefore = s->integer(9);
        r.intervalAfter = s->integer(10);
        r.easePermille = s->integer(11);
        r.takenMs = s->integer(12);
        r.kind = s->integer(13);
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
