#include "study/studyqueue.h"

#include "storage/collection.h"
#include "study/queuebuilder.h"

namespace debrief {

Result<std::vector<CardId>> StudyQueue::dueCards(Collection &collection, std::optional<DeckId> deck,
                                                 const QDateTime &now, int utcOffsetSecs, int limit)
{
    Result<StudyCandidates> candidates = collection.studyCandidates(deck, now, utcOffsetSecs, limit);
    if (!candidates)
        return candidates.error();
    return QueueBuilder::build(std::move(*candidates), now.toSecsSinceEpoch(), limit);
}

} // namespace debrief
