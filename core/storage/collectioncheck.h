#pragma once

#include "storage/collection.h"
#include "util/result.h"

#include <vector>

namespace debrief {

class Database;

// Collection::check(): SQLite's integrity check, then our consistency rules (orphans, impossible
// states, missing parent decks), each as one query. Reads only.
class CollectionCheck {
public:
    static Result<std::vector<CheckProblem>> run(Database &db);
};

} // namespace debrief
