#pragma once

#include "model/card.h"
#include "scheduling/rating.h"
#include "scheduling/scheduler.h"
#include "study/sessioncounts.h"
#include "util/result.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace debrief {

class Clock;
class Collection;

// A study session: the one code path that turns a button press into a stored answer, shared by
// the app's review screen and `debrief-cli study`. It picks the next due card, previews the four
// buttons, schedules the answer with the card's preset and commits it (card + log + undo record)
// before returning, so a crash loses at most the answer in flight.
class ReviewSession {
public:
    ReviewSession(Collection &collection, const Clock &clock, std::optional<DeckId> deck = std::nullopt);

    // The next card to show, or nullopt when nothing is due in the deck.
    Result<std::optional<Card>> nextCard();
    // The same with what is left today in the session's deck (SessionCounts::remaining's figures,
    // the card itself included), taken from the deck tree the queue was built from: the reviewer
    // shows both after every answer, and a second tree costs a millisecond at 100,000 cards.
    struct Next {
        std::optional<Card> card;
        DueCounts remaining;
    };
    Result<Next> nextCardWithCounts();
    // What each button would do to `card`, and its label ("<10m", "4d", …), Again..Easy.
    Result<std::array<QString, 4>> buttonLabels(const Card &card);
    // Schedules and commits the answer. `takenMs` is the time the user spent on the card.
    Result<ReviewId> answer(const Card &card, Rating rating, int takenMs);
    // Reverts the last answer given in this session (not the CLI's, nor an earlier session's);
    // returns the card to show again, nullopt when nothing of this session is left to undo.
    Result<std::optional<Card>> undo();
    // Reverts the answer logged as `review` (the reviewer's one undo stack, where answers lie
    // between other changes, names the one to take back); nullopt when its undo record is gone.
    Result<std::optional<Card>> undo(ReviewId review);

    // "Study more" (the reviewer's done screen): `cards` come first, in order, each once (a card
    // no longer in the normal queue is skipped), then the due queue as before, so a card answered
    // Again comes back at its learning step.
    void setExtraCards(std::vector<CardId> cards) { m_extra = std::move(cards); }

private:
    // nextCard(); fills `remaining` when given.
    Result<std::optional<Card>> pickNext(DueCounts *remaining);
    Result<Scheduler> schedulerFor(const Card &card);
    AnswerContext contextFor(const Card &card, const SchedulerConfig &config) const;

    Collection &m_collection;
    const Clock &m_clock;
    std::optional<DeckId> m_deck;
    std::vector<ReviewId> m_answers;   // this session's answers, oldest first, for undo
    qint64 m_unburiedDay = -1;         // the study day whose expired burials were last cleared
    std::vector<CardId> m_extra;       // setExtraCards(), the next first; removed once answered
};

} // namespace debrief
