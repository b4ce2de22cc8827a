#include "storage/studyrepository.h"

#include "model/deckname.h"
#include "model/reviewlogentry.h"
#include "scheduling/studyday.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/decklimits.h"
#include "storage/deckrepository.h"
#include "storage/presetcodec.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <unordered_map>

namespace debrief {

namespace {

// Marks user-facing messages for lupdate; context = the class whose messages these are.
QString tr(const char *s) { return QCoreApplication::translate("StudyRepository", s); }

} // namespace

// Counts the deck's own cards (subdecks excluded) that are due; buried cards whose day has come
// count again. All three counts are ranges of the cards_queue index.
void TodayDone::add(DeckId deck, const ReviewLogEntry &entry)
{
    if (entry.kind == ReviewKind::Learn && entry.intervalBefore == 0)
        ++byDeck[deck].first;
    else if (entry.kind == ReviewKind::Review)
        ++byDeck[deck].second;
}

Result<void> StudyRepository::countOwn(DeckNode &n)
{
    // ?1 is the deck, ?2 and ?3 the bounds a query uses.
    const auto countOf = [&](const char *sql, qint64 bound2, std::optional<qint64> bound3 = std::nullopt) -> Result<int> {
        Result<Statement> s = m_db.cached(sql);
        if (!s)
            return s.error();
        s->bind(1, n.deck.id).bind(2, bound2);
        if (bound3)
            s->bind(3, *bound3);
        Result<std::optional<int>> count = s->firstRow([](const Statement &row) { return row.integer(0); });
        if (!count)
            return count.error();
        return count->value_or(0);
    };
    // New and review counts stop at the deck's daily limit: more can never be shown, and a deck of
    // 5,000 new cards would otherwise be counted in full on every card change.
    Result<int> nw = countOf("SELECT count(*) FROM (SELECT 1 FROM cards WHERE deck_id = ?1 AND queue = 0 AND type = 0 LIMIT ?2)",
                             n.config.newPerDay);
    Result<int> lrn = countOf("SELECT count(*) FROM cards WHERE deck_id = ? AND queue = 0 AND type IN (1, 3) AND due <= ?",
                              n.learnCutoffSecs);
    Result<int> rev = countOf("SELECT count(*) FROM (SELECT 1 FROM cards WHERE deck_id = ?1 AND queue = 0 AND type = 2 "
                              "AND due <= ?3 LIMIT ?2)",
                              n.config.reviewsPerDay, n.today);
    if (!nw)
        return nw.error();
    if (!lrn)
        return lrn.error();
    if (!rev)
        return rev.error();
    n.ownNew = *nw;
    n.ownLearn = *lrn;
    n.ownReview = *rev;
    return {};
}

Result<std::vector<DeckNode>> StudyRepository::tree(const QDateTime &now, int utcOffsetSecs, int rolloverHour,
                                                    std::optional<DeckId> countedDeck, TodayDone *todayDone)
{
    std::vector<DeckNode> nodes;
    std::unordered_map<DeckId, int> byId;
    QHash<QString, int> byName;
    std::unordered_map<PresetId, SchedulerConfig> presets;
    {
        Result<Statement> s = m_db.cached(
            "SELECT d.id, d.name, d.preset_id, d.description, p.config FROM decks d "
            "LEFT JOIN presets p ON p.id = d.preset_id ORDER BY d.name");
        if (!s)
            return s.error();
        Result<void> r = s->forEachRow([&](const Statement &row) {
            DeckNode n;
            n.deck = DeckRepository::fromRow(row);
            auto it = presets.find(n.deck.presetId);
            if (it == presets.end()) {
                const std::optional<SchedulerConfig> c = PresetCodec::fromJson(row.text(4).toUtf8());
                it = presets.emplace(n.deck.presetId, c ? *c : SchedulerConfig{}).first;
            }
            n.config = it->second;
            nodes.push_back(std::move(n));
        });
        if (!r)
            return r.error();
    }
    const qint64 today = StudyDay::dayNumber(now, utcOffsetSecs, rolloverHour);
    const qint64 dayStartMs = StudyDay::dayStart(today, utcOffsetSecs, rolloverHour).toMSecsSinceEpoch();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    // A deck's "today only" limits replace its preset's for today; set on another day, they are gone.
    Result<std::unordered_map<DeckId, DeckTodayLimits>> todayLimits = DeckLimits(m_db).allForDay(today);
    if (!todayLimits)
        return todayLimits.error();
    for (int i = 0; i < int(nodes.size()); ++i) {
        DeckNode &n = nodes[i];
        byId[n.deck.id] = i;
        byName.insert(DeckName::storedKey(n.deck.name), i);
        n.parent = byName.value(DeckName::storedKey(DeckName::parent(n.deck.name)), -1);
        n.config.rolloverHour = rolloverHour;
        if (auto it = todayLimits->find(n.deck.id); it != todayLimits->end()) {
            n.config.newPerDay = it->second.newPerDay.value_or(n.config.newPerDay);
            n.config.reviewsPerDay = it->second.reviewsPerDay.value_or(n.config.reviewsPerDay);
        }
        n.today = today;
        n.dayStartMs = dayStartMs;
        n.learnCutoffSecs = nowSecs + n.config.learnAheadSecs;
        // Parents sort before their children, so the parent's mark is already set.
        n.counted = !countedDeck || n.deck.id == *countedDeck || (n.parent >= 0 && nodes[n.parent].counted);
        if (!n.counted)
            continue;
        if (Result<void> r = countOwn(n); !r)
            return r.error();
    }

    // Buried cards whose day has come are due again: few rows, a range of cards_buried. Today's
    // burials (a sibling buried with each answer) are past the range's end, not read one by one.
    {
        Result<Statement> s = m_db.cached(
            "SELECT deck_id, type, due, buried_until_day FROM cards WHERE queue IN (2, 3) AND buried_until_day <= ?");
        if (!s)
            return s.error();
        s->bind(1, today);
        Result<void> r = s->forEachRow([&](const Statement &row) {
            auto it = byId.find(row.int64(0));
            if (it == byId.end())
                return;
            DeckNode &n = nodes[it->second];
            if (!n.counted || row.int64(3) > n.today)
                return;
            const int type = row.integer(1);
            const qint64 due = row.int64(2);
            if (type == TypeNew)
                ++n.ownNew;
            else if (type == TypeReview && due <= n.today)
                ++n.ownReview;
            else if ((type == TypeLearn || type == TypeRelearn) && due <= n.learnCutoffSecs)
                ++n.ownLearn;
        });
        if (!r)
            return r.error();
    }

    // Answers today count against the limits (TodayDone). Read from the log only when the
    // caller's copy is of another day: the log grows by one row per answer, and reading all of
    // today's rows after each answer made the next card slower all day long.
    if (!nodes.empty()) {
        TodayDone read;
        TodayDone &done = todayDone ? *todayDone : read;
        if (done.dayStartMs != dayStartMs) {
            done = TodayDone{dayStartMs, {}};
            // CROSS JOIN pins revlog as the outer loop: today's rows by primary key, then each card by
            // id. Left to itself, the planner scans every card and probes revlog_card (50+ ms at 100k cards).
            Result<Statement> s = m_db.cached(
                "SELECT c.deck_id, r.kind, r.interval_before FROM revlog r CROSS JOIN cards c ON c.id = r.card_id "
                "WHERE r.id >= ?");
            if (!s)
                return s.error();
            s->bind(1, dayStartMs);
            Result<void> r = s->forEachRow([&](const Statement &row) {
                ReviewLogEntry entry;
                entry.kind = ReviewKind(row.integer(1));
                entry.intervalBefore = row.integer(2);
                done.add(row.int64(0), entry);
            });
            if (!r) {
                done = TodayDone{};
                return r.error();
            }
        }
        for (DeckNode &n : nodes)
            if (auto it = done.byDeck.find(n.deck.id); it != done.byDeck.end()) {
                n.newDone = it->second.first;
                n.reviewDone = it->second.second;
            }
    }

    // Children sort after their parent, so walking backwards folds each subtree into its parent
    // before the parent is finished. A parent's limit caps the sum of its children, as in Anki.
    for (int i = int(nodes.size()) - 1; i >= 0; --i) {
        DeckNode &n = nodes[i];
        n.newLeft = std::max(0, n.config.newPerDay - n.newDone);
        n.reviewLeft = std::max(0, n.config.reviewsPerDay - n.reviewDone);
        n.limNew = std::min(n.newLeft, n.limNew + n.ownNew);
        n.limReview = std::min(n.reviewLeft, n.limReview + n.ownReview);
        n.limLearn += n.ownLearn;
        if (n.parent >= 0) {
            DeckNode &p = nodes[n.parent];
            p.limNew += n.limNew;
            p.limReview += n.limReview;
            p.limLearn += n.limLearn;
            p.newDone += n.newDone;
            p.reviewDone += n.reviewDone;
        }
    }
    return nodes;
}

Result<StudyCandidates> StudyRepository::candidates(const std::vector<DeckNode> &nodes, std::optional<DeckId> deckId,
                                                    int limit, NewCardOrder defaultNewOrder)
{
    // Which decks take part: the chosen deck and its subdecks, or everything.
    std::vector<bool> included(nodes.size(), !deckId.has_value());
    int root = -1;
    if (deckId) {
        for (int i = 0; i < int(nodes.size()); ++i)
            if (nodes[i].deck.id == *deckId)
                root = i;
        if (root < 0)
            return makeError(Error::Kind::NotFound, tr("No deck with id %1").arg(*deckId));
        for (int i = 0; i < int(nodes.size()); ++i)
            for (int a = i; a >= 0; a = nodes[a].parent)
                if (a == root) {
                    included[i] = true;
                    break;
                }
    }
    // The chosen deck's ancestors do not limit it: Anki applies the limits of the deck you click.
    const auto topOf = [&](int i) {
        return i == root ? -1 : nodes[i].parent;
    };

    // Random order (QueueBuilder) shuffles every new card of a deck, so a prefix in (due, id) order
    // is not enough then.
    const bool allNew = (root >= 0 ? nodes[root].config.newCardOrder : defaultNewOrder) == NewCardOrder::Random;
    StudyCandidates out;
    out.decks.resize(nodes.size());
    for (int i = 0; i < int(nodes.size()); ++i)
        out.decks[size_t(i)] = StudyDeckAllowance{topOf(i), nodes[i].newLeft, nodes[i].reviewLeft};
    std::vector<StudyCandidate> &learning = out.learning, &reviews = out.reviews, &fresh = out.fresh;
    for (int i = 0; i < int(nodes.size()); ++i) {
        if (!included[i])
            continue;
        const DeckNode &n = nodes[i];
        // No deck can give more than the smallest allowance on its path; fetch no more than that.
        int newCap = n.newLeft, revCap = n.reviewLeft;
        for (int a = topOf(i); a >= 0; a = topOf(a)) {
            newCap = std::min(newCap, nodes[a].newLeft);
            revCap = std::min(revCap, nodes[a].reviewLeft);
        }
        // Parameters: ?1 deck, ?2 due bound (unused for new cards), ?3 how many at most (-1: all).
        const auto gather = [&](const char *sql, std::optional<qint64> bound, int cap,
                                std::vector<StudyCandidate> &into) -> Result<void> {
            Result<Statement> s = m_db.cached(sql);
            if (!s)
                return s.error();
            s->bind(1, n.deck.id).bind(3, cap);
            if (bound)
                s->bind(2, *bound);
            return s->forEachRow([&](const Statement &row) { into.push_back(StudyCandidate{row.int64(1), row.int64(0), i}); });
        };
        // With a limit, no deck can contribute more than `limit` cards of a kind: what is taken
        // from a deck is always a prefix of its own (due, id) order. nextCard() asks for one.
        if (limit > 0) {
            revCap = std::min(revCap, limit);
            newCap = std::min(newCap, limit);
        }
        // Learning and relearning apart: each is then a range of cards_queue already in (due, id)
        // order, where "type IN (1, 3)" made SQLite sort every learning card of the deck.
        Result<void> r = gather("SELECT id, due FROM cards WHERE deck_id = ?1 AND queue = 0 AND type = 1 "
                                "AND due <= ?2 ORDER BY due, id LIMIT ?3",
                                n.learnCutoffSecs, limit > 0 ? limit : -1, learning);
        if (r)
            r = gather("SELECT id, due FROM cards WHERE deck_id = ?1 AND queue = 0 AND type = 3 "
                       "AND due <= ?2 ORDER BY due, id LIMIT ?3",
                       n.learnCutoffSecs, limit > 0 ? limit : -1, learning);
        if (r && revCap > 0)
            r = gather("SELECT id, due FROM cards WHERE deck_id = ?1 AND queue = 0 AND type = 2 AND due <= ?2 "
                       "ORDER BY due, id LIMIT ?3",
                       n.today, revCap, reviews);
        if (r && newCap > 0)
            r = gather("SELECT id, due FROM cards WHERE deck_id = ?1 AND queue = 0 AND type = 0 "
                       "ORDER BY due, id LIMIT ?3",
                       std::nullopt, allNew ? -1 : newCap, fresh);
        if (!r)
            return r.error();
    }
    // Buried cards whose day has come (see tree()).
    if (!nodes.empty()) {
        Result<Statement> s = m_db.cached(
            "SELECT id, deck_id, type, due, buried_until_day FROM cards WHERE queue IN (2, 3) AND buried_until_day <= ?");
        if (!s)
            return s.error();
        s->bind(1, nodes.front().today);
        std::unordered_map<DeckId, int> byId;
        for (int i = 0; i < int(nodes.size()); ++i)
            byId[nodes[i].deck.id] = i;
        Result<void> r = s->forEachRow([&](const Statement &row) {
            auto it = byId.find(row.int64(1));
            if (it == byId.end() || !included[it->second])
                return;
            const DeckNode &n = nodes[it->second];
            if (row.int64(4) > n.today)
                return;
            const int type = row.integer(2);
            const qint64 due = row.int64(3);
            const StudyCandidate c{due, row.int64(0), it->second};
            if (type == TypeNew)
                fresh.push_back(c);
            else if (type == TypeReview && due <= n.today)
                reviews.push_back(c);
            else if ((type == TypeLearn || type == TypeRelearn) && due <= n.learnCutoffSecs)
                learning.push_back(c);
        });
        if (!r)
            return r.error();
    }
    return out;
}

// ---- After today's study: "done for today" figures and "study more" lists ----

namespace {

// The cards of ?1's subtree (every card when ?1 is NULL) that are in the normal queue.
QString studyMoreScope()
{
    return QStringLiteral("queue = 0 AND (?1 IS NULL OR deck_id IN (%1))")
        .arg(DeckRepository::subtreeSql(DeckRepository::namePatternSql(QStringLiteral("?1"))));
}

void bindDeck(Statement &s, std::optional<DeckId> deck)
{
    if (deck)
        s.bind(1, qint64(*deck));
    else
        s.bindNull(1);
}

} // namespace

Result<UpcomingCards> StudyRepository::upcoming(std::optional<DeckId> deck)
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "SELECT min(CASE WHEN type IN (1, 3) THEN due END), min(CASE WHEN type = 2 THEN due END),"
        " count(CASE WHEN type = 0 THEN 1 END) FROM cards WHERE %1").arg(studyMoreScope()));
    if (!s)
        return s.error();
    bindDeck(*s, deck);
    Result<std::optional<UpcomingCards>> row = s->firstRow([](const Statement &r) {
        UpcomingCards out;
        if (!r.isNull(0))
            out.learningDueSecs = r.int64(0);
        if (!r.isNull(1))
            out.reviewDueDay = r.int64(1);
        out.newCards = r.integer(2);
        return out;
    });
    if (!row)
        return row.error();
    return row->value_or(UpcomingCards{});
}

