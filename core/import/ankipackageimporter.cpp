#include "import/ankipackageimporter.h"

#include "import/ankicardcodec.h"
#include "import/ankipackagereader.h"
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

using SrcNotetype = AnkiSrcNotetype;
using SrcNote = AnkiSrcNote;
using SrcCard = AnkiSrcCard;
using Package = AnkiPackage;

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
    AnkiCardColumns columns;
    columns.type = c.type;
    columns.queue = c.queue;
    columns.due = c.due;
    columns.ivl = c.ivl;
    columns.factor = c.factor;
    columns.lapses = c.lapses;
    columns.left = c.left;
    columns.odue = c.odue;
    columns.odid = c.odid;
    const AnkiCardScheduling scheduling = AnkiCardCodec::decode(columns, AnkiDays{dayZero, pkg.crt, pkg.schedVer});
    out.state = scheduling.state;
    out.queue = scheduling.queue;
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

// The importer's one boundary from errors to issues: importIssueKind(), the file name in front.
ImportResult fail(ImportResult r, const Error &e, const QString &path)
{
    r.addError(importIssueKind(e.kind), QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), e.message));
    return r;
}

} // namespace

ImportResult AnkiPackageImporter::importFile(Collection &collection, const QString &path, const ImportOptions &options,
                                             const ProgressFn &progress)
{
    ImportResult result;
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        // A file that is there but cannot be read is an I/O error, not a missing one.
        return fail(result, makeError(QFileInfo::exists(path) ? Error::Kind::Io : Error::Kind::NotFound,
                                      tr("Cannot open the file")), path);
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
            return fail(result, makeError(Error::Kind::Internal, tempPath.error().message), path);
        dbPath = *tempPath + QLatin1String("/collection.db");
        auto opened = ZipReader::open(path);
        if (!opened)
            return fail(result, makeError(opened.error().kind, opened.error().message), path);
        zip = std::move(*opened);
        for (const auto &e : zip->entries())
            if (!e.safeName)
                return fail(result, makeError(Error::Kind::Unsafe, tr("The package holds a member with an unsafe name: %1").arg(e.name)), path);
        QString member;
        if (const auto meta = zip->indexOf(QStringLiteral("meta"))) {
            auto raw = zip->readAll(*meta, 1024);
            if (!raw)
                return fail(result, makeError(raw.error().kind, raw.error().message), path);
            ProtoReader r(*raw);
            quint64 version = 0;
            while (r.next()) {
                if (r.field() == 1)
                    version = r.varint();
                else
                    r.skip();
            }
            if (r.error())
                return fail(result, makeError(Error::Kind::Corrupt, tr("The package description (meta) is damaged")), path);
            if (version == 1)
                member = QStringLiteral("collection.anki2");
            else if (version == 2)
                member = QStringLiteral("collection.anki21");
            else if (version == 3)
                member = QStringLiteral("collection.anki21b");
            else
                return fail(result, makeError(Error::Kind::TooNew, tr("The package was made by a newer Anki (format %1)").arg(version)), path);
        } else {
            member = zip->indexOf(QStringLiteral("collection.anki21")) ? QStringLiteral("collection.anki21")
                                                                        : QStringLiteral("collection.anki2");
        }
        pkg.latest = member.endsWith(QLatin1Char('b'));
        const auto idx = zip->indexOf(member);
        if (!idx)
            return fail(result, makeError(Error::Kind::Corrupt, tr("The package has no %1").arg(member)), path);
        if (Result<void> f = AnkiPackageReader::extractCollection(*zip, *idx, pkg.latest, dbPath); !f)
            return fail(result, f.error(), path);
        if (Result<void> f = AnkiPackageReader::readMediaMap(*zip, pkg.latest, pkg); !f)
            return fail(result, f.error(), path);
    } else {
        return fail(result, makeError(Error::Kind::UnknownFormat, tr("This is neither an Anki package nor an Anki collection")), path);
    }

    {
        Database::ForeignLimits limits;
        if (progress)   // Cancel works while a (possibly hostile) query runs, too.
            limits.cancelled = [&progress]() { return !progress(0, 0); };
        auto db = temp.openForeign(dbPath, limits);
        if (!db)
            return fail(result, AnkiPackageReader::foreignDbError(db.error(), QString()), path);
        if (Result<void> f = AnkiPackageReader::readCollection(**db, pkg, !options.scheduleAsNew); !f)
            return fail(result, f.error(), path);
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
                return fail(result, makeError(ok.error().kind, tr("Media file %1: %2").arg(name, ok.error().message)), path);
            const int before = media.stagedCount();
            auto staged = media.stage(name, bytes);
            if (!staged)
                return fail(result, makeError(staged.error().kind, staged.error().message), path);
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
    auto dbError = [&](const Error &e) { return fail(result, e, path); };
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
