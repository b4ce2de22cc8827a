#include "storage/collection.h"

#include "model/tags.h"
#include "storage/backup.h"
#include "storage/cardrepository.h"
#include "storage/collectioncheck.h"
#include "storage/collectionfile.h"
#include "storage/collectionprivate.h"
#include "storage/database.h"
#include "storage/deckrepository.h"
#include "storage/mediarepository.h"
#include "storage/mediastore.h"
#include "storage/migrator.h"
#include "storage/noterepository.h"
#include "storage/notetyperepository.h"
#include "storage/reviewlogrepository.h"
#include "storage/presetcodec.h"
#include "storage/presetrepository.h"
#include "storage/studyrepository.h"
#include "storage/undolog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace debrief {

namespace {

// Marks user-facing messages for lupdate; context = the class whose messages these are.
QString tr(const char *s) { return QCoreApplication::translate("Collection", s); }

// New row ids are millisecond timestamps, as in Anki; only used to pick ids, never for scheduling.
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QString newGuid()
{
    // 64 random bits, base64url: short like Anki's base91 guids, and safe in file names and URLs.
    const quint64 bits = QRandomGenerator::system()->generate64();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(&bits), sizeof bits)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// "A :: B" → "A::B"; empty when a component is empty.
QString normalizeDeckName(const QString &name)
{
    QStringList parts = name.split(QStringLiteral("::"));
    for (QString &p : parts) {
        p = p.trimmed();
        if (p.isEmpty())
            return QString();
    }
    return parts.join(QStringLiteral("::"));
}

QString parentName(const QString &name)
{
    const int i = name.lastIndexOf(QStringLiteral("::"));
    return i < 0 ? QString() : name.left(i);
}

Error notFound(const QString &what, qint64 id)
{
    return makeError(Error::Kind::NotFound, QStringLiteral("No %1 with id %2").arg(what).arg(id));
}

} // namespace

Collection::Collection(std::unique_ptr<Database> db, QString path) : d(std::make_unique<Private>())
{
    d->db = std::move(db);
    d->path = std::move(path);
}

Collection::~Collection()
{
    d->db.reset();
    d->lock.reset();
}

Result<std::unique_ptr<Collection>> Collection::open(const QString &path)
{
    if (path.isEmpty())
        return makeError(Error::Kind::InvalidInput, tr("No collection path given"));
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(Error::Kind::Io, tr("%1 is a folder, not a collection file").arg(path));
    const QString dir = info.absolutePath();
    const QFileInfo dirInfo(dir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return makeError(Error::Kind::Io, tr("%1 is a file, not a folder; cannot keep a collection in it").arg(dir));
    if (!QDir().mkpath(dir))
        return makeError(Error::Kind::Io, tr("Cannot create the folder %1").arg(dir));

    // Lock first: nothing below may look at the file while another process writes it or a
    // restore swaps it.
    Result<std::unique_ptr<QLockFile>> lock = CollectionFile::lock(info.absoluteFilePath());
    if (!lock)
        return lock.error();
    // Leftovers of an import that was killed: with the lock held nobody else can be using them.
    QDir(QDir(dir).filePath(QStringLiteral("tmp"))).removeRecursively();

    // Inspect read-only before SQLite is allowed to write anything (WAL switch, migrations).
    const bool walPending = Database::walPending(path);
    if (Result<int> version = CollectionFile::inspect(path); !version)
        return version.error();

    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::ReadWriteCreate);
    if (!db)
        return db.error();
    if (walPending) {
        // A left-over log (a crash, maybe inside a checkpoint): SQLite has replayed it on open.
        // Fold it into the file now and run the header check that was skipped for it.
        bool complete = false;
        if (Result<void> r = (*db)->checkpoint(&complete); !r)
            return r.error();
        if (complete) {
            if (Result<void> header = Database::checkHeader(path); !header)
                return header.error();
        }
    }
    if (Result<void> m = Migrator::migrate(**db); !m)
        return m.error();
    std::unique_ptr<Collection> c(new Collection(std::move(*db), info.absoluteFilePath()));
    c->d->lock = std::move(*lock);
    return Result<std::unique_ptr<Collection>>(std::move(c));
}

Result<std::unique_ptr<Collection>> Collection::openReadOnly(const QString &path)
{
    Result<int> version = CollectionFile::inspect(path, Database::Mode::ReadOnly);
    if (!version)
        return version.error();
    if (!QFileInfo::exists(path))
        return makeError(Error::Kind::NotFound, tr("%1 does not exist").arg(path));
    if (*version < Migrator::latestVersion())
        return makeError(Error::Kind::TooOld, tr("%1 has schema %2 and needs an upgrade; open it for "
                                                 "writing once to upgrade it")
                                                  .arg(path)
                                                  .arg(*version));
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    return std::unique_ptr<Collection>(new Collection(std::move(*db), QFileInfo(path).absoluteFilePath()));
}

QString Collection::path() const { return d->path; }

QString Collection::mediaDir() const { return QFileInfo(d->path).absoluteDir().filePath(QStringLiteral("media")); }

QString Collection::tempDir() const { return QFileInfo(d->path).absoluteDir().filePath(QStringLiteral("tmp")); }

int Collection::schemaVersion() const { return d->db->userVersion(); }

Database &Collection::database() { return *d->db; }

// ---- Decks ----

Result<std::vector<Deck>> Collection::decks() { return DeckRepository(*d->db).all(); }

