#include "import/ankipackageimporter.h"

#include "import/importtemp.h"
#include "import/mediarefs.h"
#include "import/mediastager.h"
#include "import/protoreader.h"
#include "import/zipreader.h"
#include "import/zstddecoder.h"
#include "model/tags.h"
#include "storage/collection.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace debrief {

namespace {

using Kind = ImportIssue::Kind;

// Caps while reading a package: the collection member (after zstd) and the small maps. All
// members together also share the ZipReader's budget of decompressed bytes.
constexpr qint64 kMaxCollectionBytes = qint64(2) * 1024 * 1024 * 1024;
constexpr qint64 kMaxMapBytes = 64 * 1024 * 1024;

// Ranges outside which a number from the package is refused rather than narrowed: an int field
// holding 2^32 would silently become 0, and day or second arithmetic on it would overflow.
constexpr qint64 kMaxUnixSecs = 253402300799;   // 9999-12-31, as QDateTime and Anki accept
constexpr qint64 kMaxDays = 1000000;            // ~2700 years of day numbers either way
constexpr qint64 kMaxCount = 1000000;           // reps, lapses of one card
constexpr qint64 kMaxIvlDays = 36500;           // Anki's own maximum interval (100 years)

// Failure on the way in: a kind for code and a message for people.
struct Failure {
    Kind kind;
    QString message;
};

struct SrcNotetype {
    qint64 id = 0;
    Notetype nt;           // id 0 until placed in the collection
    NotetypeId targetId = 0;
    bool schemaClash = false;
};

struct SrcDeck {
    QString name;
    QString description;
    bool filtered = false;
};

struct SrcNote {
    qint64 id = 0;
    QString guid;
    qint64 mid = 0;
    qint64 mod = 0;
    QStringList fields;
    QStringList tags;
};

struct SrcCard {
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
struct Package {
    int schemaVersion = 0;
    bool latest = false;         // collection.anki21b: media zstd-compressed, names must be NFC
    qint64 crt = 0;              // collection creation, unix seconds
    int schedVer = 2;
    int rolloverHour = 4;
    std::optional<int> creationOffsetMins;   // minutes west of UTC, as JS getTimezoneOffset
    std::map<qint64, SrcNotetype> notetypes;
    std::map<qint64, SrcDeck> decks;
    std::vector<SrcNote> notes;
    std::vector<SrcCard> cards;
    std::vector<ReviewLogEntry> revlog;
    QHash<QString, int> mediaMembers;        // media name as the package spells it -> zip member index
};

// A foreign query's failure, with its kind (Unsafe when the connection's limits stopped it).
Failure dbFailure(const Error &e, const QString &what)
{
    return Failure{e.kind == Error::Kind::Unsafe || e.kind == Error::Kind::Cancelled
                       ? (e.kind == Error::Kind::Unsafe ? Kind::Unsafe : Kind::Cancelled)
                       : Kind::Corrupt,
                   what.isEmpty() ? e.message : QStringLiteral("%1: %2").arg(what, e.message)};
}

// Steps `q`, calling `row()` for each row; `row` returns a Failure to stop.
template <typename RowFn>
std::optional<Failure> eachRow(Result<Statement> &q, const QString &what, RowFn row)
{
    if (!q)
        return dbFailure(q.error(), what);
    for (;;) {
        Result<bool> r = q->step();
        if (!r)
            return dbFailure(r.error(), what);
        if (!*r)
            return std::nullopt;
        if (auto f = row(*q))
            return f;
    }
}

// Text of column `col` if it is valid UTF-8 (the bytes round-trip), else std::nullopt.
std::optional<QString> utf8Text(const Statement &q, int col)
{
    const QByteArray raw = q.blob(col);
    QString s = QString::fromUtf8(raw);
    if (s.contains(QChar(QChar::ReplacementCharacter)) && s.toUtf8() != raw)
        return std::nullopt;
    return s;
}

// Whether the foreign file has plain table `name`; a view or the like in its place is a Failure.
std::optional<Failure> plainTable(Database &db, const QString &name, bool *has)
{
    Result<bool> r = db.hasPlainTable(name);
    if (!r)
        return dbFailure(r.error(), QString());
    *has = *r;
    return std::nullopt;
}

// --- reading the package ---------------------------------------------------------------

// Streams the collection member into `dest`, through zstd for the latest generation.
std::optional<Failure> extractCollection(ZipReader &zip, int index, bool compressed, const QString &dest)
{
    QFile out(dest);
    if (!out.open(QIODevice::WriteOnly))
        return Failure{Kind::Internal, AnkiPackageImporter::tr("Cannot write a temporary file in %1")
                                           .arg(QFileInfo(dest).absolutePath())};
    auto write = [&](const char *d, qint64 n) -> Result<void> {
        if (out.write(d, n) != n)
            return makeError(Error::Kind::Io, AnkiPackageImporter::tr("Cannot write a temporary file (disk full?)"));
        return {};
    };
    const Result<void> ok =
        zip.read(index, write, kMaxCollectionBytes, compressed ? ZipReader::Content::Zstd : ZipReader::Content::Plain);
    if (!ok)
        return Failure{importIssueKind(ok.error().kind), ok.error().message};
    return std::nullopt;
}

std::optional<Failure> readMediaMap(ZipReader &zip, bool latest, Package &pkg)
{
    const auto idx = zip.indexOf(QStringLiteral("media"));
    if (!idx)
        return std::nullopt;   // older AnkiDroid colpkgs omit it: no media
    auto plain = zip.readAll(*idx, kMaxMapBytes, latest ? ZipReader::Content::Zstd : ZipReader::Content::Plain);
    if (!plain) {
        if (plain.error().kind == Error::Kind::Corrupt)
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged: %1").arg(plain.error().message)};
        return Failure{importIssueKind(plain.error().kind), plain.error().message};
    }
    const QByteArray &raw = *plain;
    QList<QPair<QString, QString>> entries;   // member -> name
    if (latest) {
        ProtoReader r(raw);
        int i = 0;
        while (r.next()) {
            if (r.field() != 1) {
                r.skip();
                continue;
            }
            ProtoReader e(r.bytes());
            QString name;
            bool nameOk = true;
            while (e.next()) {
                if (e.field() == 1) {
                    const QByteArray b = e.bytes();
                    name = QString::fromUtf8(b);
                    nameOk = name.toUtf8() == b;
                } else {
                    e.skip();
                }
            }
            if (e.error())
                return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged")};
            if (!nameOk)
                return Failure{Kind::BadEncoding, AnkiPackageImporter::tr("Media entry %1 has a name that is not UTF-8").arg(i)};
            entries.append({QString::number(i), name});
            ++i;
        }
        if (r.error())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged")};
    } else {
        if (QString::fromUtf8(raw).toUtf8() != raw)
            return Failure{Kind::BadEncoding, AnkiPackageImporter::tr("The media list is not UTF-8")};
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged: %1").arg(err.errorString())};
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString())
                return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged")};
            entries.append({it.key(), it.value().toString()});
        }
    }
    for (const auto &e : entries) {
        if (e.second.contains(QChar(QChar::ReplacementCharacter)))
            return Failure{Kind::BadEncoding, AnkiPackageImporter::tr("Media name %1 is not valid UTF-8").arg(e.second)};
        // Names that are merely awkward (too long, NFD, bidi controls) get a safe name when staged;
        // names that point elsewhere ("../x", "a/b") are refused.
        if (!MediaStager::isSafeName(MediaStager::safeName(e.second)))
            return Failure{Kind::Unsafe, AnkiPackageImporter::tr("Unsafe media file name in package: %1").arg(e.second)};
        const auto member = zip.indexOf(e.first);
        if (!member)
            continue;   // listed but missing: Anki skips it too
        pkg.mediaMembers.insert(e.second, *member);
    }
    return std::nullopt;
}

