#include "scheduling/scheduler.h"

#include "scheduling/daycount.h"
#include "scheduling/intervalformat.h"
#include "scheduling/learningsteps.h"
#include "scheduling/reviewfuzz.h"
#include "scheduling/studyday.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace debrief {

namespace {

constexpr qint64 kSecsPerDay = 86400;
constexpr int kMaxAnswerMs = 60000;   // Anki's default cap_answer_time_to_secs

// Everything one answer needs, worked out once: Anki's StateContext plus today's timing.
class Transition {
public:
    Transition(const SchedulerConfig &config, const AnswerContext &ctx)
        : c(config), a(ctx), learn(config.learnStepsSecs), relearn(config.relearnStepsSecs),
          today(StudyDay::dayNumber(ctx.now, ctx.utcOffsetSecs, config.rolloverHour)),
          secsUntilRollover(StudyDay::secsUntilNextDay(ctx.now, ctx.utcOffsetSecs, config.rolloverHour))
    {
    }

    std::array<CardState, 4> next(const CardState &state) const
    {
        if (std::holds_alternative<NewState>(state)) {
            // A new card answers like a learning card that has just failed: all steps ahead.
            LearningState fresh;
            fresh.remainingSteps = learn.remainingForFailed();
            return learning(fresh);
        }
        if (const auto *l = std::get_if<LearningState>(&state))
            return learning(*l);
        if (const auto *r = std::get_if<ReviewState>(&state))
            return review(*r);
        return relearning(std::get<RelearningState>(state));
    }

    // Anki's min_and_max_review_intervals: maximum at least 1, minimum within [1, maximum].
    std::pair<int, int> minMax(int minimum) const
    {
        const int maximum = std::max(c.maximumIntervalDays, 1);
        return {std::clamp(minimum, 1, maximum), maximum};
    }

    // A step shorter than the time left today is due at an instant; one that reaches past the
    // rollover becomes due at the start of a later day (Anki's "interday learning"), so it
    // comes back with that day's reviews rather than at an odd hour.
    // Not done here: Anki also pushes an intraday step's due instant back by up to 25% (at most
    // 5 min), an integer drawn from the card's seeded RNG (answering/learning.rs
    // learning_ivl_with_fuzz). That needs the seed, not the fuzz factor the context carries,
    // and the draw changed with rand 0.9 (Canon's method instead of 0.8's rejection zone).
    // Only the due instant differs; steps, intervals and the log are unaffected.
    LearningState makeLearning(int remaining, int secs) const
    {
        LearningState s;
        s.remainingSteps = remaining;
        s.scheduledSecs = secs;
        if (secs >= secsUntilRollover) {
            const qint64 days = (secs - secsUntilRollover) / kSecsPerDay + 1;
            s.due = StudyDay::dayStart(today + days, a.utcOffsetSecs, c.rolloverHour);
        } else {
            s.due = a.now.toUTC().addSecs(secs);
        }
        return s;
    }

    ReviewState makeReview(int interval, int ease, int lapses, bool leeched) const
    {
        ReviewState s;
        s.intervalDays = interval;
        s.easePermille = ease;
        s.lapses = lapses;
        s.leeched = leeched;
        s.dueDay = today + interval;
        return s;
    }

    // The same review values, due `intervalDays` from today (leaving relearning, or re-read).
    ReviewState redue(ReviewState s) const
    {
        s.dueDay = today + s.intervalDays;
        return s;
    }

    ReviewState graduate(int days) const
    {
        const auto [minimum, maximum] = minMax(1);
        const float interval = std::max(std::round(float(days)), 1.0f);
        const int scheduled = ReviewFuzz::apply(a.fuzzFactor, interval, minimum, maximum);
        return makeReview(scheduled, c.startingEasePermille, 0, false);
    }