Result<Deck> Collection::deck(DeckId id)
{
    Result<std::optional<Deck>> deck = DeckRepository(*d->db).find(id);
    if (!deck)
        return deck.error();
    if (!*deck)
        return notFound(QStringLiteral("deck"), id);
    return **deck;
}

Result<std::optional<Deck>> Collection::deckByName(const QString &name)
{
    return DeckRepository(*d->db).findByName(normalizeDeckName(name));
}

Result<Deck> Collection::ensureDeck(const QString &name)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    const QString normalized = normalizeDeckName(name);
    if (normalized.isEmpty())
        return makeError(Error::Kind::InvalidInput, tr("Invalid deck name \"%1\"").arg(name));
    Transaction tx(*this);
    const QStringList parts = normalized.split(QStringLiteral("::"));
    Deck current;
    PresetId inherited = 1;
    for (int i = 1; i <= parts.size(); ++i) {
        const QString prefix = parts.mid(0, i).join(QStringLiteral("::"));
        Result<std::optional<Deck>> existing = deckByName(prefix);
        if (!existing)
            return existing.error();
        if (*existing) {
            current = **existing;
            inherited = current.presetId;
            continue;
        }
        // A new subdeck starts with its parent's options, as in Anki.
        Result<qint64> id = d->freeId("SELECT 1 FROM decks WHERE id = ?", nowMs());
        if (!id)
            return id.error();
        current = Deck{*id, prefix, inherited, QString()};
        if (Result<void> r = DeckRepository(*d->db).insert(current, nowMs() / 1000); !r)
            return r.error();
    }
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return current;
}

Result<void> Collection::updateDeck(const Deck &deck)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    const QString name = normalizeDeckName(deck.name);
    if (name.isEmpty())
        return makeError(Error::Kind::InvalidInput, tr("Invalid deck name \"%1\"").arg(deck.name));
    Transaction tx(*this);
    Result<Deck> old = this->deck(deck.id);
    if (!old)
        return old.error();
    if (old->name.compare(name, Qt::CaseInsensitive) != 0) {
        Result<std::optional<Deck>> clash = deckByName(name);
        if (!clash)
            return clash.error();
        if (*clash)
            return makeError(Error::Kind::InvalidInput, tr("A deck named \"%1\" already exists").arg(name));
        // Children move with their parent: "Old::X" becomes "New::X".
        Result<std::vector<Deck>> all = decks();
        if (!all)
            return all.error();
        const QString oldPrefix = old->name + QStringLiteral("::");
        for (const Deck &child : *all) {
            if (!child.name.startsWith(oldPrefix, Qt::CaseInsensitive))
                continue;
            if (Result<void> r = DeckRepository(*d->db).rename(child.id, name + QStringLiteral("::") + child.name.mid(oldPrefix.size()));
                !r)
                return r;
        }
    }
    if (Result<void> r = DeckRepository(*d->db).update(Deck{deck.id, name, deck.presetId, deck.description}, nowMs() / 1000); !r)
        return r;
    // Parents only after the rename: renaming "A" to "A::B" must create a new "A", which looking
    // it up before would have found in the deck being renamed.
    if (const QString parent = parentName(name); !parent.isEmpty()) {
        if (Result<Deck> p = ensureDeck(parent); !p)
            return p.error();
    }
    d->clearCaches();
    return tx.commit();
}

// ---- Presets ----

Result<SchedulerConfig> Collection::preset(PresetId id)
{
    if (auto it = d->presetCache.find(id); it != d->presetCache.end())
        return it->second;
    Result<std::optional<QByteArray>> json = PresetRepository(*d->db).configJson(id);
    if (!json)
        return json.error();
    if (!*json)
        return notFound(QStringLiteral("preset"), id);
    std::optional<SchedulerConfig> config = PresetCodec::fromJson(**json);
    if (!config)
        return makeError(Error::Kind::Corrupt, tr("Preset %1 holds invalid options").arg(id));
    d->presetCache.emplace(id, *config);
    return *config;
}

Result<void> Collection::savePreset(PresetId id, const QString &name, const SchedulerConfig &config)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    if (id <= 0)
        return makeError(Error::Kind::InvalidInput, tr("Preset id must be positive"));
    d->clearCaches();
    return PresetRepository(*d->db).save(id, name, PresetCodec::toJson(config), nowMs() / 1000);
}

Result<PresetId> Collection::addPreset(const QString &name, const SchedulerConfig &config)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    Transaction tx(*this);
    Result<qint64> id = d->freeId("SELECT 1 FROM presets WHERE id = ?", nowMs());
    if (!id)
        return id.error();
    if (Result<void> r = savePreset(*id, name, config); !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<SchedulerConfig> Collection::configForDeck(DeckId id)
{
    if (auto it = d->configCache.find(id); it != d->configCache.end())
        return it->second;
    Result<std::optional<Deck>> deck = DeckRepository(*d->db).find(id);
    if (!deck)
        return deck.error();
    if (!*deck)
        return notFound(QStringLiteral("deck"), id);
    Result<SchedulerConfig> config = preset((*deck)->presetId);
    // A deck pointing at a missing preset studies with the defaults rather than not at all.
    SchedulerConfig value = config ? *config : SchedulerConfig{};
    if (!config && config.error().kind != Error::Kind::NotFound)
        return config.error();
    Result<int> rollover = d->rolloverHour();
    if (!rollover)
        return rollover.error();
    value.rolloverHour = *rollover;
    d->configCache.emplace(id, value);
    return value;
}

// ---- Notetypes ----

Result<Notetype> Collection::addNotetype(Notetype nt)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    Transaction tx(*this);
    if (nt.id == 0) {
        Result<qint64> id = d->freeId("SELECT 1 FROM notetypes WHERE id = ?", nowMs());
        if (!id)
            return id.error();
        nt.id = *id;
    }
    if (Result<void> r = NotetypeRepository(*d->db).insert(nt); !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return nt;
}

Result<void> Collection::updateNotetype(const Notetype &nt)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    Transaction tx(*this);
    Result<bool> updated = NotetypeRepository(*d->db).update(nt);
    if (!updated)
        return updated.error();
    if (!*updated)
        return notFound(QStringLiteral("notetype"), nt.id);
    return tx.commit();
}

