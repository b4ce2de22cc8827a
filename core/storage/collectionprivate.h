#pragma once

#include "storage/collection.h"
#include "storage/database.h"
#include "storage/studyrepository.h"

#include <QLockFile>

#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

namespace debrief {

// Collection's state: the connection, the lock, the transaction depth and the caches that a
// rollback must drop. Shared by collection.cpp and the Transaction (collectionprivate.cpp).
struct Collection::Private {
    QString path;
    std::unique_ptr<QLockFile> lock;   // declared before db so the connection closes first
    std::unique_ptr<Database> db;
    int txDepth = 0;
    bool rollbackOnly = false;
    std::optional<Error> beginError;
    bool fallbackBegun = false;   // BEGIN IMMEDIATE failed and a deferred BEGIN holds the scope
    std::optional<int> rollover;  // the collection's rollover hour, read from the Default preset
    std::map<const char *, qint64> lastIds;
    std::unordered_map<DeckId, SchedulerConfig> configCache;
    // Parsed presets: studying all decks reads the Default preset's options for every next card.
    std::unordered_map<PresetId, SchedulerConfig> presetCache;
    // Today's answers per deck for the study tree, carried from one next card to the next:
    // recordAnswer adds its own answer, and anything else (another write of this connection, a
    // commit of another connection, a rollback) makes the tree read the log again.
    TodayDone todayDone;
    qint64 todayDoneChanges = -1;   // Database::totalChanges() when todayDone was last right
    qint64 todayDoneVersion = -1;   // Database::dataVersion() then
    bool todayDoneIsRight();
    void todayDoneIsRightNow();

    // The first id from `start` up that `existsSql` (one bound id) does not find; remembered per
    // table so a run of inserts does not probe the same taken ids again.
    Result<qint64> freeId(const char *existsSql, qint64 start);
    // Refuses a write inside a transaction whose BEGIN failed: the caller will be told at
    // commit() that nothing was saved, so nothing may be.
    Result<void> canWrite() const;
    void clearCaches();
    // One rollover hour per collection, as Anki: the Default preset's (id 1). Per-deck hours
    // would give a deck tree several "todays" and add up limits across them.
    Result<int> rolloverHour();
    // StudyRepository::tree with the collection's rollover hour and todayDone.
    Result<std::vector<DeckNode>> studyTree(const QDateTime &now, int utcOffsetSecs,
                                            std::optional<DeckId> countedDeck = std::nullopt);
};

} // namespace debrief
