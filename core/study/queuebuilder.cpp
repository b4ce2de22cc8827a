#include "study/queuebuilder.h"

#include <algorithm>

namespace debrief {

namespace {

bool earlier(const StudyCandidate &a, const StudyCandidate &b) { return a.due != b.due ? a.due < b.due : a.id < b.id; }

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

std::vector<CardId> QueueBuilder::build(StudyCandidates c, qint64 nowSecs, int limit)
{
    std::sort(c.learning.begin(), c.learning.end(), earlier);
    std::sort(c.reviews.begin(), c.reviews.end(), earlier);
    std::sort(c.fresh.begin(), c.fresh.end(), earlier);

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
