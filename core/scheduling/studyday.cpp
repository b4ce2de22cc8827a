#include "scheduling/studyday.h"

namespace debrief {

namespace {

constexpr qint64 kSecsPerDay = 86400;

// Anki takes the hour modulo 24; a negative or huge setting must not shift days by more than that.
qint64 rolloverSecs(int rolloverHour)
{
    const int hour = ((rolloverHour % 24) + 24) % 24;
    return qint64(hour) * 3600;
}

// Division rounding towards minus infinity, so instants before the epoch still land in the right day.
qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

qint64 StudyDay::dayNumber(const QDateTime &now, int utcOffsetSecs, int rolloverHour)
{
    const qint64 local = now.toSecsSinceEpoch() + utcOffsetSecs - rolloverSecs(rolloverHour);
    return floorDiv(local, kSecsPerDay);
}

QDateTime StudyDay::dayStart(qint64 day, int utcOffsetSecs, int rolloverHour)
{
    const qint64 secs = day * kSecsPerDay + rolloverSecs(rolloverHour) - utcOffsetSecs;
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

qint64 StudyDay::secsUntilNextDay(const QDateTime &now, int utcOffsetSecs, int rolloverHour)
{
    const qint64 next = dayNumber(now, utcOffsetSecs, rolloverHour) + 1;
    return dayStart(next, utcOffsetSecs, rolloverHour).toSecsSinceEpoch() - now.toSecsSinceEpoch();
}

} // namespace debrief
