#include "scheduling/intervalformat.h"

#include <cmath>

namespace debrief {

namespace {

constexpr float kMinute = 60.0f;
constexpr float kHour = 60.0f * kMinute;
constexpr float kDay = 24.0f * kHour;
constexpr float kMonth = 30.417f * kDay;   // 365/12 days
constexpr float kYear = 365.0f * kDay;

QString number(float v)
{
    // Fluent prints 2.0 as "2" and 3.5 as "3.5".
    if (v == std::round(v))
        return QString::number(qint64(std::round(v)));
    return QString::number(double(v), 'f', 1);
}

} // namespace

QString IntervalFormat::buttonText(qint64 secs)
{
    const float s = float(secs);
    const float a = std::fabs(s);
    if (a < kMinute)
        return number(std::round(s)) + QLatin1String("s");
    if (a < kHour)
        return number(std::round(s / kMinute)) + QLatin1String("m");
    if (a < kDay)
        return number(std::round(s / kHour * 10.0f) / 10.0f) + QLatin1String("h");
    if (a < kMonth)
        return number(std::round(s / kDay)) + QLatin1String("d");
    if (a < kYear)
        return number(std::round(s / kMonth * 10.0f) / 10.0f) + QLatin1String("mo");
    return number(std::round(s / kYear * 10.0f) / 10.0f) + QLatin1String("y");
}

QString IntervalFormat::buttonTextCollapsed(qint64 secs, qint64 collapseSecs)
{
    if (secs == 0)
        return QStringLiteral("End");
    const QString text = buttonText(secs);
    return secs < collapseSecs ? QLatin1String("<") + text : text;
}

} // namespace debrief
