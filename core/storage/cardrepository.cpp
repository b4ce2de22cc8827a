#include "storage/cardrepository.h"

#include "storage/database.h"

namespace debrief {

namespace {

const char kCardColumns[] = "id, note_id, deck_id, ord, type, queue, due, original_due, interval_days, "
                            "ease_permille, lapses, remaining_steps, scheduled_secs, leeched, reps, flags, "
                            "buried_until_day, mod";

// The columns of a card row, flattened from CardState.
struct CardRow {
    int type = TypeNew;
    qint64 due = 0;
    qint64 originalDue = 0;
    int intervalDays = 0;
    int easePermille = 0;
    int lapses = 0;
    int remainingSteps = 0;
    qint64 scheduledSecs = 0;
    int leeched = 0;
};

CardRow toRow(const CardState &state)
{
    CardRow r;
    if (const auto *n = std::get_if<NewState>(&state)) {
        r.type = TypeNew;
        r.due = n->position;
    } else if (const auto *l = std::get_if<LearningState>(&state)) {
        r.type = TypeLearn;
        r.due = l->due.toSecsSinceEpoch();
        r.remainingSteps = l->remainingSteps;
        r.scheduledSecs = l->scheduledSecs;
    } else if (const auto *v = std::get_if<ReviewState>(&state)) {
        r.type = TypeReview;
        r.due = v->dueDay;
        r.intervalDays = v->intervalDays;
        r.easePermille = v->easePermille;
        r.lapses = v->lapses;
        r.leeched = v->leeched ? 1 : 0;
    } else if (const auto *rl = std::get_if<RelearningState>(&state)) {
        r.type = TypeRelearn;
        r.due = rl->learning.due.toSecsSinceEpoch();
        r.remainingSteps = rl->learning.remainingSteps;
        r.scheduledSecs = rl->learning.scheduledSecs;
        r.originalDue = rl->review.dueDay;
        r.intervalDays = rl->review.intervalDays;
        r.easePermille = rl->review.easePermille;
        r.lapses = rl->review.lapses;
        r.leeched = rl->review.leeched ? 1 : 0;
    }
    return r;
}

// Learning due times are stored in whole seconds; sub-second parts are dropped.
CardState fromRow(const CardRow &r)
{
    switch (r.type) {
    case TypeLearn:
        return LearningState{r.remainingSteps, r.scheduledSecs, QDateTime::fromSecsSinceEpoch(r.due, Qt::UTC)};
    case TypeReview:
        return ReviewState{r.intervalDays, r.easePermille, r.lapses, r.leeched != 0, r.due};
    case TypeRelearn:
        return RelearningState{LearningState{r.remainingSteps, r.scheduledSecs,
                                             QDateTime::fromSecsSinceEpoch(r.due, Qt::UTC)},
                               ReviewState{r.intervalDays, r.easePermille, r.lapses, r.leeched != 0, r.originalDue}};
    default:
        return NewState{r.due};
    }
}

// Reads kCardColumns starting at column 0.
Card readCard(const Statement &s)
{
    Card c;
    c.id = s.int64(0);
    c.noteId = s.int64(1);
    c.deckId = s.int64(2);
    c.ord = s.integer(3);
    CardRow r;
    r.type = s.integer(4);
    const int queue = s.integer(5);
    r.due = s.int64(6);
    r.originalDue = s.int64(7);
    r.intervalDays = s.integer(8);
    r.easePermille = s.integer(9);
    r.lapses = s.integer(10);
    r.remainingSteps = s.integer(11);
    r.scheduledSecs = s.int64(12);
    r.leeched = s.integer(13);
    c.reps = s.integer(14);
    c.flags = s.integer(15);
    c.buriedUntilDay = s.integer(16);
    c.modifiedSecs = s.int64(17);
    c.state = fromRow(r);
    c.queue = (queue >= 0 && queue <= 3) ? CardQueue(queue) : CardQueue::Normal;
    return c;
}

// Binds parameters 1..18 in kCardColumns order.
void bindCard(Statement &s, const Card &c)
{
    const CardRow r = toRow(c.state);
    s.bind(1, c.id).bind(2, c.noteId).bind(3, c.deckId).bind(4, c.ord).bind(5, r.type).bind(6, int(c.queue));
    s.bind(7, r.due).bind(8, r.originalDue).bind(9, r.intervalDays).bind(10, r.easePermille).bind(11, r.lapses);
    s.bind(12, r.remainingSteps).bind(13, r.scheduledSecs).bind(14, r.leeched).bind(15, c.reps).bind(16, c.flags);
    s.bind(17, c.buriedUntilDay).bind(18, c.modifiedSecs);
}

} // namespace

Result<void> CardRepository::insert(const Card &card)
{
    Result<Statement> s = m_db.cached(
        "INSERT INTO cards (id, note_id, deck_id, ord, type, queue, due, original_due, interval_days, ease_permille, "
        "lapses, remaining_steps, scheduled_secs, leeched, reps, flags, buried_until_day, mod) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    bindCard(*s, card);
    return s->run();
}

Result<bool> CardRepository::update(const Card &card)
{
    Result<Statement> s = m_db.cached(
        "UPDATE cards SET id = ?1, note_id = ?2, deck_id = ?3, ord = ?4, type = ?5, queue = ?6, due = ?7, "
        "original_due = ?8, interval_days = ?9, ease_permille = ?10, lapses = ?11, remaining_steps = ?12, "
        "scheduled_secs = ?13, leeched = ?14, reps = ?15, flags = ?16, buried_until_day = ?17, mod = ?18 WHERE id = ?1");
    if (!s)
        return s.error();
    bindCard(*s, card);
    if (Result<void> r = s->run(); !r)
        return r.error();
    return m_db.changes() > 0;
}

Result<std::optional<Card>> CardRepository::find(CardId id)
{
    static const QByteArray sql = QByteArray("SELECT ") + kCardColumns + " FROM cards WHERE id = ?";
    Result<Statement> s = m_db.cached(sql.constData());
    if (!s)
        return s.error();
    s->bind(1, id);
    return s->firstRow(readCard);
}

Result<std::vector<Card>> CardRepository::ofNote(NoteId id)
{
    static const QByteArray sql = QByteArray("SELECT ") + kCardColumns + " FROM cards WHERE note_id = ? ORDER BY ord, id";
    Result<Statement> s = m_db.cached(sql.constData());
    if (!s)
        return s.error();
    s->bind(1, id);
    std::vector<Card> out;
    if (Result<void> r = s->forEachRow([&](const Statement &row) { out.push_back(readCard(row)); }); !r)
        return r.error();
    return out;
}

Result<std::vector<CardId>> CardRepository::siblingsToBury(NoteId note, CardId card, bool buryNew, bool buryReview,
                                                           bool buryInterdayLearning)
{
    // A (re)learning card is in interday learning when its current step reached past the rollover
    // (Anki's queue 3). The scheduler then logs the step in days, a positive interval, as Anki
    // does; an intraday step is logged in negative seconds. So the card's last log row tells.
    Result<Statement> s = m_db.cached(
        "SELECT id FROM cards c WHERE note_id = ?1 AND id <> ?2 AND queue = 0 AND ((type = 0 AND ?3) OR (type = 2 AND ?4)"
        " OR (type IN (1, 3) AND ?5 AND (SELECT r.interval_after FROM revlog r WHERE r.card_id = c.id"
        " ORDER BY r.id DESC LIMIT 1) > 0))");
    if (!s)
        return s.error();
    s->bind(1, note).bind(2, card).bind(3, buryNew ? 1 : 0).bind(4, buryReview ? 1 : 0).bind(5, buryInterdayLearning ? 1 : 0);
    std::vector<CardId> out;
    if (Result<void> r = s->forEachRow([&](const Statement &row) { out.push_back(row.int64(0)); }); !r)
        return r.error();
    return out;
}

Result<void> CardRepository::bury(CardId id, qint64 untilDay)
{
    Result<Statement> s = m_db.cached("UPDATE cards SET queue = 2, buried_until_day = ? WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, untilDay).bind(2, id);
    return s->run();
}

Result<void> CardRepository::unburyUntil(qint64 today)
{
    // Through cards_buried: only the few buried cards are visited.
    Result<Statement> s = m_db.cached(
        "UPDATE cards SET queue = 0, buried_until_day = 0 WHERE queue IN (2, 3) AND buried_until_day <= ?");
    if (!s)
        return s.error();
    s->bind(1, today);
    return s->run();
}

Result<void> CardRepository::remove(CardId id)
{
    Result<Statement> s = m_db.cached("DELETE FROM cards WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    return s->run();
}

} // namespace debrief