Result<std::vector<CardId>> StudyRepository::studyMoreIds(const QString &sql, std::optional<DeckId> deck,
                                                          std::optional<qint64> bound, int limit)
{
    Result<Statement> s = m_db.prepare(sql.arg(studyMoreScope()));
    if (!s)
        return s.error();
    bindDeck(*s, deck);
    if (bound)
        s->bind(2, *bound);
    s->bind(bound ? 3 : 2, limit);
    std::vector<CardId> out;
    if (Result<void> r = s->forEachRow([&](const Statement &row) { out.push_back(row.int64(0)); }); !r)
        return r.error();
    return out;
}

Result<std::vector<CardId>> StudyRepository::forgotten(std::optional<DeckId> deck, qint64 sinceMs, int limit)
{
    return studyMoreIds(QStringLiteral(
        "SELECT id FROM cards WHERE %1 AND id IN (SELECT card_id FROM revlog WHERE rating = 1 AND id >= ?2)"
        " ORDER BY (SELECT max(r.id) FROM revlog r WHERE r.card_id = cards.id), id LIMIT ?3"),
                        deck, sinceMs, limit);
}

Result<std::vector<CardId>> StudyRepository::reviewAhead(std::optional<DeckId> deck, qint64 throughDay, int limit)
{
    return studyMoreIds(QStringLiteral("SELECT id FROM cards WHERE %1 AND type = 2 AND due <= ?2 ORDER BY due, id LIMIT ?3"),
                        deck, throughDay, limit);
}

Result<std::vector<CardId>> StudyRepository::extraNew(std::optional<DeckId> deck, int limit)
{
    return studyMoreIds(QStringLiteral("SELECT id FROM cards WHERE %1 AND type = 0 ORDER BY due, id LIMIT ?2"),
                        deck, std::nullopt, limit);
}

} // namespace debrief
