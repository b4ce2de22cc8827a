#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace debrief {

class Database;

// What rehearsal mode keeps beside an answer's revlog row: rubric score and time (table
// rehearsal_log, migration 4). The answer itself goes through ReviewSession like any other.
struct RehearsalScore {
    int pointsTicked = 0;
    int pointsTotal = 0;
    int scorePermille = 0;
    int durationMs = 0;
    int limitMs = 0;
    QString recording;   // media file name, empty when the answer was typed
};

class RehearsalLog {
public:
    explicit RehearsalLog(Database &db) : m_db(db) {}
    Result<void> record(ReviewId review, const RehearsalScore &score);
    Result<std::optional<RehearsalScore>> score(ReviewId review);

    // Answers that kept a recording, with its file name, oldest first: those of `card`, or all.
    Result<std::vector<std::pair<ReviewId, QString>>> recordings(CardId card);
    Result<std::vector<std::pair<ReviewId, QString>>> allRecordings();
    // Forgets the recording of `review` (its file is gone); the score stays.
    Result<void> clearRecording(ReviewId review);

private:
    Database &m_db;
};

} // namespace debrief