Result<Notetype> Collection::notetype(NotetypeId id)
{
    Result<std::optional<Notetype>> nt = NotetypeRepository(*d->db).find(id);
    if (!nt)
        return nt.error();
    if (!*nt)
        return notFound(QStringLiteral("notetype"), id);
    return **nt;
}

Result<std::optional<Notetype>> Collection::notetypeByName(const QString &name)
{
    Result<std::optional<NotetypeId>> id = NotetypeRepository(*d->db).idByName(name);
    if (!id)
        return id.error();
    if (!*id)
        return std::optional<Notetype>();
    Result<Notetype> nt = notetype(**id);
    if (!nt)
        return nt.error();
    return std::optional<Notetype>(*nt);
}

Result<std::vector<Notetype>> Collection::notetypes()
{
    Result<std::vector<NotetypeId>> ids = NotetypeRepository(*d->db).idsByName();
    if (!ids)
        return ids.error();
    std::vector<Notetype> out;
    for (NotetypeId id : *ids) {
        Result<Notetype> nt = notetype(id);
        if (!nt)
            return nt.error();
        out.push_back(*nt);
    }
    return out;
}

// ---- Notes ----

Result<Note> Collection::addNote(Note note)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    Transaction tx(*this);
    if (note.id == 0) {
        Result<qint64> id = d->freeId("SELECT 1 FROM notes WHERE id = ?", nowMs());
        if (!id)
            return id.error();
        note.id = *id;
    }
    if (note.guid.isEmpty())
        note.guid = newGuid();
    if (Result<void> r = NoteRepository(*d->db).insert(note); !r)
        return makeError(r.error().kind, tr("Cannot add note %1 (guid %2): %3")
                                             .arg(note.id)
                                             .arg(note.guid, r.error().message));
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return note;
}

Result<void> Collection::updateNote(const Note &note)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    Result<bool> updated = NoteRepository(*d->db).update(note);
    if (!updated)
        return updated.error();
    if (!*updated)
        return notFound(QStringLiteral("note"), note.id);
    return {};
}

Result<Note> Collection::note(NoteId id)
{
    Result<std::optional<Note>> n = NoteRepository(*d->db).find(id);
    if (!n)
        return n.error();
    if (!*n)
        return notFound(QStringLiteral("note"), id);
    return **n;
}

Result<std::optional<Note>> Collection::noteByGuid(const QString &guid) { return NoteRepository(*d->db).findByGuid(guid); }

Result<void> Collection::removeNotes(const std::vector<NoteId> &ids)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    Transaction tx(*this);
    NoteRepository notes(*d->db);
    for (NoteId id : ids) {
        // Cards go with their note (ON DELETE CASCADE); the review log stays, as in Anki.
        if (Result<void> r = notes.remove(id); !r)
            return r;
    }
    // Undo records may point at the removed cards; undoing past a removal would be a lie.
    if (Result<void> r = UndoLog(*d->db).clear(); !r)
        return r;
    return tx.commit();
}

// ---- Cards ----

Result<Card> Collection::addCard(Card card)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    Transaction tx(*this);
    if (card.id == 0) {
        Result<qint64> id = d->freeId("SELECT 1 FROM cards WHERE id = ?", nowMs());
        if (!id)
            return id.error();
        card.id = *id;
    }
    if (Result<void> r = CardRepository(*d->db).insert(card); !r)
        return makeError(r.error().kind, tr("Cannot add card %1 (note %2, deck %3): %4")
                                             .arg(card.id)
                                             .arg(card.noteId)
                                             .arg(card.deckId)
                                             .arg(r.error().message));
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return card;
}

Result<void> Collection::updateCard(const Card &card)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    Result<bool> updated = CardRepository(*d->db).update(card);
    if (!updated)
        return updated.error();
    if (!*updated)
        return notFound(QStringLiteral("card"), card.id);
    return {};
}

Result<Card> Collection::card(CardId id)
{
    Result<std::optional<Card>> c = CardRepository(*d->db).find(id);
    if (!c)
        return c.error();
    if (!*c)
        return notFound(QStringLiteral("card"), id);
    return **c;
}

Result<std::vector<Card>> Collection::cardsOfNote(NoteId id) { return CardRepository(*d->db).ofNote(id); }

Result<std::vector<ReviewLogEntry>> Collection::reviewLog(CardId id) { return ReviewLogRepository(*d->db).ofCard(id); }

Result<std::vector<NoteId>> Collection::noteIdsInDecks(const std::vector<DeckId> &decks)
{
    return NoteRepository(*d->db).idsInDecks(decks);
}

