#include "report/reportlayout.h"

#include "report/reportcolors.h"
#include "report/statscalculator.h"

#include <QLocale>

namespace debrief {

namespace {

const QColor kLearn = ReportColors::kind(0);
const QColor kReview = ReportColors::kind(1);
const QColor kRelearn = ReportColors::kind(2);
const QColor kCram = ReportColors::kind(3);

QVariant optionalShare(std::optional<double> v) { return v ? QVariant(*v) : QVariant(); }
QVariant optionalInt(std::optional<int> v) { return v ? QVariant(*v) : QVariant(); }
QVariant optionalBool(std::optional<bool> v)
{
    return v ? QVariant(*v ? QStringLiteral("yes") : QStringLiteral("no")) : QVariant();
}

QString periodText(const ReportData &d)
{
    return QStringLiteral("%1 to %2").arg(d.since.toString(Qt::ISODate), d.until.toString(Qt::ISODate));
}

QString generatedText(const QDateTime &utc, int offsetSecs)
{
    QDateTime local = utc.toOffsetFromUtc(offsetSecs);
    return QStringLiteral("Generated on %1 by Debrief").arg(local.toString(Qt::ISODate));
}

ReportTable retentionTable(const QString &title, const QString &sheet, const QString &what,
                           const std::vector<NamedRetention> &rows)
{
    ReportTable t{title, sheet, {what, QStringLiteral("Reviews"), QStringLiteral("Young"), QStringLiteral("Mature"),
                                 QStringLiteral("Overall")},
                  {false, false, true, true, true}, {}};
    for (const NamedRetention &r : rows)
        t.rows.push_back({r.name, r.retention.count(), optionalShare(r.retention.young()),
                          optionalShare(r.retention.mature()), optionalShare(r.retention.overall())});
    return t;
}

ReportTable hardTable(const QString &title, const QString &sheet, const ReportData &d, const std::vector<HardCardRow> &rows)
{
    ReportTable t{title, sheet, {QStringLiteral("Card"), QStringLiteral("Deck"), QStringLiteral("Lapses"),
                                 QStringLiteral("Ease"), QStringLiteral("Interval (d)"), QStringLiteral("Leech")},
                  {false, false, false, true, false, false}, {}};
    for (const HardCardRow &c : rows)
        t.rows.push_back({c.sortField, d.deckNameOf(c.deck), c.lapses, c.easePermille / 1000.0, c.intervalDays,
                          c.leech ? QStringLiteral("yes") : QStringLiteral("no")});
    return t;
}

} // namespace

QString ReportLayout::percent(std::optional<double> share)
{
    if (!share)
        return QStringLiteral("-");
    return QString::number(*share * 100, 'f', 1) + QLatin1Char('%');
}

QString ReportLayout::cellText(const QVariant &cell, bool isPercent)
{
    if (!cell.isValid() || cell.isNull())
        return QStringLiteral("-");
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const bool isDouble = cell.typeId() == QMetaType::Double;
    const bool isDate = cell.typeId() == QMetaType::QDate;
#else
    const bool isDouble = cell.type() == QVariant::Double;
    const bool isDate = cell.type() == QVariant::Date;
#endif
    if (isDouble)
        return isPercent ? percent(cell.toDouble()) : QString::number(cell.toDouble(), 'f', 2);
    if (isDate)
        return cell.toDate().toString(Qt::ISODate);
    return cell.toString();
}

ReportTable ReportLayout::readinessTable(const ReportData &d)
{
    ReportTable t{QStringLiteral("Interview readiness by topic"), QStringLiteral("Readiness"),
                  {QStringLiteral("Topic"), QStringLiteral("Cards"), QStringLiteral("Seen"), QStringLiteral("Seen share"),
                   QStringLiteral("Mature share"), QStringLiteral("Retention"), QStringLiteral("Recall today"),
                   QStringLiteral("Known now"), QStringLiteral("New/day"), QStringLiteral("Days to all seen"),
                   QStringLiteral("On pace"), QStringLiteral("Next")},
                  {false, false, false, true, true, true, true, true, false, false, false, false}, {}};
    for (const TopicReadiness &r : d.topics)
        t.rows.push_back({r.topic, r.total, r.seen, r.seenShare(), r.matureShare(), optionalShare(r.retention.overall()),
                          r.predictedRecall, r.expectedKnown, r.newPerDay, optionalInt(r.daysUntilAllSeen),
                          optionalBool(r.onPace), r.advice});
    return t;
}

ReportDocument ReportLayout::document(const ReportData &d)
{
    ReportDocument doc;
    doc.title = QStringLiteral("Debrief progress report");
    doc.subtitle = d.learnerName.isEmpty() ? d.collectionName : QStringLiteral("%1 (%2)").arg(d.learnerName, d.collectionName);
    doc.generatedLine = generatedText(d.generated, d.utcOffsetSecs);
    const QLocale c = QLocale::c();
    doc.facts = {
        {QStringLiteral("Collection"), d.collectionName},
        {QStringLiteral("Learner"), d.learnerName.isEmpty() ? QStringLiteral("-") : d.learnerName},
        {QStringLiteral("Decks"), d.deckName.isEmpty() ? QStringLiteral("all") : d.deckName},
        {QStringLiteral("Period"), periodText(d)},
        {QStringLiteral("Answers"), QString::number(d.totals.total())},
        {QStringLiteral("Time spent"), QStringLiteral("%1 min").arg(QString::number(d.totals.takenMs / 60000.0, 'f', 1))},
        {QStringLiteral("Days studied"), QString::number(d.studyDays)},
        {QStringLiteral("Current streak"), QStringLiteral("%1 d").arg(d.currentStreak)},
        {QStringLiteral("Longest streak"), QStringLiteral("%1 d").arg(d.longestStreak)},
        {QStringLiteral("Cards (seen / mature)"), QStringLiteral("%1 (%2 / %3)").arg(d.cards).arg(d.seenCards).arg(d.matureCards)},
        {QStringLiteral("Retention young / mature"),
         QStringLiteral("%1 / %2").arg(percent(d.retention.young()), percent(d.retention.mature()))},
        {QStringLiteral("Due next 30 / 90 days"), QStringLiteral("%1 / %2").arg(d.forecast30()).arg(d.forecast90())},
        {QStringLiteral("Leeches"), QString::number(d.leeches)},
        {QStringLiteral("New cards a day (last 30 d)"), c.toString(d.newPerDay, 'f', 1)},
        {QStringLiteral("Days until every card is seen"),
         d.daysUntilAllSeen ? QString::number(*d.daysUntilAllSeen) : QStringLiteral("never at this pace")},
    };
    if (d.targetDate)
        doc.facts.push_back({QStringLiteral("Interview date"),
                             QStringLiteral("%1: %2").arg(d.targetDate->toString(Qt::ISODate),
                                                          d.onPace.value_or(false) ? QStringLiteral("on pace")
                                                                                   : QStringLiteral("behind pace"))});
    QStringList weakest;
    for (const QString &w : d.weakestTopics)
        weakest << w;
    doc.facts.push_back({QStringLiteral("Weakest topics"), weakest.isEmpty() ? QStringLiteral("-") : weakest.join(QStringLiteral(", "))});

    // Reviews per day over the period (every day, zeros included, so gaps show).
    Chart perDay{QStringLiteral("Answers per day"), {}, {{QStringLiteral("Learn"), kLearn, {}}, {QStringLiteral("Review"), kReview, {}},
                                                        {QStringLiteral("Relearn"), kRelearn, {}}, {QStringLiteral("Cram"), kCram, {}}}, 1};
    const qint64 first = StatsCalculator::dayOfDate(d.since), last = StatsCalculator::dayOfDate(d.until);
    // At most a year of bars; longer periods show their last year.
    const qint64 from = std::max(first, last - 364);
    size_t k = 0;
    for (qint64 day = from; day <= last; ++day) {
        perDay.labels << StatsCalculator::dateOfDay(day).toString(QStringLiteral("MM-dd"));
        while (k < d.days.size() && d.days[k].day < day)
            ++k;
        const bool has = k < d.days.size() && d.days[k].day == day;
        const KindCounts kc = has ? d.days[k].counts : KindCounts{};
        perDay.series[0].values.push_back(kc.learn);
        perDay.series[1].values.push_back(kc.review);
        perDay.series[2].values.push_back(kc.relearn + 0.0);
        perDay.series[3].values.push_back(kc.cram);
    }
    perDay.labelEvery = std::max(1, int(perDay.labels.size() / 8));
    doc.charts.push_back(perDay);

    Chart forecast{QStringLiteral("Due cards, next 30 days"), {}, {{QStringLiteral("Due"), kReview, {}}}, 5};
    for (int i = 0; i < 30; ++i) {
        forecast.labels << (i == 0 ? QStringLiteral("today") : QStringLiteral("+%1").arg(i));
        forecast.series[0].values.push_back(d.forecast.size() > size_t(i) ? d.forecast[size_t(i)] : 0);
    }
    doc.charts.push_back(forecast);

    Chart intervals{QStringLiteral("Card intervals"), {}, {{QStringLiteral("Cards"), kLearn, {}}}, 1};
    for (const Bucket &b : d.intervalBuckets) {
        intervals.labels << b.label;
        intervals.series[0].values.push_back(b.count);
    }
    doc.charts.push_back(intervals);

    Chart eases{QStringLiteral("Card ease"), {}, {{QStringLiteral("Cards"), kCram, {}}}, 3};
    for (const Bucket &b : d.easeBuckets) {
        eases.labels << b.label;
        eases.series[0].values.push_back(b.count);
    }
    doc.charts.push_back(eases);

    Chart hours{QStringLiteral("Answers by hour of day"), {}, {{QStringLiteral("Correct"), ReportColors::rating(3), {}},
                                                               {QStringLiteral("Again"), ReportColors::rating(1), {}}}, 3};
    for (const HourRow &h : d.hours) {
        hours.labels << QStringLiteral("%1h").arg(h.hour);
        hours.series[0].values.push_back(h.passed);
        hours.series[1].values.push_back(h.count - h.passed);
    }
    doc.charts.push_back(hours);

    Chart buttons{QStringLiteral("Answer buttons"), {QStringLiteral("Learn"), QStringLiteral("Young"), QStringLiteral("Mature"), QStringLiteral("Relearn")},
                  {{QStringLiteral("Again"), ReportColors::rating(1), {}}, {QStringLiteral("Hard"), ReportColors::rating(2), {}},
                   {QStringLiteral("Good"), ReportColors::rating(3), {}}, {QStringLiteral("Easy"), ReportColors::rating(4), {}}}, 1};
    for (int g = 0; g < 4; ++g)
        for (int r = 0; r < 4; ++r)
            buttons.series[size_t(r)].values.push_back(d.buttons[g][r]);
    doc.charts.push_back(buttons);

    doc.tables.push_back(readinessTable(d));
    ReportTable weak{QStringLiteral("Weakest topics: what to study next"), QStringLiteral("Weakest"),
                     {QStringLiteral("Topic"), QStringLiteral("Known now"), QStringLiteral("Next")}, {false, true, false}, {}};
    for (const QString &w : d.weakestTopics)
        for (const TopicReadiness &t : d.topics)
            if (t.topic == w)
                weak.rows.push_back({t.topic, t.expectedKnown, t.advice});
    doc.tables.push_back(weak);
    doc.tables.push_back(retentionTable(QStringLiteral("True retention by deck"), QStringLiteral("Decks"), QStringLiteral("Deck"), d.retentionByDeck));
    doc.tables.push_back(retentionTable(QStringLiteral("True retention by tag"), QStringLiteral("Tags"), QStringLiteral("Tag"), d.retentionByTag));
    doc.tables.push_back(retentionTable(QStringLiteral("True retention by card kind"), QStringLiteral("Card kinds"), QStringLiteral("Kind"), d.retentionByKind));
    doc.tables.push_back(hardTable(QStringLiteral("Hardest cards: most lapses"), QStringLiteral("Most lapses"), d, d.mostLapses));
    doc.tables.push_back(hardTable(QStringLiteral("Hardest cards: lowest ease"), QStringLiteral("Lowest ease"), d, d.lowestEase));
    return doc;
}

ReportTable ReportLayout::cohortTable(const CohortData &cohort)
{
    ReportTable t{QStringLiteral("Learners by topic"), QStringLiteral("Learners by topic"),
                  {QStringLiteral("Learner"), QStringLiteral("Topic"), QStringLiteral("Cards"), QStringLiteral("Seen share"),
                   QStringLiteral("Mature share"), QStringLiteral("Retention"), QStringLiteral("Known now"),
                   QStringLiteral("Days to all seen"), QStringLiteral("On pace")},
                  {false, false, false, true, true, true, true, false, false}, {}};
    for (const CohortMember &m : cohort.members) {
        if (!m.report)
            continue;
        for (const TopicReadiness &r : m.report->topics)
            t.rows.push_back({m.name, r.topic, r.total, r.seenShare(), r.matureShare(), optionalShare(r.retention.overall()),
                              r.expectedKnown, optionalInt(r.daysUntilAllSeen), optionalBool(r.onPace)});
    }
    return t;
}

ReportDocument ReportLayout::cohortDocument(const CohortData &cohort)
{
    ReportDocument doc;
    doc.title = QStringLiteral("Debrief cohort report");
    int ok = 0;
    for (const CohortMember &m : cohort.members)
        ok += m.report ? 1 : 0;
    doc.subtitle = QStringLiteral("%1 learners").arg(ok);
    doc.generatedLine = generatedText(cohort.generated, 0);
    doc.facts = {{QStringLiteral("Learners"), QString::number(ok)},
                 {QStringLiteral("Collections skipped"), QString::number(int(cohort.members.size()) - ok)}};
    if (cohort.targetDate)
        doc.facts.push_back({QStringLiteral("Interview date"), cohort.targetDate->toString(Qt::ISODate)});
    doc.facts.push_back({QStringLiteral("Behind pace"), cohort.behindPace.empty() ? QStringLiteral("-") : QStringList(cohort.behindPace.begin(), cohort.behindPace.end()).join(QStringLiteral(", "))});
    QStringList weakest;
    for (size_t i = 0; i < cohort.topics.size() && i < 5; ++i)
        weakest << cohort.topics[i].topic;
    doc.facts.push_back({QStringLiteral("Weakest topics"), weakest.isEmpty() ? QStringLiteral("-") : weakest.join(QStringLiteral(", "))});

    Chart known{QStringLiteral("Known now, by learner"), {}, {{QStringLiteral("Known"), kReview, {}}}, 1};
    ReportTable learners{QStringLiteral("Learners"), QStringLiteral("Learners"),
                         {QStringLiteral("Learner"), QStringLiteral("Folder"), QStringLiteral("Answers"), QStringLiteral("Cards"),
                          QStringLiteral("Seen"), QStringLiteral("Mature"), QStringLiteral("Retention"), QStringLiteral("Streak"),
                          QStringLiteral("Days to all seen"), QStringLiteral("On pace"), QStringLiteral("Problem")},
                         {false, false, false, false, false, false, true, false, false, false, false}, {}};
    for (const CohortMember &m : cohort.members) {
        if (!m.report) {
            learners.rows.push_back({m.name, m.dataDir, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
                                     QVariant(), QVariant(), m.error});
            continue;
        }
        const ReportData &r = *m.report;
        learners.rows.push_back({m.name, m.dataDir, r.totals.total(), r.cards, r.seenCards, r.matureCards,
                                 optionalShare(r.retention.overall()), r.currentStreak, optionalInt(r.daysUntilAllSeen),
                                 optionalBool(r.onPace), QString()});
        double recall = 0;
        int total = 0;
        for (const TopicReadiness &t : r.topics) {
            recall += t.expectedKnown * t.total;
            total += t.total;
        }
        known.labels << m.name;
        known.series[0].values.push_back(total ? 100.0 * recall / total : 0);
    }
    doc.charts.push_back(known);
    doc.tables.push_back(learners);
    ReportTable topics{QStringLiteral("Topics across the cohort, weakest first"), QStringLiteral("Topics"),
                       {QStringLiteral("Topic"), QStringLiteral("Learners"), QStringLiteral("Known now (mean)"),
                        QStringLiteral("Seen share (mean)"), QStringLiteral("Retention"), QStringLiteral("Learners behind")},
                       {false, false, true, true, true, false}, {}};
    for (const CohortData::Topic &t : cohort.topics)
        topics.rows.push_back({t.topic, t.learners, t.meanExpectedKnown, t.meanSeenShare, optionalShare(t.retention), t.behindPace});
    doc.tables.push_back(topics);
    doc.tables.push_back(cohortTable(cohort));
    return doc;
}

} // namespace debrief
