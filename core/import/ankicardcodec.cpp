#include "import/ankicardcodec.h"

#include <QtGlobal>

namespace debrief {

namespace {

constexpr qint64 kMaxIvlDays = 36500;   // Anki's own maximum interval (100 years)
constexpr qint64 kSecsNotDays = 1000000000;   // a learning due above this is unix seconds, else a day number

} // namespace

AnkiCardScheduling AnkiCardCodec::decode(const AnkiCardColumns &c, const AnkiDays &days)
{
    AnkiCardScheduling out;
    // In a filtered deck the home scheduling is in odue (review/new), due is the filtered position.
    const qint64 due = (c.odid != 0 && c.odue != 0) ? c.odue : c.due;
    int type = c.type;
    if (days.schedVer < 2 && type == 2 && (c.queue == 1 || c.queue == 3))
        type = 3;
    const int ease = c.factor > 0 ? qMax(1300, c.factor) : 2500;
    const auto learning = [&]() {
        LearningState l;
        l.remainingSteps = qMax(0, c.left % 1000);
        l.due = due > kSecsNotDays ? QDateTime::fromSecsSinceEpoch(due, Qt::UTC)
                                   : QDateTime::fromSecsSinceEpoch(days.crt + due * 86400, Qt::UTC);
        return l;
    };
    switch (type) {
    case 1:
        out.state = learning();
        break;
    case 2: {
        ReviewState r;
        r.intervalDays = int(qBound(qint64(1), qint64(c.ivl), kMaxIvlDays));
        r.easePermille = ease;
        r.lapses = c.lapses;
        r.dueDay = days.dayZero + due;
        out.state = r;
        break;
    }
    case 3: {
        RelearningState rl;
        rl.learning = learning();
        rl.review.intervalDays = int(qBound(qint64(1), qint64(c.ivl), kMaxIvlDays));
        rl.review.easePermille = ease;
        rl.review.lapses = c.lapses;
        rl.review.dueDay = days.dayZero + (rl.learning.due.toSecsSinceEpoch() - days.crt) / 86400;
        out.state = rl;
        break;
    }
    default:
        out.state = NewState{due};
        break;
    }
    switch (c.queue) {
    case -1: out.queue = CardQueue::Suspended; break;
    case -2: out.queue = CardQueue::SiblingBuried; break;
    case -3: out.queue = CardQueue::ManuallyBuried; break;
    default: out.queue = CardQueue::Normal; break;
    }
    return out;
}

AnkiCardColumns AnkiCardCodec::encode(const CardState &state, CardQueue queue, qint64 buriedUntilDay, const AnkiDays &days)
{
    AnkiCardColumns c;
    if (const auto *l = std::get_if<LearningState>(&state)) {
        c.type = 1;
        c.queue = 1;
        c.due = l->due.toSecsSinceEpoch();
        c.left = l->remainingSteps * 1000 + l->remainingSteps;
    } else if (const auto *r = std::get_if<ReviewState>(&state)) {
        c.type = 2;
        c.queue = 2;
        c.due = r->dueDay - days.dayZero;
        c.ivl = r->intervalDays;
        c.factor = r->easePermille;
        c.lapses = r->lapses;
    } else if (const auto *rl = std::get_if<RelearningState>(&state)) {
        c.type = 3;
        c.queue = 1;
        c.due = rl->learning.due.toSecsSinceEpoch();
        c.left = rl->learning.remainingSteps * 1000 + rl->learning.remainingSteps;
        c.ivl = rl->review.intervalDays;
        c.factor = rl->review.easePermille;
        c.lapses = rl->review.lapses;
    } else if (const auto *n = std::get_if<NewState>(&state)) {
        c.due = n->position;
    }
    const bool buried = buriedUntilDay > days.dayZero;
    switch (queue) {
    case CardQueue::Suspended: c.queue = -1; break;
    case CardQueue::SiblingBuried: c.queue = buried ? -2 : c.queue; break;
    case CardQueue::ManuallyBuried: c.queue = buried ? -3 : c.queue; break;
    case CardQueue::Normal: break;
    }
    return c;
}

} // namespace debrief
