#include "storage/collection.h"
#include "study/reviewsession.h"
#include "study/sessioncounts.h"
#include "study/studyqueue.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/presetcodec.h"
#include "scheduling/studyday.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>

using namespace debrief;

Q_DECLARE_METATYPE(debrief::Card)

namespace {

// 2026-03-10 12:00 UTC; with offset 0 and rollover 04:00 the study day began at 04:00 UTC.
const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

QByteArray sha1(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
}

QString message(const Error &e) { return e.message; }

bool sameCard(const Card &a, const Card &b)
{
    return a.id == b.id && a.noteId == b.noteId && a.deckId == b.deckId && a.ord == b.ord && a.state == b.state
        && a.queue == b.queue && a.buriedUntilDay == b.buriedUntilDay && a.reps == b.reps && a.flags == b.flags
        && a.modifiedSecs == b.modifiedSecs;
}

} // namespace

// The SQLite collection: schema, every Collection method, locking, checks, backup/restore and
// refusals of bad files. Each test works on a real file in a fresh temporary folder.
class TestCollection : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newCollectionHasDefaultDeckAndPreset();
    void checkpointPutsCommitsIntoTheFile();
    void ensureDeck_data();
    void ensureDeck();
    void renameDeckMovesChildren();
    void renameDeckIntoItsOwnSubtree();
    void failedBeginMakesEveryWriteFail();
    void collectionKilledDuringCheckpointOpens();
    void failedRestoreKeepsTheOldCommits();
    void oneRolloverHourPerCollection();
    void cardStateRoundTrip_data();
    void cardStateRoundTrip();
    void notesNotetypesAndRemoval();
    void presetsRoundTrip();
    void transactionsNestAndRollBack();
    void deckCounts_data();
    void deckCounts();
    void dueCardsOrderAndLimits();
    void candidatesCountOnlyTheChosenSubtree();
    void todaysAnswersAreCarriedAcrossAnswersAndReadAgainAfterAnyOtherChange();
    void decksDifferingInNonAsciiCaseKeepTheirOwnChildren();
    void newCardOrderComesFromTheChosenDecksPreset();
    void recordAnswerAndUndo_data();
    void recordAnswerAndUndo();
    void reviewIdIsBumpedUntilUnique();
    void answerIsVisibleToOtherConnections();
    void secondOpenIsLocked();
    void lockAcrossProcesses_data();
    void lockAcrossProcesses();
    void staleLockIsTakenOver();
    void check_data();
    void check();
    void backupAndRestore();
    void restoreRefuses_data();
    void restoreRefuses();
    void addMedia_data();
    void addMedia();
    void badFilesAreRefusedUntouched_data();
    void badFilesAreRefusedUntouched();
    void readOnlyOpenWritesNothing();

private:
    Note addNote(DeckId deck, const std::vector<CardState> &states, std::vector<CardId> *cards = nullptr);
    CardId addCard(DeckId deck, CardState state, CardQueue queue = CardQueue::Normal, int buriedUntil = 0);
    qint64 today() const { return StudyDay::dayNumber(kNow, 0, 4); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Collection> m_c;
    NotetypeId m_basic = 0;
};

void TestCollection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto c = Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite")));
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : message(c.error())));
    m_c = std::move(*c);
    Notetype nt;
    nt.name = QStringLiteral("Basic (and reversed card)");
    nt.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
    nt.templates = {CardTemplate{QStringLiteral("Card 1"), QStringLiteral("{{Front}}"), QStringLiteral("{{Back}}")},
                    CardTemplate{QStringLiteral("Card 2"), QStringLiteral("{{Back}}"), QStringLiteral("{{Front}}")}};
    Result<Notetype> added = m_c->addNotetype(nt);
    QVERIFY(added.ok());
    m_basic = added->id;
}

void TestCollection::cleanup()
{
    m_c.reset();
    m_dir.reset();
}

Note TestCollection::addNote(DeckId deck, const std::vector<CardState> &states, std::vector<CardId> *cards)
{
    Note n;
    n.notetypeId = m_basic;
    n.fields = QStringList{QStringLiteral("front"), QStringLiteral("back")};
    Result<Note> note = m_c->addNote(n);
    if (!note)
        qFatal("addNote: %s", qPrintable(note.error().message));
    for (size_t i = 0; i < states.size(); ++i) {
        Card c;
        c.noteId = note->id;
        c.deckId = deck;
        c.ord = int(i);
        c.state = states[i];
        Result<Card> added = m_c->addCard(c);
        if (!added)
            qFatal("addCard: %s", qPrintable(added.error().message));
        if (cards)
            cards->push_back(added->id);
    }
    return *note;
}

CardId TestCollection::addCard(DeckId deck, CardState state, CardQueue queue, int buriedUntil)
{
    std::vector<CardId> ids;
    addNote(deck, {state}, &ids);
    Result<Card> c = m_c->card(ids.front());
    c->queue = queue;
    c->buriedUntilDay = buriedUntil;
    if (!m_c->updateCard(*c))
        qFatal("updateCard failed");
    return ids.front();
}

void TestCollection::newCollectionHasDefaultDeckAndPreset()
{
    QCOMPARE(m_c->schemaVersion(), Migrator::latestVersion());
    Result<Deck> deck = m_c->deck(1);
    QVERIFY(deck.ok());
    QCOMPARE(deck->name, QStringLiteral("Default"));
    QCOMPARE(deck->presetId, PresetId(1));
    QCOMPARE(*m_c->count(QStringLiteral("decks")), qint64(1));
    Result<SchedulerConfig> preset = m_c->preset(1);
    QVERIFY(preset.ok());
    QCOMPARE(PresetCodec::toJson(*preset), PresetCodec::toJson(SchedulerConfig{}));
    QCOMPARE(m_c->deck(42).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_c->count(QStringLiteral("sqlite_master; DROP TABLE cards")).error().kind, Error::Kind::InvalidInput);
}

void TestCollection::ensureDeck_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<QStringList>("allDecks");
    QTest::newRow("three levels create both parents")
        << "A::B::C" << "A::B::C" << QStringList{"A", "A::B", "A::B::C", "Default"};
    QTest::newRow("spaces around components are trimmed") << " Go :: Maps " << "Go::Maps"
                                                           << QStringList{"Default", "Go", "Go::Maps"};
    QTest::newRow("existing name in other case is reused") << "default" << "Default" << QStringList{"Default"};
    QTest::newRow("child of the Default deck") << "Default::Sub" << "Default::Sub"
                                               << QStringList{"Default", "Default::Sub"};
    QTest::newRow("empty component is refused") << "A::::B" << "" << QStringList{"Default"};
    QTest::newRow("empty name is refused") << "  " << "" << QStringList{"Default"};
}

void TestCollection::ensureDeck()
{
    QFETCH(QString, name);
    QFETCH(QString, expectedName);
    QFETCH(QStringList, allDecks);
    Result<Deck> deck = m_c->ensureDeck(name);
    QCOMPARE(deck.ok(), !expectedName.isEmpty());
    if (deck.ok()) {
        QCOMPARE(deck->name, expectedName);
        QCOMPARE(m_c->ensureDeck(name)->id, deck->id);   // idempotent
        QCOMPARE((*m_c->deckByName(expectedName))->id, deck->id);
    } else {
        QCOMPARE(deck.error().kind, Error::Kind::InvalidInput);
    }
    QStringList names;
    const Result<std::vector<Deck>> all = m_c->decks();
    QVERIFY(all.ok());
    for (const Deck &d : *all)
        names << d.name;
    names.sort();
    QCOMPARE(names, allDecks);
}

void TestCollection::renameDeckMovesChildren()
{
    Result<Deck> child = m_c->ensureDeck(QStringLiteral("Old::Child"));
    QVERIFY(child.ok());
    Deck parent = **m_c->deckByName(QStringLiteral("Old"));
    parent.name = QStringLiteral("New");
    parent.description = QStringLiteral("renamed");
    QVERIFY(m_c->updateDeck(parent).ok());
    QCOMPARE(m_c->deck(child->id)->name, QStringLiteral("New::Child"));
    QCOMPARE(m_c->deck(parent.id)->description, QStringLiteral("renamed"));
    Deck clash = *m_c->deck(child->id);
    clash.name = QStringLiteral("default");
    QCOMPARE(m_c->updateDeck(clash).error().kind, Error::Kind::InvalidInput);
}

