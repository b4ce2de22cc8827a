#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace debrief {

class Database;

// Which part of the collection and which stretch of the review log a statistics query covers.
struct StatsScope {
    std::vector<DeckId> decks;   // cards in these decks; empty means the whole collection
    qint64 sinceMs = 0;          // review-log ids (answer times, ms) in [sinceMs, untilMs)
    qint64 untilMs = 0;
    // The local UTC offset in force from each instant (ms) on, ascending; the first entry covers
    // everything before the second. Lets a day count change offset at a DST switch.
    std::vector<std::pair<qint64, int>> offsets{{0, 0}};
    int rolloverHour = 4;        // a study day starts at this local hour
};

// Answers per local study day and review kind, with time spent.
struct DayKindRow {
    qint64 day = 0;   // StudyDay numbering
    int kind = 0;     // ReviewKind
    int count = 0;
    qint64 takenMs = 0;
};

// Answers per local hour of day (0..23); `passed` = not Again.
struct HourRow {
    int hour = 0;
    int count = 0;
    int passed = 0;
};

// Button use: answers per review kind, young/mature (interval before >= 21 d) and rating.
struct ButtonRow {
    int kind = 0;
    bool mature = false;
    int rating = 0;
    int count = 0;
};

// A card's review-kind answers (kind 1) of a period, young and mature (interval before >= 21 d);
// `passed` = not Again.
struct CardRetention {
    CardId card = 0;
    int youngCount = 0;
    int youngPassed = 0;
    int matureCount = 0;
    int maturePassed = 0;
};

// Everything the charts read from each answer of a period, gathered in one pass over the log.
struct AnswerAggregates {
    std::vector<DayKindRow> days;     // ascending by day, then kind
    std::vector<HourRow> hours;       // hours with answers, ascending
    std::vector<ButtonRow> buttons;   // ascending by kind, mature, rating
    std::vector<CardRetention> cards; // cards with review answers, ascending by id
};

// Review-kind answers (kind 1) grouped by what a report breaks retention down by.
struct RetentionRow {
    DeckId deck = 0;
    QString tags;          // the note's tags as stored (space-separated)
    int notetypeKind = 0;  // NotetypeKind
    bool mature = false;   // interval before the answer >= 21 days
    int count = 0;
    int passed = 0;        // rating > 1
};

// Cards as they are now, grouped by deck, tags and notetype kind.
struct CardGroupRow {
    DeckId deck = 0;
    QString tags;
    int notetypeKind = 0;
    int total = 0;
    int seen = 0;           // not new
    int mature = 0;         // review cards with interval >= 21 days
    int suspended = 0;
    double recallSum = 0;   // sum of the recall function over seen cards
    int firstSeenRecently = 0;   // cards first answered at or after the `recentSinceMs` given
};

struct ValueCount {
    qint64 value = 0;
    int count = 0;
};

struct HardCardRow {
    CardId card = 0;
    NoteId note = 0;
    DeckId deck = 0;
    QString sortField;      // the note's sort field, HTML removed
    int lapses = 0;
    int easePermille = 0;
    int intervalDays = 0;
    bool leech = false;
};

// What StatsQueries::cards() needs besides the scope.
struct CardQuery {
    qint64 today = 0;          // the current study day
    int forecastDays = 90;
    int hardestLimit = 10;     // rows of each hardest-cards list
    // Maps (elapsed days since the last review, interval days) to a probability of recall;
    // interval 0 means a card in (re)learning.
    double (*recall)(double elapsedDays, double intervalDays) = nullptr;
    qint64 recentSinceMs = 0;  // "first seen recently": first answered at or after this
};

