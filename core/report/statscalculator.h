#pragma once

#include "report/reportdata.h"

#include <QStringList>

#include <utility>
#include <vector>

namespace debrief {

// The arithmetic of the statistics, apart from any storage: pure functions the builder applies
// to the aggregates StatsQueries returns, and that tests check with numbers worked out by hand.
class StatsCalculator {
public:
    // SM-2 schedules a review when recall is expected to have fallen to about 90 %; with an
    // exponential forgetting curve that gives 0.9^(elapsed / interval). Cards in (re)learning
    // (interval 0) count as a coin flip.
    static double predictedRecall(double elapsedDays, double intervalDays);
    // Current streak (ending today, or yesterday when today has no answer yet) and longest
    // streak, from the ascending study days that have answers.
    static std::pair<int, int> streaks(const std::vector<qint64> &daysWithAnswers, qint64 today);
    // Study day number <-> the local date it starts on (day 0 started on 1970-01-01).
    static QDate dateOfDay(qint64 day);
    static qint64 dayOfDate(const QDate &date);
    static std::vector<Bucket> intervalBuckets(const std::vector<ValueCount> &byDays);
    static std::vector<Bucket> easeBuckets(const std::vector<ValueCount> &byPermille);
    // A card's topics: its tags, or the top level of its deck when it has none.
    static QStringList topicsOf(const QString &tags, const QString &deckName);
    // Days until `unseen` cards are all seen at the pace of `recentNew` first-seen cards over
    // `windowDays` days (whole days, rounded up); 0 when none is unseen, none when the pace is 0.
    static std::optional<int> daysUntilAllSeen(int unseen, int recentNew, int windowDays);
    // Whether the pace sees every card and matures `share` of them by `daysLeft` days from now.
    static bool onPace(int total, int seen, int mature, int recentNew, int windowDays, qint64 daysLeft, double share);
    static QString advice(const TopicReadiness &t);
    // Up to `n` topics, weakest (lowest expected-known share) first; ties: more cards first, then by name.
    static std::vector<QString> weakest(const std::vector<TopicReadiness> &topics, int n);
    static QString kindName(int notetypeKind);
    // The browser search for a topic's cards: `tag:T` for a tag, `deck:"T" tag:none` for the
    // untagged cards of a top-level deck, both joined by `or` when the name is both.
    static QString browserSearch(const TopicReadiness &t);

    // A card takes about this many days to mature (interval >= 21 d) with Good answers under
    // the default SM-2 settings: 1 + 3 + 8 + 20 days of intervals before one of 50 days.
    static constexpr int kDaysToMature = 32;
    static constexpr int kMatureDays = 21;
    static constexpr int kPaceWindowDays = 30;   // "current pace" = new cards a day over the last 30 days
};

} // namespace debrief