    std::array<CardState, 4> learning(const LearningState &s) const
    {
        CardState again, hard, good;
        if (const auto d = learn.againDelaySecs())
            again = makeLearning(learn.remainingForFailed(), *d);
        else
            again = graduate(c.graduatingIntervalDays);
        if (const auto d = learn.hardDelaySecs(s.remainingSteps))
            hard = makeLearning(s.remainingSteps, *d);
        else
            hard = graduate(c.graduatingIntervalDays);
        if (const auto d = learn.goodDelaySecs(s.remainingSteps))
            good = makeLearning(learn.remainingForGood(s.remainingSteps), *d);
        else
            good = graduate(c.graduatingIntervalDays);
        const auto [minimum, maximum] = minMax(1);
        const int easyDays = ReviewFuzz::apply(a.fuzzFactor, float(c.easyIntervalDays), minimum, maximum);
        CardState easy = makeReview(easyDays, c.startingEasePermille, 0, false);
        return {again, hard, good, easy};
    }

    // Anki's failing_review_interval: interval x lapse multiplier (truncated), at least the
    // minimum lapse interval and at least a day. Neither fuzzed nor scaled by the modifier.
    int failingInterval(const ReviewState &s) const
    {
        const int scaled = toDays(float(s.intervalDays) * float(c.lapseMultiplier));
        return std::max({scaled, c.minimumLapseIntervalDays, 1});
    }

    // Anki's constrain_passing_interval: interval modifier, then fuzz or rounding, within
    // [max(minimum, 1), maximum interval].
    int constrainPassing(float interval, int minimum, bool fuzz) const
    {
        interval *= float(c.intervalModifier);
        const auto [lo, hi] = minMax(minimum);
        if (fuzz)
            return ReviewFuzz::apply(a.fuzzFactor, interval, lo, hi);
        return std::clamp(toDays(std::round(interval)), lo, hi);
    }

    std::array<int, 3> passingIntervals(const ReviewState &s) const
    {
        const qint64 late = today - s.dueDay;
        // Anki derives elapsed days from the due day and never lets them go below zero.
        const qint64 elapsedDays = std::max<qint64>(0, s.intervalDays + late);
        const float daysLate = float(elapsedDays - s.intervalDays);
        const float current = float(s.intervalDays);
        const float ease = float(s.easePermille) / 1000.0f;
        const float hardFactor = float(c.hardMultiplier);
        const float easyBonus = float(c.easyBonus);

        if (daysLate < 0.0f) {
            // Early review (Anki's passing_early_review_intervals): credit only the days that
            // actually passed, never drop below the old interval for Good, and no fuzz.
            // Anki gets here from a rescheduling filtered deck ("review ahead"); in a normal deck
            // it moves the due day back to today first (answering/current.rs), so it never
            // answers early there. Debrief has no filtered decks: an answer before the due day
            // is taken as Anki's review ahead, and logged as such (ReviewKind::Early).
            const float elapsed = current + daysLate;
            const int hard = constrainPassing(std::max(elapsed * hardFactor, current * (hardFactor / 2.0f)), 0, false);
            const int good = constrainPassing(std::max(elapsed * ease, current), 0, false);
            const float reducedBonus = easyBonus - (easyBonus - 1.0f) / 2.0f;
            const int easy = constrainPassing(std::max(elapsed * ease, current) * reducedBonus, 0, false);
            return {hard, good, easy};
        }

        // Hard grows by the hard multiplier but by at least a day; each later button is at
        // least a day longer than the one before it. Lateness counts half for Good, fully for Easy.
        const int hardMinimum = hardFactor <= 1.0f ? 0 : s.intervalDays + 1;
        const int hard = constrainPassing(current * hardFactor, hardMinimum, true);
        const int goodMinimum = hardFactor <= 1.0f ? s.intervalDays + 1 : hard + 1;
        const int good = constrainPassing((current + daysLate / 2.0f) * ease, goodMinimum, true);
        const int easy = constrainPassing((current + daysLate) * ease * easyBonus, good + 1, true);
        return {hard, good, easy};
    }

