#include "storage/collection.h"

#include "model/deckname.h"
#include "storage/answerundo.h"
#include "storage/backup.h"
#include "storage/cardrepository.h"
#include "storage/collectioncheck.h"
#include "storage/collectionfile.h"
#include "storage/collectionmove.h"
#include "storage/collectionprivate.h"
#include "storage/configrepository.h"
#include "storage/database.h"
#include "storage/deckremovalrepository.h"
#include "storage/deckrepository.h"
#include "storage/decktree.h"
#include "storage/mediarepository.h"
#include "storage/mediastore.h"
#include "storage/migrator.h"
#include "storage/noteremover.h"
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
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>

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
    Result<CollectionFile::Writable> file = CollectionFile::openWritable(path);
    if (!file)
        return file.error();
    std::unique_ptr<Collection> c(new Collection(std::move(file->db), file->absolutePath));
    c->d->lock = std::move(file->lock);
    return Result<std::unique_ptr<Collection>>(std::move(c));
}

Result<std::unique_ptr<Collection>> Collection::openReadOnly(const QString &path)
{
    Result<std::unique_ptr<Database>> db = CollectionFile::openReadOnly(path);
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
        return makeError(Error::Kind::NotFound, tr("No deck with id %1").arg(id));
    return **deck;
}

Result<std::optional<Deck>> Collection::deckByName(const QString &name)
{
    return DeckRepository(*d->db).findByName(DeckName::normalized(name));
}

Result<Deck> Collection::ensureDeck(const QString &name)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    const QString normalized = DeckName::normalized(name);
    if (normalized.isEmpty())
        return makeError(Error::Kind::InvalidInput, tr("Invalid deck name \"%1\"").arg(name));
    Transaction tx(*this);
    Result<Deck> deck = DeckTree(*this, *d->db).ensure(normalized, [this](qint64 start) {
        return d->freeId("SELECT 1 FROM decks WHERE id = ?", start);
    });
    if (!deck)
        return deck.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return deck;
}

Result<void> Collection::updateDeck(const Deck &deck)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    const QString name = DeckName::normalized(deck.name);
    if (name.isEmpty())
        return makeError(Error::Kind::InvalidInput, tr("Invalid deck name \"%1\"").arg(deck.name));
    Transaction tx(*this);
    if (Result<void> r = DeckTree(*this, *d->db).update(deck, name); !r)
        return r;
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
        return makeError(Error::Kind::NotFound, tr("No preset with id %1").arg(id));
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
        return makeError(Error::Kind::NotFound, tr("No deck with id %1").arg(id));
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
        return makeError(Error::Kind::NotFound, tr("No note type with id %1").arg(nt.id));
    return tx.commit();
}

Result<Notetype> Collection::notetype(NotetypeId id)
{
    Result<std::optional<Notetype>> nt = NotetypeRepository(*d->db).find(id);
    if (!nt)
        return nt.error();
    if (!*nt)
        return makeError(Error::Kind::NotFound, tr("No note type with id %1").arg(id));
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
        return makeError(Error::Kind::NotFound, tr("No note with id %1").arg(note.id));
    return {};
}

Result<Note> Collection::note(NoteId id)
{
    Result<std::optional<Note>> n = NoteRepository(*d->db).find(id);
    if (!n)
        return n.error();
    if (!*n)
        return makeError(Error::Kind::NotFound, tr("No note with id %1").arg(id));
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
        return makeError(Error::Kind::NotFound, tr("No card with id %1").arg(card.id));
    return {};
}

