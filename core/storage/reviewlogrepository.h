#pragma once

#include "model/reviewlogentry.h"
#include "util/result.h"

#include <vector>

namespace debrief {

class Database;

// The SQL of the revlog table and nothing else; Collection picks ids and holds the transaction.
class ReviewLogRepository {
public:
    explicit ReviewLogRepository(Database &db) : m_db(db) {}

    Result<void> insert(const ReviewLogEntry &entry);   // entry.id must be free
    Result<std::vector<ReviewLogEntry>> ofCard(CardId id);   // oldest first
    Result<void> remove(ReviewId id);

private:
    Database &m_db;
};

} // namespace debrief