Result<std::vector<std::pair<NoteId, QString>>> Collection::firstFields(NotetypeId notetype)
{
    return NoteRepository(*d->db).firstFields(notetype);
}

Result<void> Collection::checkpoint()
{
    if (d->db->isReadOnly() || d->db->inTransaction())
        return {};
    return d->db->checkpoint();
}

Result<ReviewId> Collection::addReviewLog(ReviewLogEntry entry)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    Transaction tx(*this);
    Result<qint64> id = d->freeId("SELECT 1 FROM revlog WHERE id = ?", entry.id > 0 ? entry.id : nowMs());
    if (!id)
        return id.error();
    entry.id = *id;
    if (Result<void> r = ReviewLogRepository(*d->db).insert(entry); !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return entry.id;
}

// ---- Study ----

static std::vector<DeckCounts> countsOf(const std::vector<DeckNode> &tree)
{
    std::vector<DeckCounts> out;
    out.reserve(tree.size());
    for (const DeckNode &n : tree)
        out.push_back(DeckCounts{n.deck.id, n.deck.name, n.limNew, n.limLearn, n.limReview});
    return out;
}

Result<std::vector<DeckCounts>> Collection::deckCounts(const QDateTime &now, int utcOffsetSecs)
{
    Result<std::vector<DeckNode>> tree = d->studyTree(now, utcOffsetSecs);
    if (!tree)
        return tree.error();
    return countsOf(*tree);
}

Result<StudyCandidates> Collection::studyCandidates(std::optional<DeckId> deckId, const QDateTime &now,
                                                    int utcOffsetSecs, int limit)
{
    Result<std::vector<DeckNode>> tree = d->studyTree(now, utcOffsetSecs);
    if (!tree)
        return tree.error();
    // All decks: the Default preset's order, as for the rollover hour.
    NewCardOrder order = NewCardOrder::Added;
    if (!deckId) {
        Result<SchedulerConfig> defaults = preset(1);
        if (defaults)
            order = defaults->newCardOrder;
        else if (defaults.error().kind != Error::Kind::NotFound)
            return defaults.error();
    }
    Result<StudyCandidates> out = StudyRepository(*d->db).candidates(*tree, deckId, limit, order);
    if (out)
        out->counts = countsOf(*tree);
    return out;
}

Result<ReviewId> Collection::recordAnswer(const Card &before, const Card &after, ReviewLogEntry log, int studyDay,
                                          bool tagLeech)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    if (before.id != after.id)
        return makeError(Error::Kind::InvalidInput, QStringLiteral("recordAnswer: before and after are different cards"));
    Transaction tx(*this);

    // Burials end when the day rolls over, as in Anki; done here so that sibling checks below and
    // exports never see yesterday's burials. Cheap: a range of cards_buried.
    if (Result<void> r = CardRepository(*d->db).unburyUntil(studyDay); !r)
        return r.error();

    // The row as stored (not as the caller remembers it), so undo restores exactly what was there.
    UndoLog undoLog(*d->db);
    Result<QJsonObject> snapshot = undoLog.snapshotCard(after.id);
    if (!snapshot)
        return snapshot.error();
    if (Result<void> r = updateCard(after); !r)
        return r.error();

    log.cardId = after.id;
    Result<qint64> id = d->freeId("SELECT 1 FROM revlog WHERE id = ?", log.id > 0 ? log.id : nowMs());
    if (!id)
        return id.error();
    log.id = *id;
    if (Result<void> r = ReviewLogRepository(*d->db).insert(log); !r)
        return r.error();

    Result<SchedulerConfig> config = configForDeck(after.deckId);
    if (!config)
        return config.error();
    QJsonArray buried;
    if (config->buryNewSiblings || config->buryReviewSiblings) {
        CardRepository cards(*d->db);
        Result<std::vector<CardId>> siblings =
            cards.siblingsToBury(after.noteId, after.id, config->buryNewSiblings, config->buryReviewSiblings);
        if (!siblings)
            return siblings.error();
        for (CardId sibling : *siblings) {
            Result<QJsonObject> row = undoLog.snapshotCard(sibling);
            if (!row)
                return row.error();
            buried.append(*row);
            // Buried until the next study day, when it comes back on its own.
            if (Result<void> r = cards.bury(sibling, studyDay + 1); !r)
                return r.error();
        }
    }

    QJsonObject undo;
    undo.insert(QStringLiteral("card"), *snapshot);
    undo.insert(QStringLiteral("siblings"), buried);
    if (tagLeech) {
        // Anki tags leeches on the note so they can be found and rewritten; undo takes the tag back.
        Result<Note> n = note(after.noteId);
        if (!n)
            return n.error();
        if (!n->tags.contains(QLatin1String("leech"))) {
            undo.insert(QStringLiteral("note"),
                        QJsonObject{{QStringLiteral("id"), QString::number(n->id)},
                                    {QStringLiteral("tags"), NoteRepository::joinTags(n->tags)},
                                    {QStringLiteral("mod"), QString::number(n->modifiedSecs)}});
            n->tags.append(QStringLiteral("leech"));
            if (Result<void> r = updateNote(*n); !r)
                return r.error();
        }
    }
    if (Result<void> r = undoLog.addAnswer(after.id, log.id, undo, log.id / 1000); !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return log.id;
}