// Anki's rename into the deck's own subtree: "A" becomes "A::B", a new "A" appears above it, and
// the cards and children keep their deck ids.
void TestCollection::renameDeckIntoItsOwnSubtree()
{
    Deck a = *m_c->ensureDeck(QStringLiteral("A"));
    const DeckId x = m_c->ensureDeck(QStringLiteral("A::X"))->id;
    std::vector<CardId> cards;
    addNote(a.id, {NewState{1}}, &cards);
    a.name = QStringLiteral("A::B");
    Result<void> renamed = m_c->updateDeck(a);
    QVERIFY2(renamed.ok(), qPrintable(renamed.ok() ? QString() : renamed.error().message));
    QCOMPARE(m_c->deck(a.id)->name, QStringLiteral("A::B"));
    QCOMPARE(m_c->deck(x)->name, QStringLiteral("A::B::X"));
    Result<std::optional<Deck>> parent = m_c->deckByName(QStringLiteral("A"));
    QVERIFY(parent.ok() && parent->has_value());
    QVERIFY((*parent)->id != a.id);
    QCOMPARE(m_c->card(cards[0])->deckId, a.id);
    QVERIFY(m_c->check()->empty());
}

// BEGIN IMMEDIATE fails while another connection holds the write lock. If that lock is gone by
// the time the body writes, the writes must not autocommit one by one: each fails, and commit()
// reports failure with nothing stored.
void TestCollection::failedBeginMakesEveryWriteFail()
{
    auto other = Database::open(m_c->path(), Database::Mode::ReadWrite);
    QVERIFY(other.ok());
    QVERIFY((*other)->exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
    m_c->database().setBusyTimeout(0);   // fail the BEGIN at once instead of after 5 s
    const qint64 decksBefore = *m_c->count(QStringLiteral("decks"));
    {
        Collection::Transaction tx(*m_c);
        QVERIFY((*other)->exec(QStringLiteral("ROLLBACK")).ok());
        QVERIFY(!m_c->ensureDeck(QStringLiteral("Busy")).ok());
        Note n;
        n.notetypeId = m_basic;
        n.fields = QStringList{QStringLiteral("f"), QStringLiteral("b")};
        QVERIFY(!m_c->addNote(n).ok());
        // Even a write straight through the connection stays inside the failed scope.
        QVERIFY(m_c->database().exec(QStringLiteral("INSERT INTO config (key, value) VALUES ('probe', '1')")).ok());
        Result<void> committed = tx.commit();
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error().kind, Error::Kind::Locked);
    }
    QCOMPARE(*m_c->count(QStringLiteral("decks")), decksBefore);
    QCOMPARE(*m_c->count(QStringLiteral("notes")), qint64(0));
    QCOMPARE(*m_c->database().queryInt(QStringLiteral("SELECT count(*) FROM config WHERE key = 'probe'")), qint64(0));
    // The next transaction works normally.
    QVERIFY(m_c->ensureDeck(QStringLiteral("Later")).ok());
}