// Everything StatsQueries::cards() reads from the cards as they are now, in one scan.
struct CardAggregates {
    std::vector<RetentionRow> retention;   // the period's answers (from answers()) by deck, tags, kind
    std::vector<CardGroupRow> groups;      // ascending by deck, tags (bytewise), kind
    std::vector<ValueCount> intervals;     // review cards by interval days, ascending
    std::vector<ValueCount> eases;         // review cards by ease permille, ascending
    // Due cards per day from today (value 0, overdue and learning cards included) to
    // today + forecastDays - 1; suspended cards left out.
    std::vector<ValueCount> forecast;
    int leeches = 0;
    // Review and relearning cards: most lapses first (ties: lower ease, then id; cards with no
    // lapse left out), and lowest ease first (ties: more lapses, then id).
    std::vector<HardCardRow> mostLapses;
    std::vector<HardCardRow> lowestEase;
};

// What a review-log export shows about an answer's card.
struct ReviewCard {
    NoteId note = 0;        // 0 when the card has been deleted since
    DeckId deck = 0;
    QString sortField;      // the note's sort field, HTML removed
    QString tags;           // trimmed
    int notetypeKind = -1;  // -1 when the card has been deleted since
};

// One answer with what a review-log export shows about its card.
struct ReviewRow {
    ReviewId id = 0;        // answer time, ms
    CardId card = 0;
    NoteId note = 0;        // 0 when the card has been deleted since
    DeckId deck = 0;
    QString sortField;
    QString tags;
    int notetypeKind = -1;  // -1 when the card has been deleted since
    int rating = 0;
    int intervalBefore = 0;
    int intervalAfter = 0;
    int easePermille = 0;
    int takenMs = 0;
    int kind = 0;
};

// The SQL behind the statistics and reports: every figure is an aggregate over a single scan
// (of the answers, of the cards), counted as the rows stream past, never kept row by row;
// returned as plain rows that core/report turns into statistics. Borrows the connection.
class StatsQueries {
public:
    // Raises the connection's page cache to 32 MiB: statistics visit most of the file, and with
    // SQLite's 2 MiB default the card and note lookups of a big review log re-read pages from the OS.
    explicit StatsQueries(Database &db);

    // Answers per day and kind, per hour of day, per button and per card (review answers), in a
    // single scan of the log.
    Result<AnswerAggregates> answers(const StatsScope &scope);
    // The cards as they are now (the period does not apply), in one scan of the cards with each
    // note's tags and kind from one scan of the notes: groups by deck, tags and notetype kind,
    // intervals, eases, forecast, leeches, the hardest cards; and `answered` (from answers())
    // counted under the same groups.
    Result<CardAggregates> cards(const StatsScope &scope, const CardQuery &query, const std::vector<CardRetention> &answered);
    Result<qint64> reviewCount(const StatsScope &scope);
    // The time (ms) of the n-th most recent answer in scope (n >= 1); 0 when the scope has fewer.
    Result<qint64> nthLatestReviewMs(const StatsScope &scope, qint64 n);
    // The first answer's time (ms) in the scope's decks, ignoring the period; 0 when none.
    Result<qint64> firstReviewMs(const StatsScope &scope);
    // Calls `row` for each answer in scope, oldest first, until it returns false.
    Result<void> forEachReview(const StatsScope &scope, const std::function<bool(const ReviewRow &)> &row);
    // The same answers with only their own columns: the card's fields of ReviewRow (note, deck,
    // sort field, tags, kind) stay empty. For writers that keep what they need per card, from
    // reviewCard(): a card has about ten answers.
    Result<void> forEachAnswer(const StatsScope &scope, const std::function<bool(const ReviewRow &)> &row);
    // The card's details for the review log; a deleted card gives the defaults.
    Result<ReviewCard> reviewCard(CardId card);
    // The same for every card in the scope's decks, ascending by id, in one joined scan: for a
    // whole review log, cheaper than a reviewCard() lookup per card.
    Result<void> forEachReviewCard(const StatsScope &scope, const std::function<void(CardId, const ReviewCard &)> &card);
    // A value from the collection's config table (learner name, interview date); empty when absent.
    Result<QString> configValue(const QString &key);
    Result<std::vector<std::pair<DeckId, QString>>> deckNames();

private:
    Database &m_db;
};

} // namespace debrief
