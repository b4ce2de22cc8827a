#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

namespace debrief {

// What CollectionGenerator::generate made, for the caller to print.
struct GeneratedCollection {
    int decks = 0;
    int notes = 0;
    int cards = 0;
    int reviewLogRows = 0;
    qint64 elapsedMs = 0;
};

// Builds a large, realistic collection for benchmarks and manual testing: a deck tree, a
// two-template notetype, cards spread over new/learning/review/relearning (some suspended) and a
// review history over the two years before `now`. Deterministic for a given seed and `now`.
// Writes through one transaction with prepared statements (100k cards + 1M log rows in seconds).
class CollectionGenerator {
public:
    explicit CollectionGenerator(QDateTime now, int utcOffsetSecs = 0);

    // `path` must not exist yet. `cards` is rounded up to an even number (two cards per note).
    Result<GeneratedCollection> generate(const QString &path, int cards, int revlogRows, quint32 seed);

private:
    QDateTime m_now;
    int m_utcOffsetSecs;
};

} // namespace debrief
