#include "storage/presetcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace debrief {

namespace {

QJsonArray toArray(const std::vector<int> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

void readInt(const QJsonObject &o, const char *key, int &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        out = v.toInt(out);
}

void readDouble(const QJsonObject &o, const char *key, double &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        out = v.toDouble(out);
}

void readBool(const QJsonObject &o, const char *key, bool &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isBool())
        out = v.toBool(out);
}

void readSteps(const QJsonObject &o, const char *key, std::vector<int> &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray())
        return;
    out.clear();
    for (const QJsonValue &step : v.toArray())
        out.push_back(step.toInt());
}

} // namespace

QByteArray PresetCodec::toJson(const SchedulerConfig &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("learnStepsSecs"), toArray(c.learnStepsSecs));
    o.insert(QStringLiteral("graduatingIntervalDays"), c.graduatingIntervalDays);
    o.insert(QStringLiteral("easyIntervalDays"), c.easyIntervalDays);
    o.insert(QStringLiteral("relearnStepsSecs"), toArray(c.relearnStepsSecs));
    o.insert(QStringLiteral("startingEasePermille"), c.startingEasePermille);
    o.insert(QStringLiteral("minimumEasePermille"), c.minimumEasePermille);
    o.insert(QStringLiteral("hardMultiplier"), c.hardMultiplier);
    o.insert(QStringLiteral("easyBonus"), c.easyBonus);
    o.insert(QStringLiteral("intervalModifier"), c.intervalModifier);
    o.insert(QStringLiteral("lapseMultiplier"), c.lapseMultiplier);
    o.insert(QStringLiteral("minimumLapseIntervalDays"), c.minimumLapseIntervalDays);
    o.insert(QStringLiteral("maximumIntervalDays"), c.maximumIntervalDays);
    o.insert(QStringLiteral("leechThreshold"), c.leechThreshold);
    o.insert(QStringLiteral("leechAction"), int(c.leechAction));
    o.insert(QStringLiteral("newPerDay"), c.newPerDay);
    o.insert(QStringLiteral("reviewsPerDay"), c.reviewsPerDay);
    o.insert(QStringLiteral("newCardOrder"), int(c.newCardOrder));
    o.insert(QStringLiteral("buryNewSiblings"), c.buryNewSiblings);
    o.insert(QStringLiteral("buryReviewSiblings"), c.buryReviewSiblings);
    o.insert(QStringLiteral("buryInterdayLearningSiblings"), c.buryInterdayLearningSiblings);
    o.insert(QStringLiteral("showAnswerTimer"), c.showAnswerTimer);
    o.insert(QStringLiteral("rehearsalSecs"), c.rehearsalSecs);
    o.insert(QStringLiteral("rolloverHour"), c.rolloverHour);
    o.insert(QStringLiteral("learnAheadSecs"), c.learnAheadSecs);
    o.insert(QStringLiteral("fuzzEnabled"), c.fuzzEnabled);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<SchedulerConfig> PresetCodec::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    SchedulerConfig c;
    readSteps(o, "learnStepsSecs", c.learnStepsSecs);
    readInt(o, "graduatingIntervalDays", c.graduatingIntervalDays);
    readInt(o, "easyIntervalDays", c.easyIntervalDays);
    readSteps(o, "relearnStepsSecs", c.relearnStepsSecs);
    readInt(o, "startingEasePermille", c.startingEasePermille);
    readInt(o, "minimumEasePermille", c.minimumEasePermille);
    readDouble(o, "hardMultiplier", c.hardMultiplier);
    readDouble(o, "easyBonus", c.easyBonus);
    readDouble(o, "intervalModifier", c.intervalModifier);
    readDouble(o, "lapseMultiplier", c.lapseMultiplier);
    readInt(o, "minimumLapseIntervalDays", c.minimumLapseIntervalDays);
    readInt(o, "maximumIntervalDays", c.maximumIntervalDays);
    readInt(o, "leechThreshold", c.leechThreshold);
    int leech = int(c.leechAction);
    readInt(o, "leechAction", leech);
    c.leechAction = leech == int(LeechAction::Suspend) ? LeechAction::Suspend : LeechAction::TagOnly;
    readInt(o, "newPerDay", c.newPerDay);
    readInt(o, "reviewsPerDay", c.reviewsPerDay);
    int order = int(c.newCardOrder);
    readInt(o, "newCardOrder", order);
    c.newCardOrder = order == int(NewCardOrder::Random) ? NewCardOrder::Random : NewCardOrder::Added;
    readBool(o, "buryNewSiblings", c.buryNewSiblings);
    readBool(o, "buryReviewSiblings", c.buryReviewSiblings);
    readBool(o, "buryInterdayLearningSiblings", c.buryInterdayLearningSiblings);
    readBool(o, "showAnswerTimer", c.showAnswerTimer);
    readInt(o, "rehearsalSecs", c.rehearsalSecs);
    readInt(o, "rolloverHour", c.rolloverHour);
    readInt(o, "learnAheadSecs", c.learnAheadSecs);
    readBool(o, "fuzzEnabled", c.fuzzEnabled);
    return c;
}

} // namespace debrief
