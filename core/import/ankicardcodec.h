#pragma once

#include "model/card.h"

namespace debrief {

// The scheduling columns of one row of Anki's cards table.
struct AnkiCardColumns {
    int type = 0;       // 0 new, 1 learning, 2 review, 3 relearning
    int queue = 0;      // -3 buried by hand, -2 buried as a sibling, -1 suspended, 0 new,
                        // 1 learning (due in unix seconds), 2 review, 3 interday learning (due in days)
    qint64 due = 0;     // new: position; review, interday learning: day number from day 0; learning: unix seconds
    int ivl = 0;        // days
    int factor = 0;     // ease x1000 (2500 = 250%)
    int lapses = 0;
    int left = 0;       // Anki's encoding: steps left today x 1000 + steps left
    qint64 odue = 0;    // in a filtered deck: the home scheduling's due
    qint64 odid = 0;    // in a filtered deck: the home deck
};

// Where a collection's day numbers start.
struct AnkiDays {
    qint64 dayZero = 0;   // Debrief's absolute study day of Anki's day 0
    qint64 crt = 0;       // unix seconds at the start of day 0 (interday learning is dated from it)
    int schedVer = 2;     // v1 kept relearning cards as type 2 in the learning queues
};

struct AnkiCardScheduling {
    CardState state;
    CardQueue queue = CardQueue::Normal;
};

// The one translation between Anki's card scheduling and Debrief's CardState, used by the .apkg
// importer (decode) and exporter (encode), so the two directions cannot disagree. What Anki does
// not store comes back as its default: a learning step's length (scheduledSecs), the leech flag
// (Anki tags the note instead) and a relearning card's review due day, which is the day its
// learning step falls on.
class AnkiCardCodec {
public:
    static AnkiCardScheduling decode(const AnkiCardColumns &columns, const AnkiDays &days);
    // A burial that ends before `days.dayZero` + 1 (buriedUntilDay <= today) leaves the card in its
    // normal queue: Anki would otherwise keep it hidden until its own next day.
    static AnkiCardColumns encode(const CardState &state, CardQueue queue, qint64 buriedUntilDay, const AnkiDays &days);
};

} // namespace debrief
