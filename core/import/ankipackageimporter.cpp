#include "import/ankipackageimporter.h"

#include "import/ankidb.h"
#include "import/mediarefs.h"
#include "import/mediastager.h"
#include "import/protoreader.h"
#include "import/zipreader.h"
#include "import/zstddecoder.h"
#include "model/tags.h"
#include "storage/collection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace debrief {

namespace {

using Kind = ImportIssue::Kind;

// Caps while reading a package: the collection member (after zstd) and the small maps.
constexpr qint64 kMaxCollectionBytes = qint64(2) * 1024 * 1024 * 1024;
constexpr qint64 kMaxMapBytes = 64 * 1024 * 1024;

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
    QHash<QString, int> mediaMembers;        // media name -> zip member index
};

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
    Result<void> ok;
    if (compressed) {
        ZstdDecoder dec(write, kMaxCollectionBytes);
        ok = zip.read(index, [&](const char *d, qint64 n) { return dec.feed(d, n); }, kMaxCollectionBytes);
        if (ok)
            ok = dec.finish();
    } else {
        ok = zip.read(index, write, kMaxCollectionBytes);
    }
    if (!ok)
        return Failure{importIssueKind(ok.error().kind), ok.error().message};
    return std::nullopt;
}

std::optional<Failure> readMediaMap(ZipReader &zip, bool latest, Package &pkg)
{
    const auto idx = zip.indexOf(QStringLiteral("media"));
    if (!idx)
        return std::nullopt;   // older AnkiDroid colpkgs omit it: no media
    auto raw = zip.readAll(*idx, kMaxMapBytes);
    if (!raw)
        return Failure{importIssueKind(raw.error().kind), raw.error().message};
    QList<QPair<QString, QString>> entries;   // member -> name
    if (latest) {
        auto plain = ZstdDecoder::decompress(*raw, kMaxMapBytes);
        if (!plain)
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged: %1").arg(plain.error().message)};
        ProtoReader r(*plain);
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
            if (name.normalized(QString::NormalizationForm_C) != name)
                return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Media name %1 is not in Unicode NFC form").arg(name)};
            entries.append({QString::number(i), name});
            ++i;
        }
        if (r.error())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged")};
    } else {
        if (QString::fromUtf8(*raw).toUtf8() != *raw)
            return Failure{Kind::BadEncoding, AnkiPackageImporter::tr("The media list is not UTF-8")};
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(*raw, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged: %1").arg(err.errorString())};
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString())
                return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The media list is damaged")};
            entries.append({it.key(), it.value().toString().normalized(QString::NormalizationForm_C)});
        }
    }
    for (const auto &e : entries) {
        if (e.second.contains(QChar(QChar::ReplacementCharacter)))
            return Failure{Kind::BadEncoding, AnkiPackageImporter::tr("Media name %1 is not valid UTF-8").arg(e.second)};
        if (!MediaStager::isSafeName(e.second))
            return Failure{Kind::Unsafe, AnkiPackageImporter::tr("Unsafe media file name in package: %1").arg(e.second)};
        const auto member = zip.indexOf(e.first);
        if (!member)
            continue;   // listed but missing: Anki skips it too
        pkg.mediaMembers.insert(e.second, *member);
    }
    return std::nullopt;
}

std::optional<Failure> readCol(AnkiDb &db, Package &pkg)
{
    if (!db.hasTable(QStringLiteral("col"))) {
        // Mnemosyne 2 databases also have a `facts` table; only Anki 1.2 has card models.
        if (db.hasTable(QStringLiteral("cardModels")))
            return Failure{Kind::TooOld, AnkiPackageImporter::tr(
                                             "This is an Anki 1.2 deck. Open it in Anki 2.1 to upgrade it, then export an .apkg.")};
        if (db.hasTable(QStringLiteral("global_variables")) && db.hasTable(QStringLiteral("facts")))
            return Failure{Kind::UnknownFormat, AnkiPackageImporter::tr(
                                                    "This is a Mnemosyne 2 database, not an Anki collection; import it as Mnemosyne (mnemo.db)")};
        return Failure{Kind::UnknownFormat, AnkiPackageImporter::tr("This is not an Anki collection")};
    }
    AnkiDb::Query q(db, QStringLiteral("SELECT ver, crt, conf FROM col"));
    if (!q.ok() || !q.step())
        return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The collection has no readable header: %1").arg(q.error())};
    pkg.schemaVersion = int(q.i64(0));
    pkg.crt = q.i64(1);
    const QString conf = q.text(2);
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
    } else if (db.hasTable(QStringLiteral("config"))) {
        AnkiDb::Query c(db, QStringLiteral("SELECT KEY, val FROM config WHERE KEY IN ('schedVer','rollover','creationOffset')"));
        while (c.step()) {
            const QJsonDocument d = QJsonDocument::fromJson("[" + c.blob(1) + "]");
            if (d.isArray() && !d.array().isEmpty())
                config.insert(c.text(0), d.array().at(0));
        }
    }
    pkg.schedVer = config.value(QLatin1String("schedVer")).toInt(1);
    pkg.rolloverHour = qBound(0, config.value(QLatin1String("rollover")).toInt(4), 23);
    if (config.contains(QLatin1String("creationOffset")))
        pkg.creationOffsetMins = config.value(QLatin1String("creationOffset")).toInt();
    return std::nullopt;
}

