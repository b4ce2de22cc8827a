#pragma once

#include "decks/deckfile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <vector>

namespace debrief {

// One id defined by the coverage checklist (docs/deck-coverage.md): a bullet that starts with it in bold.
struct ChecklistId {
    QString id;
    int line = 0;
};

// Compares the ids a coverage checklist defines with the `covers:` ids of a set of decks.
// Coverage counts note-level covers plus branch- and layer-level covers.
class CoverageChecker {
    Q_DECLARE_TR_FUNCTIONS(CoverageChecker)

public:
    // Ids defined by `- **S1-F2.3**` bullets (any indentation), in file order, each once.
    static Result<std::vector<ChecklistId>> readChecklist(const QString &path);
    static std::vector<ChecklistId> parseChecklist(const QString &text);
    static QSet<QString> coveredIds(const std::vector<DeckFile> &decks);
    // One Uncovered issue per checklist id no deck covers, at the checklist line defining it.
    static std::vector<DeckIssue> uncovered(const QString &checklistPath, const std::vector<ChecklistId> &ids,
                                            const std::vector<DeckFile> &decks);
};

} // namespace debrief
