#include "study/queuebuilder.h"

#include <algorithm>

namespace debrief {

namespace {

bool earlier(const StudyCandidate &a, const StudyCandidate &b) { return a.due != b.due ? a.due < b.due : a.id < b.id; }

// splitmix64's finalizer: a fixed, well-mixed function of (card, day), so the shuffle is the same
// on every call of a study day (the queue does not jump between nextCard() calls) and on every
// machine, yet differs from one day to the next.
quint64 shuffleKey(CardId id, qint64 studyDay)
{
    quint64 z = quint64(id) ^ (quint64(studyDay) * 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// Takes cards in order while every deck on the card's path still has allowance left.
void takeLimited(const std::vector<StudyCandidate> &candidates, const std::vector<StudyDeckAllowance> &decks,
                 bool isNew, std::vector<CardId> &out)
{
    std::vector<int> taken(decks.size(), 0);
    for (const StudyCandidate &c : candidates) {
        bool allowed = true;
        for (int a = c.deck; a >= 0 && allowed; a = decks[size_t(a)].parent)
            allowed = taken[size_t(a)] < (isNew ? decks[size_t(a)].newLeft : decks[size_t(a)].reviewLeft);
        if (!allowed)
            continue;
        for (int a = c.deck; a >= 0; a = decks[size_t(a)].parent)
            ++taken[size_t(a)];
        out.push_back(c.id);
    }
}

} // namespace

std::vector<CardId> QueueBuilder::build(StudyCandidates c, qint64 nowSecs, int limit, NewCardOrder newOrder,
                                        qint64 studyDay)
{
    std::sort(c.learning.begin(), c.learning.end(), earlier);
    std::sort(c.reviews.begin(), c.reviews.end(), earlier);
    if (newOrder == NewCardOrder::Random) {
        std::sort(c.fresh.begin(), c.fresh.end(), [studyDay](const StudyCandidate &a, const StudyCandidate &b) {
            const quint64 ka = shuffleKey(a.id, studyDay), kb = shuffleKey(b.id, studyDay);
            return ka != kb ? ka < kb : a.id < b.id;
        });
    } else {
        std::sort(c.fresh.begin(), c.fresh.end(), earlier);
    }

    const auto dueNow = std::partition_point(c.learning.begin(), c.learning.end(),
                                             [nowSecs](const StudyCandidate &s) { return s.due <= nowSecs; });
    std::vector<CardId> out;
    for (auto it = c.learning.begin(); it != dueNow; ++it)
        out.push_back(it->id);
    takeLimited(c.reviews, c.decks, false, out);
    takeLimited(c.fresh, c.decks, true, out);
    for (auto it = dueNow; it != c.learning.end(); ++it)
        out.push_back(it->id);
    if (limit > 0 && int(out.size()) > limit)
        out.resize(size_t(limit));
    return out;
}

} // namespace debrief
