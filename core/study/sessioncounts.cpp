#include "study/sessioncounts.h"

#include "storage/collection.h"

namespace debrief {

Result<DueCounts> SessionCounts::remaining(Collection &collection, std::optional<DeckId> deck, const QDateTime &now,
                                           int utcOffsetSecs)
{
    auto counts = collection.deckCounts(now, utcOffsetSecs);
    if (!counts)
        return counts.error();
    return remaining(*counts, deck);
}

DueCounts SessionCounts::remaining(const std::vector<DeckCounts> &counts, std::optional<DeckId> deck)
{
    DueCounts out;
    for (const DeckCounts &c : counts) {
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

NextDue SessionCounts::nextDue(const UpcomingCards &upcoming, qint64 nowSecs, qint64 today)
{
    if (upcoming.learningDueSecs)
        return {NextDue::Kind::Minutes, qMax<qint64>(1, (*upcoming.learningDueSecs - nowSecs + 59) / 60)};
    std::optional<qint64> days;
    if (upcoming.newCards > 0)
        days = 1;
    if (upcoming.reviewDueDay)
        days = qMin(days.value_or(*upcoming.reviewDueDay - today), *upcoming.reviewDueDay - today);
    if (!days)
        return {};
    return {NextDue::Kind::Days, qMax<qint64>(1, *days)};
}

} // namespace debrief
