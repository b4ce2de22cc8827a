#pragma once

#include "model/ids.h"
#include "storage/statsqueries.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace debrief {

// What a report covers and how; filled by the CLI or the app, read by ReportBuilder.
struct ReportOptions {
    QString deckName;                  // empty: whole collection (a deck includes its subdecks)
    std::optional<QDate> since;        // first local study day included
    std::optional<QDate> until;        // last local study day included (default: today)
    std::optional<QDate> targetDate;   // interview date (else the collection's "target_date" config)
    double targetMatureShare = 0.8;    // readiness: share of cards to be mature by the target date
    // false: only the scope, period and names (enough to stream the review log), no statistics.
    bool statistics = true;
};

// Answers of one kind over a period: count and seconds spent.
struct KindCounts {
    int learn = 0, review = 0, relearn = 0, cram = 0, manual = 0;
    qint64 takenMs = 0;
    int total() const { return learn + review + relearn + cram + manual; }
};

struct DayStats {
    qint64 day = 0;     // StudyDay number
    QDate date;         // the local calendar date the study day starts on
    KindCounts counts;
};

// Share of review answers that were not Again.
struct Retention {
    int youngCount = 0, youngPassed = 0;     // interval before < 21 days
    int matureCount = 0, maturePassed = 0;
    int count() const { return youngCount + matureCount; }
    int passed() const { return youngPassed + maturePassed; }
    std::optional<double> young() const;
    std::optional<double> mature() const;
    std::optional<double> overall() const;
    void add(bool mature, int count, int passed);
};

struct NamedRetention {
    QString name;
    Retention retention;
};

struct Bucket {
    QString label;
    int count = 0;
};

// Interview readiness of one topic (a tag, or the top-level deck of untagged cards).
struct TopicReadiness {
    QString topic;
    int total = 0;
    int seen = 0;
    int mature = 0;
    Retention retention;
    double predictedRecall = 0;        // mean over seen cards of the recall expected today
    double expectedKnown = 0;          // sum of recall over all cards / total: unseen cards count 0
    double newPerDay = 0;              // cards first seen per day over the last 30 days
    std::optional<int> daysUntilAllSeen;   // none when nothing new was seen lately and some are unseen
    std::optional<bool> onPace;        // with a target date: every card seen and enough mature by then
    QString advice;                    // what to study next
    bool fromTags = false;             // some cards have the topic as a tag
    bool fromDeck = false;             // some untagged cards are in the top-level deck of that name
    double seenShare() const { return total ? double(seen) / total : 0; }
    double matureShare() const { return total ? double(mature) / total : 0; }
};

// Everything a report shows, computed by ReportBuilder. Plain values: writers only format them.
struct ReportData {
    QString collectionName;
    QString learnerName;
    QString deckName;                  // empty: all decks
    QDateTime generated;               // the clock's now (UTC)
    int utcOffsetSecs = 0;             // local offset at `generated`
    QDate since, until;                // the period, inclusive local dates
    qint64 today = 0;                  // study day of `generated`
    std::optional<QDate> targetDate;
    double targetMatureShare = 0.8;
    StatsScope scope;                  // for writers that stream the review log

    // Period totals
    KindCounts totals;
    int studyDays = 0;                 // days with at least one answer
    std::vector<DayStats> days;        // days with answers, ascending
    int currentStreak = 0;
    int longestStreak = 0;

    // Collection now
    int cards = 0, seenCards = 0, matureCards = 0, suspendedCards = 0, leeches = 0;
    std::vector<int> forecast;         // due cards on day 0..89 from today
    int forecast30() const;
    int forecast90() const;
    std::vector<Bucket> intervalBuckets;
    std::vector<Bucket> easeBuckets;
    std::vector<HourRow> hours;        // 24 entries
    // Answer buttons: [learn, young review, mature review, relearn][rating 1..4]
    int buttons[4][4] = {};

    Retention retention;
    std::vector<NamedRetention> retentionByDeck, retentionByTag, retentionByKind;

    std::vector<HardCardRow> mostLapses, lowestEase;
    std::vector<std::pair<DeckId, QString>> deckNames;
    QString deckNameOf(DeckId id) const;

    std::vector<TopicReadiness> topics;   // by name
    std::vector<QString> weakestTopics;   // up to five, weakest first
    double newPerDay = 0;
    std::optional<int> daysUntilAllSeen;
    std::optional<bool> onPace;
};

// A learner's report inside a cohort, or why it is missing.
struct CohortMember {
    QString name;        // learner name, else the folder name
    QString dataDir;
    std::optional<ReportData> report;
    QString error;       // set when the collection could not be read
};

struct CohortData {
    QDateTime generated;
    std::optional<QDate> targetDate;
    std::vector<CohortMember> members;
    // Per topic across learners who have it: mean expected-known share and retention, learners behind.
    struct Topic {
        QString topic;
        int learners = 0;
        double meanExpectedKnown = 0;
        double meanSeenShare = 0;
        std::optional<double> retention;
        int behindPace = 0;
    };
    std::vector<Topic> topics;             // weakest first
    std::vector<QString> behindPace;       // learners not on pace for the target date
};

} // namespace debrief
