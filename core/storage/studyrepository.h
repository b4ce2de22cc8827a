#pragma once

#include "model/deck.h"
#include "model/reviewlogentry.h"
#include "scheduling/schedulerconfig.h"
#include "storage/studycandidates.h"
#include "util/result.h"

#include <QDateTime>

#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace debrief {

class Database;

// One deck in the study tree, with its limits for the day.
struct DeckNode {
    Deck deck;
    int parent = -1;
    SchedulerConfig config;
    qint64 today = 0;
    qint64 dayStartMs = 0;
    qint64 learnCutoffSecs = 0;
    int newDone = 0, reviewDone = 0;     // own + subdecks, answered today
    int newLeft = 0, reviewLeft = 0;     // daily limit minus done, never below 0
    int ownNew = 0, ownLearn = 0, ownReview = 0;
    int limNew = 0, limLearn = 0, limReview = 0;   // after limits, subdecks included
    bool counted = true;   // own* and lim* hold this deck's due cards (see StudyRepository::tree)
};

// Today's answers per deck, as the daily limits count them: a first answer of a new card uses up
// a new card, a review answer a review. Attributed to each card's deck at the time of reading.
struct TodayDone {
    std::optional<qint64> dayStartMs;   // unset: not read yet
    std::unordered_map<DeckId, std::pair<int, int>> byDeck;   // new, review

    // Counts `entry`, just committed for a card of `deck`, as the tree's reading of the log would.
    void add(DeckId deck, const ReviewLogEntry &entry);
};

// The queries behind the study screen: the deck tree with each deck's limits and due counts, and
// the due cards of each kind (StudyCandidates). Reads only; QueueBuilder decides the order.
class StudyRepository {
public:
    explicit StudyRepository(Database &db) : m_db(db) {}

    // All decks with their limits and counts for `now`, sorted by name (parents before
    // children). `rolloverHour` is the collection's, which every deck's study day uses. With
    // `countedDeck`, only that deck and its subdecks have their due cards counted (`counted`
    // false and the counts 0 elsewhere): the reviewer needs no more after each answer, and the
    // counting queries are most of the tree's cost.
    // `todayDone`, when given, holds today's answers from an earlier call (kept up to date by the
    // caller, see Collection::Private) and is read from the log only when it is of another day.
    Result<std::vector<DeckNode>> tree(const QDateTime &now, int utcOffsetSecs, int rolloverHour,
                                       std::optional<DeckId> countedDeck = std::nullopt, TodayDone *todayDone = nullptr);
    // See Collection::studyCandidates; `nodes` from tree(). With the chosen deck's new-card order
    // (else `defaultNewOrder`) Random, every new card is a candidate, not only the first ones.
    Result<StudyCandidates> candidates(const std::vector<DeckNode> &nodes, std::optional<DeckId> deck, int limit,
                                       NewCardOrder defaultNewOrder);

    // After today's study ("done for today" and "study more", issue 11), in `deck` and its
    // subdecks (every deck when nullopt), suspended and buried cards left out; see Collection.
    Result<UpcomingCards> upcoming(std::optional<DeckId> deck);
    Result<std::vector<CardId>> forgotten(std::optional<DeckId> deck, qint64 sinceMs, int limit);
    Result<std::vector<CardId>> reviewAhead(std::optional<DeckId> deck, qint64 throughDay, int limit);
    Result<std::vector<CardId>> extraNew(std::optional<DeckId> deck, int limit);

private:
    Result<void> countOwn(DeckNode &node);
    Result<std::vector<CardId>> studyMoreIds(const QString &sql, std::optional<DeckId> deck,
                                             std::optional<qint64> bound, int limit);

    Database &m_db;
};

} // namespace debrief
