#pragma once
// A hand-made collection with a known review log, shared by the report tests (core and CLI).
// Europe-like clock: UTC+1 until 2026-03-29 01:00 UTC, UTC+2 after (the spring DST switch).
// "Now" is 2026-04-02 10:00 UTC (12:00 local); the day rolls over at 04:00 local.
//
// Cards                 deck                   tags        kind   state
//   C1                  Interview::Metrics     ml          basic  review, interval 30, due today+5, 1 lapse
//   C2                  Interview::Metrics     ml stats    pair   review, interval 10, due today-2, 3 lapses
//   C3                  Behavioral::Stories    -           basic  learning
//   C4                  Behavioral::Stories    -           basic  new
//   C5                  Interview::Metrics     stats       basic  review, interval 100, due today+40
//   C6                  Behavioral::Stories    -           basic  review, interval 20, due today+10, suspended
//
// Answers (UTC → local → study day), kind, interval before, rating:
//   A1 03-26 09:00 → 10:00 CET  → 03-26  C1 review 25 d Good
//   A2 03-28 02:30 → 03:30 CET  → 03-27  C1 review 30 d Again   (a fixed +2 offset would say 03-28)
//   A3 03-29 01:30 → 03:30 CEST → 03-28  C2 review  5 d Good    (before the 04:00 rollover)
//   A4 03-31 02:30 → 04:30 CEST → 03-31  C3 learn  -60 s Good   (a fixed +1 offset would say 03-30)
//   A5 04-01 10:00 → 12:00 CEST → 04-01  C2 review 10 d Again
//   A6 04-02 01:00 → 03:00 CEST → 04-01  C3 learn  -600 s Good
//   A7 04-02 09:00 → 11:00 CEST → 04-02  C2 review  3 d Easy
#include "model/card.h"
#include "model/notetype.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QDate>
#include <QDateTime>

#include <sqlite3.h>

namespace reportfixture {

using namespace debrief;

inline QDateTime utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC(); }

inline QDateTime now() { return utc("2026-04-02T10:00:00Z"); }
inline QDateTime dstSwitch() { return utc("2026-03-29T01:00:00Z"); }

class DstClock final : public Clock {
public:
    QDateTime now() const override { return reportfixture::now(); }
    int utcOffsetSecs(const QDateTime &at) const override { return at < dstSwitch() ? 3600 : 7200; }
};

inline qint64 today() { return QDate(1970, 1, 1).daysTo(QDate(2026, 4, 2)); }

struct Ids {
    CardId c[7] = {};
};

// Builds the collection at `path`; returns an empty string or what went wrong.
inline QString build(const QString &path, Ids *ids = nullptr, const QString &learner = QStringLiteral("Ada"))
{
    auto col = Collection::open(path);
    if (!col)
        return col.error().message;
    Collection &c = **col;
    auto notetype = [&](const QString &name, NotetypeKind kind) -> NotetypeId {
        Notetype nt;
        nt.name = name;
        nt.kind = kind;
        nt.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
        nt.templates = {CardTemplate{QStringLiteral("Card 1"), QStringLiteral("{{Front}}"), QStringLiteral("{{Back}}")}};
        Result<Notetype> added = c.addNotetype(nt);
        return added ? added->id : 0;
    };
    const NotetypeId basic = notetype(QStringLiteral("Basic"), NotetypeKind::Standard);
    const NotetypeId pair = notetype(QStringLiteral("Pair"), NotetypeKind::Pair);
    Result<Deck> metrics = c.ensureDeck(QStringLiteral("Interview::Metrics"));
    Result<Deck> stories = c.ensureDeck(QStringLiteral("Behavioral::Stories"));
    if (!basic || !pair || !metrics || !stories)
        return QStringLiteral("cannot create notetypes or decks");
    const qint64 t = today();
    struct Spec {
        DeckId deck;
        QStringList tags;
        NotetypeId type;
        CardState state;
        CardQueue queue;
        QString front;
    };
    const Spec specs[] = {
        {metrics->id, {QStringLiteral("ml")}, basic, ReviewState{30, 2500, 1, false, t + 5}, CardQueue::Normal, QStringLiteral("What is <b>precision</b>?")},
        {metrics->id, {QStringLiteral("ml"), QStringLiteral("stats")}, pair, ReviewState{10, 1900, 3, false, t - 2}, CardQueue::Normal, QStringLiteral("Recall, \"sensitivity\"")},
        {stories->id, {}, basic, LearningState{1, 600, now().addSecs(300)}, CardQueue::Normal, QStringLiteral("A conflict")},
        {stories->id, {}, basic, NewState{1}, CardQueue::Normal, QStringLiteral("A failure")},
        {metrics->id, {QStringLiteral("stats")}, basic, ReviewState{100, 2700, 0, false, t + 40}, CardQueue::Normal, QStringLiteral("p-value")},
        {stories->id, {}, basic, ReviewState{20, 2500, 0, false, t + 10}, CardQueue::Suspended, QStringLiteral("A win")},
    };
    Ids made;
    int i = 1;
    for (const Spec &s : specs) {
        Note n;
        n.notetypeId = s.type;
        n.fields = QStringList{s.front, QStringLiteral("back")};
        n.tags = s.tags;
        Result<Note> note = c.addNote(n);
        if (!note)
            return note.error().message;
        Card card;
        card.noteId = note->id;
        card.deckId = s.deck;
        card.state = s.state;
        card.queue = s.queue;
        Result<Card> added = c.addCard(card);
        if (!added)
            return added.error().message;
        made.c[i++] = added->id;
    }
    struct Answer {
        const char *at;
        int card;
        ReviewKind kind;
        int before;
        int rating;
    };
    const Answer answers[] = {
        {"2026-03-26T09:00:00Z", 1, ReviewKind::Review, 25, 3}, {"2026-03-28T02:30:00Z", 1, ReviewKind::Review, 30, 1},
        {"2026-03-29T01:30:00Z", 2, ReviewKind::Review, 5, 3},  {"2026-03-31T02:30:00Z", 3, ReviewKind::Learn, -60, 3},
        {"2026-04-01T10:00:00Z", 2, ReviewKind::Review, 10, 1},
        {"2026-04-02T01:00:00Z", 3, ReviewKind::Learn, -600, 3}, {"2026-04-02T09:00:00Z", 2, ReviewKind::Review, 3, 4},
    };
    int taken = 1000;
    for (const Answer &a : answers) {
        ReviewLogEntry e;
        e.id = utc(a.at).toMSecsSinceEpoch();
        e.cardId = made.c[a.card];
        e.kind = a.kind;
        e.intervalBefore = a.before;
        e.intervalAfter = a.rating == 1 ? 1 : 20;
        e.rating = a.rating;
        e.easePermille = 2500;
        e.takenMs = taken;
        taken += 1000;
        if (Result<ReviewId> r = c.addReviewLog(e); !r)
            return r.error().message;
    }
    col->reset();
    if (ids)
        *ids = made;
    if (!learner.isEmpty()) {
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
            return QStringLiteral("cannot open with sqlite3");
        const QByteArray sql = "INSERT OR REPLACE INTO config (key, value) VALUES ('learner_name', '" + learner.toUtf8() + "')";
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        if (rc != SQLITE_OK)
            return QStringLiteral("cannot set the learner name");
    }
    return QString();
}

} // namespace reportfixture
