#pragma once

#include "decks/deckfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace debrief {

struct LintOptions {
    QString checklistPath;   // --coverage: list checklist ids that no card covers
    QString seedsDir;        // --seeds: flag 10+ word runs shared with a seed text
};

struct LintReport {
    std::vector<DeckIssue> issues;   // sorted by file, then line
    int files = 0;
    int notes = 0;
    bool clean() const { return issues.empty(); }
};

// `debrief-cli lint`: every per-file check of DeckParser, plus duplicate ids across all files
// given, and optionally coverage against a checklist and the copy check against seed texts.
class DeckLinter {
    Q_DECLARE_TR_FUNCTIONS(DeckLinter)

public:
    // Expands directories to their *.deck files (sorted); a missing path becomes an Io issue.
    static QStringList deckFiles(const QStringList &paths, std::vector<DeckIssue> *issues);
    static LintReport lint(const QStringList &paths, const LintOptions &options = LintOptions());
    // `file:line: message`, the format lint prints.
    static QString format(const DeckIssue &issue);
};

} // namespace debrief
