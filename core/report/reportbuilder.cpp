#include "report/reportbuilder.h"

#include "model/tags.h"
#include "report/statscalculator.h"
#include "storage/collection.h"
#include "storage/statsqueries.h"
#include "scheduling/studyday.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <map>
#include <set>

namespace debrief {

namespace {

constexpr qint64 kDayMs = 86400000;

int offsetAtMs(const Clock &clock, qint64 ms)
{
    return clock.utcOffsetSecs(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

template <typename T>
Result<void> take(Result<T> r, T &into)
{
    if (!r)
        return r.error();
    into = std::move(*r);
    return {};
}

} // namespace

std::vector<std::pair<qint64, int>> ReportBuilder::offsetSegments(const Clock &clock, qint64 fromMs, qint64 toMs)
{
    std::vector<std::pair<qint64, int>> out{{fromMs, offsetAtMs(clock, fromMs)}};
    for (qint64 t = fromMs; t < toMs; t += kDayMs) {
        const qint64 next = std::min(t + kDayMs, toMs);
        if (offsetAtMs(clock, next) == out.back().second)
            continue;
        qint64 lo = t, hi = next;   // offset(lo) is the old one, offset(hi) the new one
        while (hi - lo > 1000) {
            const qint64 mid = lo + (hi - lo) / 2;
            (offsetAtMs(clock, mid) == out.back().second ? lo : hi) = mid;
        }
        out.push_back({hi, offsetAtMs(clock, hi)});
    }
    return out;
}

Result<ReportData> ReportBuilder::build(Collection &collection, const ReportOptions &options, const Clock &clock)
{
    ReportData data;
    StatsQueries q(collection.database());
    data.generated = clock.now();
    data.utcOffsetSecs = clock.utcOffsetSecs(data.generated);
    data.collectionName = QFileInfo(collection.path()).absoluteDir().dirName();
    data.deckName = options.deckName;
    data.targetMatureShare = options.targetMatureShare;

    Result<SchedulerConfig> config = collection.preset(1);
    const int rollover = config ? config->rolloverHour : 4;
    data.today = StudyDay::dayNumber(data.generated, data.utcOffsetSecs, rollover);

    if (Result<void> r = take(q.deckNames(), data.deckNames); !r)
        return r.error();
    StatsScope scope;
    scope.rolloverHour = rollover;
    if (!options.deckName.isEmpty()) {
        const QString prefix = options.deckName + QLatin1String("::");
        for (const auto &d : data.deckNames)
            if (d.second.compare(options.deckName, Qt::CaseInsensitive) == 0 || d.second.startsWith(prefix, Qt::CaseInsensitive))
                scope.decks.push_back(d.first);
        if (scope.decks.empty())
            return makeError(Error::Kind::NotFound, QCoreApplication::translate("ReportBuilder", "no deck named '%1'").arg(options.deckName));
    }

    Result<QString> learner = q.configValue(QStringLiteral("learner_name"));
    if (!learner)
        return learner.error();
    data.learnerName = *learner;
    data.targetDate = options.targetDate;
    if (!data.targetDate) {
        Result<QString> target = q.configValue(QStringLiteral("target_date"));
        if (!target)
            return target.error();
        const QDate d = QDate::fromString(*target, Qt::ISODate);
        if (d.isValid())
            data.targetDate = d;
    }

    // The period, as study days: a date's day starts at the rollover hour of that date.
    const qint64 untilDay = options.until ? StatsCalculator::dayOfDate(*options.until) : data.today;
    qint64 sinceDay = 0;
    if (options.since) {
        sinceDay = StatsCalculator::dayOfDate(*options.since);
    } else {
        Result<qint64> first = q.firstReviewMs(scope);
        if (!first)
            return first.error();
        const qint64 firstMs = *first ? *first : data.generated.toMSecsSinceEpoch();
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(firstMs, Qt::UTC);
        sinceDay = StudyDay::dayNumber(at, clock.utcOffsetSecs(at), rollover);
    }
    sinceDay = std::min(sinceDay, untilDay);
    data.since = StatsCalculator::dateOfDay(sinceDay);
    data.until = StatsCalculator::dateOfDay(untilDay);
    // Day starts use the offset in force at about that time (a day starts at 04:00 local).
    const auto dayStartMs = [&](qint64 day) {
        const qint64 guess = StudyDay::dayStart(day, data.utcOffsetSecs, rollover).toMSecsSinceEpoch();
        return StudyDay::dayStart(day, offsetAtMs(clock, guess), rollover).toMSecsSinceEpoch();
    };
    scope.sinceMs = dayStartMs(sinceDay);
    scope.untilMs = dayStartMs(untilDay + 1);
    scope.offsets = offsetSegments(clock, scope.sinceMs - kDayMs, scope.untilMs + kDayMs);
    data.scope = scope;
    if (!options.statistics)
        return data;

    // Answers per day and kind, streaks; hours and buttons come from the same scan of the log.
    AnswerAggregates answers;
    if (Result<void> r = take(q.answers(scope), answers); !r)
        return r.error();
    for (const DayKindRow &row : answers.days) {
        if (data.days.empty() || data.days.back().day != row.day)
            data.days.push_back({row.day, StatsCalculator::dateOfDay(row.day), {}});
        KindCounts &k = data.days.back().counts;
        int *slot[] = {&k.learn, &k.review, &k.relearn, &k.cram, &k.manual};
        int *total[] = {&data.totals.learn, &data.totals.review, &data.totals.relearn, &data.totals.cram, &data.totals.manual};
        const int kind = std::clamp(row.kind, 0, 4);
        *slot[kind] += row.count;
        *total[kind] += row.count;
        k.takenMs += row.takenMs;
        data.totals.takenMs += row.takenMs;
    }
    data.studyDays = int(data.days.size());
    std::vector<qint64> activeDays;
    for (const DayStats &d : data.days)
        activeDays.push_back(d.day);
    std::tie(data.currentStreak, data.longestStreak) = StatsCalculator::streaks(activeDays, data.today);
    // A streak is about now; a period that ends earlier has none running.
    if (untilDay < data.today - 1)
        data.currentStreak = 0;

    data.hours.resize(24);
    for (int h = 0; h < 24; ++h)
        data.hours[size_t(h)].hour = h;
    for (const HourRow &h : answers.hours)
        if (h.hour >= 0 && h.hour < 24)
            data.hours[size_t(h.hour)] = h;

    for (const ButtonRow &b : answers.buttons) {
        if (b.rating < 1 || b.rating > 4)
            continue;
        int group = -1;
        if (b.kind == 0)
            group = 0;
        else if (b.kind == 1 || b.kind == 3)
            group = b.mature ? 2 : 1;
        else if (b.kind == 2)
            group = 3;
        if (group >= 0)
            data.buttons[group][b.rating - 1] += b.count;
    }

    // The cards now, with the period's retention under their decks and tags.
    const qint64 paceSinceMs = dayStartMs(data.today - StatsCalculator::kPaceWindowDays);
    CardAggregates cards;
    CardQuery cardQuery;
    cardQuery.today = data.today;
    cardQuery.forecastDays = 90;
    cardQuery.hardestLimit = 10;
    cardQuery.recall = &StatsCalculator::predictedRecall;
    cardQuery.recentSinceMs = paceSinceMs;
    if (Result<void> r = take(q.cards(scope, cardQuery, answers.cards), cards); !r)
        return r.error();

    // Retention, broken down.
    std::map<QString, Retention> byDeck, byTag, byKind, byTopic;
    for (const RetentionRow &row : cards.retention) {
        const QString deck = data.deckNameOf(row.deck);
        data.retention.add(row.mature, row.count, row.passed);
        byDeck[deck].add(row.mature, row.count, row.passed);
        byKind[StatsCalculator::kindName(row.notetypeKind)].add(row.mature, row.count, row.passed);
        const QStringList tags = Tags::split(row.tags);
        if (tags.isEmpty())
            byTag[QStringLiteral("(untagged)")].add(row.mature, row.count, row.passed);
        for (const QString &t : tags)
            byTag[t].add(row.mature, row.count, row.passed);
        for (const QString &t : StatsCalculator::topicsOf(row.tags, deck))
            byTopic[t].add(row.mature, row.count, row.passed);
    }
    const auto named = [](const std::map<QString, Retention> &m) {
        std::vector<NamedRetention> v;
        for (const auto &e : m)
            v.push_back({e.first, e.second});
        return v;
    };
    data.retentionByDeck = named(byDeck);
    data.retentionByTag = named(byTag);
    data.retentionByKind = named(byKind);

    // Readiness per topic.
    std::map<QString, TopicReadiness> topics;
    std::map<QString, double> recallSums;
    std::map<QString, int> recent;
    int recentTotal = 0;
    for (const CardGroupRow &g : cards.groups) {
        data.cards += g.total;
        data.seenCards += g.seen;
        data.matureCards += g.mature;
        data.suspendedCards += g.suspended;
        recentTotal += g.firstSeenRecently;
        const bool untagged = g.tags.trimmed().isEmpty();
        for (const QString &t : StatsCalculator::topicsOf(g.tags, data.deckNameOf(g.deck))) {
            TopicReadiness &tr = topics[t];
            tr.topic = t;
            (untagged ? tr.fromDeck : tr.fromTags) = true;
            tr.total += g.total;
            tr.seen += g.seen;
            tr.mature += g.mature;
            recallSums[t] += g.recallSum;
            recent[t] += g.firstSeenRecently;
        }
    }
    const qint64 daysLeft = data.targetDate ? StatsCalculator::dayOfDate(*data.targetDate) - data.today : 0;
    for (auto &e : topics) {
        TopicReadiness &t = e.second;
        t.retention = byTopic[t.topic];
        t.predictedRecall = t.seen ? recallSums[t.topic] / t.seen : 0;
        t.expectedKnown = t.total ? recallSums[t.topic] / t.total : 0;
        t.newPerDay = double(recent[t.topic]) / StatsCalculator::kPaceWindowDays;
        const int window = StatsCalculator::kPaceWindowDays;
        t.daysUntilAllSeen = StatsCalculator::daysUntilAllSeen(t.total - t.seen, recent[t.topic], window);
        if (data.targetDate)
            t.onPace = StatsCalculator::onPace(t.total, t.seen, t.mature, recent[t.topic], window, daysLeft,
                                               data.targetMatureShare);
        t.advice = StatsCalculator::advice(t);
        data.topics.push_back(t);
    }
    data.weakestTopics = StatsCalculator::weakest(data.topics, 5);
    data.newPerDay = double(recentTotal) / StatsCalculator::kPaceWindowDays;
    data.daysUntilAllSeen = StatsCalculator::daysUntilAllSeen(data.cards - data.seenCards, recentTotal,
                                                              StatsCalculator::kPaceWindowDays);
    if (data.targetDate)
        data.onPace = StatsCalculator::onPace(data.cards, data.seenCards, data.matureCards, recentTotal,
                                              StatsCalculator::kPaceWindowDays, daysLeft, data.targetMatureShare);

    data.forecast.assign(90, 0);
    for (const ValueCount &v : cards.forecast)
        if (v.value >= 0 && v.value < 90)
            data.forecast[size_t(v.value)] += v.count;
    data.intervalBuckets = StatsCalculator::intervalBuckets(cards.intervals);
    data.easeBuckets = StatsCalculator::easeBuckets(cards.eases);

    data.mostLapses = std::move(cards.mostLapses);
    data.lowestEase = std::move(cards.lowestEase);
    data.leeches = cards.leeches;
    return data;
}

} // namespace debrief
