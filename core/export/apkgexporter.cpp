#include "export/apkgexporter.h"

#include "export/ankihtmlconverter.h"
#include "import/ankicardcodec.h"
#include "import/mediarefs.h"
#include "render/ankitemplate.h"
#include "scheduling/studyday.h"
#include "storage/collection.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <zip.h>

#include <map>
#include <set>

namespace debrief {

namespace {

// Anki's schema11.sql, which every Anki since 2.0 opens (and upgrades on import).
const char *const kSchema11 = R"(
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
)";

QJsonObject defaultDconf()
{
    // Anki 2.0 reads every one of these keys; missing ones crash its scheduler.
    return QJsonObject{
        {QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Default")}, {QStringLiteral("mod"), 0},
        {QStringLiteral("usn"), 0}, {QStringLiteral("dyn"), false}, {QStringLiteral("maxTaken"), 60},
        {QStringLiteral("timer"), 0}, {QStringLiteral("autoplay"), true}, {QStringLiteral("replayq"), true},
        {QStringLiteral("new"), QJsonObject{{QStringLiteral("delays"), QJsonArray{1, 10}},
                                            {QStringLiteral("ints"), QJsonArray{1, 4, 7}},
                                            {QStringLiteral("initialFactor"), 2500}, {QStringLiteral("order"), 1},
                                            {QStringLiteral("perDay"), 20}, {QStringLiteral("bury"), true},
                                            {QStringLiteral("separate"), true}}},
        {QStringLiteral("rev"), QJsonObject{{QStringLiteral("perDay"), 200}, {QStringLiteral("ease4"), 1.3},
                                            {QStringLiteral("fuzz"), 0.05}, {QStringLiteral("minSpace"), 1},
                                            {QStringLiteral("ivlFct"), 1}, {QStringLiteral("maxIvl"), 36500},
                                            {QStringLiteral("bury"), true}, {QStringLiteral("hardFactor"), 1.2}}},
        {QStringLiteral("lapse"), QJsonObject{{QStringLiteral("delays"), QJsonArray{10}}, {QStringLiteral("mult"), 0},
                                              {QStringLiteral("minInt"), 1}, {QStringLiteral("leechFails"), 8},
                                              {QStringLiteral("leechAction"), 1}}}};
}

QJsonObject deckJson(qint64 id, const QString &name, const QString &desc)
{
    const QJsonArray zero{0, 0};
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("desc"), desc},
                       {QStringLiteral("mod"), 0}, {QStringLiteral("usn"), 0}, {QStringLiteral("dyn"), 0},
                       {QStringLiteral("conf"), 1}, {QStringLiteral("collapsed"), false},
                       {QStringLiteral("browserCollapsed"), false}, {QStringLiteral("extendNew"), 10},
                       {QStringLiteral("extendRev"), 50}, {QStringLiteral("newToday"), zero},
                       {QStringLiteral("revToday"), zero}, {QStringLiteral("lrnToday"), zero},
                       {QStringLiteral("timeToday"), zero}};
}

// Standard notetypes need `req` for Anki 2.0: which fields must be non-empty for each card.
QJsonArray requirements(const Notetype &nt)
{
    QJsonArray req;
    for (size_t t = 0; t < nt.templates.size(); ++t) {
        QJsonArray ords;
        for (int f = 0; f < nt.fieldNames.size(); ++f) {
            static const QRegularExpression ref(QStringLiteral("\\{\\{[^#^/}]*?([^:}]+)\\}\\}"));
            auto it = ref.globalMatch(nt.templates[t].questionFormat);
            while (it.hasNext())
                if (it.next().captured(1).trimmed() == nt.fieldNames.at(f)) {
                    ords.append(f);
                    break;
                }
        }
        if (ords.isEmpty())
            ords.append(0);
        req.append(QJsonArray{int(t), QStringLiteral("any"), ords});
    }
    return req;
}