Result<std::optional<CardId>> Collection::undoLastAnswer()
{
    Result<std::optional<qint64>> last = UndoLog(*d->db).lastAnswer();
    if (!last)
        return last.error();
    if (!*last)
        return std::optional<CardId>();
    return undoRecord(**last);
}

Result<std::optional<CardId>> Collection::undoAnswer(ReviewId review)
{
    Result<std::optional<qint64>> undoId = UndoLog(*d->db).answerOf(review);
    if (!undoId)
        return undoId.error();
    if (!*undoId)
        return std::optional<CardId>();   // pruned, or cleared by a note removal
    return undoRecord(**undoId);
}

Result<std::optional<CardId>> Collection::undoRecord(qint64 undoId)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    Transaction tx(*this);
    UndoLog undoLog(*d->db);
    Result<std::optional<UndoLog::Record>> found = undoLog.find(undoId);
    if (!found)
        return found.error();
    if (!*found)
        return notFound(QStringLiteral("undo record"), undoId);
    const UndoLog::Record &record = **found;
    const QJsonObject &undo = record.undo;
    if (!undo.value(QStringLiteral("card")).isObject())
        return makeError(Error::Kind::Corrupt, tr("Undo record %1 is damaged").arg(undoId));

    // Restoring old rows over a later answer of the same cards (another session, the CLI) would
    // silently throw that answer away.
    std::vector<qint64> touched{record.cardId};
    for (const QJsonValue &sibling : undo.value(QStringLiteral("siblings")).toArray())
        touched.push_back(qint64(sibling.toObject().value(QStringLiteral("id")).toDouble()));
    for (qint64 id : touched) {
        Result<bool> since = undoLog.answeredSince(undoId, id);
        if (!since)
            return since.error();
        if (*since)
            return makeError(Error::Kind::InvalidInput,
                             tr("Card %1 was answered again since; that answer cannot be undone").arg(id));
    }

    if (Result<void> r = undoLog.restoreCard(undo.value(QStringLiteral("card")).toObject()); !r)
        return r.error();
    for (const QJsonValue &sibling : undo.value(QStringLiteral("siblings")).toArray()) {
        if (Result<void> r = undoLog.restoreCard(sibling.toObject()); !r)
            return r.error();
    }
    if (const QJsonObject note = undo.value(QStringLiteral("note")).toObject(); !note.isEmpty()) {
        Result<void> r = NoteRepository(*d->db).setTagText(note.value(QStringLiteral("id")).toString().toLongLong(),
                                                           note.value(QStringLiteral("tags")).toString(),
                                                           note.value(QStringLiteral("mod")).toString().toLongLong());
        if (!r)
            return r.error();
    }
    if (Result<void> r = ReviewLogRepository(*d->db).remove(record.revlogId); !r)
        return r.error();
    if (Result<void> r = undoLog.remove(undoId); !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return std::optional<CardId>(record.cardId);
}

Result<int> Collection::rolloverHour() { return d->rolloverHour(); }

Result<void> Collection::unburyExpired(int today)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    return CardRepository(*d->db).unburyUntil(today);
}

// ---- Media ----

Result<QString> Collection::addMedia(const QString &name, const QByteArray &bytes)
{
    Result<StoredMedia> stored = MediaStore(mediaDir()).add(name, bytes);
    if (!stored)
        return stored.error();
    if (Result<void> r = indexMedia(stored->name, stored->sha1Hex, bytes.size(), nowMs() / 1000); !r)
        return r.error();
    return stored->name;
}

Result<void> Collection::indexMedia(const QString &name, const QString &sha1Hex, qint64 size, qint64 modifiedSecs)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    return MediaRepository(*d->db).upsert(name, sha1Hex, size, modifiedSecs);
}

Result<qint64> Collection::count(const QString &table)
{
    static const QStringList known{QStringLiteral("decks"), QStringLiteral("notes"), QStringLiteral("cards"),
                                   QStringLiteral("revlog"), QStringLiteral("notetypes"), QStringLiteral("templates"),
                                   QStringLiteral("presets"), QStringLiteral("media"), QStringLiteral("undo_log"),
                                   QStringLiteral("config")};
    // Table names cannot be bound as parameters; only names from this list reach the SQL.
    if (!known.contains(table))
        return makeError(Error::Kind::InvalidInput, QStringLiteral("Unknown table \"%1\"").arg(table));
    return d->db->queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(table));
}

// ---- Check, backup, restore ----

Result<std::vector<CheckProblem>> Collection::check() { return CollectionCheck::run(*d->db); }

Result<void> Collection::backupTo(const QString &file) { return Backup::copy(*d->db, d->path, file); }

Result<void> Collection::restore(const QString &backupFile, const QString &collectionPath)
{
    return Backup::restore(backupFile, collectionPath);
}

Result<QStringList> Collection::allTags()
{
    // DISTINCT on the stored strings first: notes share few tag combinations, so this splits far
    // fewer strings than there are notes.
    Result<Statement> s = d->db->prepare(QStringLiteral("SELECT DISTINCT tags FROM notes WHERE tags != ''"));
    if (!s)
        return s.error();
    QSet<QString> seen;
    Result<void> read = s->forEachRow([&](const Statement &row) {
        for (const QString &tag : Tags::split(row.text(0)))
            seen.insert(tag);
    });
    if (!read)
        return read.error();
    QStringList tags(seen.begin(), seen.end());
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return tags;
}

