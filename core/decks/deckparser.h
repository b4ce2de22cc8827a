#pragma once

#include "decks/deckfile.h"

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace debrief {

// What DeckParser read: the deck (as much as could be read) and every problem found.
// ok() only when there is no issue; the importer writes nothing otherwise.
struct DeckParseResult {
    DeckFile deck;
    std::vector<DeckIssue> issues;
    bool ok() const { return issues.empty(); }
};

// Reads the `.deck` text format (docs/deck-format.md). Reports everything that can be checked
// inside one file (syntax, unknown/missing fields, cloze markers, branch/layer keys, covers ids,
// duplicate ids within the file); DeckLinter adds the checks that need several files or a checklist.
// Never throws; a broken block is reported and skipped, the rest is still read.
class DeckParser {
    Q_DECLARE_TR_FUNCTIONS(DeckParser)

public:
    static DeckParseResult parse(const QString &text, const QString &path = QString());
    static DeckParseResult parseFile(const QString &path);

    // A `Branches:` / `Layers:` value as stored in a note field (the indented list). `firstLine`
    // is the file line of the value's first line, for issue lines.
    using NumberedLines = std::vector<std::pair<int, QString>>;
    // Levels of sub-branches below a top-level branch that parseBranches reads (1001 levels in
    // all); a deeper line is reported and skipped, so editors refuse to store one.
    static constexpr int kMaxBranchDepth = 1000;
    static std::vector<DeckBranch> parseBranches(const NumberedLines &lines, std::vector<DeckIssue> *issues,
                                                 const QString &path = QString());
    static std::vector<DeckLayer> parseLayers(const NumberedLines &lines, std::vector<DeckIssue> *issues,
                                              const QString &path = QString());
    static std::vector<DeckBranch> parseBranches(const QString &text);
    static std::vector<DeckLayer> parseLayers(const QString &text);
    // A `points:` value: one `- point` line per point at column 0; a deeper-indented line continues
    // the point above (joined with a space).
    static QStringList parsePoints(const NumberedLines &lines, std::vector<DeckIssue> *issues,
                                   const QString &path = QString());
    static QStringList parsePoints(const QString &text);

    // Distinct cloze numbers in `text` ({{c1::...}} -> 1), ascending.
    static std::vector<int> clozeNumbers(const QString &text);
    // False when a "{{cN::" deletion is never closed by "}}" (Anki's reading: a "}}" with no
    // open deletion is text).
    static bool clozeBracesBalanced(const QString &text);

    static bool isValidId(const QString &id);          // [a-z0-9-]{3,64}
    static bool isValidCoversId(const QString &id);    // S<n>-<P|C|F|M|K><n>[.<n>]
};

} // namespace debrief
