#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace debrief {

// The parsed form of a `.deck` file (docs/deck-format.md). Plain values: the parser fills them,
// the writer prints them, the importer turns them into notes. `line` members say where a thing was
// read (1-based, 0 when built in code); they are not part of the value, so operator== ignores them
// and a parse -> write -> parse round trip compares equal.

enum class DeckKind { Basic, Reversed, Cloze, Pair, Tree, Layers };

// One cause in a `tree` note; children are its sub-branches, to any depth.
struct DeckBranch {
    QString cause;
    QString detect;
    QString fix;
    QStringList covers;
    std::vector<DeckBranch> children;
    int line = 0;
};

// One layer of a `layers` note.
struct DeckLayer {
    QString name;
    QString metrics;
    QString drives;
    QStringList covers;
    int line = 0;
};

struct DeckNote {
    DeckKind kind = DeckKind::Basic;
    QString id;                      // stable id; the note's GUID is "debrief:<id>"
    QStringList tags;                // the note's own tags (the header's are added on import)
    QStringList covers;              // note-level coverage ids
    QMap<QString, QString> fields;   // field name -> Markdown source, e.g. "Front" -> "..."
    // Rubric key points of the strong answer (`points:` list; pair, tree and layers notes): what a
    // spoken answer must contain, ticked off in rehearsal. Stored in the notetype's "Points" field.
    QStringList points;
    std::vector<DeckBranch> branches;   // tree only (the `Branches:` field, parsed)
    std::vector<DeckLayer> layers;      // layers only (the `Layers:` field, parsed)
    int line = 0;                    // the `## kind id` line
    QMap<QString, int> fieldLines;   // field name -> line of its `Name:` line

    QString field(const QString &name) const { return fields.value(name); }
};

struct DeckFile {
    QString path;          // where it was read from; for messages only
    int format = 1;
    QString deck;          // "Parent::Child"
    QString description;
    QStringList tags;      // added to every note
    std::vector<DeckNote> notes;
};

// One problem found while reading or linting a deck. Tests check kind and line, never the wording.
struct DeckIssue {
    enum class Kind {
        Io,              // file missing or unreadable, or not UTF-8
        BadHeader,       // unknown or malformed header key, missing `deck:`, unknown format
        UnknownKind,     // `## <kind>` not one of the six kinds
        BadId,           // malformed block line or id
        DuplicateId,     // the same id twice (in one file or across the files linted together)
        MissingField,    // a required field is absent or empty
        UnknownField,    // a field that the kind does not have, or text outside any field
        BadCloze,        // no {{cN::...}} or unbalanced braces
        BadStructure,    // a branch or layer without its required keys, unknown keys, empty list
        BadIndent,       // tabs or indentation that does not fit the branch/layer nesting
        BadFence,        // a ``` fence that is never closed
        BadCovers,       // a covers id that is not S<n>-<P|C|F|M|K><n>[.<n>]
        BadPoints,       // a `points:` list that is malformed, or (lint) a pair without 2 to 5 points
        CoverageIdInText,   // (lint) a checklist id in text the learner reads; ids belong in covers:
        BadModel,        // (lint) a Model: answer outside 80 to 150 words
        Uncovered,       // a checklist id no card covers (lint --coverage)
        Copied,          // 10+ consecutive words shared with a seed text (lint --seeds)
    };
    Kind kind = Kind::BadHeader;
    QString file;
    int line = 0;
    QString message;
};

// The fields each kind has, in the order the writer prints them and the notetype stores them.
// Pair notes end with the optional `Model` (full spoken answer) and `Points`; tree and layers notes
// end with `Points`. "Points" is written `points:` in a deck file (a list, like tags: and covers:).
QStringList deckKindFields(DeckKind kind);
// Required fields of a kind (all but cloze's Extra, pair's Model and the Points of any kind).
QStringList deckKindRequiredFields(DeckKind kind);
// The deck-file key and notetype field that hold the rubric points.
inline QString deckPointsKey() { return QStringLiteral("points"); }
inline QString deckPointsField() { return QStringLiteral("Points"); }
QString deckKindName(DeckKind kind);                     // "basic", ...
bool deckKindFromName(const QString &name, DeckKind *kind);

bool operator==(const DeckBranch &a, const DeckBranch &b);
bool operator==(const DeckLayer &a, const DeckLayer &b);
bool operator==(const DeckNote &a, const DeckNote &b);
bool operator==(const DeckFile &a, const DeckFile &b);
inline bool operator!=(const DeckBranch &a, const DeckBranch &b) { return !(a == b); }
inline bool operator!=(const DeckLayer &a, const DeckLayer &b) { return !(a == b); }
inline bool operator!=(const DeckNote &a, const DeckNote &b) { return !(a == b); }
inline bool operator!=(const DeckFile &a, const DeckFile &b) { return !(a == b); }

} // namespace debrief