std::optional<Failure> readCol(Database &db, Package &pkg)
{
    bool hasCol = false;
    if (auto f = plainTable(db, QStringLiteral("col"), &hasCol))
        return f;
    if (!hasCol) {
        // Only asking which kind of file this is: any object of these names will do.
        auto has = [&](const char *name) {
            Result<qint64> n = db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(name)));
            return n && *n > 0;
        };
        // Mnemosyne 2 databases also have a `facts` table; only Anki 1.2 has card models.
        if (has("cardModels"))
            return Failure{Kind::TooOld, AnkiPackageImporter::tr(
                                             "This is an Anki 1.2 deck. Open it in Anki 2.1 to upgrade it, then export an .apkg.")};
        if (has("global_variables") && has("facts"))
            return Failure{Kind::UnknownFormat, AnkiPackageImporter::tr(
                                                    "This is a Mnemosyne 2 database, not an Anki collection; import it as Mnemosyne (mnemo.db)")};
        return Failure{Kind::UnknownFormat, AnkiPackageImporter::tr("This is not an Anki collection")};
    }
    Result<Statement> q = db.prepare(QStringLiteral("SELECT ver, crt, conf FROM col"));
    if (!q)
        return dbFailure(q.error(), AnkiPackageImporter::tr("The collection has no readable header"));
    Result<bool> row = q->step();
    if (!row)
        return dbFailure(row.error(), AnkiPackageImporter::tr("The collection has no readable header"));
    if (!*row)
        return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The collection has no readable header")};
    const qint64 ver = q->int64(0);
    pkg.crt = q->int64(1);
    const QString conf = q->text(2);
    q->reset();
    if (pkg.crt < 0 || pkg.crt > kMaxUnixSecs)
        return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The collection's creation time %1 is impossible").arg(pkg.crt)};
    pkg.schemaVersion = int(qBound(qint64(0), ver, qint64(1000)));
    const int v = pkg.schemaVersion;
    if (v < 11)
        return Failure{Kind::TooOld, AnkiPackageImporter::tr(
                                         "This collection is from an early Anki 2.0 test version (schema %1) and is too old to import.")
                                         .arg(v)};
    if (v == 12 || v == 13 || v > 18)
        return Failure{Kind::TooNew, AnkiPackageImporter::tr(
                                         "This collection uses schema %1, which is newer than this version of Debrief understands.")
                                         .arg(v)};
    QJsonObject config;
    if (v < 14) {
        config = QJsonDocument::fromJson(conf.toUtf8()).object();
    } else {
        bool hasConfig = false;
        if (auto f = plainTable(db, QStringLiteral("config"), &hasConfig))
            return f;
        if (hasConfig) {
            Result<Statement> c = db.prepare(QStringLiteral("SELECT KEY, val FROM config WHERE KEY IN ('schedVer','rollover','creationOffset')"));
            if (auto f = eachRow(c, AnkiPackageImporter::tr("The collection settings are damaged"), [&](Statement &r) -> std::optional<Failure> {
                    const QJsonDocument d = QJsonDocument::fromJson("[" + r.blob(1) + "]");
                    if (d.isArray() && !d.array().isEmpty())
                        config.insert(r.text(0), d.array().at(0));
                    return std::nullopt;
                }))
                return f;
        }
    }
    pkg.schedVer = config.value(QLatin1String("schedVer")).toInt(1);
    pkg.rolloverHour = qBound(0, config.value(QLatin1String("rollover")).toInt(4), 23);
    if (config.contains(QLatin1String("creationOffset")))   // minutes; real zones are within ±14 h
        pkg.creationOffsetMins = qBound(-24 * 60, config.value(QLatin1String("creationOffset")).toInt(), 24 * 60);
    return std::nullopt;
}

