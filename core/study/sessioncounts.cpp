#include "study/sessioncounts.h"

#include "storage/collection.h"

namespace debrief {

Result<DueCounts> SessionCounts::remaining(Collection &collection, std::optional<DeckId> deck, const QDateTime &now,
                                           int utcOffsetSecs)
{
    auto counts = collection.deckCounts(now, utcOffsetSecs);
    if (!counts)
        return counts.error();
    DueCounts out;
    for (const DeckCounts &c : *counts) {
        const bool pick = deck ? c.deckId == *deck : !c.name.contains(QLatin1String("::"));
        if (pick) {
            out.newCount += c.newCount;
            out.learnCount += c.learnCount;
            out.reviewCount += c.reviewCount;
        }
    }
    return out;
}

CountKind SessionCounts::kindOf(const CardState &state)
{
    if (std::holds_alternative<NewState>(state))
        return CountKind::New;
    if (std::holds_alternative<ReviewState>(state))
        return CountKind::Review;
    return CountKind::Learning;
}

} // namespace debrief
