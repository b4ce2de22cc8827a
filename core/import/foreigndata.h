#pragma once

#include "model/card.h"
#include "model/notetype.h"
#include "model/reviewlogentry.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace debrief {

// What a reader (text, Mnemosyne, Anki package, Debrief deck file) produced, before anything
// touches the collection (the same split as Anki's ForeignData). ForeignDataImporter writes it in
// one transaction; the rules below say how it merges into what the collection already holds.

// A card the source brought, with its scheduling. `reviews` have no cardId yet.
struct ForeignCard {
    int ord = 0;
    CardState state = NewState{};
    // The source has no queue position for a new card (deck files): the writer gives it the
    // collection's next one, as it does for cards the source does not list.
    bool newAtNextPosition = false;
    CardQueue queue = CardQueue::Normal;
    int reps = 0;
    int flags = 0;                 // Anki flag colour in the low 3 bits
    qint64 modifiedSecs = 0;       // 0 = the time of the import
    QString deck;                  // empty = the note's deck
    std::vector<ReviewLogEntry> reviews;
};

struct ForeignNote {
    QString guid;          // empty: a new GUID (matching then goes by notetype + first field)
    QString notetype;      // notetype name; empty = ForeignData::defaultNotetype
    int notetypeIndex = -1;   // index into ForeignData::notetypes; -1 = by `notetype` name
    QString deck;          // deck name; empty = ForeignData::defaultDeck
    QStringList fields;    // HTML, in the notetype's field order (padded or cut by the writer)
    QStringList tags;
    int line = 0;          // where it came from, for issues
    qint64 modifiedSecs = 0;   // 0 = unknown (text files): the file counts as newer
    std::vector<ForeignCard> cards;   // empty: one new card per template / cloze number
};

struct ForeignDeck {
    QString name;
    QString description;
    // Anki packages describe only the decks they create; a deck file owns its deck's description.
    bool replaceDescription = false;
};

// A media file of the source. Read only when it is staged, so a package's media stay in the zip
// until then.
struct ForeignMedia {
    QString name;      // as the notes spell it
    QString storeAs;   // the name to store it under; empty = `name` (made safe by MediaStager)
    std::function<Result<QByteArray>()> read;
};

// How a notetype of ForeignData::notetypes finds its place in the collection.
enum class NotetypeMatch {
    // Text, Mnemosyne: an existing notetype of that name (or numeric id); else the definition is added.
    ByName,
    // Anki packages: reused only when name, kind, fields and template names equal an existing
    // one's (its templates and CSS are updated by the update policy); otherwise added, as
    // "<name>-<hash>" when the name is taken.
    BySchema,
    // Debrief deck files: reused by name when it is a Debrief notetype (Markdown fields), with the
    // fields added to its kind since appended; otherwise added.
    Builtin,
};

// What happens to a matched note's tags.
enum class TagMerge {
    Union,                 // text, Mnemosyne: the source's tags are added to the note's
    Replace,               // Anki packages: the source's tags replace the note's
    ReplaceKeepingMarks,   // deck files: the source's tags, plus "leech" and "marked" set here
};

// Which cards a note has.
enum class CardSet {
    // Text, Mnemosyne: one per template (cloze: per cloze number); those the source lists keep
    // their scheduling. A matched note gets the ones it lacks.
    Generated,
    // Anki packages: exactly the ords the source lists; a matched note gets the ones it lacks.
    Listed,
    // Deck files: as Listed, and a matched note's cards for other ords are suspended (their
    // history kept), while a retired note's cards come back.
    Exact,
};

// Notes of a deck that the source no longer holds (deck files): cards suspended, note tagged,
// never deleted; a note that comes back loses the tag and its cards are unsuspended.
struct RetireRule {
    QString deck;         // the deck whose notes are checked
    QString guidPrefix;   // only notes whose GUID starts with it (the user's own notes stay)
    QString tag;          // the tag a retired note carries
};

struct ForeignData {
    QString defaultNotetype = QStringLiteral("Basic");
    QString defaultDeck = QStringLiteral("Default");
    // Notetypes the source defines; placed by `notetypeMatch`. Basic and Cloze are always
    // available by name (StockNotetypes).
    std::vector<Notetype> notetypes;
    std::vector<ForeignDeck> decks;   // descriptions; decks are created as notes and cards name them
    std::vector<ForeignNote> notes;
    std::vector<ForeignMedia> media;

    NotetypeMatch notetypeMatch = NotetypeMatch::ByName;
    TagMerge tagMerge = TagMerge::Union;
    // Anki's text-import rule: a note without a GUID match is still a duplicate when its notetype
    // and first field equal an existing note's. Formats with stable ids turn it off.
    bool matchFirstField = true;
    // Anki's text-import rule: a row with an empty first field is skipped. Packages keep such notes.
    bool skipEmptyFirstField = true;
    // Text files may name a deck by its numeric id; package deck names are only names.
    bool deckNamesMayBeIds = true;
    CardSet cards = CardSet::Generated;
    // A matched note of another notetype: skipped with a warning (false), or moved to the
    // source's notetype keeping its cards (true; deck files, whose kinds can change).
    bool retypeExisting = false;
    // Only media some note refers to, plus static ones ("_x", "latex-x"), are copied (Anki);
    // false copies every file of `media`.
    bool onlyReferencedMedia = false;
    std::optional<RetireRule> retire;
};

} // namespace debrief
