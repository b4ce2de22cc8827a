#include "report/jsonreportwriter.h"

#include "report/statscalculator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace debrief {

namespace {

QJsonValue share(std::optional<double> v)
{
    if (!v)
        return QJsonValue(QJsonValue::Null);
    return std::round(*v * 10000) / 10000;
}

QJsonValue optInt(std::optional<int> v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }
QJsonValue optBool(std::optional<bool> v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }
QJsonValue optDate(const std::optional<QDate> &d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject retentionJson(const Retention &r)
{
    return {{QStringLiteral("young"), share(r.young())},           {QStringLiteral("mature"), share(r.mature())},
            {QStringLiteral("overall"), share(r.overall())},       {QStringLiteral("youngReviews"), r.youngCount},
            {QStringLiteral("matureReviews"), r.matureCount}};
}

QJsonArray namedRetention(const std::vector<NamedRetention> &rows)
{
    QJsonArray a;
    for (const NamedRetention &n : rows) {
        QJsonObject o = retentionJson(n.retention);
        o.insert(QStringLiteral("name"), n.name);
        a.append(o);
    }
    return a;
}

QJsonArray buckets(const std::vector<Bucket> &bs)
{
    QJsonArray a;
    for (const Bucket &b : bs)
        a.append(QJsonObject{{QStringLiteral("label"), b.label}, {QStringLiteral("count"), b.count}});
    return a;
}

QJsonArray hardCards(const ReportData &d, const std::vector<HardCardRow> &rows)
{
    QJsonArray a;
    for (const HardCardRow &c : rows)
        a.append(QJsonObject{{QStringLiteral("cardId"), double(c.card)}, {QStringLiteral("noteId"), double(c.note)},
                             {QStringLiteral("deck"), d.deckNameOf(c.deck)}, {QStringLiteral("text"), c.sortField},
                             {QStringLiteral("lapses"), c.lapses}, {QStringLiteral("ease"), c.easePermille / 1000.0},
                             {QStringLiteral("intervalDays"), c.intervalDays}, {QStringLiteral("leech"), c.leech}});
    return a;
}

QJsonObject kindsJson(const KindCounts &k)
{
    return {{QStringLiteral("learn"), k.learn},     {QStringLiteral("review"), k.review},
            {QStringLiteral("relearn"), k.relearn}, {QStringLiteral("cram"), k.cram},
            {QStringLiteral("manual"), k.manual},   {QStringLiteral("answers"), k.total()},
            {QStringLiteral("timeSeconds"), std::round(k.takenMs / 100.0) / 10}};
}

} // namespace

QJsonObject JsonReportWriter::toJson(const ReportData &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), QStringLiteral("debrief-report"));
    o.insert(QStringLiteral("version"), kSchemaVersion);
    o.insert(QStringLiteral("collection"), d.collectionName);
    o.insert(QStringLiteral("learner"), d.learnerName);
    o.insert(QStringLiteral("deck"), d.deckName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.deckName));
    o.insert(QStringLiteral("generated"), d.generated.toOffsetFromUtc(d.utcOffsetSecs).toString(Qt::ISODate));
    o.insert(QStringLiteral("today"), StatsCalculator::dateOfDay(d.today).toString(Qt::ISODate));
    o.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("since"), d.since.toString(Qt::ISODate)},
                                                   {QStringLiteral("until"), d.until.toString(Qt::ISODate)}});
    QJsonObject totals = kindsJson(d.totals);
    totals.insert(QStringLiteral("studyDays"), d.studyDays);
    o.insert(QStringLiteral("totals"), totals);
    o.insert(QStringLiteral("streaks"), QJsonObject{{QStringLiteral("current"), d.currentStreak}, {QStringLiteral("longest"), d.longestStreak}});
    QJsonArray days;
    for (const DayStats &day : d.days) {
        QJsonObject k = kindsJson(day.counts);
        k.insert(QStringLiteral("date"), day.date.toString(Qt::ISODate));
        days.append(k);
    }
    o.insert(QStringLiteral("days"), days);
    o.insert(QStringLiteral("cards"), QJsonObject{{QStringLiteral("total"), d.cards}, {QStringLiteral("seen"), d.seenCards},
                                                  {QStringLiteral("mature"), d.matureCards}, {QStringLiteral("suspended"), d.suspendedCards},
                                                  {QStringLiteral("leeches"), d.leeches}});
    QJsonArray daily;
    for (int n : d.forecast)
        daily.append(n);
    o.insert(QStringLiteral("forecast"), QJsonObject{{QStringLiteral("next30"), d.forecast30()}, {QStringLiteral("next90"), d.forecast90()},
                                                     {QStringLiteral("daily"), daily}});
    o.insert(QStringLiteral("intervals"), buckets(d.intervalBuckets));
    o.insert(QStringLiteral("eases"), buckets(d.easeBuckets));
    QJsonArray hours;
    for (const HourRow &h : d.hours)
        hours.append(QJsonObject{{QStringLiteral("hour"), h.hour}, {QStringLiteral("answers"), h.count}, {QStringLiteral("correct"), h.passed}});
    o.insert(QStringLiteral("hours"), hours);
    QJsonObject buttons;
    const char *groups[] = {"learn", "young", "mature", "relearn"};
    for (int g = 0; g < 4; ++g)
        buttons.insert(QString::fromLatin1(groups[g]), QJsonArray{d.buttons[g][0], d.buttons[g][1], d.buttons[g][2], d.buttons[g][3]});
    o.insert(QStringLiteral("buttons"), buttons);
    QJsonObject retention = retentionJson(d.retention);
    retention.insert(QStringLiteral("byDeck"), namedRetention(d.retentionByDeck));
    retention.insert(QStringLiteral("byTag"), namedRetention(d.retentionByTag));
    retention.insert(QStringLiteral("byKind"), namedRetention(d.retentionByKind));
    o.insert(QStringLiteral("retention"), retention);
    o.insert(QStringLiteral("hardestCards"), QJsonObject{{QStringLiteral("mostLapses"), hardCards(d, d.mostLapses)},
                                                         {QStringLiteral("lowestEase"), hardCards(d, d.lowestEase)}});
    QJsonArray topics;
    for (const TopicReadiness &t : d.topics)
        topics.append(QJsonObject{{QStringLiteral("topic"), t.topic},
                                  {QStringLiteral("cards"), t.total},
                                  {QStringLiteral("seen"), t.seen},
                                  {QStringLiteral("mature"), t.mature},
                                  {QStringLiteral("seenShare"), share(t.seenShare())},
                                  {QStringLiteral("matureShare"), share(t.matureShare())},
                                  {QStringLiteral("retention"), retentionJson(t.retention)},
                                  {QStringLiteral("predictedRecall"), share(t.predictedRecall)},
                                  {QStringLiteral("expectedKnown"), share(t.expectedKnown)},
                                  {QStringLiteral("newPerDay"), share(t.newPerDay)},
                                  {QStringLiteral("daysUntilAllSeen"), optInt(t.daysUntilAllSeen)},
                                  {QStringLiteral("onPace"), optBool(t.onPace)},
                                  {QStringLiteral("advice"), t.advice}});
    QJsonArray weakest;
    for (const QString &w : d.weakestTopics)
        weakest.append(w);
    o.insert(QStringLiteral("readiness"), QJsonObject{{QStringLiteral("topics"), topics},
                                                      {QStringLiteral("weakest"), weakest},
                                                      {QStringLiteral("newPerDay"), share(d.newPerDay)},
                                                      {QStringLiteral("daysUntilAllSeen"), optInt(d.daysUntilAllSeen)},
                                                      {QStringLiteral("targetDate"), optDate(d.targetDate)},
                                                      {QStringLiteral("targetMatureShare"), share(d.targetMatureShare)},
                                                      {QStringLiteral("onPace"), optBool(d.onPace)}});
    return o;
}

