#pragma once

#include "import/foreigndata.h"
#include "model/notetype.h"
#include "model/reviewlogentry.h"
#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace debrief {

class Database;
class ZipReader;

// An Anki package as read, before anything is written: Anki's rows with Anki's numbers (the ids,
// day numbers and queues of the source collection). foreignData() maps them.
struct AnkiSrcNotetype {
    qint64 id = 0;
    Notetype nt;           // as the package defines it; placed in the collection by the writer
};

struct AnkiSrcDeck {
    QString name;
    QString description;
    bool filtered = false;
};

struct AnkiSrcNote {
    qint64 id = 0;
    QString guid;
    qint64 mid = 0;
    qint64 mod = 0;
    QStringList fields;
    QStringList tags;
};

struct AnkiSrcCard {
    qint64 id = 0;
    qint64 nid = 0;
    qint64 did = 0;
    qint64 odid = 0;
    int ord = 0;
    int type = 0;
    int queue = 0;
    qint64 due = 0;
    qint64 odue = 0;
    int ivl = 0;
    int factor = 0;
    int reps = 0;
    int lapses = 0;
    int left = 0;
    int flags = 0;
    qint64 mod = 0;
};

// Everything read from the package before anything is written.
struct AnkiPackage {
    int schemaVersion = 0;
    bool latest = false;         // collection.anki21b: media zstd-compressed, names must be NFC
    qint64 crt = 0;              // collection creation, unix seconds
    int schedVer = 2;
    int rolloverHour = 4;
    std::optional<int> creationOffsetMins;   // minutes west of UTC, as JS getTimezoneOffset
    std::map<qint64, AnkiSrcNotetype> notetypes;
    std::map<qint64, AnkiSrcDeck> decks;
    std::vector<AnkiSrcNote> notes;
    std::vector<AnkiSrcCard> cards;
    std::vector<ReviewLogEntry> revlog;
    QHash<QString, int> mediaMembers;        // media name as the package spells it -> zip member index
};

// Reads the parts of an Anki package or collection file into AnkiPackage. Every number that feeds
// arithmetic is range-checked here; what is damaged, too new or too old is an Error whose message
// is for people (translated in AnkiPackageImporter's context). Never writes the collection.
class AnkiPackageReader {
public:
    // Streams the collection member into `dest`, through zstd for the latest generation.
    static Result<void> extractCollection(ZipReader &zip, int index, bool compressed, const QString &dest);
    // The media list: which zip member holds which media name.
    static Result<void> readMediaMap(ZipReader &zip, bool latest, AnkiPackage &pkg);
    // The header, note types and decks, notes, cards and, `withScheduling`, the review log.
    static Result<void> readCollection(Database &db, AnkiPackage &pkg, bool withScheduling);
    // The package as ForeignData for ForeignDataImporter: Anki's merge rules (notetypes by
    // schema, notes by GUID only, the source's tags, exactly the listed cards, only referenced
    // media), scheduling decoded by AnkiCardCodec and review history per card. The notes' text is
    // moved out of `pkg`. Media are read from `zip` (which must outlive the data) only when the
    // writer stages them.
    static ForeignData foreignData(AnkiPackage &&pkg, ZipReader *zip);
    // A foreign query's failure: the file is damaged, unless the connection's limits stopped it
    // (Unsafe) or the user did (Cancelled).
    static Error foreignDbError(const Error &e, const QString &what);
};

} // namespace debrief