std::optional<Failure> readNotetypesV11(Database &db, Package &pkg)
{
    Result<Statement> q = db.prepare(QStringLiteral("SELECT models, decks FROM col"));
    if (!q)
        return dbFailure(q.error(), AnkiPackageImporter::tr("The collection header is damaged"));
    Result<bool> row = q->step();
    if (!row)
        return dbFailure(row.error(), AnkiPackageImporter::tr("The collection header is damaged"));
    if (!*row)
        return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The collection header is damaged")};
    const QByteArray modelsJson = q->blob(0);
    const QByteArray decksJson = q->blob(1);
    q->reset();
    QJsonParseError err;
    const QJsonDocument models = QJsonDocument::fromJson(modelsJson, &err);
    if (err.error != QJsonParseError::NoError || !models.isObject())
        return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The note types are damaged: %1").arg(err.errorString())};
    const QJsonObject mo = models.object();
    for (auto it = mo.begin(); it != mo.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        SrcNotetype s;
        s.id = it.key().toLongLong();
        s.nt.name = m.value(QLatin1String("name")).toString();
        s.nt.kind = m.value(QLatin1String("type")).toInt() == 1 ? NotetypeKind::Cloze : NotetypeKind::Standard;
        s.nt.css = m.value(QLatin1String("css")).toString();
        s.nt.sortFieldIndex = m.value(QLatin1String("sortf")).toInt();
        s.nt.modifiedSecs = qint64(m.value(QLatin1String("mod")).toDouble());
        QJsonArray flds = m.value(QLatin1String("flds")).toArray();
        std::vector<QJsonObject> fv, tv;
        for (const auto &f : flds)
            fv.push_back(f.toObject());
        for (const auto &t : m.value(QLatin1String("tmpls")).toArray())
            tv.push_back(t.toObject());
        auto byOrd = [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("ord")).toInt() < b.value(QLatin1String("ord")).toInt();
        };
        std::stable_sort(fv.begin(), fv.end(), byOrd);
        std::stable_sort(tv.begin(), tv.end(), byOrd);
        for (const auto &f : fv)
            s.nt.fieldNames << f.value(QLatin1String("name")).toString();
        for (const auto &t : tv)
            s.nt.templates.push_back({t.value(QLatin1String("name")).toString(), t.value(QLatin1String("qfmt")).toString(),
                                      t.value(QLatin1String("afmt")).toString()});
        if (s.nt.fieldNames.isEmpty() || s.nt.templates.empty() || s.nt.name.isEmpty())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Note type %1 has no fields or no templates").arg(it.key())};
        pkg.notetypes[s.id] = s;
    }
    const QJsonDocument decks = QJsonDocument::fromJson(decksJson, &err);
    if (err.error != QJsonParseError::NoError || !decks.isObject())
        return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The deck list is damaged: %1").arg(err.errorString())};
    const QJsonObject dob = decks.object();
    for (auto it = dob.begin(); it != dob.end(); ++it) {
        const QJsonObject d = it.value().toObject();
        SrcDeck deck;
        deck.name = d.value(QLatin1String("name")).toString();
        deck.description = d.value(QLatin1String("desc")).toString();
        deck.filtered = d.value(QLatin1String("dyn")).toInt() != 0;
        pkg.decks[it.key().toLongLong()] = deck;
    }
    return std::nullopt;
}

// Refuses a view, virtual table or the like standing where one of `names` should be a table.
std::optional<Failure> requirePlainTables(Database &db, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        bool has = false;
        if (auto f = plainTable(db, QLatin1String(name), &has))
            return f;
    }
    return std::nullopt;
}

