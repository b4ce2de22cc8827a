#include "import/ankipackagereader.h"

#include "import/ankipackageimporter.h"
#include "import/mediastager.h"
#include "import/protoreader.h"
#include "import/zipreader.h"
#include "model/tags.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <climits>

namespace debrief {

namespace {

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

Error dbError(const Error &e, const QString &what)
{
    const bool stopped = e.kind == Error::Kind::Unsafe || e.kind == Error::Kind::Cancelled;
    return makeError(stopped ? e.kind : Error::Kind::Corrupt,
                     what.isEmpty() ? e.message : QStringLiteral("%1: %2").arg(what, e.message));
}

// Steps `q`, calling `row()` for each row; `row` returns an error to stop.
template <typename RowFn>
Result<void> eachRow(Result<Statement> &q, const QString &what, RowFn row)
{
    if (!q)
        return dbError(q.error(), what);
    for (;;) {
        Result<bool> r = q->step();
        if (!r)
            return dbError(r.error(), what);
        if (!*r)
            return {};
        if (Result<void> f = row(*q); !f)
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

// Whether the foreign file has plain table `name`; a view or the like in its place is an error.
Result<void> plainTable(Database &db, const QString &name, bool *has)
{
    Result<bool> r = db.hasPlainTable(name);
    if (!r)
        return dbError(r.error(), QString());
    *has = *r;
    return {};
}

// --- reading the package ---------------------------------------------------------------

} // namespace

Result<void> AnkiPackageReader::extractCollection(ZipReader &zip, int index, bool compressed, const QString &dest)
{
    QFile out(dest);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::Internal, AnkiPackageImporter::tr("Cannot write a temporary file in %1")
                                           .arg(QFileInfo(dest).absolutePath()));
    auto write = [&](const char *d, qint64 n) -> Result<void> {
        if (out.write(d, n) != n)
            return makeError(Error::Kind::Io, AnkiPackageImporter::tr("Cannot write a temporary file (disk full?)"));
        return {};
    };
    const Result<void> ok =
        zip.read(index, write, kMaxCollectionBytes, compressed ? ZipReader::Content::Zstd : ZipReader::Content::Plain);
    if (!ok)
        return makeError(ok.error().kind, ok.error().message);
    return {};
}

Result<void> AnkiPackageReader::readMediaMap(ZipReader &zip, bool latest, AnkiPackage &pkg)
{
    const auto idx = zip.indexOf(QStringLiteral("media"));
    if (!idx)
        return {};   // older AnkiDroid colpkgs omit it: no media
    auto plain = zip.readAll(*idx, kMaxMapBytes, latest ? ZipReader::Content::Zstd : ZipReader::Content::Plain);
    if (!plain) {
        if (plain.error().kind == Error::Kind::Corrupt)
            return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged: %1").arg(plain.error().message));
        return makeError(plain.error().kind, plain.error().message);
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
                return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged"));
            if (!nameOk)
                return makeError(Error::Kind::BadEncoding, AnkiPackageImporter::tr("Media entry %1 has a name that is not UTF-8").arg(i));
            entries.append({QString::number(i), name});
            ++i;
        }
        if (r.error())
            return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged"));
    } else {
        if (QString::fromUtf8(raw).toUtf8() != raw)
            return makeError(Error::Kind::BadEncoding, AnkiPackageImporter::tr("The media list is not UTF-8"));
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged: %1").arg(err.errorString()));
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString())
                return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged"));
            entries.append({it.key(), it.value().toString()});
        }
    }
    for (const auto &e : entries) {
        if (e.second.contains(QChar(QChar::ReplacementCharacter)))
            return makeError(Error::Kind::BadEncoding, AnkiPackageImporter::tr("Media name %1 is not valid UTF-8").arg(e.second));
        // Names that are merely awkward (too long, NFD, bidi controls) get a safe name when staged;
        // names that point elsewhere ("../x", "a/b") are refused.
        if (!MediaStager::isSafeName(MediaStager::safeName(e.second)))
            return makeError(Error::Kind::Unsafe, AnkiPackageImporter::tr("Unsafe media file name in package: %1").arg(e.second));
        const auto member = zip.indexOf(e.first);
        if (!member)
            continue;   // listed but missing: Anki skips it too
        pkg.mediaMembers.insert(e.second, *member);
    }
    return {};
}

