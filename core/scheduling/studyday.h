#pragma once

#include <QDateTime>

namespace debrief {

// Study-day arithmetic, as Anki's v3 timing (rslib/src/scheduler/timing.rs): a day starts at the
// rollover hour (04:00 by default) in local time, and local time is "UTC plus the offset in force
// now". Day numbers count from the epoch (day 0 started at 1970-01-01 04:00 local), so they are
// stable across collections; ReviewState::dueDay uses this numbering. Pure functions: the caller
// passes the instant and the offset (Clock::utcOffsetSecs), nothing here reads a clock.
class StudyDay {
public:
    // floor((unix_secs + utcOffsetSecs - rolloverHour*3600) / 86400)
    static qint64 dayNumber(const QDateTime &now, int utcOffsetSecs, int rolloverHour);
    // The UTC instant at which study day `day` starts, for that offset and rollover hour.
    static QDateTime dayStart(qint64 day, int utcOffsetSecs, int rolloverHour);
    // Seconds from `now` until the next day starts (1..86400), Anki's secs_until_rollover.
    static qint64 secsUntilNextDay(const QDateTime &now, int utcOffsetSecs, int rolloverHour);
};

} // namespace debrief
