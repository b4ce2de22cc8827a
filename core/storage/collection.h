#pragma once

#include "model/card.h"
#include "model/deck.h"
#include "model/note.h"
#include "model/notetype.h"
#include "model/reviewlogentry.h"
#include "scheduling/schedulerconfig.h"
#include "storage/decklimits.h"
#include "storage/presetrepository.h"
#include "storage/rehearsalrecordings.h"
#include "storage/studycandidates.h"
#include "storage/undolog.h"
#include "util/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace debrief {

class Database;

// One finding of Collection::check(): SQLite integrity problems and our own consistency rules.
struct CheckProblem {
    enum class Kind {
        Integrity,            // PRAGMA integrity_check found damage
        CardWithoutNote,      // a card whose note is missing
        NoteWithoutCards,     // a note that has no card left
        CardInMissingDeck,    // a card whose deck is missing
        NoteWithoutNotetype,  // a note whose notetype is missing
        ImpossibleState,      // e.g. a review card with interval 0 or ease below 1300
        MissingParentDeck,    // "A::B" exists but "A" does not
    };
    QString message;
    Kind kind = Kind::Integrity;
    std::vector<qint64> ids;   // the rows concerned (capped), for tools that offer a fix
};

// The collection: one SQLite file holding decks, notes, cards, review log, presets, media index
// and the undo log. All the rest of core goes through this class; only core/storage includes
// <sqlite3.h>. Every mutating call runs in a transaction of its own unless the caller holds a
// Transaction, in which case it joins it.
class Collection {
public:
    ~Collection();
    Collection(const Collection &) = delete;
    Collection &operator=(const Collection &) = delete;

    // Opens (creating if absent) the collection file at `path`, migrating an older schema.
    // Refuses a newer schema, a non-SQLite or damaged file, and a file another process holds
    // open for writing (Error::Kind::Locked); in every refusal the file is left untouched.
    static Result<std::unique_ptr<Collection>> open(const QString &path);
    // Opens an existing collection read-only (no lock, no migration, no writes).
    static Result<std::unique_ptr<Collection>> openReadOnly(const QString &path);

    QString path() const;
    QString mediaDir() const;   // <collection dir>/media, created on demand
    // <collection dir>/tmp: scratch space for imports (extracted package members), so nothing is
    // written outside the data dir. Emptied by open(), which removes what a killed import left.
    QString tempDir() const;
    int schemaVersion() const;

    // RAII transaction: rolls back unless commit() is called. Nested calls join the outer one.
    class Transaction {
    public:
        explicit Transaction(Collection &c);
        ~Transaction();
        Result<void> commit();
    private:
        Collection &m_c;
        bool m_done = false;
        bool m_outer = false;
    };

    // Decks
    Result<std::vector<Deck>> decks();
    Result<Deck> deck(DeckId id);
    Result<std::optional<Deck>> deckByName(const QString &name);
    Result<Deck> ensureDeck(const QString &name);   // creates it and its parents if missing
    Result<void> updateDeck(const Deck &deck);

    // Presets (deck options)
    Result<SchedulerConfig> preset(PresetId id);
    Result<void> savePreset(PresetId id, const QString &name, const SchedulerConfig &config);
    Result<PresetId> addPreset(const QString &name, const SchedulerConfig &config);   // new id
    Result<SchedulerConfig> configForDeck(DeckId id);

    // Notetypes
    Result<Notetype> addNotetype(Notetype notetype);   // assigns an id when 0
    Result<void> updateNotetype(const Notetype &notetype);
    Result<Notetype> notetype(NotetypeId id);
    Result<std::optional<Notetype>> notetypeByName(const QString &name);
    Result<std::vector<Notetype>> notetypes();

    // Notes and cards
    Result<Note> addNote(Note note);                   // assigns id (and guid when empty)
    Result<void> updateNote(const Note &note);
    Result<Note> note(NoteId id);
    Result<std::optional<Note>> noteByGuid(const QString &guid);
    Result<void> removeNotes(const std::vector<NoteId> &ids);
    Result<Card> addCard(Card card);                   // assigns id when 0
    Result<void> updateCard(const Card &card);
    Result<Card> card(CardId id);
    Result<std::vector<Card>> cardsOfNote(NoteId id);
    Result<ReviewId> addReviewLog(ReviewLogEntry entry);   // for importers: keeps history
    Result<std::vector<ReviewLogEntry>> reviewLog(CardId id);   // oldest first