namespace {

Result<void> readCol(Database &db, AnkiPackage &pkg)
{
    bool hasCol = false;
    if (Result<void> f = plainTable(db, QStringLiteral("col"), &hasCol); !f)
        return f;
    if (!hasCol) {
        // Only asking which kind of file this is: any object of these names will do.
        auto has = [&](const char *name) {
            Result<qint64> n = db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(name)));
            return n && *n > 0;
        };
        // Mnemosyne 2 databases also have a `facts` table; only Anki 1.2 has card models.
        if (has("cardModels"))
            return makeError(Error::Kind::TooOld, AnkiPackageImporter::tr(
                                             "This is an Anki 1.2 deck. Open it in Anki 2.1 to upgrade it, then export an .apkg."));
        if (has("global_variables") && has("facts"))
            return makeError(Error::Kind::UnknownFormat, AnkiPackageImporter::tr(
                                                    "This is a Mnemosyne 2 database, not an Anki collection; import it as Mnemosyne (mnemo.db)"));
        return makeError(Error::Kind::UnknownFormat, AnkiPackageImporter::tr("This is not an Anki collection"));
    }
    Result<Statement> q = db.prepare(QStringLiteral("SELECT ver, crt, conf FROM col"));
    if (!q)
        return dbError(q.error(), AnkiPackageImporter::tr("The collection has no readable header"));
    Result<bool> row = q->step();
    if (!row)
        return dbError(row.error(), AnkiPackageImporter::tr("The collection has no readable header"));
    if (!*row)
        return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("The collection has no readable header"));
    const qint64 ver = q->int64(0);
    pkg.crt = q->int64(1);
    const QString conf = q->text(2);
    q->reset();
    if (pkg.crt < 0 || pkg.crt > kMaxUnixSecs)
        return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("The collection's creation time %1 is impossible").arg(pkg.crt));
    pkg.schemaVersion = int(qBound(qint64(0), ver, qint64(1000)));
    const int v = pkg.schemaVersion;
    if (v < 11)
        return makeError(Error::Kind::TooOld, AnkiPackageImporter::tr(
                                         "This collection is from an early Anki 2.0 test version (schema %1) and is too old to import.")
                                         .arg(v));
    if (v == 12 || v == 13 || v > 18)
        return makeError(Error::Kind::TooNew, AnkiPackageImporter::tr(
                                         "This collection uses schema %1, which is newer than this version of Debrief understands.")
                                         .arg(v));
    QJsonObject config;
    if (v < 14) {
        config = QJsonDocument::fromJson(conf.toUtf8()).object();
    } else {
        bool hasConfig = false;
        if (Result<void> f = plainTable(db, QStringLiteral("config"), &hasConfig); !f)
            return f;
        if (hasConfig) {
            Result<Statement> c = db.prepare(QStringLiteral("SELECT KEY, val FROM config WHERE KEY IN ('schedVer','rollover','creationOffset')"));
            if (Result<void> f = eachRow(c, AnkiPackageImporter::tr("The collection settings are damaged"), [&](Statement &r) -> Result<void> {
                    const QJsonDocument d = QJsonDocument::fromJson("[" + r.blob(1) + "]");
                    if (d.isArray() && !d.array().isEmpty())
                        config.insert(r.text(0), d.array().at(0));
                    return {};
                }); !f)
                return f;
        }
    }
    pkg.schedVer = config.value(QLatin1String("schedVer")).toInt(1);
    pkg.rolloverHour = qBound(0, config.value(QLatin1String("rollover")).toInt(4), 23);
    if (config.contains(QLatin1String("creationOffset")))   // minutes; real zones are within ±14 h
        pkg.creationOffsetMins = qBound(-24 * 60, config.value(QLatin1String("creationOffset")).toInt(), 24 * 60);
    return {};
}

Result<void> readNotetypesV11(Database &db, AnkiPackage &pkg)
{
    Result<Statement> q = db.prepare(QStringLiteral("SELECT models, decks FROM col"));
    if (!q)
        return dbError(q.error(), AnkiPackageImporter::tr("The collection header is damaged"));
    Result<bool> row = q->step();
    if (!row)
        return dbError(row.error(), AnkiPackageImporter::tr("The collection header is damaged"));
    if (!*row)
        return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("The collection header is damaged"));
    const QByteArray modelsJson = q->blob(0);
    const QByteArray decksJson = q->blob(1);
    q->reset();
    QJsonParseError err;
    const QJsonDocument models = QJsonDocument::fromJson(modelsJson, &err);
    if (err.error != QJsonParseError::NoError || !models.isObject())
        return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("The note types are damaged: %1").arg(err.errorString()));
    const QJsonObject mo = models.object();
    for (auto it = mo.begin(); it != mo.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        AnkiSrcNotetype s;
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
            return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("Note type %1 has no fields or no templates").arg(it.key()));
        pkg.notetypes[s.id] = s;
    }
    const QJsonDocument decks = QJsonDocument::fromJson(decksJson, &err);
    if (err.error != QJsonParseError::NoError || !decks.isObject())
        return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("The deck list is damaged: %1").arg(err.errorString()));
    const QJsonObject dob = decks.object();
    for (auto it = dob.begin(); it != dob.end(); ++it) {
        const QJsonObject d = it.value().toObject();
        AnkiSrcDeck deck;
        deck.name = d.value(QLatin1String("name")).toString();
        deck.description = d.value(QLatin1String("desc")).toString();
        deck.filtered = d.value(QLatin1String("dyn")).toInt() != 0;
        pkg.decks[it.key().toLongLong()] = deck;
    }
    return {};
}