// ---- Deck management and settings for the app's dialogs (issue 11) ----

Result<std::vector<Collection::PresetEntry>> Collection::presets()
{
    Result<Statement> s = d->db->prepare(QStringLiteral(
        "SELECT p.id, p.name, (SELECT COUNT(*) FROM decks WHERE preset_id = p.id) FROM presets p "
        "ORDER BY p.id != 1, p.name COLLATE NOCASE, p.id"));
    if (!s)
        return s.error();
    std::vector<PresetEntry> out;
    if (Result<void> r = s->forEachRow([&out](const Statement &row) {
            out.push_back(PresetEntry{row.int64(0), row.text(1), int(row.int64(2))});
        });
        !r)
        return r.error();
    return out;
}

Result<void> Collection::removePreset(PresetId id)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    if (id == 1)
        return makeError(Error::Kind::InvalidInput, tr("The Default preset cannot be deleted"));
    Transaction tx(*this);
    for (const char *sql : {"UPDATE decks SET preset_id = 1 WHERE preset_id = ?", "DELETE FROM presets WHERE id = ?"}) {
        Result<Statement> s = d->db->cached(sql);
        if (!s)
            return s.error();
        s->bind(1, id);
        if (Result<void> r = s->run(); !r)
            return r;
    }
    d->clearCaches();
    return tx.commit();
}

// The deck and its subdecks ("A" and every "A::…"), compared without case as names are stored.
static Result<std::vector<DeckId>> deckSubtree(Collection &c, DeckId id)
{
    Result<Deck> top = c.deck(id);
    if (!top)
        return top.error();
    Result<std::vector<Deck>> all = c.decks();
    if (!all)
        return all.error();
    const QString prefix = top->name + QStringLiteral("::");
    std::vector<DeckId> ids{id};
    for (const Deck &deck : *all)
        if (deck.id != id && deck.name.startsWith(prefix, Qt::CaseInsensitive))
            ids.push_back(deck.id);
    return ids;
}

Result<qint64> Collection::cardCountWithSubdecks(DeckId id)
{
    Result<std::vector<DeckId>> ids = deckSubtree(*this, id);
    if (!ids)
        return ids.error();
    qint64 total = 0;
    for (DeckId deck : *ids) {
        Result<Statement> s = d->db->cached("SELECT COUNT(*) FROM cards WHERE deck_id = ?");
        if (!s)
            return s.error();
        s->bind(1, deck);
        Result<bool> row = s->step();
        if (!row)
            return row.error();
        total += s->int64(0);
        s->reset();
    }
    return total;
}

Result<Collection::DeckRemoval> Collection::removeDeck(DeckId id)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    Result<std::vector<DeckId>> ids = deckSubtree(*this, id);
    if (!ids)
        return ids.error();
    if (std::find(ids->begin(), ids->end(), DeckId(1)) != ids->end())
        return makeError(Error::Kind::InvalidInput, tr("The Default deck cannot be deleted"));
    Transaction tx(*this);
    DeckRemoval removal;
    removal.decks = *ids;
    QSet<NoteId> touched;
    for (DeckId deck : *ids) {
        Result<Statement> notes = d->db->cached("SELECT note_id FROM cards WHERE deck_id = ?");
        if (!notes)
            return notes.error();
        notes->bind(1, deck);
        if (Result<void> r = notes->forEachRow([&](const Statement &row) {
                touched.insert(row.int64(0));
                ++removal.cards;
            });
            !r)
            return r.error();
        for (const char *sql : {"DELETE FROM cards WHERE deck_id = ?", "DELETE FROM decks WHERE id = ?"}) {
            Result<Statement> s = d->db->cached(sql);
            if (!s)
                return s.error();
            s->bind(1, deck);
            if (Result<void> r = s->run(); !r)
                return r.error();
        }
    }
    // A note keeps living while one of its cards is in another deck.
    for (NoteId note : touched) {
        Result<Statement> s = d->db->cached("DELETE FROM notes WHERE id = ? AND NOT EXISTS (SELECT 1 FROM cards WHERE note_id = ?)");
        if (!s)
            return s.error();
        s->bind(1, note).bind(2, note);
        if (Result<void> r = s->run(); !r)
            return r.error();
        removal.notes += d->db->changes();
    }
    // Undo records may point at the removed cards, as in removeNotes().
    if (Result<void> r = d->db->exec(QStringLiteral("DELETE FROM undo_log")); !r)
        return r.error();
    d->clearCaches();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return removal;
}