// A checkpoint killed after writing page 1 leaves a header that declares more pages than the file
// holds; the -wal still has them all. SQLite recovers that on open, so we must not refuse it.
void TestCollection::collectionKilledDuringCheckpointOpens()
{
    const DeckId deck = m_c->ensureDeck(QStringLiteral("Before"))->id;
    addNote(deck, {NewState{1}});
    QVERIFY(m_c->checkpoint().ok());
    // ~50 new pages that exist only in the -wal, and a deck committed after them.
    Note big;
    big.notetypeId = m_basic;
    big.fields = QStringList{QString(200000, QLatin1Char('x')), QStringLiteral("b")};
    QVERIFY(m_c->addNote(big).ok());
    QVERIFY(m_c->ensureDeck(QStringLiteral("Recovered")).ok());

    const QString crashed = m_dir->filePath(QStringLiteral("crashed/collection.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(crashed).absolutePath()));
    QVERIFY(QFile::copy(m_c->path(), crashed));
    QVERIFY(QFile::copy(m_c->path() + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    {
        QFile f(crashed);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray header = f.read(100);
        const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
        const qint64 pageSize = (h[16] << 8) | h[17];
        const quint32 declared = quint32(f.size() / pageSize + 20);
        const char count[4] = {char(declared >> 24), char(declared >> 16), char(declared >> 8), char(declared)};
        QVERIFY(f.seek(28));
        QCOMPARE(f.write(count, 4), qint64(4));
        QVERIFY(f.seek(92));   // "version-valid-for" = change counter: the page count is to be trusted
        QCOMPARE(f.write(header.constData() + 24, 4), qint64(4));
    }
    QVERIFY(!Database::checkHeader(crashed).ok());   // what used to refuse the file

    auto c = Collection::open(crashed);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QVERIFY((*c)->deckByName(QStringLiteral("Recovered"))->has_value());
    QCOMPARE(*(*c)->count(QStringLiteral("notes")), qint64(2));
    Result<std::vector<CheckProblem>> problems = (*c)->check();
    QVERIFY(problems.ok());
    for (const CheckProblem &p : *problems)   // the big note has no card: that is all
        QVERIFY2(p.kind == CheckProblem::Kind::NoteWithoutCards, qPrintable(p.message));
    c->reset();
    QVERIFY(Database::checkHeader(crashed).ok());
}

// restore() has to get rid of the old -wal before the new file takes its place, but a failure on
// the way must leave the old collection with every commit, including those only in its log.
void TestCollection::failedRestoreKeepsTheOldCommits()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QVERIFY(m_c->backupTo(backup).ok());
    QVERIFY(m_c->ensureDeck(QStringLiteral("Only in the log")).ok());
    // A collection whose program died: its latest commits are only in the -wal.
    const QString target = m_dir->filePath(QStringLiteral("target/collection.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    QVERIFY(QFile::copy(m_c->path(), target));
    QVERIFY(QFile::copy(m_c->path() + QStringLiteral("-wal"), target + QStringLiteral("-wal")));
    // Something the restore cannot remove on its way: a -shm that is a folder with a file in it.
    QVERIFY(QDir().mkpath(target + QStringLiteral("-shm/keep")));

    QVERIFY(!Collection::restore(backup, target).ok());

    QVERIFY(QDir(target + QStringLiteral("-shm")).removeRecursively());
    auto c = Collection::open(target);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QVERIFY((*c)->deckByName(QStringLiteral("Only in the log"))->has_value());
}

// Anki keeps one rollover hour per collection. A subdeck whose preset says midnight must not have
// its own "today" inside a tree that rolls over at 04:00.
void TestCollection::oneRolloverHourPerCollection()
{
    SchedulerConfig midnight;
    midnight.rolloverHour = 0;
    const PresetId preset = *m_c->addPreset(QStringLiteral("Midnight"), midnight);
    Deck child = *m_c->ensureDeck(QStringLiteral("Tree::Midnight"));
    child.presetId = preset;
    QVERIFY(m_c->updateDeck(child).ok());
    // 2026-03-10 02:00 UTC: calendar day 20522 (see tst_scheduler), but with the collection's
    // 04:00 rollover still study day 20521.
    const QDateTime now(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC);
    addCard(child.id, ReviewState{3, 2500, 0, false, 20522});   // due only by a midnight rollover
    const CardId due = addCard(child.id, ReviewState{3, 2500, 0, false, 20521});

    Result<std::vector<DeckCounts>> counts = m_c->deckCounts(now, 0);
    QVERIFY(counts.ok());
    for (const DeckCounts &dc : *counts) {
        if (dc.name.startsWith(QLatin1String("Tree")))
            QCOMPARE(dc.reviewCount, 1);
    }
    QCOMPARE(*StudyQueue::dueCards(*m_c, child.id, now, 0, 0), std::vector<CardId>{due});
    QCOMPARE(m_c->configForDeck(child.id)->rolloverHour, 4);
    QCOMPARE(*m_c->rolloverHour(), 4);
}

void TestCollection::cardStateRoundTrip_data()
{
    QTest::addColumn<Card>("card");
    const QDateTime due = QDateTime(QDate(2026, 3, 10), QTime(12, 10, 5), Qt::UTC);
    Card c;
    c.deckId = 1;
    c.state = NewState{42};
    QTest::newRow("new, position 42") << c;
    c.state = LearningState{2, 600, due};
    c.reps = 1;
    QTest::newRow("learning, 2 steps left, due in 10 min") << c;
    c.state = ReviewState{17, 2350, 2, false, 20520};
    c.reps = 9;
    c.flags = 3;
    QTest::newRow("review, 17 days, ease 235%, flag 3") << c;
    c.state = ReviewState{3, 1300, 8, true, 20400};
    QTest::newRow("review, leech at minimum ease") << c;
    c.state = RelearningState{LearningState{1, 600, due}, ReviewState{1, 2100, 3, false, 20521}};
    QTest::newRow("relearning keeps its review interval and ease") << c;
    c.state = ReviewState{5, 2500, 0, false, 20500};
    c.queue = CardQueue::Suspended;
    QTest::newRow("suspended review") << c;
    c.queue = CardQueue::SiblingBuried;
    c.buriedUntilDay = 20523;
    QTest::newRow("sibling-buried until day 20523") << c;
    c.queue = CardQueue::ManuallyBuried;
    c.modifiedSecs = 1773000000;
    QTest::newRow("manually buried, with mod time") << c;
}

void TestCollection::cardStateRoundTrip()
{
    QFETCH(Card, card);
    Note n = addNote(1, {});
    card.noteId = n.id;
    Result<Card> added = m_c->addCard(card);
    QVERIFY(added.ok());
    QVERIFY(added->id != 0);
    card.id = added->id;
    Result<Card> read = m_c->card(card.id);
    QVERIFY(read.ok());
    QVERIFY(sameCard(*read, card));
    // And through an update from another state.
    Card other = card;
    other.state = NewState{7};
    other.queue = CardQueue::Normal;
    QVERIFY(m_c->updateCard(other).ok());
    QVERIFY(m_c->updateCard(card).ok());
    QVERIFY(sameCard(*m_c->card(card.id), card));
    QCOMPARE(m_c->cardsOfNote(n.id)->size(), size_t(1));
}

void TestCollection::notesNotetypesAndRemoval()
{
    Result<Notetype> nt = m_c->notetype(m_basic);
    QVERIFY(nt.ok());
    QCOMPARE(nt->templates.size(), size_t(2));
    QCOMPARE(nt->templates[1].questionFormat, QStringLiteral("{{Back}}"));
    QCOMPARE(nt->fieldNames, (QStringList{QStringLiteral("Front"), QStringLiteral("Back")}));
    QCOMPARE((*m_c->notetypeByName(QStringLiteral("Basic (and reversed card)")))->id, m_basic);
    QVERIFY(!m_c->notetypeByName(QStringLiteral("Nope"))->has_value());

    Notetype changed = *nt;
    changed.templates.pop_back();
    changed.css = QStringLiteral(".card { color: red }");
    changed.kind = NotetypeKind::Layers;
    changed.markdownFields = true;
    QVERIFY(m_c->updateNotetype(changed).ok());
    Result<Notetype> reread = m_c->notetype(m_basic);
    QCOMPARE(reread->templates.size(), size_t(1));
    QCOMPARE(reread->kind, NotetypeKind::Layers);
    QVERIFY(reread->markdownFields);
    QCOMPARE(m_c->notetypes()->size(), size_t(1));

    Note n;
    n.notetypeId = m_basic;
    n.guid = QStringLiteral("stable-guid-1");
    n.fields = QStringList{QStringLiteral("<b>Grüße</b>"), QStringLiteral("東京 & \"quotes\"")};
    n.tags = QStringList{QStringLiteral("go::maps"), QStringLiteral("interview")};
    Result<Note> added = m_c->addNote(n);
    QVERIFY(added.ok());
    Result<std::optional<Note>> byGuid = m_c->noteByGuid(QStringLiteral("stable-guid-1"));
    QVERIFY(byGuid->has_value());
    QCOMPARE((*byGuid)->fields, n.fields);
    QCOMPARE((*byGuid)->tags, n.tags);
    Result<Note> dup = m_c->addNote(n);
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().kind, Error::Kind::InvalidInput);

    Note generated;
    generated.notetypeId = m_basic;
    generated.fields = QStringList{QStringLiteral("x"), QStringLiteral("y")};
    Result<Note> g = m_c->addNote(generated);
    QVERIFY(!g->guid.isEmpty());
    QVERIFY(g->id != added->id);

    Note badType = generated;
    badType.guid.clear();
    badType.notetypeId = 999;
    QCOMPARE(m_c->addNote(badType).error().kind, Error::Kind::InvalidInput);

    Note edited = *added;
    edited.fields[0] = QStringLiteral("edited");
    QVERIFY(m_c->updateNote(edited).ok());
    QCOMPARE(m_c->note(added->id)->fields[0], QStringLiteral("edited"));

    // Removing a note removes its cards but keeps the review history.
    Card c;
    c.noteId = added->id;
    c.deckId = 1;
    Result<Card> card = m_c->addCard(c);
    ReviewLogEntry log;
    log.id = 1773000000000;
    log.cardId = card->id;
    log.rating = 3;
    QVERIFY(m_c->addReviewLog(log).ok());
    QVERIFY(m_c->removeNotes({added->id}).ok());
    QCOMPARE(m_c->note(added->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_c->card(card->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(*m_c->count(QStringLiteral("revlog")), qint64(1));
}

void TestCollection::presetsRoundTrip()
{
    SchedulerConfig custom;
    custom.learnStepsSecs = {30, 300, 3600};
    custom.newPerDay = 7;
    custom.hardMultiplier = 1.1;
    custom.leechAction = LeechAction::Suspend;
    custom.buryNewSiblings = false;
    custom.rolloverHour = 2;
    Result<PresetId> id = m_c->addPreset(QStringLiteral("Cram"), custom);
    QVERIFY(id.ok());
    QCOMPARE(PresetCodec::toJson(*m_c->preset(*id)), PresetCodec::toJson(custom));
    Result<Deck> deck = m_c->ensureDeck(QStringLiteral("Cram"));
    QCOMPARE(m_c->configForDeck(deck->id)->newPerDay, 20);
    Deck d = *deck;
    d.presetId = *id;
    QVERIFY(m_c->updateDeck(d).ok());
    QCOMPARE(m_c->configForDeck(d.id)->newPerDay, 7);
    // Subdecks start with their parent's preset.
    QCOMPARE(m_c->ensureDeck(QStringLiteral("Cram::Sub"))->presetId, *id);
    custom.newPerDay = 9;
    QVERIFY(m_c->savePreset(*id, QStringLiteral("Cram"), custom).ok());
    QCOMPARE(m_c->configForDeck(d.id)->newPerDay, 9);
    QCOMPARE(m_c->savePreset(0, QStringLiteral("x"), custom).error().kind, Error::Kind::InvalidInput);
    QCOMPARE(m_c->preset(12345).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_c->configForDeck(12345).error().kind, Error::Kind::NotFound);
}

void TestCollection::transactionsNestAndRollBack()
{
    {
        Collection::Transaction outer(*m_c);
        addNote(1, {NewState{1}});
        // no commit: everything since the outer BEGIN goes
    }
    QCOMPARE(*m_c->count(QStringLiteral("notes")), qint64(0));
    {
        Collection::Transaction outer(*m_c);
        addNote(1, {NewState{1}});
        {
            Collection::Transaction inner(*m_c);
            // inner abandoned: the whole outer transaction must fail
        }
        QVERIFY(!outer.commit().ok());
    }
    QCOMPARE(*m_c->count(QStringLiteral("notes")), qint64(0));
    {
        Collection::Transaction outer(*m_c);
        addNote(1, {NewState{1}, NewState{2}});
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(*m_c->count(QStringLiteral("cards")), qint64(2));
}

void TestCollection::deckCounts_data()
{
    // Cards are "<deck> <what> [number] [xN]": deck P (parent) or C (its child P::C).
    //   new | review <days from today> | learn <secs from now> | relearn <secs from now>
    //   new-suspended | new-buried <days until back> | review-buried <days until back>
    //   done-new / done-review [hours ago]: an answer in the review log (answered card is a review card)
    QTest::addColumn<QStringList>("cards");
    QTest::addColumn<int>("newPerDay");
    QTest::addColumn<int>("reviewsPerDay");
    QTest::addColumn<QList<int>>("parent");   // new, learn, review for P
    QTest::addColumn<QList<int>>("child");    // new, learn, review for P::C

    QTest::newRow("new cards capped at newPerDay")
        << QStringList{"P new x30"} << 20 << 200 << QList<int>{20, 0, 0} << QList<int>{0, 0, 0};
    QTest::newRow("new cards introduced today use up the limit")
        << QStringList{"P new x30", "P done-new x5"} << 20 << 200 << QList<int>{15, 0, 0} << QList<int>{0, 0, 0};
    QTest::newRow("answers before the day started do not count")
        << QStringList{"P new x30", "P done-new 9 x5"} << 20 << 200 << QList<int>{20, 0, 0} << QList<int>{0, 0, 0};
    QTest::newRow("reviews due today or earlier, not tomorrow")
        << QStringList{"P review 0 x3", "P review -5", "P review 1 x2"} << 20 << 200 << QList<int>{0, 0, 4}
        << QList<int>{0, 0, 0};
    QTest::newRow("reviews capped by reviewsPerDay minus done today")
        << QStringList{"P review 0 x8", "P done-review x2"} << 20 << 5 << QList<int>{0, 0, 3} << QList<int>{0, 0, 0};
    QTest::newRow("learning due within the 20 min learn-ahead")
        << QStringList{"P learn -60", "P learn 600", "P relearn 1100", "P learn 1800"} << 20 << 200
        << QList<int>{0, 3, 0} << QList<int>{0, 0, 0};
    QTest::newRow("suspended cards never count")
        << QStringList{"P new-suspended x3", "P new"} << 20 << 200 << QList<int>{1, 0, 0} << QList<int>{0, 0, 0};
    QTest::newRow("buried until tomorrow are out, buried until today are back")
        << QStringList{"P new-buried 1 x2", "P new-buried 0", "P review-buried 1", "P review-buried 0"} << 20 << 200
        << QList<int>{1, 0, 1} << QList<int>{0, 0, 0};
    QTest::newRow("subdeck cards count into the parent")
        << QStringList{"P new x2", "C new x3", "C review 0", "C learn 0"} << 20 << 200 << QList<int>{5, 1, 1}
        << QList<int>{3, 1, 1};
    QTest::newRow("parent limit caps its subdecks")
        << QStringList{"P new x2", "C new x10"} << 4 << 200 << QList<int>{4, 0, 0} << QList<int>{4, 0, 0};
    QTest::newRow("answers in a subdeck use up the parent's limit")
        << QStringList{"P new x10", "C done-new x3"} << 5 << 200 << QList<int>{2, 0, 0} << QList<int>{0, 0, 0};
}

void TestCollection::deckCounts()
{
    QFETCH(QStringList, cards);
    QFETCH(int, newPerDay);
    QFETCH(int, reviewsPerDay);
    QFETCH(QList<int>, parent);
    QFETCH(QList<int>, child);

    SchedulerConfig config;
    config.newPerDay = newPerDay;
    config.reviewsPerDay = reviewsPerDay;
    Result<PresetId> preset = m_c->addPreset(QStringLiteral("Test"), config);
    QVERIFY(preset.ok());
    Deck p = *m_c->ensureDeck(QStringLiteral("P"));
    p.presetId = *preset;
    QVERIFY(m_c->updateDeck(p).ok());
    Deck c = *m_c->ensureDeck(QStringLiteral("P::C"));
    c.presetId = *preset;
    QVERIFY(m_c->updateDeck(c).ok());

    const qint64 nowSecs = kNow.toSecsSinceEpoch();
    qint64 logId = kNow.toMSecsSinceEpoch() - 3600 * 1000;
    for (const QString &spec : cards) {
        QStringList t = spec.split(QLatin1Char(' '));
        int repeat = 1;
        if (t.last().startsWith(QLatin1Char('x'))) {
            repeat = t.last().mid(1).toInt();
            t.removeLast();
        }
        const DeckId deck = t[0] == QLatin1String("P") ? p.id : c.id;
        const QString what = t[1];
        const qint64 arg = t.size() > 2 ? t[2].toLongLong() : 0;
        for (int i = 0; i < repeat; ++i) {
            if (what == QLatin1String("new"))
                addCard(deck, NewState{i});
            else if (what == QLatin1String("review"))
                addCard(deck, ReviewState{3, 2500, 0, false, today() + arg});
            else if (what == QLatin1String("learn"))
                addCard(deck, LearningState{1, 600, QDateTime::fromSecsSinceEpoch(nowSecs + arg, Qt::UTC)});
            else if (what == QLatin1String("relearn"))
                addCard(deck, RelearningState{LearningState{1, 600, QDateTime::fromSecsSinceEpoch(nowSecs + arg, Qt::UTC)},
                                              ReviewState{1, 2300, 1, false, today()}});
            else if (what == QLatin1String("new-suspended"))
                addCard(deck, NewState{i}, CardQueue::Suspended);
            else if (what == QLatin1String("new-buried"))
                addCard(deck, NewState{i}, CardQueue::SiblingBuried, int(today() + arg));
            else if (what == QLatin1String("review-buried"))
                addCard(deck, ReviewState{3, 2500, 0, false, today()}, CardQueue::ManuallyBuried, int(today() + arg));
            else if (what.startsWith(QLatin1String("done-"))) {
                const CardId answered = addCard(deck, ReviewState{3, 2500, 0, false, today() + 3});
                ReviewLogEntry log;
                log.id = arg > 0 ? kNow.toMSecsSinceEpoch() - arg * 3600 * 1000 : logId++;
                log.cardId = answered;
                log.rating = 3;
                const bool isNew = what == QLatin1String("done-new");
                log.kind = isNew ? ReviewKind::Learn : ReviewKind::Review;
                log.intervalBefore = isNew ? 0 : 3;
                log.intervalAfter = isNew ? -600 : 3;
                QVERIFY(m_c->addReviewLog(log).ok());
            } else {
                QFAIL(qPrintable(QStringLiteral("bad spec ") + spec));
            }
        }
    }

    Result<std::vector<DeckCounts>> counts = m_c->deckCounts(kNow, 0);
    QVERIFY(counts.ok());
    QCOMPARE(counts->size(), size_t(3));
    const auto find = [&](DeckId id) {
        for (const DeckCounts &dc : *counts)
            if (dc.deckId == id)
                return QList<int>{dc.newCount, dc.learnCount, dc.reviewCount};
        return QList<int>();
    };
    QCOMPARE(find(p.id), parent);
    QCOMPARE(find(c.id), child);
    QCOMPARE(find(1), (QList<int>{0, 0, 0}));

    // dueCards for the parent returns exactly what the counts promise.
    Result<std::vector<CardId>> due = StudyQueue::dueCards(*m_c, p.id, kNow, 0, 0);
    QVERIFY(due.ok());
    QCOMPARE(int(due->size()), parent[0] + parent[1] + parent[2]);
}

void TestCollection::dueCardsOrderAndLimits()
{
    Deck p = *m_c->ensureDeck(QStringLiteral("P"));
    Deck c = *m_c->ensureDeck(QStringLiteral("P::C"));
    const qint64 nowSecs = kNow.toSecsSinceEpoch();
    const CardId new2 = addCard(c.id, NewState{2});
    const CardId new1 = addCard(p.id, NewState{1});
    const CardId revLate = addCard(p.id, ReviewState{3, 2500, 0, false, today()});
    const CardId revEarly = addCard(c.id, ReviewState{3, 2500, 0, false, today() - 2});
    const CardId learnLater = addCard(p.id, LearningState{1, 600, QDateTime::fromSecsSinceEpoch(nowSecs + 300, Qt::UTC)});
    const CardId learnNow = addCard(c.id, LearningState{1, 600, QDateTime::fromSecsSinceEpoch(nowSecs - 10, Qt::UTC)});
    addCard(1, NewState{0});   // another deck: not in P

    Result<std::vector<CardId>> due = StudyQueue::dueCards(*m_c, p.id, kNow, 0, 0);
    QVERIFY(due.ok());
    // Learning due now first; one due in 5 min (inside the 20 min learn-ahead) only after the rest.
    QCOMPARE(*due, (std::vector<CardId>{learnNow, revEarly, revLate, new1, new2, learnLater}));
    QCOMPARE(*StudyQueue::dueCards(*m_c, p.id, kNow, 0, 3), (std::vector<CardId>{learnNow, revEarly, revLate}));
    QCOMPARE(*StudyQueue::dueCards(*m_c, c.id, kNow, 0, 0), (std::vector<CardId>{learnNow, revEarly, new2}));
    QCOMPARE(StudyQueue::dueCards(*m_c, std::nullopt, kNow, 0, 0)->size(), size_t(7));
    QCOMPARE(StudyQueue::dueCards(*m_c, DeckId(987654), kNow, 0, 0).error().kind, Error::Kind::NotFound);
}

// After each answer the reviewer reads what is left from the candidates' own counts; they cover
// the studied deck and its subdecks only (counting the other decks cost most of a next card at
// 100,000 cards), with the figures deckCounts gives for those decks.
void TestCollection::candidatesCountOnlyTheChosenSubtree()
{
    Deck p = *m_c->ensureDeck(QStringLiteral("P"));
    Deck c = *m_c->ensureDeck(QStringLiteral("P::C"));
    Deck g = *m_c->ensureDeck(QStringLiteral("P::C::G"));
    Deck other = *m_c->ensureDeck(QStringLiteral("Q"));
    Deck sibling = *m_c->ensureDeck(QStringLiteral("P::D"));
    const qint64 nowSecs = kNow.toSecsSinceEpoch();
    addCard(p.id, NewState{1});
    addCard(c.id, ReviewState{3, 2500, 0, false, today() - 1});
    addCard(g.id, LearningState{1, 600, QDateTime::fromSecsSinceEpoch(nowSecs - 10, Qt::UTC)});
    addCard(g.id, NewState{2});
    addCard(sibling.id, NewState{3});
    addCard(other.id, ReviewState{3, 2500, 0, false, today()});

    Result<std::vector<DeckCounts>> all = m_c->deckCounts(kNow, 0);
    QVERIFY(all.ok());
    const auto expected = [&](DeckId id) {
        for (const DeckCounts &dc : *all)
            if (dc.deckId == id)
                return QList<int>{dc.newCount, dc.learnCount, dc.reviewCount};
        return QList<int>();
    };
    QCOMPARE(expected(c.id), (QList<int>{1, 1, 1}));

    Result<StudyCandidates> candidates = m_c->studyCandidates(c.id, kNow, 0, 1);
    QVERIFY(candidates.ok());
    QList<DeckId> counted;
    for (const DeckCounts &dc : candidates->counts) {
        counted << dc.deckId;
        QCOMPARE((QList<int>{dc.newCount, dc.learnCount, dc.reviewCount}), expected(dc.deckId));
    }
    QCOMPARE(counted, (QList<DeckId>{c.id, g.id}));

    // All decks: every deck is counted, as deckCounts does.
    Result<StudyCandidates> everything = m_c->studyCandidates(std::nullopt, kNow, 0, 1);
    QVERIFY(everything.ok());
    QCOMPARE(everything->counts.size(), all->size());
    for (const DeckCounts &dc : everything->counts)
        QCOMPARE((QList<int>{dc.newCount, dc.learnCount, dc.reviewCount}), expected(dc.deckId));

    // The session's "what is left" for P::C is the same either way.
    const DueCounts viaCandidates = SessionCounts::remaining(candidates->counts, c.id);
    const DueCounts viaTree = SessionCounts::remaining(*all, c.id);
    QCOMPARE(viaCandidates.newCount, viaTree.newCount);
    QCOMPARE(viaCandidates.learnCount, viaTree.learnCount);
    QCOMPARE(viaCandidates.reviewCount, viaTree.reviewCount);
}

// The deck tree keeps today's answers per deck from one next card to the next (recordAnswer adds
// its own) instead of reading the whole day's log after every answer. Whatever else changes, the
// counts must be what a fresh reading of the file gives: compared after each step with a
// read-only connection of its own, which has nothing carried over.
void TestCollection::todaysAnswersAreCarriedAcrossAnswersAndReadAgainAfterAnyOtherChange()
{
    SchedulerConfig few;
    few.newPerDay = 5;
    Result<PresetId> preset = m_c->addPreset(QStringLiteral("Five"), few);
    QVERIFY(preset.ok());
    Deck a = *m_c->ensureDeck(QStringLiteral("A"));
    a.presetId = *preset;
    QVERIFY(m_c->updateDeck(a).ok());
    Deck b = *m_c->ensureDeck(QStringLiteral("B"));
    b.presetId = *preset;
    QVERIFY(m_c->updateDeck(b).ok());
    for (int position = 1; position <= 8; ++position) {
        addCard(a.id, NewState{position});
        addCard(b.id, NewState{position});
    }

    const auto newCounts = [&](Collection &c) {
        QMap<QString, int> out;
        if (Result<std::vector<DeckCounts>> counts = c.deckCounts(kNow, 0))
            for (const DeckCounts &dc : *counts)
                out.insert(dc.name, dc.newCount);
        return out;
    };
    const auto fresh = [&] {
        auto reader = Collection::openReadOnly(m_c->path());
        return reader ? newCounts(**reader) : QMap<QString, int>();
    };
    QCOMPARE(newCounts(*m_c).value(QStringLiteral("A")), 5);

    // Two answers through the study session: carried over, one new card used up each.
    FixedClock clock(kNow);
    ReviewSession session(*m_c, clock, a.id);
    std::vector<CardId> answered;
    ReviewId lastAnswer = 0;
    for (int i = 0; i < 2; ++i) {
        Result<std::optional<Card>> next = session.nextCard();
        QVERIFY(next.ok() && next->has_value());
        Result<ReviewId> id = session.answer(**next, Rating::Good, 1000);
        QVERIFY(id.ok());
        answered.push_back((*next)->id);
        lastAnswer = *id;
    }
    QCOMPARE(newCounts(*m_c).value(QStringLiteral("A")), 3);
    QCOMPARE(newCounts(*m_c), fresh());

    // Moving an answered card to B: its answer now counts against B, as a fresh reading has it.
    Result<Card> card = m_c->card(answered.front());
    QVERIFY(card.ok());
    card->deckId = b.id;
    QVERIFY(m_c->updateCard(*card).ok());
    QCOMPARE(newCounts(*m_c).value(QStringLiteral("A")), 4);
    QCOMPARE(newCounts(*m_c).value(QStringLiteral("B")), 4);
    QCOMPARE(newCounts(*m_c), fresh());

    // Undoing the last answer gives its new card back.
    QVERIFY(m_c->undoAnswer(lastAnswer).ok());
    QCOMPARE(newCounts(*m_c).value(QStringLiteral("A")), 5);
    QCOMPARE(newCounts(*m_c), fresh());

    // Another connection answers a card of A (the CLI, say): seen through the file's data version.
    {
        auto other = Database::open(m_c->path(), Database::Mode::ReadWrite);
        QVERIFY(other.ok());
        Result<std::vector<CardId>> due = StudyQueue::dueCards(*m_c, a.id, kNow, 0, 1);
        QVERIFY(due.ok() && due->size() == 1);
        QVERIFY((*other)->exec(QStringLiteral("INSERT INTO revlog VALUES (%1, %2, 3, 1, 0, 0, 1000, 0)")
                                   .arg(kNow.toMSecsSinceEpoch() + 5).arg(due->front())).ok());
    }
    QCOMPARE(newCounts(*m_c).value(QStringLiteral("A")), 4);
    QCOMPARE(newCounts(*m_c), fresh());

    // A rolled-back answer leaves nothing behind.
    {
        Collection::Transaction tx(*m_c);
        Result<std::optional<Card>> next = session.nextCard();
        QVERIFY(next.ok() && next->has_value());
        QVERIFY(session.answer(**next, Rating::Good, 1000).ok());
        QCOMPARE(newCounts(*m_c).value(QStringLiteral("A")), 3);   // inside the transaction
    }
    QCOMPARE(newCounts(*m_c).value(QStringLiteral("A")), 4);
    QCOMPARE(newCounts(*m_c), fresh());

    // The next day starts from nothing answered.
    for (const DeckCounts &dc : *m_c->deckCounts(kNow.addDays(1), 0))
        if (dc.name != QStringLiteral("Default"))
            QCOMPARE(dc.newCount, 5);
}

// The decks table folds ASCII case only (NOCASE): "Ä" and "ä" are two decks (an Anki import can
// bring both). A child finds its parent by the same rule, in the study tree and in check().
void TestCollection::decksDifferingInNonAsciiCaseKeepTheirOwnChildren()
{
    Deck upper = *m_c->ensureDeck(QStringLiteral("Ärzte"));
    Result<Deck> lower = m_c->ensureDeck(QStringLiteral("ärzte"));
    QVERIFY2(lower.ok(), "the collection itself allows both names");
    QVERIFY(lower->id != upper.id);
    Deck child = *m_c->ensureDeck(QStringLiteral("ärzte::Kind"));
    addCard(child.id, NewState{1});
    addCard(child.id, NewState{2});

    Result<std::vector<DeckCounts>> counts = m_c->deckCounts(kNow, 0);
    QVERIFY(counts.ok());
    for (const DeckCounts &dc : *counts) {
        if (dc.deckId == upper.id)
            QCOMPARE(dc.newCount, 0);
        else if (dc.deckId == lower->id || dc.deckId == child.id)
            QCOMPARE(dc.newCount, 2);
    }
    QCOMPARE(StudyQueue::dueCards(*m_c, upper.id, kNow, 0, 0)->size(), size_t(0));
    QCOMPARE(StudyQueue::dueCards(*m_c, lower->id, kNow, 0, 0)->size(), size_t(2));

    // "Öl::Waise" has no parent by the table's rule: "öl" is another deck.
    QVERIFY(m_c->database().exec(QStringLiteral("INSERT INTO decks (name, preset_id, description) "
                                                "VALUES ('öl', 1, ''), ('ÖL::Waise', 1, ''), ('öL::Gut', 1, '')")).ok());
    Result<std::vector<CheckProblem>> problems = m_c->check();
    QVERIFY(problems.ok());
    QCOMPARE(problems->size(), size_t(1));
    QCOMPARE(problems->front().kind, CheckProblem::Kind::MissingParentDeck);
    QCOMPARE(problems->front().ids.size(), size_t(1));
    QCOMPARE(m_c->deck(problems->front().ids.front())->name, QStringLiteral("ÖL::Waise"));
}

// The preset's "new card order" is read: Added keeps the order cards were added in; Random
// shuffles all of the deck's new cards (not only the first ones the daily limit lets through),
// the same way on every call of the day, so asking for one card gives the queue's first.
void TestCollection::newCardOrderComesFromTheChosenDecksPreset()
{
    SchedulerConfig random;
    random.newCardOrder = NewCardOrder::Random;
    random.newPerDay = 5;
    Result<PresetId> randomPreset = m_c->addPreset(QStringLiteral("Shuffled"), random);
    QVERIFY(randomPreset.ok());
    Deck shuffled = *m_c->ensureDeck(QStringLiteral("Shuffled"));
    shuffled.presetId = *randomPreset;
    QVERIFY(m_c->updateDeck(shuffled).ok());
    SchedulerConfig added;
    added.newPerDay = 5;
    Result<PresetId> addedPreset = m_c->addPreset(QStringLiteral("In order"), added);
    QVERIFY(addedPreset.ok());
    Deck inOrder = *m_c->ensureDeck(QStringLiteral("In order"));
    inOrder.presetId = *addedPreset;
    QVERIFY(m_c->updateDeck(inOrder).ok());

    std::vector<CardId> shuffledCards, orderedCards;
    for (int position = 1; position <= 30; ++position) {
        shuffledCards.push_back(addCard(shuffled.id, NewState{position}));
        orderedCards.push_back(addCard(inOrder.id, NewState{position}));
    }

    // Every new card of the shuffled deck is a candidate; of the other, the five the limit allows.
    QCOMPARE(m_c->studyCandidates(shuffled.id, kNow, 0, 0)->fresh.size(), size_t(30));
    QCOMPARE(m_c->studyCandidates(inOrder.id, kNow, 0, 0)->fresh.size(), size_t(5));

    const std::vector<CardId> firstFive(orderedCards.begin(), orderedCards.begin() + 5);
    QCOMPARE(*StudyQueue::dueCards(*m_c, inOrder.id, kNow, 0, 0), firstFive);

    Result<std::vector<CardId>> queue = StudyQueue::dueCards(*m_c, shuffled.id, kNow, 0, 0);
    QVERIFY(queue.ok());
    QCOMPARE(queue->size(), size_t(5));
    QVERIFY(*queue != std::vector<CardId>(shuffledCards.begin(), shuffledCards.begin() + 5));
    for (CardId id : *queue)
        QVERIFY(std::find(shuffledCards.begin(), shuffledCards.end(), id) != shuffledCards.end());
    QCOMPARE(*StudyQueue::dueCards(*m_c, shuffled.id, kNow, 0, 0), *queue);
    QCOMPARE(*StudyQueue::dueCards(*m_c, shuffled.id, kNow, 0, 1), std::vector<CardId>{queue->front()});
}

void TestCollection::recordAnswerAndUndo_data()
{
    QTest::addColumn<int>("answered");    // 0 new, 2 review: state of the answered card
    QTest::addColumn<QList<int>>("siblings");   // sibling states: 0 new, 1 learning, 2 review, 9 suspended new
    QTest::addColumn<bool>("buryNew");
    QTest::addColumn<bool>("buryReview");
    QTest::addColumn<QList<bool>>("buried");

    QTest::newRow("new card buries its new sibling") << 0 << QList<int>{0} << true << true << QList<bool>{true};
    QTest::newRow("review card buries new and review siblings")
        << 2 << QList<int>{0, 2} << true << true << QList<bool>{true, true};
    QTest::newRow("only review siblings when new burying is off")
        << 2 << QList<int>{0, 2} << false << true << QList<bool>{false, true};
    QTest::newRow("burying off leaves siblings alone") << 0 << QList<int>{0, 2} << false << false
                                                       << QList<bool>{false, false};
    QTest::newRow("learning and suspended siblings are never buried")
        << 0 << QList<int>{1, 9} << true << true << QList<bool>{false, false};
    QTest::newRow("a card without siblings") << 2 << QList<int>{} << true << true << QList<bool>{};
}

void TestCollection::recordAnswerAndUndo()
{
    QFETCH(int, answered);
    QFETCH(QList<int>, siblings);
    QFETCH(bool, buryNew);
    QFETCH(bool, buryReview);
    QFETCH(QList<bool>, buried);

    SchedulerConfig config;
    config.buryNewSiblings = buryNew;
    config.buryReviewSiblings = buryReview;
    QVERIFY(m_c->savePreset(1, QStringLiteral("Default"), config).ok());

    const auto stateOf = [&](int kind) -> CardState {
        switch (kind) {
        case 1: return LearningState{1, 60, kNow};
        case 2: return ReviewState{5, 2500, 0, false, today()};
        default: return NewState{3};
        }
    };
    std::vector<CardState> states{stateOf(answered)};
    for (int s : siblings)
        states.push_back(stateOf(s == 9 ? 0 : s));
    std::vector<CardId> ids;
    addNote(1, states, &ids);
    for (int i = 0; i < siblings.size(); ++i) {
        if (siblings[i] == 9) {
            Card s = *m_c->card(ids[i + 1]);
            s.queue = CardQueue::Suspended;
            QVERIFY(m_c->updateCard(s).ok());
        }
    }
    std::vector<Card> before;
    for (CardId id : ids)
        before.push_back(*m_c->card(id));
    const qint64 revlogBefore = *m_c->count(QStringLiteral("revlog"));

    Card after = before[0];
    after.state = ReviewState{1, 2500, 0, false, today() + 1};
    after.reps += 1;
    after.modifiedSecs = kNow.toSecsSinceEpoch();
    ReviewLogEntry log;
    log.id = kNow.toMSecsSinceEpoch();
    log.rating = 3;
    log.intervalAfter = 1;
    log.intervalBefore = answered == 2 ? 5 : 0;
    log.easePermille = 2500;
    log.takenMs = 4200;
    log.kind = answered == 2 ? ReviewKind::Review : ReviewKind::Learn;
    Result<ReviewId> rid = m_c->recordAnswer(before[0], after, log, int(today()));
    QVERIFY2(rid.ok(), qPrintable(rid.ok() ? QString() : rid.error().message));
    QCOMPARE(*rid, log.id);
    QVERIFY(sameCard(*m_c->card(ids[0]), after));
    QCOMPARE(*m_c->count(QStringLiteral("revlog")), revlogBefore + 1);
    for (int i = 0; i < buried.size(); ++i) {
        const Card s = *m_c->card(ids[i + 1]);
        if (buried[i]) {
            QCOMPARE(s.queue, CardQueue::SiblingBuried);
            QCOMPARE(s.buriedUntilDay, int(today()) + 1);
        } else {
            QVERIFY(sameCard(s, before[i + 1]));
        }
    }

    Result<std::optional<CardId>> undone = m_c->undoLastAnswer();
    QVERIFY(undone.ok());
    QCOMPARE(undone->value_or(0), ids[0]);
    for (size_t i = 0; i < ids.size(); ++i)
        QVERIFY2(sameCard(*m_c->card(ids[i]), before[i]), qPrintable(QString::number(i)));
    QCOMPARE(*m_c->count(QStringLiteral("revlog")), revlogBefore);
    QVERIFY(!m_c->undoLastAnswer()->has_value());
}

void TestCollection::reviewIdIsBumpedUntilUnique()
{
    std::vector<CardId> ids;
    addNote(1, {NewState{1}, LearningState{1, 60, kNow}}, &ids);
    ReviewLogEntry log;
    log.id = kNow.toMSecsSinceEpoch();
    log.rating = 3;
    Card a = *m_c->card(ids[0]);
    Card b = *m_c->card(ids[1]);
    QCOMPARE(*m_c->recordAnswer(a, a, log, int(today())), log.id);
    QCOMPARE(*m_c->recordAnswer(b, b, log, int(today())), log.id + 1);
    QCOMPARE(*m_c->addReviewLog(log), log.id + 2);
    // Undo goes back in reverse order.
    QCOMPARE(m_c->undoLastAnswer()->value_or(0), ids[1]);
    QCOMPARE(m_c->undoLastAnswer()->value_or(0), ids[0]);
    Card other = a;
    other.id = ids[1];
    QCOMPARE(m_c->recordAnswer(a, other, log, 0).error().kind, Error::Kind::InvalidInput);
}

void TestCollection::answerIsVisibleToOtherConnections()
{
    std::vector<CardId> ids;
    addNote(1, {NewState{1}}, &ids);
    Card a = *m_c->card(ids[0]);
    ReviewLogEntry log;
    log.id = kNow.toMSecsSinceEpoch();
    log.rating = 1;
    QVERIFY(m_c->recordAnswer(a, a, log, int(today())).ok());
    // Committed before returning: a second connection sees it at once.
    auto reader = Collection::openReadOnly(m_c->path());
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));
    QCOMPARE(*(*reader)->count(QStringLiteral("revlog")), qint64(1));
    QCOMPARE(*(*reader)->count(QStringLiteral("undo_log")), qint64(1));
}

void TestCollection::secondOpenIsLocked()
{
    const QString path = m_c->path();
    auto second = Collection::open(path);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Error::Kind::Locked);
    QVERIFY(second.error().message.contains(QStringLiteral("already open")));
    QCOMPARE(Collection::restore(path, path).error().kind, Error::Kind::Locked);
    m_c.reset();
    auto third = Collection::open(path);
    QVERIFY(third.ok());
}

// In the child process (see main() below): open the collection and report the result; "hold"
// keeps it open until stdin closes.
static int lockChild(const QString &mode, const QString &path)
{
    if (mode == QLatin1String("exit"))
        return 0;
    auto c = Collection::open(path);
    std::printf("%d\n", c.ok() ? -1 : int(c.error().kind));
    std::fflush(stdout);
    if (mode == QLatin1String("hold") && c.ok()) {
        char buf[16];
        while (std::fread(buf, 1, sizeof buf, stdin) > 0) {
        }
    }
    return 0;
}

void TestCollection::lockAcrossProcesses_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("child cannot open what the parent holds") << "parent-holds";
    QTest::newRow("parent cannot open what a child holds") << "child-holds";
    QTest::newRow("a crashed child's lock is taken over") << "child-crashes";
}

void TestCollection::lockAcrossProcesses()
{
    QFETCH(QString, scenario);
    const QString path = m_c->path();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QProcess child;
    if (scenario == QLatin1String("parent-holds")) {
        env.insert(QStringLiteral("DEBRIEF_LOCK_CHILD"), QStringLiteral("try"));
        env.insert(QStringLiteral("DEBRIEF_LOCK_PATH"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), QStringList());
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.readAllStandardOutput().trimmed().toInt(), int(Error::Kind::Locked));
        return;
    }
    m_c.reset();
    env.insert(QStringLiteral("DEBRIEF_LOCK_CHILD"), QStringLiteral("hold"));
    env.insert(QStringLiteral("DEBRIEF_LOCK_PATH"), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), QStringList());
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(30000));
    QCOMPARE(child.readLine().trimmed().toInt(), -1);   // the child has it open
    auto mine = Collection::open(path);
    QVERIFY(!mine.ok());
    QCOMPARE(mine.error().kind, Error::Kind::Locked);
    if (scenario == QLatin1String("child-crashes")) {
        child.kill();   // SIGKILL: no destructor runs, the lock file stays behind
        QVERIFY(child.waitForFinished());
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
    } else {
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(30000));
    }
    auto after = Collection::open(path);
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
    QVERIFY((*after)->check()->empty());
    QCOMPARE((*after)->deck(1)->name, QStringLiteral("Default"));
}