// Refuses a view, virtual table or the like standing where one of `names` should be a table.
Result<void> requirePlainTables(Database &db, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        bool has = false;
        if (Result<void> f = plainTable(db, QLatin1String(name), &has); !f)
            return f;
    }
    return {};
}

Result<void> readNotetypesV15(Database &db, AnkiPackage &pkg)
{
    if (Result<void> f = requirePlainTables(db, {"notetypes", "fields", "templates", "decks"}); !f)
        return f;
    const Error damaged = makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("The note types are damaged"));
    const QString layout = AnkiPackageImporter::tr("Unknown collection layout");
    {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT id, name, mtime_secs, config FROM notetypes"));
        if (Result<void> f = eachRow(q, layout, [&](Statement &r) -> Result<void> {
                AnkiSrcNotetype s;
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
                return {};
            }); !f)
            return f;
    }
    {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT ntid, name FROM fields ORDER BY ntid, ord"));
        if (Result<void> f = eachRow(q, layout, [&](Statement &r) -> Result<void> {
                auto it = pkg.notetypes.find(r.int64(0));
                if (it != pkg.notetypes.end())
                    it->second.nt.fieldNames << r.text(1);
                return {};
            }); !f)
            return f;
    }
    {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT ntid, name, config FROM templates ORDER BY ntid, ord"));
        if (Result<void> f = eachRow(q, layout, [&](Statement &r) -> Result<void> {
                auto it = pkg.notetypes.find(r.int64(0));
                if (it == pkg.notetypes.end())
                    return {};
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
                return {};
            }); !f)
            return f;
    }
    for (const auto &[id, s] : pkg.notetypes)
        if (s.nt.fieldNames.isEmpty() || s.nt.templates.empty())
            return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("Note type %1 has no fields or no templates").arg(s.nt.name));
    {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT id, name, kind FROM decks"));
        const Error decksDamaged = makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("The deck list is damaged"));
        if (Result<void> f = eachRow(q, layout, [&](Statement &r) -> Result<void> {
                AnkiSrcDeck d;
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
                return {};
            }); !f)
            return f;
    }
    return {};
}

// `value` as an int when it lies in [lo, hi]; otherwise `message` (a whole sentence per column,
// marked with QT_TRANSLATE_NOOP: card id, value, lo, hi) naming the card.
Result<void> cardNumber(qint64 value, qint64 lo, qint64 hi, qint64 cardId, const char *message, int *out)
{
    if (value < lo || value > hi)
        return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr(message).arg(cardId).arg(value).arg(lo).arg(hi));
    *out = int(value);
    return {};
}