Result<Card> Collection::card(CardId id)
{
    Result<std::optional<Card>> c = CardRepository(*d->db).find(id);
    if (!c)
        return c.error();
    if (!*c)
        return makeError(Error::Kind::NotFound, tr("No card with id %1").arg(id));
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
        if (n.counted)
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
    Result<std::vector<DeckNode>> tree = d->studyTree(now, utcOffsetSecs, deckId);
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
    // Checked before this answer's own changes: only then can the answer be added to what it holds.
    const bool todayDoneWasRight = d->txDepth == 0 && d->todayDoneIsRight();
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
    // Siblings are buried until the next study day, when they come back on their own.
    AnswerUndo answerUndo(*d->db);
    Result<QJsonArray> buried = answerUndo.burySiblings(after, *config, studyDay + 1);
    if (!buried)
        return buried.error();
    QJsonObject undo;
    undo.insert(QStringLiteral("card"), *snapshot);
    undo.insert(QStringLiteral("siblings"), *buried);
    if (tagLeech) {
        // Anki tags leeches on the note so they can be found and rewritten; undo takes the tag back.
        Result<QJsonObject> oldTags = answerUndo.tagLeech(after.noteId);
        if (!oldTags)
            return oldTags.error();
        if (!oldTags->isEmpty())
            undo.insert(QStringLiteral("note"), *oldTags);
    }
    if (Result<void> r = undoLog.addAnswer(after.id, log.id, undo, log.id / 1000); !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    if (todayDoneWasRight && d->todayDone.dayStartMs && log.id >= *d->todayDone.dayStartMs) {
        d->todayDone.add(after.deckId, log);
        d->todayDoneIsRightNow();
    }
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
    Result<CardId> card = AnswerUndo(*d->db).revert(undoId);
    if (!card)
        return card.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return std::optional<CardId>(*card);
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

Result<QStringList> Collection::allTags() { return NoteRepository(*d->db).allTags(); }

// ---- Deck management and settings for the app's dialogs (issue 11) ----

Result<std::vector<Collection::PresetEntry>> Collection::presets() { return PresetRepository(*d->db).list(); }

Result<void> Collection::removePreset(PresetId id)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    if (id == 1)
        return makeError(Error::Kind::InvalidInput, tr("The Default preset cannot be deleted"));
    Transaction tx(*this);
    if (Result<void> r = PresetRepository(*d->db).remove(id); !r)
        return r;
    d->clearCaches();
    return tx.commit();
}

Result<qint64> Collection::cardCountWithSubdecks(DeckId id)
{
    Result<std::vector<DeckId>> ids = DeckTree(*this, *d->db).subtree(id);
    if (!ids)
        return ids.error();
    return DeckRepository(*d->db).cardCount(*ids);
}

Result<Collection::DeckRemoval> Collection::removeDeck(DeckId id)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    DeckTree tree(*this, *d->db);
    Result<std::vector<DeckId>> ids = tree.subtree(id);
    if (!ids)
        return ids.error();
    if (std::find(ids->begin(), ids->end(), DeckId(1)) != ids->end())
        return makeError(Error::Kind::InvalidInput, tr("The Default deck cannot be deleted"));
    Transaction tx(*this);
    Result<DeckRemovalRepository::Removed> removed = tree.remove(*ids);
    if (!removed)
        return removed.error();
    d->clearCaches();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return DeckRemoval{*ids, removed->cards, removed->notes};
}

Result<void> Collection::restoreDecks(const QString &backupFile, const DeckRemoval &removal)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    if (d->txDepth > 0)
        return makeError(Error::Kind::InvalidInput, QStringLiteral("restoreDecks cannot run inside a transaction"));
    if (!QFileInfo::exists(backupFile))
        return makeError(Error::Kind::NotFound, tr("The backup %1 is gone").arg(backupFile));
    return DeckTree(*this, *d->db).restore(backupFile, removal, [this] { d->clearCaches(); });
}

Result<QString> Collection::configValue(const QString &key) { return ConfigRepository(*d->db).value(key); }

Result<void> Collection::setConfigValue(const QString &key, const QString &value)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    return ConfigRepository(*d->db).setValue(key, value);
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

Result<void> Collection::removeCards(const std::vector<CardId> &ids)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    Transaction tx(*this);
    CardRepository cards(*d->db);
    for (CardId id : ids) {
        if (Result<void> r = cards.remove(id); !r)
            return r;
    }
    if (Result<void> r = UndoLog(*d->db).clear(); !r)
        return r;
    return tx.commit();
}

// ---- Rehearsal recordings and "study more" card lists (issue 13, issue 11) ----

Result<std::vector<RehearsalRecording>> Collection::rehearsalRecordings(CardId card)
{
    return RehearsalRecordings(*d->db, mediaDir()).ofCard(card);
}

Result<int> Collection::pruneRehearsalRecordings(qint64 capBytes)
{
    Transaction tx(*this);
    Result<int> deleted = RehearsalRecordings(*d->db, mediaDir()).prune(capBytes);
    if (!deleted)
        return deleted.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return deleted;
}

