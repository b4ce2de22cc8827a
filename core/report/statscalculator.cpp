#include "report/statscalculator.h"

#include "model/tags.h"

#include <algorithm>
#include <cmath>

namespace debrief {

double StatsCalculator::predictedRecall(double elapsedDays, double intervalDays)
{
    if (intervalDays <= 0)
        return 0.5;
    return std::pow(0.9, std::max(0.0, elapsedDays) / intervalDays);
}

std::pair<int, int> StatsCalculator::streaks(const std::vector<qint64> &days, qint64 today)
{
    int longest = 0;
    int run = 0;
    for (size_t i = 0; i < days.size(); ++i) {
        run = (i > 0 && days[i] == days[i - 1] + 1) ? run + 1 : 1;
        longest = std::max(longest, run);
    }
    // Walk back from today (or yesterday: today's study may still come).
    int current = 0;
    qint64 expect = today;
    auto it = std::upper_bound(days.begin(), days.end(), today);
    if (it != days.begin() && *(it - 1) != today)
        expect = today - 1;
    while (it != days.begin() && *(it - 1) == expect) {
        ++current;
        --expect;
        --it;
    }
    return {current, longest};
}

QDate StatsCalculator::dateOfDay(qint64 day) { return QDate(1970, 1, 1).addDays(day); }

qint64 StatsCalculator::dayOfDate(const QDate &date) { return QDate(1970, 1, 1).daysTo(date); }

std::vector<Bucket> StatsCalculator::intervalBuckets(const std::vector<ValueCount> &byDays)
{
    // Anki-like ranges: the first weeks day by day matter most, long intervals only roughly.
    struct Range { int lo, hi; const char *label; };
    static const Range ranges[] = {{0, 1, "1 d"},       {2, 3, "2-3 d"},      {4, 7, "4-7 d"},
                                   {8, 14, "1-2 wk"},   {15, 20, "15-20 d"},  {21, 30, "3-4 wk"},
                                   {31, 90, "1-3 mo"},  {91, 180, "3-6 mo"},  {181, 365, "6-12 mo"},
                                   {366, 1 << 30, "> 1 y"}};
    std::vector<Bucket> out;
    for (const Range &r : ranges)
        out.push_back({QString::fromUtf8(r.label), 0});
    for (const ValueCount &v : byDays)
        for (size_t i = 0; i < std::size(ranges); ++i)
            if (v.value <= ranges[i].hi) {
                out[i].count += v.count;
                break;
            }
    return out;
}

std::vector<Bucket> StatsCalculator::easeBuckets(const std::vector<ValueCount> &byPermille)
{
    // 10-point steps from 130 % (the floor) to 300 %; above that in one bucket.
    std::vector<Bucket> out;
    for (int lo = 130; lo < 300; lo += 10)
        out.push_back({QStringLiteral("%1%").arg(lo), 0});
    out.push_back({QStringLiteral("300%+"), 0});
    for (const ValueCount &v : byPermille) {
        const int pct = int(v.value / 10);
        const int i = pct < 130 ? 0 : std::min<int>(int(out.size()) - 1, (pct - 130) / 10);
        out[size_t(i)].count += v.count;
    }
    return out;
}

QStringList StatsCalculator::topicsOf(const QString &tags, const QString &deckName)
{
    QStringList list = Tags::split(tags);
    list.removeDuplicates();
    if (list.isEmpty())
        list << deckName.section(QLatin1String("::"), 0, 0);
    return list;
}

std::optional<int> StatsCalculator::daysUntilAllSeen(int unseen, int recentNew, int windowDays)
{
    if (unseen <= 0)
        return 0;
    if (recentNew <= 0 || windowDays <= 0)
        return std::nullopt;
    // Integer arithmetic: unseen / (recentNew / windowDays), rounded up, without float noise.
    return int((qint64(unseen) * windowDays + recentNew - 1) / recentNew);
}

bool StatsCalculator::onPace(int total, int seen, int mature, int recentNew, int windowDays, qint64 daysLeft, double share)
{
    if (total <= 0)
        return true;
    const int unseen = total - seen;
    const double perDay = windowDays > 0 ? double(recentNew) / windowDays : 0;
    const std::optional<int> allSeen = daysUntilAllSeen(unseen, recentNew, windowDays);
    if (!allSeen || *allSeen > daysLeft)
        return false;
    // Cards seen now mature if kDaysToMature remain; new ones only if seen that long before.
    double projected = mature;
    if (daysLeft >= kDaysToMature)
        projected += (seen - mature) + std::min<double>(unseen, perDay * double(daysLeft - kDaysToMature));
    return projected / total >= share - 1e-9;
}

QString StatsCalculator::advice(const TopicReadiness &t)
{
    if (t.total == 0)
        return QString();
    if (t.seenShare() < 0.5)
        return QStringLiteral("learn new cards (%1 unseen)").arg(t.total - t.seen);
    if (const std::optional<double> r = t.retention.overall(); r && *r < 0.8)
        return QStringLiteral("review lapsed cards (retention %1%)").arg(qRound(*r * 100));
    if (t.seen < t.total)
        return QStringLiteral("finish the %1 unseen cards").arg(t.total - t.seen);
    if (t.matureShare() < 0.8)
        return QStringLiteral("keep reviewing until cards mature");
    return QStringLiteral("maintain");
}

std::vector<QString> StatsCalculator::weakest(const std::vector<TopicReadiness> &topics, int n)
{
    std::vector<const TopicReadiness *> sorted;
    for (const TopicReadiness &t : topics)
        if (t.total > 0)
            sorted.push_back(&t);
    std::sort(sorted.begin(), sorted.end(), [](const TopicReadiness *a, const TopicReadiness *b) {
        if (a->expectedKnown != b->expectedKnown)
            return a->expectedKnown < b->expectedKnown;
        if (a->total != b->total)   // equally weak: the bigger topic has more to gain
            return a->total > b->total;
        return a->topic < b->topic;
    });
    std::vector<QString> out;
    for (size_t i = 0; i < sorted.size() && int(i) < n; ++i)
        out.push_back(sorted[i]->topic);
    return out;
}

QString StatsCalculator::kindName(int notetypeKind)
{
    switch (notetypeKind) {
    case 0: return QStringLiteral("basic");
    case 1: return QStringLiteral("cloze");
    case 2: return QStringLiteral("pair");
    case 3: return QStringLiteral("tree");
    case 4: return QStringLiteral("layers");
    default: return QStringLiteral("deleted");
    }
}

QString StatsCalculator::browserSearch(const TopicReadiness &t)
{
    // Quoted, with the search syntax's wildcards and escapes escaped, so a name is matched as written.
    QString name;
    for (QChar ch : t.topic) {
        if (ch == QLatin1Char('\\') || ch == QLatin1Char('"') || ch == QLatin1Char('*') || ch == QLatin1Char('_'))
            name += QLatin1Char('\\');
        name += ch;
    }
    const QString tag = QStringLiteral("tag:\"%1\"").arg(name);
    const QString deck = QStringLiteral("deck:\"%1\" tag:none").arg(name);
    if (t.fromTags && t.fromDeck)
        return QStringLiteral("%1 or (%2)").arg(tag, deck);
    return t.fromDeck ? deck : tag;
}

} // namespace debrief
