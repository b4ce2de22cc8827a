#include "study/reviewsession.h"

#include "storage/collection.h"
#include "util/clock.h"

namespace debrief {

ReviewSession::ReviewSession(Collection &collection, const Clock &clock, std::optional<DeckId> deck)
    : m_collection(collection), m_clock(clock), m_deck(deck)
{
}

Result<std::optional<Card>> ReviewSession::nextCard()
{
    const QDateTime now = m_clock.now();
    auto ids = m_collection.dueCards(m_deck, now, m_clock.utcOffsetSecs(now), 1);
    if (!ids)
        return ids.error();
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
    after.state = scheduler->answer(card.state, rating, ctx);
    after.reps = card.reps + 1;
    after.modifiedSecs = ctx.now.toSecsSinceEpoch();
    const bool leech = scheduler->becameLeech(card.state, after.state);
    if (leech && scheduler->config().leechAction == LeechAction::Suspend)
        after.queue = CardQueue::Suspended;

    const ReviewLogEntry log = scheduler->reviewLogEntry(card.id, card.state, after.state, rating, ctx, takenMs);
    Collection::Transaction tx(m_collection);
    auto id = m_collection.recordAnswer(card, after, log, int(scheduler->today(ctx)));
    if (!id)
        return id.error();
    if (leech) {
        // Anki tags leeches on the note so they can be found and rewritten.
        auto note = m_collection.note(card.noteId);
        if (!note)
            return note.error();
        if (!note->tags.contains(QLatin1String("leech"))) {
            note->tags.append(QStringLiteral("leech"));
            if (auto r = m_collection.updateNote(*note); !r)
                return r.error();
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<std::optional<Card>> ReviewSession::undo()
{
    auto id = m_collection.undoLastAnswer();
    if (!id)
        return id.error();
    if (!id->has_value())
        return std::optional<Card>();
    auto card = m_collection.card(**id);
    if (!card)
        return card.error();
    return std::optional<Card>(*card);
}

} // namespace debrief