Result<UpcomingCards> Collection::upcomingCards(std::optional<DeckId> deck) { return StudyRepository(*d->db).upcoming(deck); }

Result<std::vector<CardId>> Collection::forgottenCards(std::optional<DeckId> deck, qint64 sinceMs, int limit)
{
    return StudyRepository(*d->db).forgotten(deck, sinceMs, limit);
}

Result<std::vector<CardId>> Collection::reviewAheadCards(std::optional<DeckId> deck, qint64 throughDay, int limit)
{
    return StudyRepository(*d->db).reviewAhead(deck, throughDay, limit);
}

Result<std::vector<CardId>> Collection::extraNewCards(std::optional<DeckId> deck, int limit)
{
    return StudyRepository(*d->db).extraNew(deck, limit);
}

// ---- A deck's "today only" limits ----

Result<DeckTodayLimits> Collection::deckTodayLimits(DeckId deck, qint64 today)
{
    return DeckLimits(*d->db).forDay(deck, today);
}

Result<void> Collection::setDeckTodayLimits(DeckId deck, const DeckTodayLimits &limits)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    Result<std::optional<Deck>> found = DeckRepository(*d->db).find(deck);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(Error::Kind::NotFound, tr("No deck with id %1").arg(deck));
    return DeckLimits(*d->db).set(deck, limits);
}

Result<Collection::NoteRemoval> Collection::removeNotesUndoable(const std::vector<NoteId> &ids)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    Transaction tx(*this);
    Result<NoteRemoval> removal = NoteRemover(*this, *d->db).collect(ids);
    if (!removal)
        return removal;
    if (Result<void> r = removeNotes(ids); !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return removal;
}

Result<void> Collection::restoreNotes(const NoteRemoval &removal)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    Transaction tx(*this);
    if (Result<void> r = NoteRemover(*this, *d->db).restore(removal); !r)
        return r;
    return tx.commit();
}

Result<std::unique_ptr<Collection>> Collection::openWorkerConnection()
{
    // No lock and no migration: this object holds the lock and has migrated the file already.
    Result<std::unique_ptr<Database>> db = Database::open(d->path, Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    return std::unique_ptr<Collection>(new Collection(std::move(*db), d->path));
}

void Collection::refreshCaches() { d->clearCaches(); }

Result<void> Collection::moveTo(const QString &folder)
{
    if (d->txDepth > 0)
        return makeError(Error::Kind::InvalidInput, QStringLiteral("moveTo cannot run inside a transaction"));
    if (!d->lock || d->db->isReadOnly())
        return makeError(Error::Kind::InvalidInput, tr("A collection opened read-only cannot be moved"));
    const QString oldPath = d->path;
    const QString oldDir = QFileInfo(oldPath).absolutePath();
    if (Result<void> r = CollectionMove::checkTarget(oldDir, folder); !r)
        return r;
    const QString newDir = QFileInfo(folder).absoluteFilePath();
    const bool created = !QFileInfo::exists(newDir);
    if (!QDir().mkpath(newDir))
        return makeError(Error::Kind::Io, tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(newDir)));
    const QString newPath = QDir(newDir).filePath(QFileInfo(oldPath).fileName());

    // Copy and verify; on any failure the copy goes and the collection stays where it was.
    if (Result<void> copied = CollectionMove::copyAndVerify(*d->db, oldPath, newDir, newPath); !copied) {
        CollectionMove::removeCopy(newDir, newPath, created);
        return copied;
    }

    // Switch: this object now works on the copy, under the copy's lock.
    Result<std::unique_ptr<QLockFile>> lock = CollectionFile::lock(newPath);
    if (!lock) {
        CollectionMove::removeCopy(newDir, newPath, created);
        return lock.error();
    }
    Result<std::unique_ptr<Database>> db = Database::open(newPath, Database::Mode::ReadWrite);
    if (!db) {
        lock->reset();
        CollectionMove::removeCopy(newDir, newPath, created);
        return db.error();
    }
    d->db = std::move(*db);   // the old connection closes here, before its lock goes
    d->lock = std::move(*lock);
    d->path = QFileInfo(newPath).absoluteFilePath();
    d->clearCaches();
    d->lastIds.clear();

    // The move has happened; what cannot be removed is only left over.
    CollectionMove::removeOld(oldPath);
    return {};
}

} // namespace debrief