QJsonObject notetypeJson(const Notetype &in, qint64 deckId)
{
    Notetype nt = in;
    if (nt.templates.empty()) {
        // Debrief's own kinds draw cards without templates; give Anki a plain front/back.
        const QString front = nt.fieldNames.value(0, QStringLiteral("Front"));
        const QString back = nt.fieldNames.value(1, front);
        nt.templates.push_back({QStringLiteral("Card 1"), QStringLiteral("{{%1}}").arg(front),
                                QStringLiteral("{{FrontSide}}<hr id=answer>{{%1}}").arg(back)});
    }
    QJsonArray flds, tmpls;
    for (int i = 0; i < nt.fieldNames.size(); ++i)
        flds.append(QJsonObject{{QStringLiteral("name"), nt.fieldNames.at(i)}, {QStringLiteral("ord"), i},
                                {QStringLiteral("sticky"), false}, {QStringLiteral("rtl"), false},
                                {QStringLiteral("font"), QStringLiteral("Arial")}, {QStringLiteral("size"), 20},
                                {QStringLiteral("media"), QJsonArray()}});
    for (size_t i = 0; i < nt.templates.size(); ++i)
        tmpls.append(QJsonObject{{QStringLiteral("name"), nt.templates[i].name}, {QStringLiteral("ord"), int(i)},
                                 {QStringLiteral("qfmt"), nt.templates[i].questionFormat},
                                 {QStringLiteral("afmt"), nt.templates[i].answerFormat},
                                 {QStringLiteral("bqfmt"), QString()}, {QStringLiteral("bafmt"), QString()},
                                 {QStringLiteral("did"), QJsonValue()}, {QStringLiteral("bfont"), QString()},
                                 {QStringLiteral("bsize"), 0}});
    const bool cloze = nt.kind == NotetypeKind::Cloze;
    QJsonObject o{{QStringLiteral("id"), nt.id}, {QStringLiteral("name"), nt.name}, {QStringLiteral("type"), cloze ? 1 : 0},
                  {QStringLiteral("mod"), nt.modifiedSecs}, {QStringLiteral("usn"), 0},
                  {QStringLiteral("sortf"), nt.sortFieldIndex}, {QStringLiteral("did"), deckId},
                  {QStringLiteral("flds"), flds}, {QStringLiteral("tmpls"), tmpls}, {QStringLiteral("css"), nt.css},
                  {QStringLiteral("latexPre"),
                   QStringLiteral("\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                                  "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n"
                                  "\\begin{document}\n")},
                  {QStringLiteral("latexPost"), QStringLiteral("\\end{document}")}, {QStringLiteral("latexsvg"), false},
                  {QStringLiteral("tags"), QJsonArray()}, {QStringLiteral("vers"), QJsonArray()}};
    if (!cloze)
        o.insert(QStringLiteral("req"), requirements(nt));
    return o;
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 fieldChecksum(const QString &firstField)
{
    const QByteArray h = QCryptographicHash::hash(AnkiTemplate::stripHtml(firstField).toUtf8(), QCryptographicHash::Sha1);
    return (qint64(quint8(h[0])) << 24) | (quint8(h[1]) << 16) | (quint8(h[2]) << 8) | quint8(h[3]);
}

struct Exported {
    Note note;
    std::vector<Card> cards;
};

// Writes one V11 collection file.
Result<void> writeCollection(const QString &file, qint64 crt, const QJsonObject &conf, const QJsonObject &models,
                             const QJsonObject &decks, const std::vector<Exported> &notes,
                             const std::map<NotetypeId, Notetype> &notetypes,
                             const std::vector<ReviewLogEntry> &revlog, bool scheduling, qint64 today)
{
    auto opened = Database::createScratch(file);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    if (auto ok = db.exec(QStringLiteral("BEGIN")); !ok)
        return ok;
    if (auto ok = db.exec(QString::fromLatin1(kSchema11)); !ok)
        return ok;
    {
        auto q = db.prepare(QStringLiteral("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')"));
        if (!q)
            return q.error();
        q->bind(1, crt).bind(2, crt * 1000).bind(3, crt * 1000).bind(4, jsonText(conf)).bind(5, jsonText(models));
        q->bind(6, jsonText(decks)).bind(7, jsonText(QJsonObject{{QStringLiteral("1"), defaultDconf()}}));
        if (auto ok = q->run(); !ok)
            return ok;
    }
    auto preparedNote = db.prepare(QStringLiteral("INSERT INTO notes VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, '')"));
    auto preparedCard = db.prepare(QStringLiteral("INSERT INTO cards VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, '')"));
    auto preparedReview = db.prepare(QStringLiteral("INSERT OR IGNORE INTO revlog VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)"));
    if (!preparedNote || !preparedCard || !preparedReview)
        return !preparedNote ? preparedNote.error() : !preparedCard ? preparedCard.error() : preparedReview.error();
    Statement &qn = *preparedNote;
    Statement &qc = *preparedCard;
    Statement &qr = *preparedReview;
    qint64 position = 0;
    for (const Exported &e : notes) {
        const Notetype &nt = notetypes.at(e.note.notetypeId);
        const QString sortField = AnkiTemplate::stripHtml(e.note.fields.value(qBound(0, nt.sortFieldIndex, e.note.fields.size() - 1)));
        qn.bind(1, e.note.id);
        qn.bind(2, e.note.guid);
        qn.bind(3, e.note.notetypeId);
        qn.bind(4, e.note.modifiedSecs);
        qn.bind(5, e.note.tags.isEmpty() ? QString() : QLatin1Char(' ') + e.note.tags.join(QLatin1Char(' ')) + QLatin1Char(' '));
        qn.bind(6, e.note.fields.join(QChar(0x1f)));
        qn.bind(7, sortField);
        qn.bind(8, fieldChecksum(e.note.fields.value(0)));
        if (auto ok = qn.run(); !ok)
            return ok;
        for (const Card &c : e.cards) {
            // Without scheduling every card goes as new, in export order.
            AnkiCardColumns anki;
            anki.due = position++;
            if (scheduling)
                anki = AnkiCardCodec::encode(c.state, c.queue, c.buriedUntilDay, AnkiDays{today, crt, 2});
            qc.bind(1, c.id);
            qc.bind(2, e.note.id);
            qc.bind(3, c.deckId);
            qc.bind(4, c.ord);
            qc.bind(5, c.modifiedSecs);
            qc.bind(6, anki.type);
            qc.bind(7, anki.queue);
            qc.bind(8, anki.due);
            qc.bind(9, anki.ivl);
            qc.bind(10, anki.factor);
            qc.bind(11, scheduling ? c.reps : 0);
            qc.bind(12, anki.lapses);
            qc.bind(13, anki.left);
            qc.bind(14, c.flags & 7);
            if (auto ok = qc.run(); !ok)
                return ok;
        }
    }
    for (const ReviewLogEntry &e : revlog) {
        qr.bind(1, e.id);
        qr.bind(2, e.cardId);
        qr.bind(3, e.rating);
        qr.bind(4, e.intervalAfter);
        qr.bind(5, e.intervalBefore);
        qr.bind(6, e.easePermille);
        qr.bind(7, e.takenMs);
        qr.bind(8, int(e.kind));
        if (auto ok = qr.run(); !ok)
            return ok;
    }
    return db.exec(QStringLiteral("COMMIT"));
}

// Notes of Debrief's own notetypes hold Markdown and are drawn by our renderer: give Anki their
// HTML and a template for every card ord they use (AnkiHtmlConverter).
void convertMarkdownNotes(std::vector<Exported> &notes, std::map<NotetypeId, Notetype> &notetypes)
{
    std::map<NotetypeId, int> ordCount;
    for (const Exported &e : notes)
        for (const Card &c : e.cards)
            ordCount[e.note.notetypeId] = std::max(ordCount[e.note.notetypeId], c.ord + 1);
    for (Exported &e : notes) {
        const Notetype &nt = notetypes.at(e.note.notetypeId);
        if (!nt.markdownFields)
            continue;
        std::vector<int> ords;
        for (const Card &c : e.cards)
            ords.push_back(c.ord);
        e.note.fields = AnkiHtmlConverter::fields(e.note, nt, ordCount[nt.id], ords);
    }
    for (auto &[id, nt] : notetypes)
        if (nt.markdownFields)
            nt = AnkiHtmlConverter::notetype(nt, ordCount[id]);
}

// Older Anki opens collection.anki2 and shows this note, asking the user to upgrade.
Result<void> writeDummy(const QString &file, qint64 crt)
{
    Notetype basic;
    basic.id = 1;
    basic.name = QStringLiteral("Basic");
    basic.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
    basic.templates.push_back({QStringLiteral("Card 1"), QStringLiteral("{{Front}}"),
                               QStringLiteral("{{FrontSide}}<hr id=answer>{{Back}}")});
    Exported e;
    e.note.id = 1;
    e.note.guid = QStringLiteral("dbf-upgrade");
    e.note.notetypeId = 1;
    e.note.fields = QStringList{QStringLiteral("This file requires a newer version of Anki."), QString()};
    Card c;
    c.id = 1;
    c.noteId = 1;
    c.deckId = 1;
    e.cards.push_back(c);
    std::map<NotetypeId, Notetype> nts{{1, basic}};
    const QJsonObject models{{QStringLiteral("1"), notetypeJson(basic, 1)}};
    const QJsonObject decks{{QStringLiteral("1"), deckJson(1, QStringLiteral("Default"), QString())}};
    const QJsonObject conf{{QStringLiteral("schedVer"), 2}, {QStringLiteral("nextPos"), 2}, {QStringLiteral("curModel"), 1},
                           {QStringLiteral("curDeck"), 1}, {QStringLiteral("activeDecks"), QJsonArray{1}}};
    return writeCollection(file, crt, conf, models, decks, {e}, nts, {}, false, 0);
}

} // namespace