std::optional<Failure> readNotetypesV11(AnkiDb &db, Package &pkg)
{
    AnkiDb::Query q(db, QStringLiteral("SELECT models, decks FROM col"));
    if (!q.step())
        return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The collection header is damaged")};
    QJsonParseError err;
    const QJsonDocument models = QJsonDocument::fromJson(q.blob(0), &err);
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
    const QJsonDocument decks = QJsonDocument::fromJson(q.blob(1), &err);
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

std::optional<Failure> readNotetypesV15(AnkiDb &db, Package &pkg)
{
    const Failure damaged{Kind::Corrupt, AnkiPackageImporter::tr("The note types are damaged")};
    {
        AnkiDb::Query q(db, QStringLiteral("SELECT id, name, mtime_secs, config FROM notetypes"));
        if (!q.ok())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Unknown collection layout: %1").arg(q.error())};
        while (q.step()) {
            SrcNotetype s;
            s.id = q.i64(0);
            s.nt.name = q.text(1);
            s.nt.modifiedSecs = q.i64(2);
            ProtoReader r(q.blob(3));
            while (r.next()) {
                switch (r.field()) {
                case 1: s.nt.kind = r.varint() == 1 ? NotetypeKind::Cloze : NotetypeKind::Standard; break;
                case 2: s.nt.sortFieldIndex = int(r.varint()); break;
                case 3: s.nt.css = r.string(); break;
                default: r.skip();
                }
            }
            if (r.error())
                return damaged;
            pkg.notetypes[s.id] = s;
        }
        if (!q.ok())
            return damaged;
    }
    {
        AnkiDb::Query q(db, QStringLiteral("SELECT ntid, name FROM fields ORDER BY ntid, ord"));
        if (!q.ok())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Unknown collection layout: %1").arg(q.error())};
        while (q.step()) {
            auto it = pkg.notetypes.find(q.i64(0));
            if (it != pkg.notetypes.end())
                it->second.nt.fieldNames << q.text(1);
        }
    }
    {
        AnkiDb::Query q(db, QStringLiteral("SELECT ntid, name, config FROM templates ORDER BY ntid, ord"));
        if (!q.ok())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Unknown collection layout: %1").arg(q.error())};
        while (q.step()) {
            auto it = pkg.notetypes.find(q.i64(0));
            if (it == pkg.notetypes.end())
                continue;
            CardTemplate t;
            t.name = q.text(1);
            ProtoReader r(q.blob(2));
            while (r.next()) {
                if (r.field() == 1)
                    t.questionFormat = r.string();
                else if (r.field() == 2)
                    t.answerFormat = r.string();
                else
                    r.skip();
            }
            if (r.error())
                return damaged;
            it->second.nt.templates.push_back(t);
        }
    }
    for (const auto &[id, s] : pkg.notetypes)
        if (s.nt.fieldNames.isEmpty() || s.nt.templates.empty())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Note type %1 has no fields or no templates").arg(s.nt.name)};
    {
        AnkiDb::Query q(db, QStringLiteral("SELECT id, name, kind FROM decks"));
        if (!q.ok())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Unknown collection layout: %1").arg(q.error())};
        while (q.step()) {
            SrcDeck d;
            d.name = q.text(1).replace(QChar(0x1f), QLatin1String("::"));
            ProtoReader r(q.blob(2));
            while (r.next()) {
                if (r.field() == 1) {
                    ProtoReader n(r.bytes());
                    while (n.next()) {
                        if (n.field() == 4)
                            d.description = n.string();
                        else
                            n.skip();
                    }
                    if (n.error())
                        return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The deck list is damaged")};
                } else if (r.field() == 2) {
                    d.filtered = true;
                    r.skip();
                } else {
                    r.skip();
                }
            }
            if (r.error())
                return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The deck list is damaged")};
            pkg.decks[q.i64(0)] = d;
        }
    }
    return std::nullopt;
}

std::optional<Failure> readRows(AnkiDb &db, Package &pkg, bool withScheduling)
{
    {
        AnkiDb::Query q(db, QStringLiteral("SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id"));
        if (!q.ok())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Unknown collection layout: %1").arg(q.error())};
        QSet<QString> guids;
        int row = 0;
        while (q.step()) {
            ++row;
            if (!q.textIsValidUtf8(5) || !q.textIsValidUtf8(4))
                return Failure{Kind::BadEncoding, AnkiPackageImporter::tr("Note %1 holds text that is not UTF-8").arg(q.i64(0))};
            SrcNote n;
            n.id = q.i64(0);
            n.guid = q.text(1);
            n.mid = q.i64(2);
            n.mod = q.i64(3);
            n.tags = Tags::split(q.text(4));
            const QString flds = q.text(5);
            n.fields = flds.split(QChar(0x1f));
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
        }
        if (!q.ok())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The notes table is damaged: %1").arg(q.error())};
    }
    {
        AnkiDb::Query q(db, QStringLiteral("SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, "
                                           "left, odue, odid, flags, mod FROM cards ORDER BY nid, ord"));
        if (!q.ok())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Unknown collection layout: %1").arg(q.error())};
        while (q.step()) {
            SrcCard c;
            c.id = q.i64(0);
            c.nid = q.i64(1);
            c.did = q.i64(2);
            c.ord = int(q.i64(3));
            c.type = int(q.i64(4));
            c.queue = int(q.i64(5));
            c.due = q.i64(6);
            c.ivl = int(q.i64(7));
            c.factor = int(q.i64(8));
            c.reps = int(q.i64(9));
            c.lapses = int(q.i64(10));
            c.left = int(q.i64(11));
            c.odue = q.i64(12);
            c.odid = q.i64(13);
            c.flags = int(q.i64(14));
            c.mod = q.i64(15);
            if (c.ord < 0 || c.ord > 499)
                return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Card %1 has an impossible template number").arg(c.id)};
            pkg.cards.push_back(c);
        }
        if (!q.ok())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The cards table is damaged: %1").arg(q.error())};
    }
    if (withScheduling && db.hasTable(QStringLiteral("revlog"))) {
        AnkiDb::Query q(db, QStringLiteral("SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id"));
        if (!q.ok())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("Unknown collection layout: %1").arg(q.error())};
        while (q.step()) {
            ReviewLogEntry e;
            e.id = q.i64(0);
            e.cardId = q.i64(1);
            e.rating = qBound(0, int(q.i64(2)), 4);
            e.intervalAfter = int(q.i64(3));
            e.intervalBefore = int(q.i64(4));
            e.easePermille = int(q.i64(5));
            e.takenMs = int(qBound(qint64(0), q.i64(6), qint64(60000)));
            const int type = int(q.i64(7));
            e.kind = type >= 0 && type <= 4 ? ReviewKind(type) : ReviewKind::Manual;
            // v1 learning had three buttons: Good/Easy were 2/3 (import-formats.md §2.6).
            if (pkg.schedVer < 2 && (type == 0 || type == 2) && (e.rating == 2 || e.rating == 3))
                e.rating += 1;
            pkg.revlog.push_back(e);
        }
        if (!q.ok())
            return Failure{Kind::Corrupt, AnkiPackageImporter::tr("The review log is damaged: %1").arg(q.error())};
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
        r.intervalDays = qMax(1, c.ivl);
        r.easePermille = ease;
        r.lapses = c.lapses;
        r.dueDay = dayZero + due;
        out.state = r;
        break;
    }
    case 3: {
        RelearningState rl;
        rl.learning = learning();
        rl.review.intervalDays = qMax(1, c.ivl);
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

    QTemporaryDir tmp;   // a writable folder: V18 members are WAL-mode databases
    if (!tmp.isValid())
        return fail(result, {Kind::Internal, tr("Cannot create a temporary folder")}, path);
    const QString dbPath = tmp.path() + QLatin1String("/collection.db");

    Package pkg;
    std::unique_ptr<ZipReader> zip;
    if (head.startsWith("SQLite format 3")) {
        // A bare collection file (.anki2) or an Anki 1.2 deck (.anki): copy so that opening it
        // can never write next to the user's file.
        if (!QFile::copy(path, dbPath))
            return fail(result, {Kind::Internal, tr("Cannot copy the file to a temporary folder")}, path);
        QFile::setPermissions(dbPath, QFile::ReadOwner | QFile::WriteOwner);
    } else if (head.startsWith("PK")) {
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
        auto db = AnkiDb::open(dbPath, true);
        if (!db)
            return fail(result, {Kind::Corrupt, db.error().message}, path);
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
        for (auto it = pkg.mediaMembers.constBegin(); it != pkg.mediaMembers.constEnd(); ++it) {
            if (!MediaRefs::isStatic(it.key()) && !refs.contains(it.key()))
                continue;
            QByteArray bytes;
            auto sink = [&](const char *d, qint64 n) -> Result<void> {
                bytes.append(d, int(n));
                return {};
            };
            Result<void> ok;
            if (pkg.latest) {
                ZstdDecoder dec(sink, MediaStager::kMaxFileBytes);
                ok = zip->read(it.value(), [&](const char *d, qint64 n) { return dec.feed(d, n); }, MediaStager::kMaxFileBytes);
                if (ok)
                    ok = dec.finish();
            } else {
                ok = zip->read(it.value(), sink, MediaStager::kMaxFileBytes);
            }
            if (!ok)
                return fail(result, {importIssueKind(ok.error().kind), tr("Media file %1: %2").arg(it.key(), ok.error().message)}, path);
            const int before = media.stagedCount();
            auto staged = media.stage(it.key(), bytes);
            if (!staged)
                return fail(result, {importIssueKind(staged.error().kind), staged.error().message}, path);
            if (media.stagedCount() > before)
                ++result.counts.mediaAdded;
            if (*staged != it.key())
                renamed.insert(it.key(), *staged);
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