std::optional<Failure> readNotetypesV15(Database &db, Package &pkg)
{
    if (auto f = requirePlainTables(db, {"notetypes", "fields", "templates", "decks"}))
        return f;
    const Failure damaged{Kind::Corrupt, AnkiPackageImporter::tr("The note types are damaged")};
    const QString layout = AnkiPackageImporter::tr("Unknown collection layout");
    {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT id, name, mtime_secs, config FROM notetypes"));
        if (auto f = eachRow(q, layout, [&](Statement &r) -> std::optional<Failure> {
                SrcNotetype s;
                s.id = r.int64(0);
                s.nt.name = r.text(1);
                s.nt.modifiedSecs = r.int64(2);
                ProtoReader p(r.blob(3));
                while (p.next()) {
                    switch (p.field()) {
                    case 1: s.nt.kind = p.varint() == 1 ? NotetypeKind::Cloze : NotetypeKind::Standard; break;
                    case 2: s.nt.sortFieldIndex = int(qMin<quint64>(p.varint(), 1000)); break;
                    case 3: s.nt.css = p.string(); break;
                    default: p.skip();
                    }
                }
                if (p.error())
                    return damaged;
                pkg.notetypes[s.id] = s;
                return std::nullopt;
            }))
            return f;
    }
    {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT ntid, name FROM fields ORDER BY ntid, ord"));
        if (auto f = eachRow(q, layout, [&](Statement &r) -> std::optional<Failure> {
                auto it = pkg.notetypes.find(r.int64(0));
                if (it != pkg.notetypes.end())
                    it->second.nt.fieldNames << r.text(1);
                return std::nullopt;
            }))
            return f;
    }
    {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT ntid, name, config FROM templates ORDER BY ntid, ord"));
        if (auto f = eachRow(q, layout, [&](Statement &r) -> std::optional<Failure> {
                auto it = pkg.notetypes.find(r.int64(0));
                if (it == pkg.notetypes.end())
                    return std::nullopt;
                CardTemplate t;
                t.name = r.text(1);
                ProtoReader p(r.blob(2));
                while (p.next()) {
                    if (p.field() == 1)
                        t.questionFormat = p.string();
                    else if (p.field() == 2)
                        t.answerFormat = p.string();
                    else
                        p.skip();
                }
                if (p.error())
                    return damaged;
                it->second.nt.templates.push_back(t);
                return std::nullopt;
            }))
            return f;
    }
    for (const auto &[id, s] : pkg.notetypes)
        if (s.nt.fieldNames.isEmpty() || s.nt.templates.empty())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Note type %1 has no fields or no templates").arg(s.nt.name)};
    {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT id, name, kind FROM decks"));
        const Failure decksDamaged{Kind::Corrupt, AnkiPackageImporter::tr("The deck list is damaged")};
        if (auto f = eachRow(q, layout, [&](Statement &r) -> std::optional<Failure> {
                SrcDeck d;
                d.name = r.text(1).replace(QChar(0x1f), QLatin1String("::"));
                ProtoReader p(r.blob(2));
                while (p.next()) {
                    if (p.field() == 1) {
                        ProtoReader n(p.bytes());
                        while (n.next()) {
                            if (n.field() == 4)
                                d.description = n.string();
                            else
                                n.skip();
                        }
                        if (n.error())
                            return decksDamaged;
                    } else if (p.field() == 2) {
                        d.filtered = true;
                        p.skip();
                    } else {
                        p.skip();
                    }
                }
                if (p.error())
                    return decksDamaged;
                pkg.decks[r.int64(0)] = d;
                return std::nullopt;
            }))
            return f;
    }
    return std::nullopt;
}

// `value` as an int when it lies in [lo, hi]; otherwise a Failure naming the card.
std::optional<Failure> cardNumber(qint64 value, qint64 lo, qint64 hi, qint64 cardId, const char *column, int *out)
{
    if (value < lo || value > hi)
        return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Card %1 has an impossible %2 (%3; expected %4 to %5)")
                                          .arg(cardId)
                                          .arg(QLatin1String(column))
                                          .arg(value)
                                          .arg(lo)
                                          .arg(hi)};
    *out = int(value);
    return std::nullopt;
}