    std::array<CardState, 4> review(const ReviewState &s) const
    {
        const auto [hardDays, goodDays, easyDays] = passingIntervals(s);

        const int lapses = s.lapses + 1;
        // Anki's ReviewState::leeched is a one-answer signal (set by this lapse reaching the
        // rule, false in every state rebuilt from a card). Debrief stores it as the card's
        // lasting "is a leech" mark instead, so it is kept once set; the signal that tags and
        // suspends, as Anki does, is Scheduler::becameLeech().
        const bool leeched = s.leeched || Scheduler::leechThresholdMet(lapses, c.leechThreshold);
        const ReviewState lapsed = makeReview(failingInterval(s),
                                              std::max(s.easePermille - 200, c.minimumEasePermille),
                                              lapses, leeched);
        CardState again = lapsed;
        if (const auto d = relearn.againDelaySecs())
            again = RelearningState {makeLearning(relearn.remainingForFailed(), *d), lapsed};

        const int hardEase = std::max(s.easePermille - 150, c.minimumEasePermille);
        const int easyEase = s.easePermille + 150;
        return {again,
                makeReview(hardDays, hardEase, s.lapses, s.leeched),
                makeReview(goodDays, s.easePermille, s.lapses, s.leeched),
                makeReview(easyDays, easyEase, s.lapses, s.leeched)};
    }

    std::array<CardState, 4> relearning(const RelearningState &s) const
    {
        const ReviewState graduated = redue(s.review);
        const int remaining = s.learning.remainingSteps;

        CardState again = graduated;
        if (const auto d = relearn.againDelaySecs()) {
            ReviewState r = s.review;
            r.intervalDays = failingInterval(s.review);
            again = RelearningState {makeLearning(relearn.remainingForFailed(), *d), redue(r)};
        }
        CardState hard = graduated;
        if (const auto d = relearn.hardDelaySecs(remaining))
            hard = RelearningState {makeLearning(remaining, *d), graduated};
        CardState good = graduated;
        if (const auto d = relearn.goodDelaySecs(remaining))
            good = RelearningState {makeLearning(relearn.remainingForGood(remaining), *d), graduated};
        // Easy leaves relearning at once, one day longer than the interval it would get.
        ReviewState easy = s.review;
        easy.intervalDays += 1;
        return {again, hard, good, redue(easy)};
    }

    // Anki's IntervalKind::maybe_as_days + as_revlog_interval for a step of `secs`.
    int stepRevlogInterval(qint64 secs) const
    {
        if (secs >= secsUntilRollover)
            return int((secs - secsUntilRollover) / kSecsPerDay + 1);
        return -int(std::min<qint64>(secs, 2147483647));
    }

    // The revlog interval of the state a card is answered in. Anki rebuilds a (re)learning
    // card's current state from its step position (answering/current.rs: scheduled_secs =
    // current_delay_secs(remaining_steps)), not from the delay it was last given, so after Hard
    // on the first step (330 s) the log shows the step itself (-60 s).
    int currentRevlogInterval(const CardState &state) const
    {
        if (const auto *l = std::get_if<LearningState>(&state))
            return stepRevlogInterval(learn.currentDelaySecs(l->remainingSteps));
        if (const auto *r = std::get_if<ReviewState>(&state))
            return r->intervalDays;
        if (const auto *rl = std::get_if<RelearningState>(&state))
            return stepRevlogInterval(relearn.currentDelaySecs(rl->learning.remainingSteps));
        return 0;
    }

    const SchedulerConfig &c;
    const AnswerContext &a;
    const LearningSteps learn;
    const LearningSteps relearn;
    const qint64 today;
    const qint64 secsUntilRollover;
};

} // namespace

Scheduler::Scheduler(SchedulerConfig config) : m_config(std::move(config)) {}

std::array<CardState, 4> Scheduler::preview(const CardState &state, const AnswerContext &ctx) const
{
    return Transition(m_config, ctx).next(state);
}

CardState Scheduler::answer(const CardState &state, Rating rating, const AnswerContext &ctx) const
{
    const int index = std::clamp(int(rating), 1, 4) - 1;
    return preview(state, ctx)[size_t(index)];
}