QByteArray JsonReportWriter::write(const ReportData &data)
{
    return QJsonDocument(toJson(data)).toJson(QJsonDocument::Indented);
}

QByteArray JsonReportWriter::writeCohort(const CohortData &c)
{
    QJsonArray learners;
    for (const CohortMember &m : c.members) {
        QJsonObject o{{QStringLiteral("name"), m.name}, {QStringLiteral("dataDir"), m.dataDir}};
        if (m.report)
            o.insert(QStringLiteral("report"), toJson(*m.report));
        else
            o.insert(QStringLiteral("error"), m.error);
        learners.append(o);
    }
    QJsonArray topics;
    for (const CohortData::Topic &t : c.topics)
        topics.append(QJsonObject{{QStringLiteral("topic"), t.topic}, {QStringLiteral("learners"), t.learners},
                                  {QStringLiteral("meanExpectedKnown"), share(t.meanExpectedKnown)},
                                  {QStringLiteral("meanSeenShare"), share(t.meanSeenShare)},
                                  {QStringLiteral("retention"), share(t.retention)},
                                  {QStringLiteral("behindPace"), t.behindPace}});
    QJsonArray behind;
    for (const QString &b : c.behindPace)
        behind.append(b);
    const QJsonObject root{{QStringLiteral("schema"), QStringLiteral("debrief-cohort-report")},
                           {QStringLiteral("version"), kSchemaVersion},
                           {QStringLiteral("generated"), c.generated.toString(Qt::ISODate)},
                           {QStringLiteral("targetDate"), optDate(c.targetDate)},
                           {QStringLiteral("learners"), learners},
                           {QStringLiteral("topics"), topics},
                           {QStringLiteral("behindPace"), behind}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace debrief