Result<void> Collection::restoreDecks(const QString &backupFile, const DeckRemoval &removal)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    if (d->txDepth > 0)
        return makeError(Error::Kind::InvalidInput, QStringLiteral("restoreDecks cannot run inside a transaction"));
    if (!QFileInfo::exists(backupFile))
        return makeError(Error::Kind::NotFound, tr("The backup %1 is gone").arg(backupFile));
    {
        Result<Statement> attach = d->db->prepare(QStringLiteral("ATTACH DATABASE ? AS deleted_src"));
        if (!attach)
            return attach.error();
        attach->bind(1, backupFile);
        if (Result<void> r = attach->run(); !r)
            return r;
    }
    auto copyBack = [&]() -> Result<void> {
        Result<Statement> version = d->db->prepare(QStringLiteral("PRAGMA deleted_src.user_version"));
        if (!version)
            return version.error();
        if (Result<bool> row = version->step(); !row || !*row || version->int64(0) != schemaVersion())
            return makeError(Error::Kind::InvalidInput, tr("The backup %1 is of another schema version").arg(backupFile));
        version->reset();
        Transaction tx(*this);
        QStringList names;
        for (DeckId deck : removal.decks) {
            Result<Statement> name = d->db->prepare(QStringLiteral("SELECT name, preset_id FROM deleted_src.decks WHERE id = ?"));
            if (!name)
                return name.error();
            name->bind(1, deck);
            Result<bool> row = name->step();
            if (!row)
                return row.error();
            if (!*row)
                return makeError(Error::Kind::NotFound, tr("The backup has no deck %1").arg(deck));
            const QString deckName = name->text(0);
            Result<std::optional<Deck>> clash = deckByName(deckName);
            if (!clash)
                return clash.error();
            if (*clash)
                return makeError(Error::Kind::InvalidInput,
                                 tr("A deck named \"%1\" has been created since; rename it first").arg(deckName));
            names << deckName;
        }
        for (DeckId deck : removal.decks) {
            // The deck's preset may have been deleted since: bring it back too, with its options.
            for (const char *sql : {
                     "INSERT OR IGNORE INTO presets SELECT * FROM deleted_src.presets WHERE id = (SELECT preset_id FROM deleted_src.decks WHERE id = ?1)",
                     "INSERT INTO decks SELECT * FROM deleted_src.decks WHERE id = ?1",
                     "INSERT INTO notes SELECT * FROM deleted_src.notes WHERE id IN (SELECT note_id FROM deleted_src.cards WHERE deck_id = ?1) "
                     "AND id NOT IN (SELECT id FROM main.notes)",
                     "INSERT OR IGNORE INTO cards SELECT * FROM deleted_src.cards WHERE deck_id = ?1 AND note_id IN (SELECT id FROM main.notes)",
                 }) {
                Result<Statement> s = d->db->prepare(QString::fromLatin1(sql));
                if (!s)
                    return s.error();
                s->bind(1, deck);
                if (Result<void> r = s->run(); !r)
                    return r;
            }
        }
        // A parent deleted since (as its own deck) comes back empty, so the tree stays whole.
        for (const QString &name : names)
            if (const QString parent = parentName(name); !parent.isEmpty())
                if (Result<Deck> p = ensureDeck(parent); !p)
                    return p.error();
        d->clearCaches();
        return tx.commit();
    };
    Result<void> result = copyBack();
    (void)d->db->exec(QStringLiteral("DETACH DATABASE deleted_src"));
    return result;
}

Result<QString> Collection::configValue(const QString &key)
{
    Result<Statement> s = d->db->prepare(QStringLiteral("SELECT value FROM config WHERE key = ?"));
    if (!s)
        return s.error();
    s->bind(1, key);
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    return *row ? s->text(0) : QString();
}

Result<void> Collection::setConfigValue(const QString &key, const QString &value)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    // Unset is no row, so readers that treat a missing key as "not given" see the same thing.
    Result<Statement> s = d->db->prepare(value.isEmpty() ? QStringLiteral("DELETE FROM config WHERE key = ?")
                                                         : QStringLiteral("INSERT OR REPLACE INTO config (key, value) VALUES (?, ?)"));
    if (!s)
        return s.error();
    s->bind(1, key);
    if (!value.isEmpty())
        s->bind(2, value);
    return s->run();
}

Result<void> Collection::restoreInPlace(const QString &backupFile)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    if (d->txDepth > 0)
        return makeError(Error::Kind::InvalidInput, QStringLiteral("restoreInPlace cannot run inside a transaction"));
    if (!QFileInfo(backupFile).isFile())
        return makeError(Error::Kind::NotFound, tr("Backup %1 does not exist").arg(backupFile));
    if (Result<void> r = Backup::restoreInto(*d->db, backupFile); !r)
        return r;
    d->clearCaches();
    d->lastIds.clear();
    return Migrator::migrate(*d->db);
}

} // namespace debrief

namespace debrief {

Result<void> Collection::removeCards(const std::vector<CardId> &ids)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    Transaction tx(*this);
    for (CardId id : ids) {
        Result<Statement> s = d->db->cached("DELETE FROM cards WHERE id = ?");
        if (!s)
            return s.error();
        s->bind(1, id);
        if (Result<void> r = s->run(); !r)
            return r;
    }
    if (Result<void> r = d->db->exec(QStringLiteral("DELETE FROM undo_log")); !r)
        return r;
    return tx.commit();
}

} // namespace debrief