std::optional<Failure> readRows(Database &db, Package &pkg, bool withScheduling)
{
    if (auto f = requirePlainTables(db, {"notes", "cards", "revlog"}))
        return f;
    const QString layout = AnkiPackageImporter::tr("Unknown collection layout");
    {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id"));
        QSet<QString> guids;
        if (auto f = eachRow(q, layout, [&](Statement &r) -> std::optional<Failure> {
                SrcNote n;
                n.id = r.int64(0);
                const std::optional<QString> tags = utf8Text(r, 4);
                const std::optional<QString> flds = utf8Text(r, 5);
                if (!tags || !flds)
                    return Failure{Kind::BadEncoding, AnkiPackageImporter::tr("Note %1 holds text that is not UTF-8").arg(n.id)};
                n.guid = r.text(1);
                n.mid = r.int64(2);
                n.mod = r.int64(3);
                if (n.mod < 0 || n.mod > kMaxUnixSecs)
                    return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Note %1 has an impossible modification time (%2)").arg(n.id).arg(n.mod)};
                n.tags = Tags::split(*tags);
                n.fields = flds->split(QChar(0x1f));
                for (const QString &f : n.fields)
                    if (f.size() > AnkiPackageImporter::kMaxFieldBytes / 2 && f.toUtf8().size() > AnkiPackageImporter::kMaxFieldBytes)
                        return Failure{Kind::Unsafe, AnkiPackageImporter::tr("Note %1 has a field larger than %2 MiB")
                                                         .arg(n.id)
                                                         .arg(AnkiPackageImporter::kMaxFieldBytes >> 20)};
                if (n.guid.isEmpty())
                    return Failure{Kind::MissingField, AnkiPackageImporter::tr("Note %1 has no GUID").arg(n.id)};
                if (guids.contains(n.guid))
                    return Failure{Kind::Duplicate, AnkiPackageImporter::tr("The GUID %1 is used by more than one note").arg(n.guid)};
                guids.insert(n.guid);
                auto nt = pkg.notetypes.find(n.mid);
                if (nt == pkg.notetypes.end())
                    return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Note %1 uses a note type that is missing").arg(n.id)};
                // Anki pads missing fields and folds surplus ones into the last.
                const int want = nt->second.nt.fieldNames.size();
                while (n.fields.size() < want)
                    n.fields << QString();
                while (n.fields.size() > want) {
                    const QString extra = n.fields.takeLast();
                    n.fields.last() += extra;
                }
                pkg.notes.push_back(std::move(n));
                return std::nullopt;
            }))
            return f;
    }
    {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, "
                                                        "left, odue, odid, flags, mod FROM cards ORDER BY nid, ord"));
        if (auto f = eachRow(q, layout, [&](Statement &r) -> std::optional<Failure> {
                SrcCard c;
                c.id = r.int64(0);
                c.nid = r.int64(1);
                c.did = r.int64(2);
                c.odue = r.int64(12);
                c.odid = r.int64(13);
                c.mod = r.int64(15);
                if (auto f = cardNumber(r.int64(3), 0, 499, c.id, "template number", &c.ord))
                    return f;
                // Numbers that only select a branch are clamped by the mapping; those that feed
                // arithmetic or are stored as int must fit first.
                c.type = int(qBound(qint64(-1), r.int64(4), qint64(4)));
                c.queue = int(qBound(qint64(-4), r.int64(5), qint64(4)));
                c.due = r.int64(6);
                if (auto f = cardNumber(r.int64(7), -kMaxIvlDays * 86400, kMaxIvlDays * 10, c.id, "interval", &c.ivl))
                    return f;
                if (auto f = cardNumber(r.int64(8), 0, 100000, c.id, "ease factor", &c.factor))
                    return f;
                if (auto f = cardNumber(r.int64(9), 0, kMaxCount, c.id, "review count", &c.reps))
                    return f;
                if (auto f = cardNumber(r.int64(10), 0, kMaxCount, c.id, "lapse count", &c.lapses))
                    return f;
                if (auto f = cardNumber(r.int64(11), 0, 1000000000, c.id, "learning steps left", &c.left))
                    return f;
                c.flags = int(r.int64(14) & 0xff);
                // The due value mapCard() does date arithmetic on: a day number relative to crt,
                // or (learning) unix seconds. New cards hold a queue position, used as is.
                const qint64 due = (c.odid != 0 && c.odue != 0) ? c.odue : c.due;
                const bool dayNumber = due >= -kMaxDays && due <= kMaxDays;
                const bool unixSecs = due > 1000000000 && due <= kMaxUnixSecs;
                const bool ok = c.type < 1 || c.type > 3 || dayNumber || (c.type != 2 && unixSecs)
                    || (c.type == 2 && unixSecs && (c.queue == 1 || c.queue == 3));
                if (!ok)
                    return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Card %1 has an impossible due value (%2)").arg(c.id).arg(due)};
                pkg.cards.push_back(c);
                return std::nullopt;
            }))
            return f;
    }
    bool hasRevlog = false;
    if (auto f = plainTable(db, QStringLiteral("revlog"), &hasRevlog))
        return f;
    if (withScheduling && hasRevlog) {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id"));
        const auto clampInt = [](qint64 v) { return int(qBound(qint64(INT_MIN), v, qint64(INT_MAX))); };
        if (auto f = eachRow(q, AnkiPackageImporter::tr("The review log is damaged"), [&](Statement &r) -> std::optional<Failure> {
                ReviewLogEntry e;
                e.id = r.int64(0);
                e.cardId = r.int64(1);
                e.rating = int(qBound(qint64(0), r.int64(2), qint64(4)));
                // Intervals: days, or negative seconds for learning steps; history only, so clamped.
                e.intervalAfter = clampInt(qBound(-kMaxIvlDays * 86400, r.int64(3), kMaxIvlDays * 10));
                e.intervalBefore = clampInt(qBound(-kMaxIvlDays * 86400, r.int64(4), kMaxIvlDays * 10));
                e.easePermille = int(qBound(qint64(0), r.int64(5), qint64(100000)));
                e.takenMs = int(qBound(qint64(0), r.int64(6), qint64(60000)));
                const qint64 type = r.int64(7);
                e.kind = type >= 0 && type <= 4 ? ReviewKind(type) : ReviewKind::Manual;
                // v1 learning had three buttons: Good/Easy were 2/3 (import-formats.md §2.6).
                if (pkg.schedVer < 2 && (type == 0 || type == 2) && (e.rating == 2 || e.rating == 3))
                    e.rating += 1;
                pkg.revlog.push_back(e);
                return std::nullopt;
            }))
            return f;
    }
    return std::nullopt;
}

// --- scheduling ------------------------------------------------------------------------

// Absolute study day (days since epoch at the rollover) of the source collection's day 0.
// creationOffset (minutes west of UTC) says where crt's local day starts; without it we assume
// crt sits at the rollover hour in a zone between UTC-10 and UTC+14 and pick that day.
qint64 sourceDayZero(const Package &pkg)
{
    if (pkg.creationOffsetMins) {
        const qint64 local = pkg.crt - qint64(*pkg.creationOffsetMins) * 60 - qint64(pkg.rolloverHour) * 3600;
        return qint64(std::floor(double(local) / 86400.0));
    }
    return qint64(std::floor(double(pkg.crt + 10 * 3600 - (pkg.rolloverHour - 4) * 3600) / 86400.0));
}

QDateTime dayStartUtc(const Package &pkg, qint64 dayNumber)
{
    return QDateTime::fromSecsSinceEpoch(pkg.crt + dayNumber * 86400, Qt::UTC);
}