int Scheduler::revlogInterval(const CardState &state, const AnswerContext &ctx) const
{
    const Transition t(m_config, ctx);
    if (const auto *l = std::get_if<LearningState>(&state))
        return t.stepRevlogInterval(l->scheduledSecs);
    if (const auto *r = std::get_if<ReviewState>(&state))
        return r->intervalDays;
    if (const auto *rl = std::get_if<RelearningState>(&state))
        return t.stepRevlogInterval(rl->learning.scheduledSecs);
    return 0;
}

std::array<QString, 4> Scheduler::previewLabels(const CardState &state, const AnswerContext &ctx) const
{
    std::array<QString, 4> labels;
    const auto next = preview(state, ctx);
    for (size_t i = 0; i < next.size(); ++i) {
        const int ivl = revlogInterval(next[i], ctx);
        const qint64 secs = ivl < 0 ? -qint64(ivl) : qint64(ivl) * kSecsPerDay;
        labels[i] = IntervalFormat::buttonTextCollapsed(secs, m_config.learnAheadSecs);
    }
    return labels;
}

ReviewLogEntry Scheduler::reviewLogEntry(CardId cardId, const CardState &before, const CardState &after,
                                         Rating rating, const AnswerContext &ctx, int takenMs) const
{
    ReviewLogEntry e;
    e.id = ctx.now.toMSecsSinceEpoch();
    e.cardId = cardId;
    e.rating = int(rating);
    e.intervalAfter = revlogInterval(after, ctx);
    e.intervalBefore = Transition(m_config, ctx).currentRevlogInterval(before);
    e.takenMs = std::clamp(takenMs, 0, kMaxAnswerMs);
    if (const auto *r = std::get_if<ReviewState>(&after))
        e.easePermille = r->easePermille;
    else if (const auto *rl = std::get_if<RelearningState>(&after))
        e.easePermille = rl->review.easePermille;
    else
        e.easePermille = 0;   // still in learning steps: Anki logs no ease

    if (const auto *r = std::get_if<ReviewState>(&before))
        e.kind = daysLate(*r, ctx) < 0 ? ReviewKind::Early : ReviewKind::Review;
    else if (std::holds_alternative<RelearningState>(before))
        e.kind = ReviewKind::Relearn;
    else
        e.kind = ReviewKind::Learn;
    return e;
}

qint64 Scheduler::today(const AnswerContext &ctx) const
{
    return StudyDay::dayNumber(ctx.now, ctx.utcOffsetSecs, m_config.rolloverHour);
}

qint64 Scheduler::daysLate(const ReviewState &state, const AnswerContext &ctx) const
{
    return today(ctx) - state.dueDay;
}

bool Scheduler::isDue(const CardState &state, const AnswerContext &ctx, bool learnAhead) const
{
    const QDateTime limit = ctx.now.addSecs(learnAhead ? m_config.learnAheadSecs : 0);
    if (const auto *l = std::get_if<LearningState>(&state))
        return l->due <= limit;
    if (const auto *rl = std::get_if<RelearningState>(&state))
        return rl->learning.due <= limit;
    if (const auto *r = std::get_if<ReviewState>(&state))
        return r->dueDay <= today(ctx);
    return false;
}

double Scheduler::fuzzFactorFor(CardId id, int reps) { return ReviewFuzz::factorFor(id, reps); }

bool Scheduler::leechThresholdMet(int lapses, int threshold)
{
    if (threshold <= 0)
        return false;
    const int half = std::max(1, (threshold + 1) / 2);
    return lapses >= threshold && (lapses - threshold) % half == 0;
}

bool Scheduler::becameLeech(const CardState &before, const CardState &after) const
{
    const auto reviewOf = [](const CardState &s) -> const ReviewState * {
        if (const auto *r = std::get_if<ReviewState>(&s))
            return r;
        if (const auto *rl = std::get_if<RelearningState>(&s))
            return &rl->review;
        return nullptr;
    };
    const ReviewState *b = reviewOf(before);
    const ReviewState *a = reviewOf(after);
    return b && a && a->lapses > b->lapses && leechThresholdMet(a->lapses, m_config.leechThreshold);
}

} // namespace debrief
