#include "storage/collectiongenerator.h"

#include "scheduling/studyday.h"
#include "storage/collection.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <vector>

namespace debrief {

namespace {

constexpr int kTopDecks = 5;
constexpr int kSubdecksPerTop = 3;
constexpr qint64 kHistoryMs = 2LL * 365 * 86400 * 1000;   // review history spans two years

} // namespace

CollectionGenerator::CollectionGenerator(QDateTime now, int utcOffsetSecs)
    : m_now(now.toUTC()), m_utcOffsetSecs(utcOffsetSecs)
{
}

Result<GeneratedCollection> CollectionGenerator::generate(const QString &path, int cardCount, int revlogRows,
                                                           quint32 seed)
{
    if (QFileInfo::exists(path))
        return makeError(Error::Kind::InvalidInput, QCoreApplication::translate("CollectionGenerator", "%1 already exists; the generator only creates").arg(path));
    if (cardCount < 0 || revlogRows < 0)
        return makeError(Error::Kind::InvalidInput, QCoreApplication::translate("CollectionGenerator", "Counts must not be negative"));
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Collection>> opened = Collection::open(path);
    if (!opened)
        return opened.error();
    Collection &c = **opened;
    QRandomGenerator rng(seed);
    GeneratedCollection out;

    std::vector<DeckId> decks;
    for (int t = 1; t <= kTopDecks; ++t) {
        for (int s = 0; s <= kSubdecksPerTop; ++s) {
            const QString name = s == 0 ? QStringLiteral("Bench %1").arg(t)
                                        : QStringLiteral("Bench %1::Part %2").arg(t).arg(s);
            Result<Deck> deck = c.ensureDeck(name);
            if (!deck)
                return deck.error();
            decks.push_back(deck->id);
        }
    }
    out.decks = int(decks.size());

    Notetype nt;
    nt.name = QStringLiteral("Basic (and reversed card)");
    nt.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
    nt.templates = {CardTemplate{QStringLiteral("Card 1"), QStringLiteral("{{Front}}"), QStringLiteral("{{FrontSide}}<hr id=answer>{{Back}}")},
                    CardTemplate{QStringLiteral("Card 2"), QStringLiteral("{{Back}}"), QStringLiteral("{{FrontSide}}<hr id=answer>{{Front}}")}};
    Result<Notetype> notetype = c.addNotetype(nt);
    if (!notetype)
        return notetype.error();

    Database &db = c.database();
    if (Result<void> r = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r.error();
    const auto fail = [&](const Error &e) -> Result<GeneratedCollection> {
        (void)db.exec(QStringLiteral("ROLLBACK"));   // best effort: `e` is the error to report
        return e;
    };
    Result<Statement> insNote = db.prepare(QStringLiteral(
        "INSERT INTO notes (id, guid, notetype_id, fields, tags, mod) VALUES (?, ?, ?, ?, ?, ?)"));
    Result<Statement> insCard = db.prepare(QStringLiteral(
        "INSERT INTO cards (id, note_id, deck_id, ord, type, queue, due, original_due, interval_days, ease_permille, "
        "lapses, remaining_steps, scheduled_secs, leeched, reps, flags, buried_until_day, mod) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)"));
    Result<Statement> insLog = db.prepare(QStringLiteral(
        "INSERT INTO revlog (id, card_id, rating, interval_after, interval_before, ease_permille, taken_ms, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insNote)
        return fail(insNote.error());
    if (!insCard)
        return fail(insCard.error());
    if (!insLog)
        return fail(insLog.error());

    const qint64 nowMs = m_now.toMSecsSinceEpoch();
    const qint64 nowSecs = nowMs / 1000;
    const qint64 today = StudyDay::dayNumber(m_now, m_utcOffsetSecs, 4);
    // Ids count up from two years ago, like ids made by adding cards over time.
    const qint64 firstId = nowMs - kHistoryMs;
    const int notes = (cardCount + 1) / 2;
    std::vector<CardId> answeredCards;
    answeredCards.reserve(size_t(notes) * 2);
    qint64 position = 0;
    for (int n = 0; n < notes; ++n) {
        const NoteId noteId = firstId + n;
        const DeckId deck = decks[size_t(rng.bounded(int(decks.size())))];
        insNote->bind(1, noteId)
            .bind(2, QStringLiteral("gen-%1-%2").arg(seed).arg(n))
            .bind(3, notetype->id)
            .bind(4, QStringLiteral("Question %1 about topic %2\x1f" "Answer %1 with some detail").arg(n).arg(n % 97))
            .bind(5, n % 10 == 0 ? QStringLiteral(" leech-watch bench ") : QStringLiteral(" bench "))
            .bind(6, nowSecs);
        if (Result<void> r = insNote->run(); !r)
            return fail(r.error());
        for (int ord = 0; ord < 2; ++ord) {
            const CardId cardId = firstId + qint64(n) * 2 + ord;
            const int roll = int(rng.bounded(100));
            int type = 0, queue = 0, interval = 0, ease = 0, lapses = 0, steps = 0, reps = 0;
            qint64 due = 0, originalDue = 0, scheduled = 0;
            if (roll < 25) {                       // new
                due = ++position;
            } else if (roll < 30) {                // learning, due within the next hour or overdue
                type = 1;
                steps = 1 + int(rng.bounded(2));
                scheduled = 600;
                due = nowSecs - 3600 + rng.bounded(7200);
                reps = 1 + int(rng.bounded(3));
            } else if (roll < 33) {                // relearning
                type = 3;
                steps = 1;
                scheduled = 600;
                due = nowSecs - 1800 + rng.bounded(3600);
                interval = 1 + int(rng.bounded(10));
                ease = 1300 + int(rng.bounded(1200));
                lapses = 1 + int(rng.bounded(5));
                originalDue = today + 1;
                reps = 5 + int(rng.bounded(20));
            } else {                               // review; about one in ten due today or overdue
                type = 2;
                interval = 1 + int(rng.bounded(365));
                ease = 1300 + int(rng.bounded(1700));
                lapses = int(rng.bounded(4));
                due = today - int(rng.bounded(interval / 10 + 3)) + int(rng.bounded(interval + 1));
                reps = 3 + int(rng.bounded(30));
            }
            if (rng.bounded(100) < 5)
                queue = 1;                         // suspended
            insCard->bind(1, cardId).bind(2, noteId).bind(3, deck).bind(4, ord).bind(5, type).bind(6, queue);
            insCard->bind(7, due).bind(8, originalDue).bind(9, interval).bind(10, ease).bind(11, lapses);
            insCard->bind(12, steps).bind(13, scheduled).bind(14, 0).bind(15, reps).bind(16, nowSecs);
            if (Result<void> r = insCard->run(); !r)
                return fail(r.error());
            if (type != 0)
                answeredCards.push_back(cardId);
            ++out.cards;
        }
        ++out.notes;
    }

    // History: ids strictly increasing over the two years before today's study day, so today's
    // limits start fresh.
    if (!answeredCards.empty() && revlogRows > 0) {
        const qint64 historyEnd = StudyDay::dayStart(today, m_utcOffsetSecs, 4).toMSecsSinceEpoch() - 1;
        const qint64 span = historyEnd - (nowMs - kHistoryMs);
        const qint64 step = std::max<qint64>(1, span / revlogRows);
        qint64 id = nowMs - kHistoryMs;
        for (int i = 0; i < revlogRows; ++i) {
            id += 1 + qint64(rng.bounded(quint32(std::min<qint64>(step * 2 - 1, 0x7fffffff))));
            const CardId card = answeredCards[size_t(rng.bounded(quint32(answeredCards.size())))];
            const int rating = 1 + int(rng.bounded(4));
            const int kind = rng.bounded(10) < 2 ? 0 : 1;
            const int before = kind == 0 ? -600 : 1 + int(rng.bounded(200));
            const int after = kind == 0 ? 1 : before * 2;
            insLog->bind(1, id).bind(2, card).bind(3, rating).bind(4, after).bind(5, before);
            insLog->bind(6, 2500).bind(7, 2000 + int(rng.bounded(20000))).bind(8, kind);
            if (Result<void> r = insLog->run(); !r)
                return fail(r.error());
            ++out.reviewLogRows;
        }
    }
    if (Result<void> r = db.exec(QStringLiteral("COMMIT")); !r)
        return fail(r.error());
    // Statistics for the query planner, as a long-used collection would have.
    if (Result<void> r = db.exec(QStringLiteral("ANALYZE")); !r)
        return r.error();
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace debrief
