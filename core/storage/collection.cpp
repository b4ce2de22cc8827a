#include "storage/collection.h"

#include "scheduling/studyday.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/deckrepository.h"
#include "storage/migrator.h"
#include "storage/reviewlogrepository.h"
#include "storage/presetcodec.h"
#include "storage/presetrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace debrief {

namespace {

constexpr QChar kFieldSeparator(0x1f);   // Anki's field separator inside notes.fields
constexpr int kUndoDepth = 100;          // answers kept for undo; older records are pruned
constexpr int kMaxReportedIds = 20;      // ids listed per check() problem

// New row ids are millisecond timestamps, as in Anki; only used to pick ids, never for scheduling.
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QString joinTags(const QStringList &tags)
{
    // Surrounding spaces, as Anki stores them, so "% tag %" matches whole tags.
    return tags.isEmpty() ? QString() : QLatin1Char(' ') + tags.join(QLatin1Char(' ')) + QLatin1Char(' ');
}

QStringList splitTags(const QString &text) { return text.split(QLatin1Char(' '), Qt::SkipEmptyParts); }

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

// Copies the main database of `src` into a new file at `destPath` with the backup API.
Result<void> copyDatabase(sqlite3 *src, const QString &destPath)
{
    QFile::remove(destPath);
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(destPath).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src, "main");
        if (!backup) {
            rc = sqlite3_errcode(dest);
        } else {
            // -1: all pages in one step; the source is held for reading meanwhile, which in WAL
            // mode does not block its writer.
            do {
                rc = sqlite3_backup_step(backup, -1);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    QThread::msleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = sqlite3_errcode(dest);
        }
    }
    const QString message = dest ? QString::fromUtf8(sqlite3_errmsg(dest)) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        QFile::remove(destPath);
        return makeError(Error::Kind::Io, QStringLiteral("Cannot write %1: %2").arg(destPath, message));
    }
    return {};
}

// POSIX rename replaces the target atomically; readers see the old or the new file, never half.
Result<void> replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        QFile::remove(from);
        return makeError(Error::Kind::Io, QStringLiteral("Cannot replace %1").arg(to));
    }
    return {};
}

Result<std::unique_ptr<QLockFile>> acquireLock(const QString &collectionPath)
{
    auto lock = std::make_unique<QLockFile>(collectionPath + QStringLiteral(".lock"));
    // 0 = never stale by age: the app keeps a collection open for hours. A lock whose process has
    // died (same host) is still detected as stale and taken over, so a crash does not lock us out.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return Result<std::unique_ptr<QLockFile>>(std::move(lock));
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return makeError(Error::Kind::Locked,
                         QStringLiteral("%1 is already open in another program (%2, process %3 on %4); "
                                        "close it there first.")
                             .arg(collectionPath, app.isEmpty() ? QStringLiteral("Debrief") : app)
                             .arg(pid)
                             .arg(host.isEmpty() ? QStringLiteral("this computer") : host));
    }
    return makeError(Error::Kind::Io, QStringLiteral("Cannot create the lock file %1.lock (is the folder writable?)")
                                          .arg(collectionPath));
}

// Checks an existing file without writing to it: header, readable schema, version not too new.
// Returns the schema version (0 for a missing or empty file). `mode` is Inspect when nobody can be
// writing the file (we hold its lock, or it is a backup), ReadOnly otherwise.
Result<int> inspectExisting(const QString &path, Database::Mode mode = Database::Mode::Inspect)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return 0;
    Result<std::unique_ptr<Database>> ro = Database::open(path, mode);
    if (!ro)
        return ro.error();
    const int version = (*ro)->userVersion();
    if (version < 0)
        return makeError(Error::Kind::Corrupt, QStringLiteral("Cannot read the schema version of %1").arg(path));
    if (version > Migrator::latestVersion())
        return makeError(Error::Kind::TooNew,
                         QStringLiteral("%1 was written by a newer Debrief (schema %2; this version reads up to %3). "
                                        "Update Debrief to open it.")
                             .arg(path)
                             .arg(version)
                             .arg(Migrator::latestVersion()));
    if (version == 0) {
        // A non-empty SQLite file without our version: some other program's database.
        Result<qint64> tables = (*ro)->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (tables && *tables > 0)
            return makeError(Error::Kind::Corrupt,
                             QStringLiteral("%1 is an SQLite database but not a Debrief collection").arg(path));
    }
    return version;
}

} // namespace

// One deck in the study tree, with its limits for the day.
struct DeckNode {
    Deck deck;
    int parent = -1;
    SchedulerConfig config;
    qint64 today = 0;
    qint64 dayStartMs = 0;
    qint64 learnCutoffSecs = 0;
    int newDone = 0, reviewDone = 0;     // own + subdecks, answered today
    int newLeft = 0, reviewLeft = 0;     // daily limit minus done, never below 0
    int ownNew = 0, ownLearn = 0, ownReview = 0;
    int limNew = 0, limLearn = 0, limReview = 0;   // after limits, subdecks included
};

struct Collection::Private {
    QString path;
    std::unique_ptr<QLockFile> lock;   // declared before db so the connection closes first
    std::unique_ptr<Database> db;
    int txDepth = 0;
    bool rollbackOnly = false;
    std::optional<Error> beginError;
    bool fallbackBegun = false;   // BEGIN IMMEDIATE failed and a deferred BEGIN holds the scope
    std::optional<int> rollover;  // the collection's rollover hour, read from the Default preset
    std::map<const char *, qint64> lastIds;
    std::unordered_map<DeckId, SchedulerConfig> configCache;

    Result<qint64> freeId(const char *existsSql, qint64 start)
    {
        qint64 candidate = std::max(start, lastIds[existsSql] + 1);
        for (;;) {
            Result<Statement> s = db->cached(existsSql);
            if (!s)
                return s.error();
            s->bind(1, candidate);
            Result<bool> row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            ++candidate;
        }
        lastIds[existsSql] = candidate;
        return candidate;
    }

    // Every column of one row as JSON, for undo snapshots. All card columns are integers.
    Result<QJsonObject> snapshotCard(CardId id)
    {
        Result<Statement> s = db->cached("SELECT * FROM cards WHERE id = ?");
        if (!s)
            return s.error();
        s->bind(1, id);
        Result<bool> row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return notFound(QStringLiteral("card"), id);
        QJsonObject o;
        for (int i = 0; i < s->columnCount(); ++i)
            o.insert(s->columnName(i), QJsonValue(s->int64(i)));
        return o;
    }