void TestCollection::staleLockIsTakenOver()
{
    const QString path = m_c->path();
    m_c.reset();
    // A process id that surely names no process: a child of ours that has exited and been reaped.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEBRIEF_LOCK_CHILD"), QStringLiteral("exit"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), QStringList());
    QVERIFY(child.waitForStarted());
    const qint64 deadPid = child.processId();
    QVERIFY(child.waitForFinished(30000));
    QVERIFY(::kill(pid_t(deadPid), 0) != 0 && errno == ESRCH);
    // A lock left by that process on this host (QLockFile's format: pid, app, host).
    QFile lock(path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\ndebrief\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    auto c = Collection::open(path);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
}

void TestCollection::check_data()
{
    QTest::addColumn<QString>("sql");   // %1 = a card id, %2 = its note id
    QTest::addColumn<int>("kind");      // -1: no problem expected
    QTest::addColumn<bool>("reportsCard");

    QTest::newRow("consistent collection") << "" << -1 << false;
    QTest::newRow("review log of a deleted card is fine (Anki keeps history)")
        << "INSERT INTO revlog VALUES (1, 424242, 3, 1, 0, 2500, 1000, 0)" << -1 << false;
    QTest::newRow("card whose note is missing") << "UPDATE cards SET note_id = 999999 WHERE id = %1"
                                                << int(CheckProblem::Kind::CardWithoutNote) << true;
    QTest::newRow("note without cards") << "DELETE FROM cards WHERE id = %1"
                                        << int(CheckProblem::Kind::NoteWithoutCards) << false;
    QTest::newRow("card in a missing deck") << "UPDATE cards SET deck_id = 555 WHERE id = %1"
                                            << int(CheckProblem::Kind::CardInMissingDeck) << true;
    QTest::newRow("note whose notetype is missing") << "UPDATE notes SET notetype_id = 777 WHERE id = %2"
                                                    << int(CheckProblem::Kind::NoteWithoutNotetype) << false;
    QTest::newRow("review card with interval 0")
        << "UPDATE cards SET type = 2, interval_days = 0, ease_permille = 2500 WHERE id = %1"
        << int(CheckProblem::Kind::ImpossibleState) << true;
    QTest::newRow("review card with ease 120%")
        << "UPDATE cards SET type = 2, interval_days = 4, ease_permille = 1200 WHERE id = %1"
        << int(CheckProblem::Kind::ImpossibleState) << true;
    QTest::newRow("learning card without remaining steps")
        << "UPDATE cards SET type = 1, remaining_steps = 0 WHERE id = %1" << int(CheckProblem::Kind::ImpossibleState)
        << true;
    QTest::newRow("unknown queue") << "UPDATE cards SET queue = 7 WHERE id = %1"
                                   << int(CheckProblem::Kind::ImpossibleState) << true;
    QTest::newRow("subdeck whose parent is missing") << "INSERT INTO decks (id, name) VALUES (88, 'Ghost::Child')"
                                                     << int(CheckProblem::Kind::MissingParentDeck) << false;
}

void TestCollection::check()
{
    QFETCH(QString, sql);
    QFETCH(int, kind);
    QFETCH(bool, reportsCard);
    std::vector<CardId> ids;
    Note n = addNote(1, {ReviewState{3, 2500, 0, false, today()}}, &ids);
    if (!sql.isEmpty()) {
        // Planted behind the foreign keys' back, as a buggy importer or another tool could.
        QVERIFY(m_c->database().exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        QString planted = sql;
        planted.replace(QStringLiteral("%1"), QString::number(ids[0])).replace(QStringLiteral("%2"), QString::number(n.id));
        QVERIFY(m_c->database().exec(planted).ok());
        QVERIFY(m_c->database().exec(QStringLiteral("PRAGMA foreign_keys = ON")).ok());
    }
    Result<std::vector<CheckProblem>> problems = m_c->check();
    QVERIFY(problems.ok());
    if (kind < 0) {
        QVERIFY2(problems->empty(), qPrintable(problems->empty() ? QString() : problems->front().message));
        return;
    }
    bool found = false;
    for (const CheckProblem &p : *problems) {
        QVERIFY(!p.message.isEmpty());
        if (int(p.kind) == kind) {
            found = true;
            if (reportsCard)
                QVERIFY(std::find(p.ids.begin(), p.ids.end(), ids[0]) != p.ids.end());
        }
    }
    QVERIFY(found);
}

void TestCollection::backupAndRestore()
{
    addNote(1, {NewState{1}, NewState{2}});
    const QString backup = m_dir->filePath(QStringLiteral("backups/b1.sqlite"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("backups"))));
    QVERIFY(m_c->backupTo(backup).ok());
    QCOMPARE(m_c->backupTo(m_c->path()).error().kind, Error::Kind::InvalidInput);
    {
        auto copy = Collection::openReadOnly(backup);
        QVERIFY(copy.ok());
        QCOMPARE(*(*copy)->count(QStringLiteral("cards")), qint64(2));
        QVERIFY((*copy)->check()->empty());
    }
    // Change the live collection after the backup, then restore.
    addNote(1, {NewState{3}});
    QCOMPARE(*m_c->count(QStringLiteral("cards")), qint64(3));
    const QString path = m_c->path();
    QCOMPARE(Collection::restore(backup, path).error().kind, Error::Kind::Locked);   // still open here
    m_c.reset();
    Result<void> restored = Collection::restore(backup, path);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QVERIFY(!QFile::exists(path + QStringLiteral(".restore-tmp")));
    auto c = Collection::open(path);
    QVERIFY(c.ok());
    QCOMPARE(*(*c)->count(QStringLiteral("cards")), qint64(2));
    QCOMPARE(*(*c)->count(QStringLiteral("notetypes")), qint64(1));
}

void TestCollection::restoreRefuses_data()
{
    QTest::addColumn<QString>("backupKind");
    QTest::addColumn<int>("kind");
    QTest::newRow("missing backup") << "missing" << int(Error::Kind::NotFound);
    QTest::newRow("backup is random bytes") << "random" << int(Error::Kind::Corrupt);
    QTest::newRow("backup from a newer Debrief") << "newer" << int(Error::Kind::TooNew);
    QTest::newRow("backup is some other SQLite file") << "foreign" << int(Error::Kind::Corrupt);
}

void TestCollection::restoreRefuses()
{
    QFETCH(QString, backupKind);
    QFETCH(int, kind);
    addNote(1, {NewState{1}});
    const QString path = m_c->path();
    const QString backup = m_dir->filePath(QStringLiteral("bad-backup.sqlite"));
    if (backupKind == QLatin1String("random")) {
        QFile f(backup);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5a'));
    } else if (backupKind == QLatin1String("newer")) {
        QVERIFY(m_c->backupTo(backup).ok());
        auto db = Database::open(backup, Database::Mode::ReadWrite);
        QVERIFY((*db)->setUserVersion(Migrator::latestVersion() + 1).ok());
    } else if (backupKind == QLatin1String("foreign")) {
        auto db = Database::open(backup, Database::Mode::ReadWriteCreate);
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE other (x)")).ok());
    }
    m_c.reset();
    const QByteArray before = sha1(path);
    Result<void> r = Collection::restore(backup, path);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind), kind);
    QCOMPARE(sha1(path), before);
}