namespace debrief {

// ---- Rehearsal recordings and "study more" card lists (issue 13, issue 11) ----

Result<std::vector<RehearsalRecording>> Collection::rehearsalRecordings(CardId card)
{
    Result<Statement> s = d->db->prepare(QStringLiteral(
        "SELECT r.revlog_id, r.recording FROM rehearsal_log r JOIN revlog l ON l.id = r.revlog_id"
        " WHERE l.card_id = ? AND r.recording != '' ORDER BY r.revlog_id"));
    if (!s)
        return s.error();
    s->bind(1, qint64(card));
    std::vector<RehearsalRecording> out;
    const QDir media(mediaDir());
    auto rows = s->forEachRow([&](const Statement &row) {
        RehearsalRecording r;
        r.review = row.int64(0);
        r.fileName = row.text(1);
        const QFileInfo file(media.filePath(r.fileName));
        r.bytes = file.exists() ? file.size() : 0;
        out.push_back(r);
    });
    if (!rows)
        return rows.error();
    return out;
}

Result<int> Collection::pruneRehearsalRecordings(qint64 capBytes)
{
    Result<Statement> s = d->db->prepare(QStringLiteral(
        "SELECT revlog_id, recording FROM rehearsal_log WHERE recording != '' ORDER BY revlog_id"));
    if (!s)
        return s.error();
    struct Row {
        qint64 review;
        QString name;
        qint64 bytes;
    };
    std::vector<Row> rows;
    qint64 total = 0;
    const QDir media(mediaDir());
    auto read = s->forEachRow([&](const Statement &row) {
        const QString name = row.text(1);
        const QFileInfo file(media.filePath(name));
        const qint64 bytes = file.exists() ? file.size() : 0;
        rows.push_back({row.int64(0), name, bytes});
        total += bytes;
    });
    if (!read)
        return read.error();
    // Oldest first: the newest recordings are the ones a learner still listens back to.
    int deleted = 0;
    Transaction tx(*this);
    Result<Statement> clear = d->db->prepare(QStringLiteral("UPDATE rehearsal_log SET recording = '' WHERE revlog_id = ?"));
    if (!clear)
        return clear.error();
    for (const Row &r : rows) {
        if (total <= capBytes)
            break;
        // A plain name only: rehearsal_log never holds paths, but a damaged row must not reach outside media/.
        if (r.name.contains(QLatin1Char('/')) || r.name.contains(QLatin1Char('\\')) || r.name.startsWith(QLatin1Char('.')))
            continue;
        if (QFile::exists(media.filePath(r.name)) && !QFile::remove(media.filePath(r.name)))
            continue;   // still there (permissions?): it still counts, try the next one
        clear->bind(1, r.review);
        if (auto done = clear->run(); !done)
            return done.error();
        clear->reset();
        total -= r.bytes;
        ++deleted;
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    return deleted;
}

namespace {

// The cards of ?1's subtree (every card when ?1 is NULL) that are in the normal queue. A deck's
// subdecks are the names below it, compared by prefix (not LIKE, which would read % and _ in names).
const char kStudyMoreScope[] =
    "queue = 0 AND (?1 IS NULL OR deck_id IN (SELECT d.id FROM decks d, decks p WHERE p.id = ?1 AND"
    " (d.id = p.id OR substr(d.name, 1, length(p.name) + 2) = p.name || '::')))";

void bindDeck(Statement &s, std::optional<DeckId> deck)
{
    if (deck)
        s.bind(1, qint64(*deck));
    else
        s.bindNull(1);
}

} // namespace

Result<UpcomingCards> Collection::upcomingCards(std::optional<DeckId> deck)
{
    Result<Statement> s = d->db->prepare(QStringLiteral(
        "SELECT min(CASE WHEN type IN (1, 3) THEN due END), min(CASE WHEN type = 2 THEN due END),"
        " count(CASE WHEN type = 0 THEN 1 END) FROM cards WHERE %1").arg(QLatin1String(kStudyMoreScope)));
    if (!s)
        return s.error();
    bindDeck(*s, deck);
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    UpcomingCards out;
    if (*row) {
        if (!s->isNull(0))
            out.learningDueSecs = s->int64(0);
        if (!s->isNull(1))
            out.reviewDueDay = s->int64(1);
        out.newCards = s->integer(2);
    }
    return out;
}

static Result<std::vector<CardId>> cardIds(Database &db, const QString &sql, std::optional<DeckId> deck,
                                           std::optional<qint64> bound, int limit)
{
    Result<Statement> s = db.prepare(sql);
    if (!s)
        return s.error();
    bindDeck(*s, deck);
    if (bound)
        s->bind(2, *bound);
    s->bind(bound ? 3 : 2, limit);
    std::vector<CardId> out;
    auto rows = s->forEachRow([&](const Statement &row) { out.push_back(row.int64(0)); });
    if (!rows)
        return rows.error();
    return out;
}

Result<std::vector<CardId>> Collection::forgottenCards(std::optional<DeckId> deck, qint64 sinceMs, int limit)
{
    return cardIds(*d->db, QStringLiteral(
        "SELECT id FROM cards WHERE %1 AND id IN (SELECT card_id FROM revlog WHERE rating = 1 AND id >= ?2)"
        " ORDER BY (SELECT max(r.id) FROM revlog r WHERE r.card_id = cards.id), id LIMIT ?3").arg(QLatin1String(kStudyMoreScope)),
                   deck, sinceMs, limit);
}

Result<std::vector<CardId>> Collection::reviewAheadCards(std::optional<DeckId> deck, qint64 throughDay, int limit)
{
    return cardIds(*d->db, QStringLiteral("SELECT id FROM cards WHERE %1 AND type = 2 AND due <= ?2 ORDER BY due, id LIMIT ?3")
                               .arg(QLatin1String(kStudyMoreScope)),
                   deck, throughDay, limit);
}

Result<std::vector<CardId>> Collection::extraNewCards(std::optional<DeckId> deck, int limit)
{
    return cardIds(*d->db, QStringLiteral("SELECT id FROM cards WHERE %1 AND type = 0 ORDER BY due, id LIMIT ?2")
                               .arg(QLatin1String(kStudyMoreScope)),
                   deck, std::nullopt, limit);
}

} // namespace debrief