    Result<void> restoreCard(const QJsonObject &row, const QSet<QString> &columns)
    {
        QStringList sets;
        std::vector<qint64> values;
        for (auto it = row.begin(); it != row.end(); ++it) {
            // Column names come from our own undo_log, but a hand-edited file must not inject SQL.
            if (!columns.contains(it.key()) || it.key() == QLatin1String("id"))
                continue;
            sets << it.key() + QStringLiteral(" = ?");
            values.push_back(qint64(it.value().toDouble()));
        }
        if (sets.isEmpty())
            return {};
        Result<Statement> s = db->prepare(QStringLiteral("UPDATE cards SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
        if (!s)
            return s.error();
        int i = 1;
        for (qint64 v : values)
            s->bind(i++, v);
        s->bind(i, qint64(row.value(QStringLiteral("id")).toDouble()));
        return s->run();
    }

    // Refuses a write inside a transaction whose BEGIN failed: the caller will be told at
    // commit() that nothing was saved, so nothing may be.
    Result<void> canWrite() const
    {
        if (txDepth > 0 && beginError)
            return makeError(beginError->kind, QStringLiteral("Nothing was saved: %1").arg(beginError->message));
        return {};
    }

    void clearCaches()
    {
        configCache.clear();
        rollover.reset();
    }

    // One rollover hour per collection, as Anki: the Default preset's (id 1). Per-deck hours
    // would give a deck tree several "todays" and add up limits across them.
    Result<int> rolloverHour()
    {
        if (rollover)
            return *rollover;
        Result<Statement> s = db->cached("SELECT config FROM presets WHERE id = 1");
        if (!s)
            return s.error();
        Result<bool> row = s->step();
        if (!row)
            return row.error();
        std::optional<SchedulerConfig> config;
        if (*row)
            config = PresetCodec::fromJson(s->text(0).toUtf8());
        rollover = config ? config->rolloverHour : SchedulerConfig{}.rolloverHour;
        return *rollover;
    }

    Result<void> unburyExpired(qint64 today)
    {
        // Through cards_buried: only the few buried cards are visited.
        Result<Statement> s = db->cached(
            "UPDATE cards SET queue = 0, buried_until_day = 0 WHERE queue IN (2, 3) AND buried_until_day <= ?");
        if (!s)
            return s.error();
        s->bind(1, today);
        return s->run();
    }

    Result<std::vector<DeckNode>> studyTree(const QDateTime &now, int utcOffsetSecs);
    Result<void> countOwn(DeckNode &node);
};

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
        return makeError(Error::Kind::InvalidInput, QStringLiteral("No collection path given"));
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(Error::Kind::Io, QStringLiteral("%1 is a folder, not a collection file").arg(path));
    const QString dir = info.absolutePath();
    const QFileInfo dirInfo(dir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return makeError(Error::Kind::Io, QStringLiteral("%1 is a file, not a folder; cannot keep a collection in it").arg(dir));
    if (!QDir().mkpath(dir))
        return makeError(Error::Kind::Io, QStringLiteral("Cannot create the folder %1").arg(dir));

    // Lock first: nothing below may look at the file while another process writes it or a
    // restore swaps it.
    Result<std::unique_ptr<QLockFile>> lock = acquireLock(info.absoluteFilePath());
    if (!lock)
        return lock.error();
    // Leftovers of an import that was killed: with the lock held nobody else can be using them.
    QDir(QDir(dir).filePath(QStringLiteral("tmp"))).removeRecursively();

    // Inspect read-only before SQLite is allowed to write anything (WAL switch, migrations).
    const bool walPending = Database::walPending(path);
    if (Result<int> version = inspectExisting(path); !version)
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
    Result<int> version = inspectExisting(path, Database::Mode::ReadOnly);
    if (!version)
        return version.error();
    if (!QFileInfo::exists(path))
        return makeError(Error::Kind::NotFound, QStringLiteral("%1 does not exist").arg(path));
    if (*version < Migrator::latestVersion())
        return makeError(Error::Kind::TooOld, QStringLiteral("%1 has schema %2 and needs an upgrade; open it for "
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

// ---- Transactions ----

Collection::Transaction::Transaction(Collection &c) : m_c(c)
{
    m_outer = c.d->txDepth == 0;
    if (m_outer) {
        c.d->rollbackOnly = false;
        c.d->beginError.reset();
        // IMMEDIATE takes the write lock now, so a busy writer elsewhere shows up here (after the
        // busy timeout) instead of as a failed upgrade halfway through.
        c.d->fallbackBegun = false;
        if (Result<void> r = c.d->db->exec(QStringLiteral("BEGIN IMMEDIATE")); !r) {
            c.d->beginError = r.error();
            // A deferred BEGIN takes no lock, so it works where IMMEDIATE was busy. It keeps any
            // write that slips past canWrite() (say, through database()) inside a transaction that
            // is rolled back, instead of letting it autocommit.
            c.d->fallbackBegun = !c.d->db->inTransaction() && c.d->db->exec(QStringLiteral("BEGIN")).ok();
        }
    }
    ++c.d->txDepth;
}

Collection::Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_c.d->txDepth;
    if (m_outer) {
        if (!m_c.d->beginError || m_c.d->fallbackBegun)
            (void)m_c.d->db->exec(QStringLiteral("ROLLBACK"));   // best effort
        m_c.d->clearCaches();   // a rolled-back preset change must not linger in the cache
    } else {
        m_c.d->rollbackOnly = true;
    }
}

Result<void> Collection::Transaction::commit()
{
    if (m_done)
        return {};
    m_done = true;
    --m_c.d->txDepth;
    if (!m_outer)
        return {};
    if (m_c.d->beginError) {
        if (m_c.d->fallbackBegun)
            (void)m_c.d->db->exec(QStringLiteral("ROLLBACK"));   // best effort
        m_c.d->clearCaches();
        return makeError(m_c.d->beginError->kind,
                         QStringLiteral("Nothing was saved: %1").arg(m_c.d->beginError->message));
    }
    if (m_c.d->rollbackOnly) {
        (void)m_c.d->db->exec(QStringLiteral("ROLLBACK"));   // best effort
        m_c.d->clearCaches();
        return makeError(Error::Kind::Internal, QStringLiteral("A nested step failed; nothing was saved"));
    }
    if (Result<void> r = m_c.d->db->exec(QStringLiteral("COMMIT")); !r) {
        // A busy COMMIT leaves the transaction open; an I/O error may already have ended it. Either
        // way nothing of it is in the file, so reporting the failure is the truth.
        if (m_c.d->db->inTransaction())
            (void)m_c.d->db->exec(QStringLiteral("ROLLBACK"));   // best effort
        m_c.d->clearCaches();
        return r;
    }
    return {};
}

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
        return makeError(Error::Kind::InvalidInput, QStringLiteral("Invalid deck name \"%1\"").arg(name));
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
        Result<Statement> ins = d->db->cached("INSERT INTO decks (id, name, preset_id, description, mod) VALUES (?, ?, ?, '', ?)");
        if (!ins)
            return ins.error();
        ins->bind(1, *id).bind(2, prefix).bind(3, inherited).bind(4, nowMs() / 1000);
        if (Result<void> r = ins->run(); !r)
            return r.error();
        current = Deck{*id, prefix, inherited, QString()};
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
        return makeError(Error::Kind::InvalidInput, QStringLiteral("Invalid deck name \"%1\"").arg(deck.name));
    Transaction tx(*this);
    Result<Deck> old = this->deck(deck.id);
    if (!old)
        return old.error();
    if (old->name.compare(name, Qt::CaseInsensitive) != 0) {
        Result<std::optional<Deck>> clash = deckByName(name);
        if (!clash)
            return clash.error();
        if (*clash)
            return makeError(Error::Kind::InvalidInput, QStringLiteral("A deck named \"%1\" already exists").arg(name));
        // Children move with their parent: "Old::X" becomes "New::X".
        Result<std::vector<Deck>> all = decks();
        if (!all)
            return all.error();
        const QString oldPrefix = old->name + QStringLiteral("::");
        for (const Deck &child : *all) {
            if (!child.name.startsWith(oldPrefix, Qt::CaseInsensitive))
                continue;
            Result<Statement> s = d->db->cached("UPDATE decks SET name = ? WHERE id = ?");
            if (!s)
                return s.error();
            s->bind(1, name + QStringLiteral("::") + child.name.mid(oldPrefix.size())).bind(2, child.id);
            if (Result<void> r = s->run(); !r)
                return r;
        }
    }
    Result<Statement> s = d->db->cached("UPDATE decks SET name = ?, preset_id = ?, description = ?, mod = ? WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, name).bind(2, deck.presetId).bind(3, deck.description).bind(4, nowMs() / 1000).bind(5, deck.id);
    if (Result<void> r = s->run(); !r)
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
    Result<std::optional<QByteArray>> json = PresetRepository(*d->db).configJson(id);
    if (!json)
        return json.error();
    if (!*json)
        return notFound(QStringLiteral("preset"), id);
    std::optional<SchedulerConfig> config = PresetCodec::fromJson(**json);
    if (!config)
        return makeError(Error::Kind::Corrupt, QStringLiteral("Preset %1 holds invalid options").arg(id));
    return *config;
}

Result<void> Collection::savePreset(PresetId id, const QString &name, const SchedulerConfig &config)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    if (id <= 0)
        return makeError(Error::Kind::InvalidInput, QStringLiteral("Preset id must be positive"));
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
    Result<Statement> s = d->db->cached("SELECT preset_id FROM decks WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return notFound(QStringLiteral("deck"), id);
    const PresetId presetId = s->int64(0);
    s->reset();
    Result<SchedulerConfig> config = preset(presetId);
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

static Result<void> writeTemplates(Database &db, const Notetype &nt)
{
    Result<Statement> del = db.cached("DELETE FROM templates WHERE notetype_id = ?");
    if (!del)
        return del.error();
    del->bind(1, nt.id);
    if (Result<void> r = del->run(); !r)
        return r;
    for (size_t i = 0; i < nt.templates.size(); ++i) {
        Result<Statement> s = db.cached("INSERT INTO templates (notetype_id, ord, name, qfmt, afmt) VALUES (?, ?, ?, ?, ?)");
        if (!s)
            return s.error();
        const CardTemplate &t = nt.templates[i];
        s->bind(1, nt.id).bind(2, int(i)).bind(3, t.name).bind(4, t.questionFormat).bind(5, t.answerFormat);
        if (Result<void> r = s->run(); !r)
            return r;
    }
    return {};
}

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
    Result<Statement> s = d->db->cached(
        "INSERT INTO notetypes (id, name, kind, fields, css, sort_field, markdown_fields, mod) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    s->bind(1, nt.id).bind(2, nt.name).bind(3, int(nt.kind)).bind(4, nt.fieldNames.join(kFieldSeparator));
    s->bind(5, nt.css).bind(6, nt.sortFieldIndex).bind(7, nt.markdownFields ? 1 : 0).bind(8, nt.modifiedSecs);
    if (Result<void> r = s->run(); !r)
        return r.error();
    if (Result<void> r = writeTemplates(*d->db, nt); !r)
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
    Result<Statement> s = d->db->cached(
        "UPDATE notetypes SET name = ?, kind = ?, fields = ?, css = ?, sort_field = ?, markdown_fields = ?, mod = ? WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, nt.name).bind(2, int(nt.kind)).bind(3, nt.fieldNames.join(kFieldSeparator)).bind(4, nt.css);
    s->bind(5, nt.sortFieldIndex).bind(6, nt.markdownFields ? 1 : 0).bind(7, nt.modifiedSecs).bind(8, nt.id);
    if (Result<void> r = s->run(); !r)
        return r;
    if (d->db->changes() == 0)
        return notFound(QStringLiteral("notetype"), nt.id);
    if (Result<void> r = writeTemplates(*d->db, nt); !r)
        return r;
    return tx.commit();
}

Result<Notetype> Collection::notetype(NotetypeId id)
{
    Notetype nt;
    {
        Result<Statement> s = d->db->cached(
            "SELECT id, name, kind, fields, css, sort_field, markdown_fields, mod FROM notetypes WHERE id = ?");
        if (!s)
            return s.error();
        s->bind(1, id);
        Result<bool> row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return notFound(QStringLiteral("notetype"), id);
        nt.id = s->int64(0);
        nt.name = s->text(1);
        const int kind = s->integer(2);
        nt.kind = (kind >= 0 && kind <= int(NotetypeKind::Layers)) ? NotetypeKind(kind) : NotetypeKind::Standard;
        const QString fields = s->text(3);
        nt.fieldNames = fields.isEmpty() ? QStringList() : fields.split(kFieldSeparator);
        nt.css = s->text(4);
        nt.sortFieldIndex = s->integer(5);
        nt.markdownFields = s->integer(6) != 0;
        nt.modifiedSecs = s->int64(7);
    }
    Result<Statement> t = d->db->cached("SELECT name, qfmt, afmt FROM templates WHERE notetype_id = ? ORDER BY ord");
    if (!t)
        return t.error();
    t->bind(1, id);
    for (;;) {
        Result<bool> row = t->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        nt.templates.push_back(CardTemplate{t->text(0), t->text(1), t->text(2)});
    }
    return nt;
}

Result<std::optional<Notetype>> Collection::notetypeByName(const QString &name)
{
    Result<Statement> s = d->db->cached("SELECT id FROM notetypes WHERE name = ? ORDER BY id LIMIT 1");
    if (!s)
        return s.error();
    s->bind(1, name);
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Notetype>();
    const NotetypeId id = s->int64(0);
    s->reset();
    Result<Notetype> nt = notetype(id);
    if (!nt)
        return nt.error();
    return std::optional<Notetype>(*nt);
}

Result<std::vector<Notetype>> Collection::notetypes()
{
    std::vector<NotetypeId> ids;
    {
        Result<Statement> s = d->db->cached("SELECT id FROM notetypes ORDER BY name");
        if (!s)
            return s.error();
        for (;;) {
            Result<bool> row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            ids.push_back(s->int64(0));
        }
    }
    std::vector<Notetype> out;
    for (NotetypeId id : ids) {
        Result<Notetype> nt = notetype(id);
        if (!nt)
            return nt.error();
        out.push_back(*nt);
    }
    return out;
}

// ---- Notes ----

static Note readNote(const Statement &s)
{
    Note n;
    n.id = s.int64(0);
    n.guid = s.text(1);
    n.notetypeId = s.int64(2);
    n.fields = s.text(3).split(kFieldSeparator);
    n.tags = splitTags(s.text(4));
    n.modifiedSecs = s.int64(5);
    return n;
}

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
    Result<Statement> s = d->db->cached("INSERT INTO notes (id, guid, notetype_id, fields, tags, mod) VALUES (?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    s->bind(1, note.id).bind(2, note.guid).bind(3, note.notetypeId).bind(4, note.fields.join(kFieldSeparator));
    s->bind(5, joinTags(note.tags)).bind(6, note.modifiedSecs);
    if (Result<void> r = s->run(); !r)
        return makeError(r.error().kind, QStringLiteral("Cannot add note %1 (guid %2): %3")
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
    Result<Statement> s = d->db->cached("UPDATE notes SET guid = ?, notetype_id = ?, fields = ?, tags = ?, mod = ? WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, note.guid).bind(2, note.notetypeId).bind(3, note.fields.join(kFieldSeparator));
    s->bind(4, joinTags(note.tags)).bind(5, note.modifiedSecs).bind(6, note.id);
    if (Result<void> r = s->run(); !r)
        return r;
    if (d->db->changes() == 0)
        return notFound(QStringLiteral("note"), note.id);
    return {};
}

Result<Note> Collection::note(NoteId id)
{
    Result<Statement> s = d->db->cached("SELECT id, guid, notetype_id, fields, tags, mod FROM notes WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return notFound(QStringLiteral("note"), id);
    return readNote(*s);
}

Result<std::optional<Note>> Collection::noteByGuid(const QString &guid)
{
    Result<Statement> s = d->db->cached("SELECT id, guid, notetype_id, fields, tags, mod FROM notes WHERE guid = ?");
    if (!s)
        return s.error();
    s->bind(1, guid);
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Note>();
    return std::optional<Note>(readNote(*s));
}

Result<void> Collection::removeNotes(const std::vector<NoteId> &ids)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    Transaction tx(*this);
    for (NoteId id : ids) {
        // Cards go with their note (ON DELETE CASCADE); the review log stays, as in Anki.
        Result<Statement> s = d->db->cached("DELETE FROM notes WHERE id = ?");
        if (!s)
            return s.error();
        s->bind(1, id);
        if (Result<void> r = s->run(); !r)
            return r;
    }
    // Undo records may point at the removed cards; undoing past a removal would be a lie.
    if (Result<void> r = d->db->exec(QStringLiteral("DELETE FROM undo_log")); !r)
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
        return makeError(r.error().kind, QStringLiteral("Cannot add card %1 (note %2, deck %3): %4")
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
    // cards_queue leads with deck_id, so each deck is an index range; sorting and deduplicating
    // in memory is cheaper than DISTINCT over a join.
    std::vector<NoteId> out;
    const auto collect = [&](Result<Statement> s) -> Result<void> {
        if (!s)
            return s.error();
        for (;;) {
            Result<bool> row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            out.push_back(s->int64(0));
        }
    };
    if (decks.empty()) {
        if (Result<void> r = collect(d->db->cached("SELECT id FROM notes")); !r)
            return r.error();
    } else {
        for (DeckId deck : decks) {
            Result<Statement> s = d->db->cached("SELECT note_id FROM cards WHERE deck_id = ?");
            if (s)
                s->bind(1, deck);
            if (Result<void> r = collect(std::move(s)); !r)
                return r.error();
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Result<std::vector<std::pair<NoteId, QString>>> Collection::firstFields(NotetypeId notetype)
{
    Result<Statement> s = d->db->cached("SELECT id, fields FROM notes WHERE notetype_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, notetype);
    std::vector<std::pair<NoteId, QString>> out;
    for (;;) {
        Result<bool> row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        const QString fields = s->text(1);
        const int sep = fields.indexOf(kFieldSeparator);
        out.emplace_back(s->int64(0), sep < 0 ? fields : fields.left(sep));
    }
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

// Counts the deck's own cards (subdecks excluded) that are due; buried cards whose day has come
// count again. All three counts are ranges of the cards_queue index.
Result<void> Collection::Private::countOwn(DeckNode &n)
{
    // ?1 is the deck, ?2 and ?3 the bounds a query uses.
    const auto countOf = [&](const char *sql, qint64 bound2, std::optional<qint64> bound3 = std::nullopt) -> Result<int> {
        Result<Statement> s = db->cached(sql);
        if (!s)
            return s.error();
        s->bind(1, n.deck.id).bind(2, bound2);
        if (bound3)
            s->bind(3, *bound3);
        Result<bool> row = s->step();
        if (!row)
            return row.error();
        return *row ? s->integer(0) : 0;
    };
    // New and review counts stop at the deck's daily limit: more can never be shown, and a deck of
    // 5,000 new cards would otherwise be counted in full on every card change.
    Result<int> nw = countOf("SELECT count(*) FROM (SELECT 1 FROM cards WHERE deck_id = ?1 AND queue = 0 AND type = 0 LIMIT ?2)",
                             n.config.newPerDay);
    Result<int> lrn = countOf("SELECT count(*) FROM cards WHERE deck_id = ? AND queue = 0 AND type IN (1, 3) AND due <= ?",
                              n.learnCutoffSecs);
    Result<int> rev = countOf("SELECT count(*) FROM (SELECT 1 FROM cards WHERE deck_id = ?1 AND queue = 0 AND type = 2 "
                              "AND due <= ?3 LIMIT ?2)",
                              n.config.reviewsPerDay, n.today);
    if (!nw)
        return nw.error();
    if (!lrn)
        return lrn.error();
    if (!rev)
        return rev.error();
    n.ownNew = *nw;
    n.ownLearn = *lrn;
    n.ownReview = *rev;
    return {};
}

// All decks with their limits and counts for `now`, sorted by name (parents before children).
Result<std::vector<DeckNode>> Collection::Private::studyTree(const QDateTime &now, int utcOffsetSecs)
{
    std::vector<DeckNode> nodes;
    std::unordered_map<DeckId, int> byId;
    QHash<QString, int> byName;
    std::unordered_map<PresetId, SchedulerConfig> presets;
    {
        Result<Statement> s = db->cached(
            "SELECT d.id, d.name, d.preset_id, d.description, p.config FROM decks d "
            "LEFT JOIN presets p ON p.id = d.preset_id ORDER BY d.name");
        if (!s)
            return s.error();
        for (;;) {
            Result<bool> row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            DeckNode n;
            n.deck = DeckRepository::fromRow(*s);
            auto it = presets.find(n.deck.presetId);
            if (it == presets.end()) {
                const std::optional<SchedulerConfig> c = PresetCodec::fromJson(s->text(4).toUtf8());
                it = presets.emplace(n.deck.presetId, c ? *c : SchedulerConfig{}).first;
            }
            n.config = it->second;
            nodes.push_back(std::move(n));
        }
    }
    Result<int> rollover = rolloverHour();
    if (!rollover)
        return rollover.error();
    const qint64 today = StudyDay::dayNumber(now, utcOffsetSecs, *rollover);
    const qint64 dayStartMs = StudyDay::dayStart(today, utcOffsetSecs, *rollover).toMSecsSinceEpoch();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    qint64 earliestStartMs = std::numeric_limits<qint64>::max();
    for (int i = 0; i < int(nodes.size()); ++i) {
        DeckNode &n = nodes[i];
        byId[n.deck.id] = i;
        byName.insert(n.deck.name.toLower(), i);
        n.parent = byName.value(parentName(n.deck.name).toLower(), -1);
        n.config.rolloverHour = *rollover;
        n.today = today;
        n.dayStartMs = dayStartMs;
        n.learnCutoffSecs = nowSecs + n.config.learnAheadSecs;
        earliestStartMs = std::min(earliestStartMs, n.dayStartMs);
        if (Result<void> r = countOwn(n); !r)
            return r.error();
    }

    // Buried cards whose day has come are due again: few rows, found through cards_buried.
    {
        Result<Statement> s = db->cached("SELECT deck_id, type, due, buried_until_day FROM cards WHERE queue IN (2, 3)");
        if (!s)
            return s.error();
        for (;;) {
            Result<bool> row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            auto it = byId.find(s->int64(0));
            if (it == byId.end())
                continue;
            DeckNode &n = nodes[it->second];
            if (s->int64(3) > n.today)
                continue;
            const int type = s->integer(1);
            const qint64 due = s->int64(2);
            if (type == TypeNew)
                ++n.ownNew;
            else if (type == TypeReview && due <= n.today)
                ++n.ownReview;
            else if ((type == TypeLearn || type == TypeRelearn) && due <= n.learnCutoffSecs)
                ++n.ownLearn;
        }
    }

    // Answers today count against the limits: a first answer of a new card (learn, interval
    // before 0) uses up a new card, a review answer uses up a review.
    if (!nodes.empty()) {
        // CROSS JOIN pins revlog as the outer loop: today's few rows by primary key, then each card by
        // id. Left to itself, the planner scans every card and probes revlog_card (50+ ms at 100k cards).
        Result<Statement> s = db->cached(
            "SELECT r.id, c.deck_id, r.kind, r.interval_before FROM revlog r CROSS JOIN cards c ON c.id = r.card_id "
            "WHERE r.id >= ?");
        if (!s)
            return s.error();
        s->bind(1, earliestStartMs);
        for (;;) {
            Result<bool> row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            auto it = byId.find(s->int64(1));
            if (it == byId.end())
                continue;
            DeckNode &n = nodes[it->second];
            if (s->int64(0) < n.dayStartMs)
                continue;
            const int kind = s->integer(2);
            if (kind == int(ReviewKind::Learn) && s->int64(3) == 0)
                ++n.newDone;
            else if (kind == int(ReviewKind::Review))
                ++n.reviewDone;
        }
    }

    // Children sort after their parent, so walking backwards folds each subtree into its parent
    // before the parent is finished. A parent's limit caps the sum of its children, as in Anki.
    for (int i = int(nodes.size()) - 1; i >= 0; --i) {
        DeckNode &n = nodes[i];
        n.newLeft = std::max(0, n.config.newPerDay - n.newDone);
        n.reviewLeft = std::max(0, n.config.reviewsPerDay - n.reviewDone);
        n.limNew = std::min(n.newLeft, n.limNew + n.ownNew);
        n.limReview = std::min(n.reviewLeft, n.limReview + n.ownReview);
        n.limLearn += n.ownLearn;
        if (n.parent >= 0) {
            DeckNode &p = nodes[n.parent];
            p.limNew += n.limNew;
            p.limReview += n.limReview;
            p.limLearn += n.limLearn;
            p.newDone += n.newDone;
            p.reviewDone += n.reviewDone;
        }
    }
    return nodes;
}

Result<std::vector<DeckCounts>> Collection::deckCounts(const QDateTime &now, int utcOffsetSecs)
{
    Result<std::vector<DeckNode>> tree = d->studyTree(now, utcOffsetSecs);
    if (!tree)
        return tree.error();
    std::vector<DeckCounts> out;
    out.reserve(tree->size());
    for (const DeckNode &n : *tree)
        out.push_back(DeckCounts{n.deck.id, n.deck.name, n.limNew, n.limLearn, n.limReview});
    return out;
}

Result<StudyCandidates> Collection::studyCandidates(std::optional<DeckId> deckId, const QDateTime &now,
                                                    int utcOffsetSecs, int limit)
{
    Result<std::vector<DeckNode>> treeResult = d->studyTree(now, utcOffsetSecs);
    if (!treeResult)
        return treeResult.error();
    const std::vector<DeckNode> &nodes = *treeResult;

    // Which decks take part: the chosen deck and its subdecks, or everything.
    std::vector<bool> included(nodes.size(), !deckId.has_value());
    int root = -1;
    if (deckId) {
        for (int i = 0; i < int(nodes.size()); ++i)
            if (nodes[i].deck.id == *deckId)
                root = i;
        if (root < 0)
            return notFound(QStringLiteral("deck"), *deckId);
        for (int i = 0; i < int(nodes.size()); ++i)
            for (int a = i; a >= 0; a = nodes[a].parent)
                if (a == root) {
                    included[i] = true;
                    break;
                }
    }
    // The chosen deck's ancestors do not limit it: Anki applies the limits of the deck you click.
    const auto topOf = [&](int i) {
        return i == root ? -1 : nodes[i].parent;
    };

    StudyCandidates out;
    out.decks.resize(nodes.size());
    for (int i = 0; i < int(nodes.size()); ++i)
        out.decks[size_t(i)] = StudyDeckAllowance{topOf(i), nodes[i].newLeft, nodes[i].reviewLeft};
    std::vector<StudyCandidate> &learning = out.learning, &reviews = out.reviews, &fresh = out.fresh;
    for (int i = 0; i < int(nodes.size()); ++i) {
        if (!included[i])
            continue;
        const DeckNode &n = nodes[i];
        // No deck can give more than the smallest allowance on its path; fetch no more than that.
        int newCap = n.newLeft, revCap = n.reviewLeft;
        for (int a = topOf(i); a >= 0; a = topOf(a)) {
            newCap = std::min(newCap, nodes[a].newLeft);
            revCap = std::min(revCap, nodes[a].reviewLeft);
        }
        // Parameters: ?1 deck, ?2 due bound (unused for new cards), ?3 how many at most (-1: all).
        const auto gather = [&](const char *sql, std::optional<qint64> bound, int cap,
                                std::vector<StudyCandidate> &into) -> Result<void> {
            Result<Statement> s = d->db->cached(sql);
            if (!s)
                return s.error();
            s->bind(1, n.deck.id).bind(3, cap);
            if (bound)
                s->bind(2, *bound);
            for (;;) {
                Result<bool> row = s->step();
                if (!row)
                    return row.error();
                if (!*row)
                    return {};
                into.push_back(StudyCandidate{s->int64(1), s->int64(0), i});
            }
        };
        // With a limit, no deck can contribute more than `limit` cards of a kind: what is taken
        // from a deck is always a prefix of its own (due, id) order. nextCard() asks for one.
        if (limit > 0) {
            revCap = std::min(revCap, limit);
            newCap = std::min(newCap, limit);
        }
        // Learning and relearning apart: each is then a range of cards_queue already in (due, id)
        // order, where "type IN (1, 3)" made SQLite sort every learning card of the deck.
        Result<void> r = gather("SELECT id, due FROM cards WHERE deck_id = ?1 AND queue = 0 AND type = 1 "
                                "AND due <= ?2 ORDER BY due, id LIMIT ?3",
                                n.learnCutoffSecs, limit > 0 ? limit : -1, learning);
        if (r)
            r = gather("SELECT id, due FROM cards WHERE deck_id = ?1 AND queue = 0 AND type = 3 "
                       "AND due <= ?2 ORDER BY due, id LIMIT ?3",
                       n.learnCutoffSecs, limit > 0 ? limit : -1, learning);
        if (r && revCap > 0)
            r = gather("SELECT id, due FROM cards WHERE deck_id = ?1 AND queue = 0 AND type = 2 AND due <= ?2 "
                       "ORDER BY due, id LIMIT ?3",
                       n.today, revCap, reviews);
        if (r && newCap > 0)
            r = gather("SELECT id, due FROM cards WHERE deck_id = ?1 AND queue = 0 AND type = 0 "
                       "ORDER BY due, id LIMIT ?3",
                       std::nullopt, newCap, fresh);
        if (!r)
            return r.error();
    }
    // Buried cards whose day has come.
    {
        Result<Statement> s = d->db->cached("SELECT id, deck_id, type, due, buried_until_day FROM cards WHERE queue IN (2, 3)");
        if (!s)
            return s.error();
        std::unordered_map<DeckId, int> byId;
        for (int i = 0; i < int(nodes.size()); ++i)
            byId[nodes[i].deck.id] = i;
        for (;;) {
            Result<bool> row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            auto it = byId.find(s->int64(1));
            if (it == byId.end() || !included[it->second])
                continue;
            const DeckNode &n = nodes[it->second];
            if (s->int64(4) > n.today)
                continue;
            const int type = s->integer(2);
            const qint64 due = s->int64(3);
            const StudyCandidate c{due, s->int64(0), it->second};
            if (type == TypeNew)
                fresh.push_back(c);
            else if (type == TypeReview && due <= n.today)
                reviews.push_back(c);
            else if ((type == TypeLearn || type == TypeRelearn) && due <= n.learnCutoffSecs)
                learning.push_back(c);
        }
    }

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
    if (Result<void> r = d->unburyExpired(studyDay); !r)
        return r.error();

    // The row as stored (not as the caller remembers it), so undo restores exactly what was there.
    Result<QJsonObject> snapshot = d->snapshotCard(after.id);
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
        std::vector<CardId> siblings;
        {
            Result<Statement> s = d->db->cached(
                "SELECT id FROM cards WHERE note_id = ? AND id <> ? AND queue = 0 "
                "AND ((type = 0 AND ?) OR (type = 2 AND ?))");
            if (!s)
                return s.error();
            s->bind(1, after.noteId).bind(2, after.id).bind(3, config->buryNewSiblings ? 1 : 0);
            s->bind(4, config->buryReviewSiblings ? 1 : 0);
            for (;;) {
                Result<bool> row = s->step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                siblings.push_back(s->int64(0));
            }
        }
        for (CardId sibling : siblings) {
            Result<QJsonObject> row = d->snapshotCard(sibling);
            if (!row)
                return row.error();
            buried.append(*row);
            Result<Statement> s = d->db->cached("UPDATE cards SET queue = 2, buried_until_day = ? WHERE id = ?");
            if (!s)
                return s.error();
            // Buried until the next study day, when it comes back on its own.
            s->bind(1, studyDay + 1).bind(2, sibling);
            if (Result<void> r = s->run(); !r)
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
                                    {QStringLiteral("tags"), joinTags(n->tags)},
                                    {QStringLiteral("mod"), QString::number(n->modifiedSecs)}});
            n->tags.append(QStringLiteral("leech"));
            if (Result<void> r = updateNote(*n); !r)
                return r.error();
        }
    }
    Result<Statement> u = d->db->cached(
        "INSERT INTO undo_log (kind, card_id, revlog_id, snapshot, created) VALUES ('answer', ?, ?, ?, ?)");
    if (!u)
        return u.error();
    u->bind(1, after.id).bind(2, log.id).bind(3, QString::fromUtf8(QJsonDocument(undo).toJson(QJsonDocument::Compact)));
    u->bind(4, log.id / 1000);
    if (Result<void> r = u->run(); !r)
        return r.error();
    Result<Statement> prune = d->db->cached("DELETE FROM undo_log WHERE id <= ?");
    if (!prune)
        return prune.error();
    prune->bind(1, d->db->lastInsertRowId() - kUndoDepth);
    if (Result<void> r = prune->run(); !r)
        return r.error();

    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return log.id;
}

Result<std::optional<CardId>> Collection::undoLastAnswer()
{
    Result<qint64> last = d->db->queryInt(QStringLiteral("SELECT max(id) FROM undo_log WHERE kind = 'answer'"));
    if (!last)
        return last.error();
    if (*last == 0)
        return std::optional<CardId>();
    return undoRecord(*last);
}

Result<std::optional<CardId>> Collection::undoAnswer(ReviewId review)
{
    qint64 undoId = 0;
    {
        Result<Statement> s = d->db->cached("SELECT id FROM undo_log WHERE kind = 'answer' AND revlog_id = ?");
        if (!s)
            return s.error();
        s->bind(1, review);
        Result<bool> row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<CardId>();   // pruned, or cleared by a note removal
        undoId = s->int64(0);
    }
    return undoRecord(undoId);
}

Result<std::optional<CardId>> Collection::undoRecord(qint64 undoId)
{
    if (Result<void> w = d->canWrite(); !w)
        return w.error();
    Transaction tx(*this);
    qint64 revlogId = 0;
    CardId cardId = 0;
    QJsonObject undo;
    {
        Result<Statement> s = d->db->cached("SELECT card_id, revlog_id, snapshot FROM undo_log WHERE id = ?");
        if (!s)
            return s.error();
        s->bind(1, undoId);
        Result<bool> row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return notFound(QStringLiteral("undo record"), undoId);
        cardId = s->int64(0);
        revlogId = s->int64(1);
        undo = QJsonDocument::fromJson(s->text(2).toUtf8()).object();
    }
    if (!undo.value(QStringLiteral("card")).isObject())
        return makeError(Error::Kind::Corrupt, QStringLiteral("Undo record %1 is damaged").arg(undoId));

    // Restoring old rows over a later answer of the same cards (another session, the CLI) would
    // silently throw that answer away.
    std::vector<qint64> touched{cardId};
    for (const QJsonValue &sibling : undo.value(QStringLiteral("siblings")).toArray())
        touched.push_back(qint64(sibling.toObject().value(QStringLiteral("id")).toDouble()));
    for (qint64 id : touched) {
        Result<Statement> s = d->db->cached("SELECT 1 FROM undo_log WHERE id > ? AND card_id = ?");
        if (!s)
            return s.error();
        s->bind(1, undoId).bind(2, id);
        Result<bool> row = s->step();
        if (!row)
            return row.error();
        if (*row)
            return makeError(Error::Kind::InvalidInput,
                             QStringLiteral("Card %1 was answered again since; that answer cannot be undone").arg(id));
    }

    QSet<QString> columns;
    {
        Result<Statement> s = d->db->prepare(QStringLiteral("PRAGMA table_info(cards)"));
        if (!s)
            return s.error();
        for (;;) {
            Result<bool> row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            columns.insert(s->text(1));
        }
    }
    if (Result<void> r = d->restoreCard(undo.value(QStringLiteral("card")).toObject(), columns); !r)
        return r.error();
    for (const QJsonValue &sibling : undo.value(QStringLiteral("siblings")).toArray()) {
        if (Result<void> r = d->restoreCard(sibling.toObject(), columns); !r)
            return r.error();
    }
    if (const QJsonObject note = undo.value(QStringLiteral("note")).toObject(); !note.isEmpty()) {
        Result<Statement> s = d->db->cached("UPDATE notes SET tags = ?, mod = ? WHERE id = ?");
        if (!s)
            return s.error();
        s->bind(1, note.value(QStringLiteral("tags")).toString())
            .bind(2, note.value(QStringLiteral("mod")).toString().toLongLong())
            .bind(3, note.value(QStringLiteral("id")).toString().toLongLong());
        if (Result<void> r = s->run(); !r)
            return r.error();
    }
    const std::pair<const char *, qint64> deletes[] = {{"DELETE FROM revlog WHERE id = ?", revlogId},
                                                       {"DELETE FROM undo_log WHERE id = ?", undoId}};
    for (const auto &del : deletes) {
        Result<Statement> s = d->db->cached(del.first);
        if (!s)
            return s.error();
        s->bind(1, del.second);
        if (Result<void> r = s->run(); !r)
            return r.error();
    }
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return std::optional<CardId>(cardId);
}

Result<int> Collection::rolloverHour() { return d->rolloverHour(); }

Result<void> Collection::unburyExpired(int today)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    return d->unburyExpired(today);
}

// ---- Media ----

Result<QString> Collection::addMedia(const QString &name, const QByteArray &bytes)
{
    // A plain file name only: anything that could climb out of the media folder is refused.
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QChar(0)) || name.startsWith(QLatin1Char('.')) || name.toUtf8().size() > 255)
        return makeError(Error::Kind::Unsafe, QStringLiteral("\"%1\" is not a plain media file name").arg(name));
    const QString dir = mediaDir();
    if (!QDir().mkpath(dir))
        return makeError(Error::Kind::Io, QStringLiteral("Cannot create the media folder %1").arg(dir));
    const QByteArray sha1 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex();

    const auto sha1Of = [](const QString &file) -> std::optional<QByteArray> {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        QCryptographicHash h(QCryptographicHash::Sha1);
        h.addData(&f);
        return h.result().toHex();
    };

    QString used = name;
    bool needWrite = true;
    if (QFileInfo::exists(QDir(dir).filePath(name))) {
        if (sha1Of(QDir(dir).filePath(name)) == sha1) {
            needWrite = false;
        } else {
            const QFileInfo fi(name);
            used = fi.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(sha1)
                + (fi.suffix().isEmpty() ? QString() : QLatin1Char('.') + fi.suffix());
            needWrite = !QFileInfo::exists(QDir(dir).filePath(used)) || sha1Of(QDir(dir).filePath(used)) != sha1;
        }
    }
    if (needWrite) {
        QSaveFile out(QDir(dir).filePath(used));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return makeError(Error::Kind::Io, QStringLiteral("Cannot write media file %1: %2").arg(used, out.errorString()));
    }
    if (Result<void> r = indexMedia(used, QString::fromLatin1(sha1), bytes.size(), nowMs() / 1000); !r)
        return r.error();
    return used;
}

Result<void> Collection::indexMedia(const QString &name, const QString &sha1Hex, qint64 size, qint64 modifiedSecs)
{
    if (Result<void> w = d->canWrite(); !w)
        return w;
    Result<Statement> s = d->db->cached(
        "INSERT INTO media (name, sha1, size, mod) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET sha1 = excluded.sha1, size = excluded.size, mod = excluded.mod");
    if (!s)
        return s.error();
    s->bind(1, name).bind(2, sha1Hex).bind(3, size).bind(4, modifiedSecs);
    return s->run();
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

Result<std::vector<CheckProblem>> Collection::check()
{
    std::vector<CheckProblem> problems;
    {
        Result<Statement> s = d->db->prepare(QStringLiteral("PRAGMA integrity_check"));
        if (!s)
            return makeError(Error::Kind::Corrupt, s.error().message);
        for (;;) {
            Result<bool> row = s->step();
            if (!row) {
                problems.push_back(CheckProblem{row.error().message, CheckProblem::Kind::Integrity, {}});
                return problems;
            }
            if (!*row)
                break;
            if (s->text(0) != QLatin1String("ok"))
                problems.push_back(CheckProblem{s->text(0), CheckProblem::Kind::Integrity, {}});
        }
    }
    if (!problems.empty())
        return problems;   // the checks below read a damaged file and would only add noise

    // Review log rows whose card is gone are not listed: Anki keeps them on purpose so statistics
    // still count past work after cards are deleted.
    struct Rule {
        CheckProblem::Kind kind;
        const char *sql;
        const char *what;
    };
    static const Rule rules[] = {
        {CheckProblem::Kind::CardWithoutNote,
         "SELECT c.id FROM cards c LEFT JOIN notes n ON n.id = c.note_id WHERE n.id IS NULL ORDER BY c.id",
         "card(s) whose note is missing"},
        {CheckProblem::Kind::NoteWithoutCards,
         "SELECT n.id FROM notes n WHERE NOT EXISTS (SELECT 1 FROM cards c WHERE c.note_id = n.id) ORDER BY n.id",
         "note(s) without any card"},
        {CheckProblem::Kind::CardInMissingDeck,
         "SELECT c.id FROM cards c LEFT JOIN decks d ON d.id = c.deck_id WHERE d.id IS NULL ORDER BY c.id",
         "card(s) in a deck that does not exist"},
        {CheckProblem::Kind::NoteWithoutNotetype,
         "SELECT n.id FROM notes n LEFT JOIN notetypes t ON t.id = n.notetype_id WHERE t.id IS NULL ORDER BY n.id",
         "note(s) whose notetype is missing"},
        {CheckProblem::Kind::ImpossibleState,
         "SELECT id FROM cards WHERE type IN (2, 3) AND (interval_days < 1 OR ease_permille < 1300) ORDER BY id",
         "review card(s) with an interval below 1 day or an ease below 130%"},
        {CheckProblem::Kind::ImpossibleState,
         "SELECT id FROM cards WHERE type IN (1, 3) AND remaining_steps < 1 ORDER BY id",
         "learning card(s) without remaining steps"},
        {CheckProblem::Kind::ImpossibleState,
         "SELECT id FROM cards WHERE type NOT BETWEEN 0 AND 3 OR queue NOT BETWEEN 0 AND 3 ORDER BY id",
         "card(s) with an unknown type or queue"},
    };
    for (const Rule &rule : rules) {
        Result<Statement> s = d->db->cached(rule.sql);
        if (!s)
            return s.error();
        std::vector<qint64> ids;
        int total = 0;
        for (;;) {
            Result<bool> row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            if (++total <= kMaxReportedIds)
                ids.push_back(s->int64(0));
        }
        if (total > 0) {
            QStringList shown;
            for (qint64 id : ids)
                shown << QString::number(id);
            problems.push_back(CheckProblem{QStringLiteral("%1 %2 (ids %3%4)")
                                                .arg(total)
                                                .arg(QLatin1String(rule.what), shown.join(QStringLiteral(", ")),
                                                     total > kMaxReportedIds ? QStringLiteral(", …") : QString()),
                                            rule.kind, ids});
        }
    }

    // Missing parents in C++: SQLite has no "last index of" to cut the name at its last "::".
    Result<std::vector<Deck>> all = decks();
    if (!all)
        return all.error();
    QSet<QString> names;
    for (const Deck &deck : *all)
        names.insert(deck.name.toLower());
    std::vector<qint64> orphans;
    for (const Deck &deck : *all) {
        const QString parent = parentName(deck.name);
        if (!parent.isEmpty() && !names.contains(parent.toLower()))
            orphans.push_back(deck.id);
    }
    if (!orphans.empty())
        problems.push_back(CheckProblem{QStringLiteral("%1 deck(s) whose parent deck is missing").arg(orphans.size()),
                                        CheckProblem::Kind::MissingParentDeck, orphans});
    return problems;
}

Result<void> Collection::backupTo(const QString &file)
{
    if (QFileInfo(file).absoluteFilePath() == d->path)
        return makeError(Error::Kind::InvalidInput, QStringLiteral("Cannot back up the collection onto itself"));
    // Into a temporary file first, so an interrupted backup never replaces a good older one.
    const QString temp = file + QStringLiteral(".tmp-backup");
    if (Result<void> r = copyDatabase(d->db->handle(), temp); !r)
        return r;
    return replaceFile(temp, file);
}

Result<void> Collection::restore(const QString &backupFile, const QString &collectionPath)
{
    if (!QFileInfo(backupFile).isFile())
        return makeError(Error::Kind::NotFound, QStringLiteral("Backup %1 does not exist").arg(backupFile));
    Result<int> version = inspectExisting(backupFile);
    if (!version)
        return version.error();
    if (*version < 1)
        return makeError(Error::Kind::Corrupt, QStringLiteral("%1 is not a Debrief collection").arg(backupFile));
    Result<std::unique_ptr<Database>> backup = Database::open(backupFile, Database::Mode::Inspect);
    if (!backup)
        return backup.error();
    {
        Result<Statement> s = (*backup)->prepare(QStringLiteral("PRAGMA integrity_check"));
        if (!s)
            return makeError(Error::Kind::Corrupt, s.error().message);
        Result<bool> row = s->step();
        if (!row || !*row || s->text(0) != QLatin1String("ok"))
            return makeError(Error::Kind::Corrupt,
                             QStringLiteral("Backup %1 is damaged: %2")
                                 .arg(backupFile, row && *row ? s->text(0) : QStringLiteral("integrity check failed")));
    }

    const QFileInfo target(collectionPath);
    if (!QDir().mkpath(target.absolutePath()))
        return makeError(Error::Kind::Io, QStringLiteral("Cannot create the folder %1").arg(target.absolutePath()));
    Result<std::unique_ptr<QLockFile>> lock = acquireLock(target.absoluteFilePath());
    if (!lock)
        return lock.error();

    const QString temp = collectionPath + QStringLiteral(".restore-tmp");
    if (Result<void> r = copyDatabase((*backup)->handle(), temp); !r)
        return r;
    backup->reset();

    // The old log belongs to the old file: replayed onto the restored one it would corrupt it. So
    // it must be gone before the rename, yet every failure up to the rename must leave the old
    // collection usable with all its commits. First fold it into the old file (we hold the lock,
    // nobody writes); what cannot be folded is moved aside and put back if anything fails.
    const QString wal = collectionPath + QStringLiteral("-wal");
    const QString shm = collectionPath + QStringLiteral("-shm");
    if (Database::walPending(collectionPath)) {
        Result<std::unique_ptr<Database>> old = Database::open(collectionPath, Database::Mode::ReadWrite);
        if (old)
            (void)(*old)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        // Closing the last connection checkpoints again and deletes the log when it can.
    }
    const QString walAside = wal + QStringLiteral(".before-restore");
    bool movedAside = false;
    if (QFileInfo::exists(wal)) {
        QFile::remove(walAside);
        if (!QFile::rename(wal, walAside)) {
            QFile::remove(temp);
            return makeError(Error::Kind::Io, QStringLiteral("Cannot move %1 aside").arg(wal));
        }
        movedAside = true;
    }
    const auto undoAside = [&] {
        if (movedAside)
            QFile::rename(walAside, wal);
    };
    // The -shm is only an index of the log, rebuilt from it on the next open.
    if (QFileInfo::exists(shm) && !QFile::remove(shm)) {
        undoAside();
        QFile::remove(temp);
        return makeError(Error::Kind::Io, QStringLiteral("Cannot remove %1").arg(shm));
    }
    if (Result<void> r = replaceFile(temp, collectionPath); !r) {
        undoAside();
        return r;
    }
    if (movedAside)
        QFile::remove(walAside);
    return {};
}

Result<QStringList> Collection::allTags()
{
    // DISTINCT on the stored strings first: notes share few tag combinations, so this splits far
    // fewer strings than there are notes.
    Result<Statement> s = d->db->prepare(QStringLiteral("SELECT DISTINCT tags FROM notes WHERE tags != ''"));
    if (!s)
        return s.error();
    QSet<QString> seen;
    while (true) {
        Result<bool> row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        for (const QString &tag : splitTags(s->text(0)))
            seen.insert(tag);
    }
    QStringList tags(seen.begin(), seen.end());
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return tags;
}

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
