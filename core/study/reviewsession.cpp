#include "study/reviewsession.h"

#include "scheduling/studyday.h"
#include "storage/collection.h"
#include "storage/database.h"
#include "study/studyqueue.h"
#include "util/clock.h"

#include <algorithm>

namespace debrief {

ReviewSession::ReviewSession(Collection &collection, const Clock &clock, std::optional<DeckId> deck)
    : m_collection(collection), m_clock(clock), m_deck(deck)
{
}

Result<std::optional<Card>> ReviewSession::nextCard()
{
    return pickNext(nullptr);
}

Result<ReviewSession::Next> ReviewSession::nextCardWithCounts()
{
    Next next;
    Result<std::optional<Card>> card = pickNext(&next.remaining);
    if (!card)
        return card.error();
    next.card = std::move(*card);
    return next;
}

Result<std::optional<Card>> ReviewSession::pickNext(DueCounts *remaining)
{
    const QDateTime now = m_clock.now();
    const int offset = m_clock.utcOffsetSecs(now);
    if (!m_collection.database().isReadOnly()) {
        // The day rolled over: yesterday's burials end (as Anki does on its first queue build of
        // the day), so exports and sibling checks see them as plain cards again.
        auto rollover = m_collection.rolloverHour();
        if (!rollover)
            return rollover.error();
        const qint64 today = StudyDay::dayNumber(now, offset, *rollover);
        if (today != m_unburiedDay) {
            if (auto r = m_collection.unburyExpired(int(today)); !r)
                return r.error();
            m_unburiedDay = today;
        }
    }
    while (!m_extra.empty()) {
        auto card = m_collection.card(m_extra.front());
        if (card && card->queue == CardQueue::Normal) {
            if (remaining) {
                auto counts = SessionCounts::remaining(m_collection, m_deck, now, offset);
                if (!counts)
                    return counts.error();
                *remaining = *counts;
            }
            return std::optional<Card>(*card);
        }
        m_extra.erase(m_extra.begin());   // deleted, suspended or buried since the list was made
    }
    std::vector<DeckCounts> counts;
    auto ids = StudyQueue::dueCards(m_collection, m_deck, now, offset, 1, remaining ? &counts : nullptr);
    if (!ids)
        return ids.error();
    if (remaining)
        *remaining = SessionCounts::remaining(counts, m_deck);
    if (ids->empty())
        return std::optional<Card>();
    auto card = m_collection.card(ids->front());
    if (!card)
        return card.error();
    return std::optional<Card>(*card);
}

Result<Scheduler> ReviewSession::schedulerFor(const Card &card)
{
    auto config = m_collection.configForDeck(card.deckId);
    if (!config)
        return config.error();
    return Scheduler(*config);
}

AnswerContext ReviewSession::contextFor(const Card &card, const SchedulerConfig &config) const
{
    AnswerContext ctx;
    ctx.now = m_clock.now();
    ctx.utcOffsetSecs = m_clock.utcOffsetSecs(ctx.now);
    if (config.fuzzEnabled)
        ctx.fuzzFactor = Scheduler::fuzzFactorFor(card.id, card.reps);
    return ctx;
}

Result<std::array<QString, 4>> ReviewSession::buttonLabels(const Card &card)
{
    auto scheduler = schedulerFor(card);
    if (!scheduler)
        return scheduler.error();
    return scheduler->previewLabels(card.state, contextFor(card, scheduler->config()));
}

Result<ReviewId> ReviewSession::answer(const Card &card, Rating rating, int takenMs)
{
    auto scheduler = schedulerFor(card);
    if (!scheduler)
        return scheduler.error();
    const AnswerContext ctx = contextFor(card, scheduler->config());

    Card after = card;
    const int today = int(scheduler->today(ctx));
    // A card shown because its burial ended comes back as a plain card, not as buried again.
    if ((card.queue == CardQueue::SiblingBuried || card.queue == CardQueue::ManuallyBuried)
        && card.buriedUntilDay <= today) {
        after.queue = CardQueue::Normal;
        after.buriedUntilDay = 0;
    }
    after.state = scheduler->answer(card.state, rating, ctx);
    after.reps = card.reps + 1;
    after.modifiedSecs = ctx.now.toSecsSinceEpoch();
    const bool leech = scheduler->becameLeech(card.state, after.state);
    if (leech && scheduler->config().leechAction == LeechAction::Suspend)
        after.queue = CardQueue::Suspended;

    const ReviewLogEntry log = scheduler->reviewLogEntry(card.id, card.state, after.state, rating, ctx, takenMs);
    auto id = m_collection.recordAnswer(card, after, log, today, leech);
    if (!id)
        return id.error();
    m_answers.push_back(*id);
    if (!m_extra.empty() && m_extra.front() == card.id)
        m_extra.erase(m_extra.begin());
    return *id;
}

Result<std::optional<Card>> ReviewSession::undo()
{
    // Only this session's answers: the CLI's and earlier sessions' are not the user's to take back
    // from here. An answer whose undo record is gone is skipped over.
    std::optional<CardId> undone;
    while (!undone && !m_answers.empty()) {
        auto id = m_collection.undoAnswer(m_answers.back());
        if (!id)
            return id.error();
        m_answers.pop_back();
        undone = *id;
    }
    if (!undone)
        return std::optional<Card>();
    auto card = m_collection.card(*undone);
    if (!card)
        return card.error();
    return std::optional<Card>(*card);
}

Result<std::optional<Card>> ReviewSession::undo(ReviewId review)
{
    auto id = m_collection.undoAnswer(review);
    if (!id)
        return id.error();
    m_answers.erase(std::remove(m_answers.begin(), m_answers.end(), review), m_answers.end());
    if (!*id)
        return std::optional<Card>();
    auto card = m_collection.card(**id);
    if (!card)
        return card.error();
    return std::optional<Card>(*card);
}

} // namespace debrief
