#pragma once

#include "model/ids.h"

#include <QString>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace debrief {

// Due counts for one deck (and its subdecks) on one study day, after daily limits.
struct DeckCounts {
    DeckId deckId = 0;
    QString name;
    int newCount = 0;
    int learnCount = 0;
    int reviewCount = 0;
};

// What the study queue is built from, as read by Collection::studyCandidates: the decks taking
// part with what their daily limits still allow, and the due cards of each kind. No order is
// implied; QueueBuilder (core/study) decides it.
struct StudyDeckAllowance {
    int parent = -1;       // index of the deck that limits this one, -1 for none (the chosen deck's
                           // ancestors do not limit it: Anki applies the limits of the deck you click)
    int newLeft = 0;       // new cards the daily limit still allows today
    int reviewLeft = 0;    // reviews the daily limit still allows today
};

struct StudyCandidate {
    qint64 due = 0;        // learning: unix seconds; review: study day; new: position
    CardId id = 0;
    int deck = 0;          // index into StudyCandidates::decks
};

struct StudyCandidates {
    std::vector<StudyDeckAllowance> decks;
    std::vector<StudyCandidate> learning;   // learning and relearning, due within the learn-ahead limit
    std::vector<StudyCandidate> reviews;
    std::vector<StudyCandidate> fresh;      // new cards
    // The counts of the chosen deck and its subdecks (of every deck when all are studied), as
    // Collection::deckCounts gives them, from the same read: the reviewer shows what is left with
    // the next card without building the deck tree a second time.
    std::vector<DeckCounts> counts;
};

// What a deck holds after today's study, for "the next card is due ...".
struct UpcomingCards {
    std::optional<qint64> learningDueSecs;   // earliest (re)learning step, unix seconds
    std::optional<qint64> reviewDueDay;      // earliest review, study day number
    int newCards = 0;                        // new cards (each day's limit brings some in)
};

} // namespace debrief
