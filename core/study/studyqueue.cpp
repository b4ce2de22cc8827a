#include "study/studyqueue.h"

#include "scheduling/studyday.h"
#include "storage/collection.h"
#include "study/queuebuilder.h"

namespace debrief {

Result<std::vector<CardId>> StudyQueue::dueCards(Collection &collection, std::optional<DeckId> deck,
                                                 const QDateTime &now, int utcOffsetSecs, int limit,
                                                 std::vector<DeckCounts> *counts)
{
    Result<StudyCandidates> candidates = collection.studyCandidates(deck, now, utcOffsetSecs, limit);
    if (!candidates)
        return candidates.error();
    if (counts)
        *counts = std::move(candidates->counts);
    // New cards are ordered by the chosen deck's preset, as Anki takes the clicked deck's; for all
    // decks, by the Default preset's (whose rollover hour is the collection's).
    Result<SchedulerConfig> config = deck ? collection.configForDeck(*deck) : collection.preset(1);
    if (!config && config.error().kind != Error::Kind::NotFound)
        return config.error();
    const SchedulerConfig options = config ? *config : SchedulerConfig{};
    return QueueBuilder::build(std::move(*candidates), now.toSecsSinceEpoch(), limit, options.newCardOrder,
                               StudyDay::dayNumber(now, utcOffsetSecs, options.rolloverHour));
}

} // namespace debrief