Result<void> readRows(Database &db, AnkiPackage &pkg, bool withScheduling)
{
    if (Result<void> f = requirePlainTables(db, {"notes", "cards", "revlog"}); !f)
        return f;
    const QString layout = AnkiPackageImporter::tr("Unknown collection layout");
    {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id"));
        QSet<QString> guids;
        if (Result<void> f = eachRow(q, layout, [&](Statement &r) -> Result<void> {
                AnkiSrcNote n;
                n.id = r.int64(0);
                const std::optional<QString> tags = utf8Text(r, 4);
                const std::optional<QString> flds = utf8Text(r, 5);
                if (!tags || !flds)
                    return makeError(Error::Kind::BadEncoding, AnkiPackageImporter::tr("Note %1 holds text that is not UTF-8").arg(n.id));
                n.guid = r.text(1);
                n.mid = r.int64(2);
                n.mod = r.int64(3);
                if (n.mod < 0 || n.mod > kMaxUnixSecs)
                    return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("Note %1 has an impossible modification time (%2)").arg(n.id).arg(n.mod));
                n.tags = Tags::split(*tags);
                n.fields = flds->split(QChar(0x1f));
                for (const QString &f : n.fields)
                    if (f.size() > AnkiPackageImporter::kMaxFieldBytes / 2 && f.toUtf8().size() > AnkiPackageImporter::kMaxFieldBytes)
                        return makeError(Error::Kind::Unsafe, AnkiPackageImporter::tr("Note %1 has a field larger than %2 MiB")
                                                         .arg(n.id)
                                                         .arg(AnkiPackageImporter::kMaxFieldBytes >> 20));
                if (n.guid.isEmpty())
                    return makeError(Error::Kind::MissingField, AnkiPackageImporter::tr("Note %1 has no GUID").arg(n.id));
                if (guids.contains(n.guid))
                    return makeError(Error::Kind::Duplicate, AnkiPackageImporter::tr("The GUID %1 is used by more than one note").arg(n.guid));
                guids.insert(n.guid);
                auto nt = pkg.notetypes.find(n.mid);
                if (nt == pkg.notetypes.end())
                    return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("Note %1 uses a note type that is missing").arg(n.id));
                // Anki pads missing fields and folds surplus ones into the last.
                const int want = nt->second.nt.fieldNames.size();
                while (n.fields.size() < want)
                    n.fields << QString();
                while (n.fields.size() > want) {
                    const QString extra = n.fields.takeLast();
                    n.fields.last() += extra;
                }
                pkg.notes.push_back(std::move(n));
                return {};
            }); !f)
            return f;
    }
    {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, "
                                                        "left, odue, odid, flags, mod FROM cards ORDER BY nid, ord"));
        if (Result<void> f = eachRow(q, layout, [&](Statement &r) -> Result<void> {
                AnkiSrcCard c;
                c.id = r.int64(0);
                c.nid = r.int64(1);
                c.did = r.int64(2);
                c.odue = r.int64(12);
                c.odid = r.int64(13);
                c.mod = r.int64(15);
                if (Result<void> f = cardNumber(r.int64(3), 0, 499,
                                                   c.id, QT_TRANSLATE_NOOP("AnkiPackageImporter", "Card %1 has an impossible template number (%2; expected %3 to %4)"), &c.ord); !f)
                    return f;
                // Numbers that only select a branch are clamped by the mapping; those that feed
                // arithmetic or are stored as int must fit first.
                c.type = int(qBound(qint64(-1), r.int64(4), qint64(4)));
                c.queue = int(qBound(qint64(-4), r.int64(5), qint64(4)));
                c.due = r.int64(6);
                if (Result<void> f = cardNumber(r.int64(7), -kMaxIvlDays * 86400, kMaxIvlDays * 10,
                                                   c.id, QT_TRANSLATE_NOOP("AnkiPackageImporter", "Card %1 has an impossible interval (%2; expected %3 to %4)"), &c.ivl); !f)
                    return f;
                if (Result<void> f = cardNumber(r.int64(8), 0, 100000,
                                                   c.id, QT_TRANSLATE_NOOP("AnkiPackageImporter", "Card %1 has an impossible ease factor (%2; expected %3 to %4)"), &c.factor); !f)
                    return f;
                if (Result<void> f = cardNumber(r.int64(9), 0, kMaxCount,
                                                   c.id, QT_TRANSLATE_NOOP("AnkiPackageImporter", "Card %1 has an impossible review count (%2; expected %3 to %4)"), &c.reps); !f)
                    return f;
                if (Result<void> f = cardNumber(r.int64(10), 0, kMaxCount,
                                                   c.id, QT_TRANSLATE_NOOP("AnkiPackageImporter", "Card %1 has an impossible lapse count (%2; expected %3 to %4)"), &c.lapses); !f)
                    return f;
                if (Result<void> f = cardNumber(r.int64(11), 0, 1000000000,
                                                   c.id, QT_TRANSLATE_NOOP("AnkiPackageImporter", "Card %1 has an impossible number of learning steps left (%2; expected %3 to %4)"), &c.left); !f)
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
                    return makeError(Error::Kind::Corrupt, AnkiPackageImporter::tr("Card %1 has an impossible due value (%2)").arg(c.id).arg(due));
                pkg.cards.push_back(c);
                return {};
            }); !f)
            return f;
    }
    bool hasRevlog = false;
    if (Result<void> f = plainTable(db, QStringLiteral("revlog"), &hasRevlog); !f)
        return f;
    if (withScheduling && hasRevlog) {
        Result<Statement> q = db.prepare(QStringLiteral("SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id"));
        const auto clampInt = [](qint64 v) { return int(qBound(qint64(INT_MIN), v, qint64(INT_MAX))); };
        if (Result<void> f = eachRow(q, AnkiPackageImporter::tr("The review log is damaged"), [&](Statement &r) -> Result<void> {
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
                return {};
            }); !f)
            return f;
    }
    return {};
}

} // namespace

Error AnkiPackageReader::foreignDbError(const Error &e, const QString &what) { return dbError(e, what); }

Result<void> AnkiPackageReader::readCollection(Database &db, AnkiPackage &pkg, bool withScheduling)
{
    if (Result<void> r = readCol(db, pkg); !r)
        return r;
    if (Result<void> r = pkg.schemaVersion >= 15 ? readNotetypesV15(db, pkg) : readNotetypesV11(db, pkg); !r)
        return r;
    return readRows(db, pkg, withScheduling);
}

} // namespace debrief