    // Listings for exporters and importers.
    // Notes with at least one card in one of `decks` (every note when `decks` is empty), by id.
    Result<std::vector<NoteId>> noteIdsInDecks(const std::vector<DeckId> &decks);
    // Each note of a notetype with its first field as stored (HTML), for duplicate detection.
    Result<std::vector<std::pair<NoteId, QString>>> firstFields(NotetypeId notetype);

    // Study
    Result<std::vector<DeckCounts>> deckCounts(const QDateTime &now, int utcOffsetSecs);
    // What can be studied now in `deck` and its subdecks (all decks when nullopt): each deck's
    // remaining daily allowance and the due cards of each kind. With `limit` > 0 no deck gives
    // more than `limit` cards of a kind. StudyQueue (core/study) puts them in order.
    Result<StudyCandidates> studyCandidates(std::optional<DeckId> deck, const QDateTime &now,
                                            int utcOffsetSecs, int limit);
    // The answer: updated card + its log entry + an undo record, in one committed transaction.
    // Ends burials older than `studyDay`, buries siblings per the preset and, with `tagLeech`,
    // adds the "leech" tag to the note. Returns the review id.
    Result<ReviewId> recordAnswer(const Card &before, const Card &after, ReviewLogEntry log,
                                  int studyDay, bool tagLeech = false);
    // Reverts the last recordAnswer in this collection, whoever made it (card state, log row,
    // sibling burying, leech tag). Returns the card id.
    Result<std::optional<CardId>> undoLastAnswer();
    // Reverts the answer logged as `review`: nullopt when its undo record is gone (pruned, or
    // cleared by a note removal); InvalidInput when one of its cards was answered again since.
    Result<std::optional<CardId>> undoAnswer(ReviewId review);
    // Puts cards buried until `today` or earlier back in the queue (done at the day rollover).
    Result<void> unburyExpired(int today);
    // The collection's rollover hour (the Default preset's), which every deck's study day uses.
    Result<int> rolloverHour();

    // Media
    // Copies `bytes` into the media folder under `name` (a plain file name). Returns the name
    // actually used: if a different file of that name exists, "<stem>-<sha1>.<ext>".
    Result<QString> addMedia(const QString &name, const QByteArray &bytes);
    // Records a file already moved into the media folder (by the import's MediaStager).
    Result<void> indexMedia(const QString &name, const QString &sha1Hex, qint64 size, qint64 modifiedSecs);

    // Folds the write-ahead log into the file. Call when idle (the app does, after answers), so
    // the fsyncs of a checkpoint never land inside an answer's commit.
    Result<void> checkpoint();

    // Counts for reports and tests.
    Result<qint64> count(const QString &table);

    // Checks: PRAGMA integrity_check plus orphan cards, notes without cards, impossible states.
    Result<std::vector<CheckProblem>> check();
    // Consistent copy via the SQLite backup API (safe while open).
    Result<void> backupTo(const QString &file);
    // Replaces the collection at `collectionPath` with `backupFile` after checking the backup is
    // an intact Debrief collection no newer than we understand. Atomic (copy to a temporary file,
    // then rename); stale -wal/-shm files are removed. Refuses (Locked) while the collection is
    // open for writing anywhere, including in this process.
    static Result<void> restore(const QString &backupFile, const QString &collectionPath);

    Database &database();

    // Every tag used by a note, sorted case-insensitively, for the browser's sidebar.
    Result<QStringList> allTags();

    // Rehearsal recordings (issue 13): spoken answers kept in the media folder, one file per
    // rehearsed answer, named in rehearsal_log.recording beside the answer's revlog row.
    // The recordings of `card`, oldest first; a file deleted behind our back is still listed
    // (with size 0) so the history shows that there was one.
    Result<std::vector<RehearsalRecording>> rehearsalRecordings(CardId card);
    // Deletes the oldest recordings (files and their names in rehearsal_log; the scores stay)
    // until the rest take at most `capBytes`. Returns how many were deleted.
    Result<int> pruneRehearsalRecordings(qint64 capBytes);

    // After today's study (issue 11, the reviewer's "done for today" screen), in `deck` and its
    // subdecks (every deck when nullopt); suspended and buried cards are left out.
    // What comes next, whatever today's limits: the earliest step and review day, and new cards left.
    Result<UpcomingCards> upcomingCards(std::optional<DeckId> deck);
    // "Study more" sessions, at most `limit` cards each, in study order:
    // cards answered Again since `sinceMs` (the study day's start),
    Result<std::vector<CardId>> forgottenCards(std::optional<DeckId> deck, qint64 sinceMs, int limit);
    // review cards due by study day `throughDay` (review ahead),
    Result<std::vector<CardId>> reviewAheadCards(std::optional<DeckId> deck, qint64 throughDay, int limit);
    // and new cards beyond today's limit, by position.
    Result<std::vector<CardId>> extraNewCards(std::optional<DeckId> deck, int limit);

private:
    explicit Collection(std::unique_ptr<Database> db, QString path);
    Result<std::optional<CardId>> undoRecord(qint64 undoId);
    struct Private;
    std::unique_ptr<Private> d;

public:
    // ---- Deck management and settings for the app's dialogs (issue 11) ----