Card mapCard(const SrcCard &c, const Package &pkg, qint64 dayZero, bool asNew, qint64 newPos)
{
    Card out;
    out.ord = c.ord;
    out.reps = asNew ? 0 : c.reps;
    out.flags = c.flags & 7;
    out.modifiedSecs = c.mod;
    if (asNew) {
        out.state = NewState{newPos};
        return out;
    }
    // In a filtered deck the home scheduling is in odue (review/new), due is the filtered position.
    const qint64 due = (c.odid != 0 && c.odue != 0) ? c.odue : c.due;
    int type = c.type;
    // v1 kept relearning cards as type 2 in the learning queues.
    if (pkg.schedVer < 2 && type == 2 && (c.queue == 1 || c.queue == 3))
        type = 3;
    const int ease = c.factor > 0 ? qMax(1300, c.factor) : 2500;
    auto learning = [&]() {
        LearningState l;
        l.remainingSteps = qMax(0, c.left % 1000);
        // Intraday learning holds unix seconds, interday a collection day number.
        l.due = due > 1000000000 ? QDateTime::fromSecsSinceEpoch(due, Qt::UTC) : dayStartUtc(pkg, due);
        return l;
    };
    switch (type) {
    case 1:
        out.state = learning();
        break;
    case 2: {
        ReviewState r;
        r.intervalDays = int(qBound(qint64(1), qint64(c.ivl), kMaxIvlDays));
        r.easePermille = ease;
        r.lapses = c.lapses;
        r.dueDay = dayZero + due;
        out.state = r;
        break;
    }
    case 3: {
        RelearningState rl;
        rl.learning = learning();
        rl.review.intervalDays = int(qBound(qint64(1), qint64(c.ivl), kMaxIvlDays));
        rl.review.easePermille = ease;
        rl.review.lapses = c.lapses;
        rl.review.dueDay = dayZero + (rl.learning.due.toSecsSinceEpoch() - pkg.crt) / 86400;
        out.state = rl;
        break;
    }
    default:
        out.state = NewState{due};
        break;
    }
    switch (c.queue) {
    case -1: out.queue = CardQueue::Suspended; break;
    case -2: out.queue = CardQueue::SiblingBuried; break;
    case -3: out.queue = CardQueue::ManuallyBuried; break;
    default: out.queue = CardQueue::Normal; break;
    }
    return out;
}

// --- notetype matching -----------------------------------------------------------------

bool sameSchema(const Notetype &a, const Notetype &b)
{
    if (a.kind != b.kind || a.fieldNames != b.fieldNames || a.templates.size() != b.templates.size())
        return false;
    for (size_t i = 0; i < a.templates.size(); ++i)
        if (a.templates[i].name != b.templates[i].name)
            return false;
    return true;
}

QString schemaSuffix(const Notetype &nt)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(nt.fieldNames.join(QChar(0x1f)).toUtf8());
    for (const auto &t : nt.templates)
        h.addData(t.name.toUtf8() + '\x1f');
    h.addData(QByteArray::number(int(nt.kind)));
    return QString::fromLatin1(h.result().toHex().left(5));
}

// Finds or creates the collection notetype for an incoming one: same name and schema → reuse
// (updating templates/CSS when the incoming one is newer); otherwise "<name>-<hash>".
Result<NotetypeId> placeNotetype(Collection &col, const Notetype &incoming, const ImportOptions &options)
{
    const QString names[2] = {incoming.name, incoming.name + QLatin1Char('-') + schemaSuffix(incoming)};
    for (const QString &name : names) {
        auto existing = col.notetypeByName(name);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            continue;
        Notetype nt = **existing;
        if (!sameSchema(nt, incoming))
            continue;
        const bool newer = incoming.modifiedSecs > nt.modifiedSecs;
        const bool update = options.update == UpdatePolicy::Always || (options.update == UpdatePolicy::IfNewer && newer);
        if (update) {
            bool changed = nt.css != incoming.css || nt.sortFieldIndex != incoming.sortFieldIndex;
            for (size_t i = 0; i < nt.templates.size(); ++i)
                changed = changed || nt.templates[i].questionFormat != incoming.templates[i].questionFormat
                    || nt.templates[i].answerFormat != incoming.templates[i].answerFormat;
            if (changed) {
                nt.templates = incoming.templates;
                nt.css = incoming.css;
                nt.sortFieldIndex = incoming.sortFieldIndex;
                nt.modifiedSecs = incoming.modifiedSecs;
                auto ok = col.updateNotetype(nt);
                if (!ok)
                    return ok.error();
            }
        }
        return nt.id;
    }
    Notetype fresh = incoming;
    fresh.id = 0;
    fresh.markdownFields = false;
    auto clash = col.notetypeByName(incoming.name);
    if (!clash)
        return clash.error();
    if (clash->has_value())
        fresh.name = names[1];
    auto added = col.addNotetype(fresh);
    if (!added)
        return added.error();
    return added->id;
}

ImportResult fail(ImportResult r, const Failure &f, const QString &path)
{
    r.addError(f.kind, QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), f.message));
    return r;
}

} // namespace