Result<ApkgExportCounts> ApkgExporter::exportFile(Collection &collection, const QString &path, const ApkgExportOptions &options)
{
    if (!options.now.isValid())
        return makeError(Error::Kind::InvalidInput, tr("Export needs the current time"));
    ApkgExportCounts counts;

    // Which decks: the chosen one and its subdecks, or all.
    auto allDecks = collection.decks();
    if (!allDecks)
        return allDecks.error();
    std::map<DeckId, Deck> decks;
    QString rootName;
    if (options.deckId) {
        auto root = collection.deck(*options.deckId);
        if (!root)
            return root.error();
        rootName = root->name;
    }
    for (const Deck &d : *allDecks)
        if (!options.deckId || d.name == rootName || d.name.startsWith(rootName + QLatin1String("::")))
            decks[d.id] = d;

    // Notes with at least one card in those decks.
    std::vector<DeckId> deckIds;
    for (const auto &entry : decks)
        deckIds.push_back(entry.first);
    Result<std::vector<NoteId>> listed = collection.noteIdsInDecks(deckIds);
    if (!listed)
        return listed.error();
    const std::vector<NoteId> &noteIds = *listed;

    std::vector<Exported> notes;
    std::map<NotetypeId, Notetype> notetypes;
    std::vector<ReviewLogEntry> revlog;
    QSet<QString> mediaNames;
    std::set<DeckId> usedDecks;
    for (NoteId id : noteIds) {
        Exported e;
        auto note = collection.note(id);
        if (!note)
            return note.error();
        e.note = *note;
        if (!notetypes.count(e.note.notetypeId)) {
            auto nt = collection.notetype(e.note.notetypeId);
            if (!nt)
                return nt.error();
            notetypes[nt->id] = *nt;
        }
        auto cards = collection.cardsOfNote(id);
        if (!cards)
            return cards.error();
        for (const Card &c : *cards) {
            if (!decks.count(c.deckId))
                continue;
            e.cards.push_back(c);
            usedDecks.insert(c.deckId);
            if (!options.includeScheduling)
                continue;
            Result<std::vector<ReviewLogEntry>> history = collection.reviewLog(c.id);
            if (!history)
                return history.error();
            revlog.insert(revlog.end(), history->begin(), history->end());
        }
        counts.cards += int(e.cards.size());
        notes.push_back(std::move(e));
    }
    convertMarkdownNotes(notes, notetypes);
    if (options.includeMedia)
        for (const Exported &e : notes)
            for (const QString &f : e.note.fields)
                MediaRefs::collect(f, mediaNames);
    counts.notes = int(notes.size());
    counts.reviews = int(revlog.size());

    // Anki counts collection days from crt in the zone of creationOffset (minutes west of UTC) and
    // starts each day at `rollover` (rslib scheduler/timing.rs, sched_timing_today_v2_new). Write
    // them as Anki does when it creates a collection on this machine today: crt at the start of
    // today's study day in local time. Anki's day 0 is then our `today`, in every time zone.
    const int utcOffsetSecs = options.utcOffsetSecs ? *options.utcOffsetSecs : options.now.toLocalTime().offsetFromUtc();
    auto config = collection.configForDeck(options.deckId.value_or(DeckId(1)));
    const int rolloverHour = config ? qBound(0, config->rolloverHour, 23) : 4;
    const qint64 today = StudyDay::dayNumber(options.now, utcOffsetSecs, rolloverHour);
    const qint64 crt = StudyDay::dayStart(today, utcOffsetSecs, rolloverHour).toSecsSinceEpoch();

    QJsonObject models;
    for (const auto &[id, nt] : notetypes) {
        models.insert(QString::number(id), notetypeJson(nt, usedDecks.empty() ? 1 : *usedDecks.begin()));
        if (options.includeMedia) {
            // Static files ("_x.css") referenced from templates or CSS travel with the notetype.
            QString text = nt.css;
            for (const auto &t : nt.templates)
                text += t.questionFormat + t.answerFormat;
            static const QRegularExpression staticRef(QStringLiteral("[\"'(=\\s]/?(_[^\"')\\s>]+)"));
            auto it = staticRef.globalMatch(text);
            while (it.hasNext())
                mediaNames.insert(it.next().captured(1));
        }
    }
    // Decks used plus their parents (Anki would create the parents anyway) and Default.
    QJsonObject deckObj{{QStringLiteral("1"), deckJson(1, QStringLiteral("Default"), QString())}};
    QSet<QString> names;
    for (DeckId id : usedDecks) {
        const Deck &d = decks.at(id);
        deckObj.insert(QString::number(id), deckJson(id, d.name, d.description));
        names.insert(d.name);
    }
    for (const Deck &d : *allDecks) {
        if (names.contains(d.name) || d.id == 1)
            continue;
        for (const QString &used : names)
            if (used.startsWith(d.name + QLatin1String("::"))) {
                deckObj.insert(QString::number(d.id), deckJson(d.id, d.name, d.description));
                break;
            }
    }
    // lastUnburied = today: cards buried today stay buried until Anki's next day, not until it opens.
    QJsonObject conf{{QStringLiteral("schedVer"), 2}, {QStringLiteral("rollover"), rolloverHour},
                     {QStringLiteral("creationOffset"), -utcOffsetSecs / 60}, {QStringLiteral("lastUnburied"), 0},
                     {QStringLiteral("nextPos"), counts.cards + 1},
                     {QStringLiteral("curDeck"), 1}, {QStringLiteral("activeDecks"), QJsonArray{1}},
                     {QStringLiteral("sortType"), QStringLiteral("noteFld")}, {QStringLiteral("sortBackwards"), false},
                     {QStringLiteral("addToCur"), true}};
    if (!notetypes.empty())
        conf.insert(QStringLiteral("curModel"), notetypes.begin()->first);

    QTemporaryDir tmp;
    if (!tmp.isValid())
        return makeError(Error::Kind::Io, tr("Cannot create a temporary folder"));
    const QString realDb = tmp.filePath(QStringLiteral("collection.anki21"));
    const QString dummyDb = tmp.filePath(QStringLiteral("collection.anki2"));
    if (auto ok = writeCollection(realDb, crt, conf, models, deckObj, notes, notetypes, revlog, options.includeScheduling, today); !ok)
        return makeError(Error::Kind::Io, tr("Cannot write the collection: %1").arg(ok.error().message));
    if (auto ok = writeDummy(dummyDb, crt); !ok)
        return makeError(Error::Kind::Io, tr("Cannot write the collection: %1").arg(ok.error().message));

    // The zip: meta, real collection, dummy, numbered media, media map (Anki's order).
    const QString partial = path + QLatin1String(".part");
    QFile::remove(partial);
    int err = 0;
    zip *z = zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        return makeError(Error::Kind::Io, tr("Cannot create %1").arg(partial));
    auto abandon = [&](const QString &why) -> Error {
        zip_discard(z);
        QFile::remove(partial);
        return makeError(Error::Kind::Io, why);
    };
    static const char kMeta[] = {0x08, 0x02};
    auto addFile = [&](const QString &name, const QString &file, bool compress) -> bool {
        zip_source_t *src = zip_source_file(z, QFile::encodeName(file).constData(), 0, -1);
        if (!src)
            return false;
        const zip_int64_t idx = zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (idx < 0) {
            zip_source_free(src);
            return false;
        }
        // Level 1: the collection is most of the work (deflate was half of a 50,000-note export at
        // the default level 6) and SQLite pages shrink nearly as well either way.
        return zip_set_file_compression(z, zip_uint64_t(idx), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, compress ? 1 : 0) == 0;
    };
    auto addBuffer = [&](const QString &name, const char *data, size_t size) -> bool {
        zip_source_t *src = zip_source_buffer(z, data, size, 0);
        if (!src)
            return false;
        const zip_int64_t idx = zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (idx < 0) {
            zip_source_free(src);
            return false;
        }
        return zip_set_file_compression(z, zip_uint64_t(idx), ZIP_CM_STORE, 0) == 0;
    };
    if (options.writeMeta && !addBuffer(QStringLiteral("meta"), kMeta, sizeof kMeta))
        return abandon(tr("Cannot add meta to %1").arg(path));
    if (!addFile(QStringLiteral("collection.anki21"), realDb, true) || !addFile(QStringLiteral("collection.anki2"), dummyDb, true))
        return abandon(tr("Cannot add the collection to %1").arg(path));
    QJsonObject mediaMap;
    if (options.includeMedia) {
        QStringList sorted = mediaNames.values();
        sorted.sort();
        const QDir mediaDir(collection.mediaDir());
        for (const QString &name : sorted) {
            const QString file = mediaDir.filePath(name);
            if (name.contains(QLatin1Char('/')) || !QFileInfo(file).isFile())
                continue;   // missing media are left out, as Anki does
            const QString member = QString::number(counts.media);
            // Media are already compressed (images, audio): store them.
            if (!addFile(member, file, false))
                return abandon(tr("Cannot add media file %1").arg(name));
            mediaMap.insert(member, name);
            ++counts.media;
        }
    }
    const QByteArray mapJson = QJsonDocument(mediaMap).toJson(QJsonDocument::Compact);
    if (!addBuffer(QStringLiteral("media"), mapJson.constData(), size_t(mapJson.size())))
        return abandon(tr("Cannot add the media list to %1").arg(path));
    // libzip reads the sources (temp DBs, media files) only now, streaming them.
    if (zip_close(z) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(z));
        return abandon(tr("Cannot write %1: %2").arg(path, why));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return makeError(Error::Kind::Io, tr("Cannot write %1").arg(path));
    }
    return counts;
}

} // namespace debrief
