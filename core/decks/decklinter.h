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
// given, the authoring rules of checkNote, and optionally coverage against a checklist and the
// copy check against seed texts.
class DeckLinter {
    Q_DECLARE_TR_FUNCTIONS(DeckLinter)

public:
    // A rehearsal rubric of 2 to 5 key points: fewer is not a rubric, more cannot be ticked while
    // listening back to a 30-60 s answer.
    static constexpr int kMinPoints = 2;
    static constexpr int kMaxPoints = 5;
    // A Model: answer is spoken in 30 to 60 seconds, about 80 to 150 words.
    static constexpr int kMinModelWords = 80;
    static constexpr int kMaxModelWords = 150;

    // Expands directories to their *.deck files (sorted); a missing path becomes an Io issue.
    static QStringList deckFiles(const QStringList &paths, std::vector<DeckIssue> *issues);
    static LintReport lint(const QStringList &paths, const LintOptions &options = LintOptions());
    // Lint-only rules for one note: pair notes carry 2-5 points:, a Model: is 80-150 words, and no
    // coverage id appears in learner-facing text.
    static void checkNote(const DeckNote &note, const QString &file, std::vector<DeckIssue> *issues);
    // `file:line: message`, the format lint prints.
    static QString format(const DeckIssue &issue);
};

} // namespace debrief
