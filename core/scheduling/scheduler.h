#pragma once

#include "model/cardstate.h"
#include "model/ids.h"
#include "model/reviewlogentry.h"
#include "scheduling/rating.h"
#include "scheduling/schedulerconfig.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace debrief {

// What an answer depends on besides the card: the time, the local UTC offset in force then
// (for the day rollover) and the fuzz factor in [0, 1). nullopt fuzz = unfuzzed intervals.
struct AnswerContext {
    QDateTime now;
    int utcOffsetSecs = 0;
    std::optional<double> fuzzFactor;
};

// Anki's v3 scheduler with SM-2 (rslib/src/scheduler/states/*.rs), as a pure function of
// (card state, button, context): no clock, no random numbers, no storage. The caller supplies
// the time and the fuzz factor (fuzzFactorFor(card id, reps)) and stores the result.
// Not modelled: Anki's optional load balancer (states/load_balancer.rs), which picks the day
// within the fuzz range from the collection's due counts instead of the fuzz factor.
class Scheduler {
public:
    explicit Scheduler(SchedulerConfig config);

    const SchedulerConfig &config() const { return m_config; }

    CardState answer(const CardState &state, Rating rating, const AnswerContext &ctx) const;
    // The states each button would lead to, Again..Easy; answer() returns one of these.
    std::array<CardState, 4> preview(const CardState &state, const AnswerContext &ctx) const;
    // Button labels for those states: "<1m", "<10m", "1d", "4d", "3.5mo" (Anki collapses
    // intervals inside the learn-ahead limit with "<").
    std::array<QString, 4> previewLabels(const CardState &state, const AnswerContext &ctx) const;

    // Anki's revlog interval of a state just scheduled, as of ctx.now: > 0 days, < 0 seconds, 0
    // for a new card. A learning step that crosses the next day rollover counts in days, as Anki
    // counts it. (The log's interval before uses the current step's delay instead, see below.)
    int revlogInterval(const CardState &state, const AnswerContext &ctx) const;
    // The log row for an answer that turned `before` into `after` (answer time capped at 60 s).
    // As Anki, the interval before of a (re)learning card is its current step from the preset's
    // steps, not the delay it last got (after Hard on the first step: -60 s, not -330 s).
    ReviewLogEntry reviewLogEntry(CardId cardId, const CardState &before, const CardState &after,
                                  Rating rating, const AnswerContext &ctx, int takenMs) const;

    // Study-day number of ctx.now (see StudyDay) with this preset's rollover hour.
    qint64 today(const AnswerContext &ctx) const;
    // Days past the due day (negative when early), for a review card answered at ctx.now.
    qint64 daysLate(const ReviewState &state, const AnswerContext &ctx) const;
    // Learning cards are due at their instant (or up to the learn-ahead limit earlier when
    // `learnAhead`), review cards from the start of their due day. New cards are never "due".
    bool isDue(const CardState &state, const AnswerContext &ctx, bool learnAhead = false) const;

    // Anki's deterministic fuzz factor for a card with `reps` answers so far (before this one):
    // the exact value Anki draws, not just one from the same distribution.
    static double fuzzFactorFor(CardId id, int reps);
    // Anki's leech rule: at the threshold and every half threshold (rounded up) after it.
    static bool leechThresholdMet(int lapses, int threshold);
    // True when this answer was a lapse that reached the leech rule: tag (and maybe suspend) now.
    bool becameLeech(const CardState &before, const CardState &after) const;

private:
    SchedulerConfig m_config;
};

} // namespace debrief