ImportResult AnkiPackageImporter::importFile(Collection &collection, const QString &path, const ImportOptions &options,
                                             const ProgressFn &progress)
{
    ImportResult result;
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return fail(result, {Kind::NotFound, tr("Cannot open the file")}, path);
    const QByteArray head = probe.read(16);
    probe.close();

    // Extracted members go in the data dir's own temp folder, never the system's.
    ImportTemp temp(collection);
    QString dbPath;

    Package pkg;
    std::unique_ptr<ZipReader> zip;
    if (head.startsWith("SQLite format 3")) {
        // A bare collection file (.anki2) or an Anki 1.2 deck (.anki): read in place; the
        // foreign mode writes nothing beside it.
        dbPath = path;
    } else if (head.startsWith("PK")) {
        Result<QString> tempPath = temp.path();
        if (!tempPath)
            return fail(result, {Kind::Internal, tempPath.error().message}, path);
        dbPath = *tempPath + QLatin1String("/collection.db");
        auto opened = ZipReader::open(path);
        if (!opened)
            return fail(result, {importIssueKind(opened.error().kind), opened.error().message}, path);
        zip = std::move(*opened);
        for (const auto &e : zip->entries())
            if (!e.safeName)
                return fail(result, {Kind::Unsafe, tr("The package holds a member with an unsafe name: %1").arg(e.name)}, path);
        QString member;
        if (const auto meta = zip->indexOf(QStringLiteral("meta"))) {
            auto raw = zip->readAll(*meta, 1024);
            if (!raw)
                return fail(result, {importIssueKind(raw.error().kind), raw.error().message}, path);
            ProtoReader r(*raw);
            quint64 version = 0;
            while (r.next()) {
                if (r.field() == 1)
                    version = r.varint();
                else
                    r.skip();
            }
            if (r.error())
                return fail(result, {Kind::Corrupt, tr("The package description (meta) is damaged")}, path);
            if (version == 1)
                member = QStringLiteral("collection.anki2");
            else if (version == 2)
                member = QStringLiteral("collection.anki21");
            else if (version == 3)
                member = QStringLiteral("collection.anki21b");
            else
                return fail(result, {Kind::TooNew, tr("The package was made by a newer Anki (format %1)").arg(version)}, path);
        } else {
            member = zip->indexOf(QStringLiteral("collection.anki21")) ? QStringLiteral("collection.anki21")
                                                                        : QStringLiteral("collection.anki2");
        }
        pkg.latest = member.endsWith(QLatin1Char('b'));
        const auto idx = zip->indexOf(member);
        if (!idx)
            return fail(result, {Kind::Corrupt, tr("The package has no %1").arg(member)}, path);
        if (auto f = extractCollection(*zip, *idx, pkg.latest, dbPath))
            return fail(result, *f, path);
        if (auto f = readMediaMap(*zip, pkg.latest, pkg))
            return fail(result, *f, path);
    } else {
        return fail(result, {Kind::UnknownFormat, tr("This is neither an Anki package nor an Anki collection")}, path);
    }

    {
        Database::ForeignLimits limits;
        if (progress)   // Cancel works while a (possibly hostile) query runs, too.
            limits.cancelled = [&progress]() { return !progress(0, 0); };
        auto db = temp.openForeign(dbPath, limits);
        if (!db)
            return fail(result, dbFailure(db.error(), QString()), path);
        if (auto f = readCol(**db, pkg))
            return fail(result, *f, path);
        if (auto f = pkg.schemaVersion >= 15 ? readNotetypesV15(**db, pkg) : readNotetypesV11(**db, pkg))
            return fail(result, *f, path);
        if (auto f = readRows(**db, pkg, !options.scheduleAsNew))
            return fail(result, *f, path);
    }

    // Media: only files that a note refers to, plus static ones (import-formats.md §1.3).
    MediaStager media(collection);
    QHash<QString, QString> renamed;
    if (zip && !pkg.mediaMembers.isEmpty()) {
        QSet<QString> refs;
        for (const SrcNote &n : pkg.notes)
            for (const QString &f : n.fields)
                MediaRefs::collect(f, refs);
        // Package order, so that which of two clashing names keeps its name is deterministic.
        std::vector<std::pair<int, QString>> members;
        for (auto it = pkg.mediaMembers.constBegin(); it != pkg.mediaMembers.constEnd(); ++it)
            members.emplace_back(it.value(), it.key());
        std::sort(members.begin(), members.end());
        QHash<QString, QString> safeNameOwner;   // safe name -> the package name that got it first
        for (const auto &[member, name] : members) {
            // Notes may spell a name in another Unicode normal form than the media list.
            const QString nfc = name.normalized(QString::NormalizationForm_C);
            if (!MediaRefs::isStatic(name) && !refs.contains(name) && !refs.contains(nfc))
                continue;
            QByteArray bytes;
            auto sink = [&](const char *d, qint64 n) -> Result<void> {
                bytes.append(d, int(n));
                return {};
            };
            const Result<void> ok = zip->read(member, sink, MediaStager::kMaxFileBytes,
                                              pkg.latest ? ZipReader::Content::Zstd : ZipReader::Content::Plain);
            if (!ok)
                return fail(result, {importIssueKind(ok.error().kind), tr("Media file %1: %2").arg(name, ok.error().message)}, path);
            const int before = media.stagedCount();
            auto staged = media.stage(name, bytes);
            if (!staged)
                return fail(result, {importIssueKind(staged.error().kind), staged.error().message}, path);
            if (media.stagedCount() > before)
                ++result.counts.mediaAdded;
            const QString safe = MediaStager::safeName(name);
            const auto owner = safeNameOwner.constFind(safe);
            if (safe != name)
                result.addWarning(Kind::Unsafe, tr("%1: media file name \"%2\" (too long, not NFC or with direction controls) "
                                                   "was changed to \"%3\", and the notes with it")
                                                    .arg(QFileInfo(path).fileName(), name, *staged));
            else if (owner != safeNameOwner.constEnd() && *owner != name)
                result.addWarning(Kind::Duplicate, tr("%1: media files \"%2\" and \"%3\" are one name in different Unicode "
                                                      "forms; the second was stored as \"%4\", and the notes with it")
                                                       .arg(QFileInfo(path).fileName(), *owner, name, *staged));
            if (owner == safeNameOwner.constEnd())
                safeNameOwner.insert(safe, name);
            if (*staged != name)
                renamed.insert(name, *staged);
            if (nfc != name && *staged != nfc && !pkg.mediaMembers.contains(nfc) && !renamed.contains(nfc))
                renamed.insert(nfc, *staged);
        }
    }

    // Write: one transaction for everything.
    auto dbError = [&](const Error &e) { return fail(result, {importIssueKind(e.kind), e.message}, path); };
    Collection::Transaction tx(collection);

    for (auto &[id, s] : pkg.notetypes) {
        Q_UNUSED(id);
        s.targetId = 0;
    }
    auto targetNotetype = [&](qint64 mid) -> Result<NotetypeId> {
        SrcNotetype &s = pkg.notetypes[mid];
        if (s.targetId == 0) {
            auto placed = placeNotetype(collection, s.nt, options);
            if (!placed)
                return placed.error();
            s.targetId = *placed;
        }
        return s.targetId;
    };
    QHash<qint64, DeckId> deckIds;
    auto targetDeck = [&](qint64 did) -> Result<DeckId> {
        auto known = deckIds.constFind(did);
        if (known != deckIds.constEnd())
            return *known;
        const auto src = pkg.decks.find(did);
        QString name = src != pkg.decks.end() ? src->second.name.trimmed() : QString();
        if (name.isEmpty() || (src != pkg.decks.end() && src->second.filtered))
            name = QStringLiteral("Default");
        auto existing = collection.deckByName(name);
        if (!existing)
            return existing.error();
        auto deck = collection.ensureDeck(name);
        if (!deck)
            return deck.error();
        if (!existing->has_value()) {
            ++result.counts.decksAdded;
            if (src != pkg.decks.end() && !src->second.description.isEmpty()) {
                Deck d = *deck;
                d.description = src->second.description;
                auto ok = collection.updateDeck(d);
                if (!ok)
                    return ok.error();
            }
        }
        deckIds.insert(did, deck->id);
        return deck->id;
    };

    // Cards grouped by source note (already ordered by nid, ord).
    QHash<qint64, std::pair<size_t, size_t>> cardRange;
    for (size_t i = 0; i < pkg.cards.size();) {
        size_t j = i;
        while (j < pkg.cards.size() && pkg.cards[j].nid == pkg.cards[i].nid)
            ++j;
        cardRange.insert(pkg.cards[i].nid, {i, j});
        i = j;
    }
    const qint64 dayZero = sourceDayZero(pkg);
    QHash<qint64, CardId> cardIds;   // source card id -> ours, for the review log
    qint64 newPos = 0;
    const qint64 total = qint64(pkg.notes.size());
    for (size_t n = 0; n < pkg.notes.size(); ++n) {
        if (progress && n % kProgressEvery == 0 && !progress(qint64(n), total)) {
            ImportResult cancelled;
            cancelled.addError(Kind::Cancelled, tr("Import cancelled; nothing was changed"));
            return cancelled;
        }
        SrcNote &src = pkg.notes[n];
        if (!renamed.isEmpty())
            for (QString &f : src.fields)
                f = MediaRefs::rewrite(f, renamed);
        auto ntId = targetNotetype(src.mid);
        if (!ntId)
            return dbError(ntId.error());
        auto existing = collection.noteByGuid(src.guid);
        if (!existing)
            return dbError(existing.error());
        Note note;
        if (existing->has_value()) {
            note = **existing;
            if (note.notetypeId != *ntId) {
                ++result.counts.notesSkipped;
                result.addWarning(Kind::Unsupported,
                                  tr("Note %1 was skipped: its note type changed since it was imported").arg(src.guid));
                continue;
            }
            const bool newer = src.mod > note.modifiedSecs;
            const bool differs = note.fields != src.fields || note.tags != src.tags;
            const bool update = differs
                && (options.update == UpdatePolicy::Always || (options.update == UpdatePolicy::IfNewer && newer));
            if (update) {
                note.fields = src.fields;
                note.tags = src.tags;
                note.modifiedSecs = src.mod;
                auto ok = collection.updateNote(note);
                if (!ok)
                    return dbError(ok.error());
                ++result.counts.notesUpdated;
            } else {
                ++result.counts.notesUnchanged;
            }
        } else {
            note.guid = src.guid;
            note.notetypeId = *ntId;
            note.fields = src.fields;
            note.tags = src.tags;
            note.modifiedSecs = src.mod;
            auto added = collection.addNote(note);
            if (!added)
                return dbError(added.error());
            note = *added;
            ++result.counts.notesAdded;
        }
        // Cards: add those whose (note, ord) is not there yet, as Anki does.
        const auto range = cardRange.value(src.id, {0, 0});
        if (range.first == range.second)
            continue;
        QSet<int> haveOrds;
        if (existing->has_value()) {
            auto have = collection.cardsOfNote(note.id);
            if (!have)
                return dbError(have.error());
            for (const Card &c : *have)
                haveOrds.insert(c.ord);
        }
        for (size_t i = range.first; i < range.second; ++i) {
            const SrcCard &sc = pkg.cards[i];
            if (haveOrds.contains(sc.ord))
                continue;
            Card card = mapCard(sc, pkg, dayZero, options.scheduleAsNew, newPos++);
            card.noteId = note.id;
            auto deck = targetDeck(sc.odid != 0 ? sc.odid : sc.did);
            if (!deck)
                return dbError(deck.error());
            card.deckId = *deck;
            auto added = collection.addCard(card);
            if (!added)
                return dbError(added.error());
            cardIds.insert(sc.id, added->id);
            haveOrds.insert(sc.ord);
            ++result.counts.cardsAdded;
        }
    }
    if (!options.scheduleAsNew) {
        for (ReviewLogEntry e : pkg.revlog) {
            const auto card = cardIds.constFind(e.cardId);
            if (card == cardIds.constEnd())
                continue;   // history of a card we did not add (already present, or orphaned)
            e.cardId = *card;
            auto ok = collection.addReviewLog(e);
            if (!ok)
                return dbError(ok.error());
            ++result.counts.reviewsAdded;
        }
    }
    if (progress && !progress(total, total)) {
        ImportResult cancelled;
        cancelled.addError(Kind::Cancelled, tr("Import cancelled; nothing was changed"));
        return cancelled;
    }
    auto committed = tx.commit();
    if (!committed)
        return dbError(committed.error());
    auto moved = media.commit();
    if (!moved)
        result.addWarning(Kind::Internal, moved.error().message);
    return result;
}

} // namespace debrief