void TestCollection::addMedia_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QByteArray>("firstBytes");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QByteArray>("secondBytes");
    QTest::addColumn<QString>("expected");   // name used for the second; "!" = refused as unsafe
    QTest::addColumn<int>("files");

    const QByteArray a("PNG-A"), b("PNG-B");
    const QString shaB = QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha1).toHex());
    QTest::newRow("two different names") << "a.png" << a << "b.png" << b << "b.png" << 2;
    QTest::newRow("same name, same bytes: stored once") << "a.png" << a << "a.png" << a << "a.png" << 1;
    QTest::newRow("same name, other bytes: sha1 suffix")
        << "a.png" << a << "a.png" << b << QStringLiteral("a-%1.png").arg(shaB) << 2;
    QTest::newRow("clash without extension") << "notes" << a << "notes" << b << QStringLiteral("notes-%1").arg(shaB)
                                             << 2;
    QTest::newRow("path traversal refused") << "a.png" << a << "../evil.png" << b << "!" << 1;
    QTest::newRow("sub-folder refused") << "a.png" << a << "sub/b.png" << b << "!" << 1;
    QTest::newRow("backslash refused") << "a.png" << a << "..\\b.png" << b << "!" << 1;
}

void TestCollection::addMedia()
{
    QFETCH(QString, first);
    QFETCH(QByteArray, firstBytes);
    QFETCH(QString, second);
    QFETCH(QByteArray, secondBytes);
    QFETCH(QString, expected);
    QFETCH(int, files);
    QCOMPARE(*m_c->addMedia(first, firstBytes), first);
    Result<QString> used = m_c->addMedia(second, secondBytes);
    if (expected == QLatin1String("!")) {
        QVERIFY(!used.ok());
        QCOMPARE(used.error().kind, Error::Kind::Unsafe);
    } else {
        QVERIFY(used.ok());
        QCOMPARE(*used, expected);
        QFile f(QDir(m_c->mediaDir()).filePath(*used));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), secondBytes);
    }
    QFile original(QDir(m_c->mediaDir()).filePath(first));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), firstBytes);
    QCOMPARE(int(QDir(m_c->mediaDir()).entryList(QDir::Files).size()), files);
    QCOMPARE(*m_c->count(QStringLiteral("media")), qint64(files));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("evil.png"))));
}