    using PresetEntry = debrief::PresetEntry;
    Result<std::vector<PresetEntry>> presets();   // by name, Default first
    // Deletes preset `id` (never the Default, id 1); its decks move to the Default.
    Result<void> removePreset(PresetId id);

    // What removeDeck() deleted, so restoreDecks() can bring it back from a backup taken first.
    struct DeckRemoval {
        std::vector<DeckId> decks;   // the deck and its subdecks
        qint64 cards = 0;
        qint64 notes = 0;            // notes left without a card, deleted with them
    };
    // Cards in `id` and its subdecks (the number a delete confirmation shows).
    Result<qint64> cardCountWithSubdecks(DeckId id);
    // Deletes a deck, its subdecks and their cards, and notes left without cards (as Anki). The
    // review log stays; the answer-undo log is cleared, as removeNotes() does. Refuses the Default deck.
    Result<DeckRemoval> removeDeck(DeckId id);
    // Copies the rows removeDeck() deleted back from `backupFile`, a backup taken just before it:
    // the decks, their cards, and the notes that no longer exist. Refuses (InvalidInput) when a
    // deck of the same name has been created since. Not inside a Transaction (SQLite cannot ATTACH there).
    Result<void> restoreDecks(const QString &backupFile, const DeckRemoval &removal);

    // The collection-wide key/value config table ("learner_name", "target_date" for reports).
    Result<QString> configValue(const QString &key);   // empty when unset
    Result<void> setConfigValue(const QString &key, const QString &value);

    // Replaces this open collection's content with `backupFile` (checked as restore() checks it),
    // through the SQLite backup API into the live connection, then migrates an older backup. For
    // the app, which holds the collection open: restore() refuses while it is. Not in a Transaction.
    Result<void> restoreInPlace(const QString &backupFile);
    // Removes cards (not their note), e.g. the cards a note edit added, when that edit is undone.
    // Like removeNotes, it clears the undo log: an undo record may name a removed card.
    Result<void> removeCards(const std::vector<CardId> &ids);

    // ---- A deck's "today only" limits (issue 11), see DeckLimits ----
    // `deck`'s limits for study day `today`; both nullopt when none were set for that day.
    Result<DeckTodayLimits> deckTodayLimits(DeckId deck, qint64 today);
    // Sets `deck`'s limits for study day `limits.day` (both nullopt: removes them). NotFound for
    // a missing deck, InvalidInput (with PresetCheck's message) for a value out of range.
    Result<void> setDeckTodayLimits(DeckId deck, const DeckTodayLimits &limits);
    // Undoable note deletion (the browser's and the reviewer's Delete). removeNotes() keeps the
    // review log but clears the answer-undo log; this keeps what it removed, so restoreNotes() puts
    // back the notes, their cards (same ids, so their review history is theirs again) and the
    // answer-undo records, which lets the answers given before the deletion be undone after it.
    struct NoteRemoval {
        std::vector<Note> notes;
        std::vector<Card> cards;
        std::vector<UndoLog::Row> undo;
    };
    Result<NoteRemoval> removeNotesUndoable(const std::vector<NoteId> &ids);
    Result<void> restoreNotes(const NoteRemoval &removal);

    // A second write connection to this open collection, for one worker thread (the app's
    // imports), so the GUI thread's connection never waits on the worker's. It works under this
    // collection's lock and must not outlive it; SQLite serialises the two connections' writes.
    Result<std::unique_ptr<Collection>> openWorkerConnection();
    // Drops what this connection cached (presets, config, rollover hour) after another
    // connection wrote: a worker's import may have added presets or changed settings.
    void refreshCaches();

    // Moves the collection (its file, media and backups folders) into `folder`, which must be
    // empty or new and not the current folder, inside it or around it (InvalidInput otherwise,
    // with a message for people). Safe at every step: copy (the file through SQLite's backup
    // API), verify (integrity check and row counts of the copy, every media and backup file
    // byte for byte), switch this object's connection and lock to the copy, and only then remove
    // the old files. Anything failing before the switch removes the copy and leaves all as it was.
    // Not inside a Transaction. path() and mediaDir() name the new place afterwards.
    Result<void> moveTo(const QString &folder);
};

} // namespace debrief
