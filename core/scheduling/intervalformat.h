#pragma once

#include <QString>

namespace debrief {

// Short interval texts for the answer buttons, as Anki's timespan.rs answer_button_time:
// "30s", "10m", "2.5h", "4d", "3.5mo", "1.2y". Seconds, minutes and days are whole numbers;
// hours, months (30.417 days) and years one decimal, without a trailing ".0".
class IntervalFormat {
public:
    static QString buttonText(qint64 secs);
    // Within the learn-ahead limit Anki prefixes "<" ("<10m"); 0 seconds is "End".
    static QString buttonTextCollapsed(qint64 secs, qint64 collapseSecs);
};

} // namespace debrief
