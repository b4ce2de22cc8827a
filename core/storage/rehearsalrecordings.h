#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <QString>

#include <vector>

namespace debrief {

class Database;

// A rehearsed answer's recording, as listed in the card's history.
struct RehearsalRecording {
    ReviewId review = 0;   // the answer's revlog id (ms timestamp)
    QString fileName;      // in the media folder
    qint64 bytes = 0;      // 0 when the file is gone
};

// Rehearsal recordings (issue 13): spoken answers kept in the media folder, one file per
// rehearsed answer, named in rehearsal_log (RehearsalLog holds the SQL, this class the files).
class RehearsalRecordings {
public:
    RehearsalRecordings(Database &db, QString mediaDir) : m_db(db), m_mediaDir(std::move(mediaDir)) {}

    // The recordings of `card`, oldest first; a file deleted behind our back is still listed
    // (with size 0) so the history shows that there was one.
    Result<std::vector<RehearsalRecording>> ofCard(CardId card);
    // Deletes the oldest recordings (files and their names; the scores stay) until the rest take
    // at most `capBytes`. Returns how many were deleted. The caller holds the transaction.
    Result<int> prune(qint64 capBytes);

private:
    Database &m_db;
    QString m_mediaDir;
};

} // namespace debrief