void TestCollection::badFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("kind");
    QTest::newRow("random bytes") << "random" << int(Error::Kind::Corrupt);
    QTest::newRow("first 1000 bytes of a real collection") << "truncated" << int(Error::Kind::Corrupt);
    QTest::newRow("collection with a newer user_version") << "newer" << int(Error::Kind::TooNew);
    QTest::newRow("data dir is a file") << "dirisfile" << int(Error::Kind::Io);
    QTest::newRow("collection path is a folder") << "pathisdir" << int(Error::Kind::Io);
    QTest::newRow("dir that cannot be created (/proc)") << "proc" << int(Error::Kind::Io);
    QTest::newRow("read-only folder") << "readonlydir" << int(Error::Kind::Io);
}

void TestCollection::badFilesAreRefusedUntouched()
{
    QFETCH(QString, setup);
    QFETCH(int, kind);
    addNote(1, {NewState{1}});
    const QString real = m_c->path();
    m_c.reset();
    QFile realFile(real);
    QVERIFY(realFile.open(QIODevice::ReadOnly));
    const QByteArray realBytes = realFile.readAll();
    realFile.close();

    QString path = m_dir->filePath(QStringLiteral("bad/collection.sqlite"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("bad"))));
    const auto write = [](const QString &p, const QByteArray &bytes) {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    if (setup == QLatin1String("random")) {
        QByteArray bytes;
        quint32 x = 12345;
        for (int i = 0; i < 16384; ++i) {
            x = x * 1103515245u + 12345u;
            bytes.append(char(x >> 24));
        }
        write(path, bytes);
    } else if (setup == QLatin1String("truncated")) {
        write(path, realBytes.left(1000));
    } else if (setup == QLatin1String("newer")) {
        write(path, realBytes);
        auto db = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY((*db)->setUserVersion(Migrator::latestVersion() + 5).ok());
    } else if (setup == QLatin1String("dirisfile")) {
        write(m_dir->filePath(QStringLiteral("bad/datadir")), "I am a file");
        path = m_dir->filePath(QStringLiteral("bad/datadir/collection.sqlite"));
    } else if (setup == QLatin1String("pathisdir")) {
        QVERIFY(QDir().mkpath(path));
    } else if (setup == QLatin1String("proc")) {
        path = QStringLiteral("/proc/debrief-test-%1/collection.sqlite").arg(QCoreApplication::applicationPid());
    } else if (setup == QLatin1String("readonlydir")) {
        const QString dir = m_dir->filePath(QStringLiteral("bad"));
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
        QFile probe(dir + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("running as root: permissions do not stop writes (the /proc row covers this case)");
        }
    }
    const QString watched = setup == QLatin1String("dirisfile") ? m_dir->filePath(QStringLiteral("bad/datadir")) : path;
    const QByteArray before = sha1(watched);
    const QStringList filesBefore = QDir(m_dir->filePath(QStringLiteral("bad"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    auto c = Collection::open(path);
    QFile::setPermissions(m_dir->filePath(QStringLiteral("bad")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!c.ok());
    QCOMPARE(int(c.error().kind), kind);
    QVERIFY(!c.error().message.isEmpty());
    QCOMPARE(sha1(watched), before);
    // Nothing left behind: no -wal, -shm or lock file.
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("bad"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
}

void TestCollection::readOnlyOpenWritesNothing()
{
    addNote(1, {NewState{1}});
    const QString path = m_c->path();
    m_c.reset();
    const QByteArray before = sha1(path);
    auto ro = Collection::openReadOnly(path);
    QVERIFY(ro.ok());
    QCOMPARE(*(*ro)->count(QStringLiteral("cards")), qint64(1));
    QVERIFY((*ro)->deckCounts(kNow, 0).ok());
    QVERIFY(!(*ro)->ensureDeck(QStringLiteral("New")).ok());
    // A read-only open takes no lock: a writer can open alongside.
    auto writer = Collection::open(path);
    QVERIFY(writer.ok());
    writer->reset();
    ro->reset();
    QCOMPARE(sha1(path), before);
    QCOMPARE(Collection::openReadOnly(m_dir->filePath(QStringLiteral("none.sqlite"))).error().kind, Error::Kind::NotFound);
}

// While the collection is open, commits live in the -wal file; after checkpoint() a copy of the
// main file alone (what a naive file backup would take) holds them too.
void TestCollection::checkpointPutsCommitsIntoTheFile()
{
    const DeckId deck = m_c->ensureDeck(QStringLiteral("WAL"))->id;
    for (int i = 0; i < 5; ++i)
        addNote(deck, {NewState{i}});
    const QString path = m_dir->filePath(QStringLiteral("collection.sqlite"));
    const auto notesInCopyOfMainFile = [&]() -> qint64 {
        const QString copy = m_dir->filePath(QStringLiteral("main-only.sqlite"));
        QFile::remove(copy);
        if (!QFile::copy(path, copy))
            return -1;
        auto db = Database::open(copy, Database::Mode::Inspect);   // no -wal beside the copy
        if (!db)
            return -1;
        const Result<qint64> n = (*db)->queryInt(QStringLiteral("SELECT count(*) FROM notes"), -1);
        return n ? *n : -1;
    };
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    QVERIFY(notesInCopyOfMainFile() < 5);   // -1 when even the schema is still only in the WAL
    QVERIFY(m_c->checkpoint().ok());
    QCOMPARE(notesInCopyOfMainFile(), qint64(5));
}

// QTEST_GUILESS_MAIN plus a child mode: the lock tests start this same executable as a second
// process, which is the situation the lock exists for.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("DEBRIEF_LOCK_CHILD"))
        return lockChild(qEnvironmentVariable("DEBRIEF_LOCK_CHILD"), qEnvironmentVariable("DEBRIEF_LOCK_PATH"));
    TestCollection test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_collection.moc"
