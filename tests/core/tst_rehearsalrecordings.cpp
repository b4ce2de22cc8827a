// Rehearsal recordings on a real collection: listed per card, and the size cap deleting the
// oldest first while the answers' scores stay.
#include "storage/collection.h"
#include "storage/rehearsallog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestRehearsalRecordings : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listedPerCardOldestFirst();
    void capDeletesOldestFirst();
    void capAboveTotalDeletesNothing();
    void missingFileListedWithoutSize();

private:
    CardId addCard();
    // An answer of `card` at `ms` with a recording of `bytes` bytes (no file when bytes < 0).
    void addRecording(CardId card, qint64 ms, const QString &name, int bytes);
    bool fileExists(const QString &name) const { return QFile::exists(QDir(m_c->mediaDir()).filePath(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Collection> m_c;
    NotetypeId m_basic = 0;
};

void TestRehearsalRecordings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto c = Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite")));
    QVERIFY(c.ok());
    m_c = std::move(*c);
    Notetype nt;
    nt.name = QStringLiteral("Basic");
    nt.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
    nt.templates = {CardTemplate{QStringLiteral("Card 1"), QStringLiteral("{{Front}}"), QStringLiteral("{{Back}}")}};
    m_basic = m_c->addNotetype(nt)->id;
    QVERIFY(QDir().mkpath(m_c->mediaDir()));
}

void TestRehearsalRecordings::cleanup()
{
    m_c.reset();
    m_dir.reset();
}

CardId TestRehearsalRecordings::addCard()
{
    Note n;
    n.notetypeId = m_basic;
    n.fields = QStringList{QStringLiteral("front"), QStringLiteral("back")};
    const Note note = *m_c->addNote(n);
    Card c;
    c.noteId = note.id;
    c.deckId = 1;
    return m_c->addCard(c)->id;
}

void TestRehearsalRecordings::addRecording(CardId card, qint64 ms, const QString &name, int bytes)
{
    ReviewLogEntry e;
    e.id = ms;
    e.cardId = card;
    e.rating = 3;
    auto id = m_c->addReviewLog(e);
    QVERIFY(id.ok());
    RehearsalScore score;
    score.pointsTicked = 1;
    score.pointsTotal = 2;
    score.scorePermille = 500;
    score.durationMs = 30000;
    score.limitMs = 60000;
    score.recording = name;
    QVERIFY(RehearsalLog(m_c->database()).record(*id, score).ok());
    if (bytes >= 0) {
        QFile f(QDir(m_c->mediaDir()).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(QByteArray(bytes, 'x')), qint64(bytes));
    }
}

void TestRehearsalRecordings::listedPerCardOldestFirst()
{
    const CardId a = addCard();
    const CardId b = addCard();
    // In the order answered: revlog ids only grow within a session.
    addRecording(a, 1000000001000, QStringLiteral("rec-a1.ogg"), 10);
    addRecording(b, 1000000001500, QStringLiteral("rec-b1.ogg"), 30);
    addRecording(a, 1000000002000, QStringLiteral("rec-a2.ogg"), 20);
    auto list = m_c->rehearsalRecordings(a);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), size_t(2));
    QCOMPARE((*list)[0].fileName, QStringLiteral("rec-a1.ogg"));
    QCOMPARE((*list)[0].review, ReviewId(1000000001000));
    QCOMPARE((*list)[0].bytes, qint64(10));
    QCOMPARE((*list)[1].fileName, QStringLiteral("rec-a2.ogg"));
    QCOMPARE((*list)[1].bytes, qint64(20));
    QCOMPARE(m_c->rehearsalRecordings(b)->size(), size_t(1));
}

void TestRehearsalRecordings::capDeletesOldestFirst()
{
    const CardId a = addCard();
    const CardId b = addCard();
    // 100 + 200 + 300 + 400 = 1000 bytes; a 750-byte cap must drop the two oldest (100, 200),
    // since dropping only the oldest leaves 900.
    addRecording(a, 1000000001000, QStringLiteral("r1.ogg"), 100);
    addRecording(b, 1000000002000, QStringLiteral("r2.ogg"), 200);
    addRecording(a, 1000000003000, QStringLiteral("r3.ogg"), 300);
    addRecording(b, 1000000004000, QStringLiteral("r4.ogg"), 400);
    auto deleted = m_c->pruneRehearsalRecordings(750);
    QVERIFY(deleted.ok());
    QCOMPARE(*deleted, 2);
    QVERIFY(!fileExists(QStringLiteral("r1.ogg")));
    QVERIFY(!fileExists(QStringLiteral("r2.ogg")));
    QVERIFY(fileExists(QStringLiteral("r3.ogg")));
    QVERIFY(fileExists(QStringLiteral("r4.ogg")));
    auto ofA = m_c->rehearsalRecordings(a);
    QCOMPARE(ofA->size(), size_t(1));
    QCOMPARE(ofA->front().fileName, QStringLiteral("r3.ogg"));
    // The score of a pruned recording's answer stays for the statistics.
    auto score = RehearsalLog(m_c->database()).score(1000000001000);
    QVERIFY(score.ok() && score->has_value());
    QCOMPARE((*score)->scorePermille, 500);
    QVERIFY((*score)->recording.isEmpty());
    // Reopening sees the same state: it was committed.
    m_c.reset();
    m_c = std::move(*Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite"))));
    QCOMPARE(m_c->rehearsalRecordings(b)->size(), size_t(1));
    QCOMPARE(*m_c->pruneRehearsalRecordings(0), 2);
    QVERIFY(!fileExists(QStringLiteral("r3.ogg")));
    QVERIFY(!fileExists(QStringLiteral("r4.ogg")));
}

void TestRehearsalRecordings::capAboveTotalDeletesNothing()
{
    const CardId a = addCard();
    addRecording(a, 1000000001000, QStringLiteral("r1.ogg"), 100);
    addRecording(a, 1000000002000, QStringLiteral("r2.ogg"), 100);
    QCOMPARE(*m_c->pruneRehearsalRecordings(200), 0);
    QVERIFY(fileExists(QStringLiteral("r1.ogg")));
    QCOMPARE(m_c->rehearsalRecordings(a)->size(), size_t(2));
}

void TestRehearsalRecordings::missingFileListedWithoutSize()
{
    const CardId a = addCard();
    addRecording(a, 1000000001000, QStringLiteral("gone.ogg"), -1);
    auto list = m_c->rehearsalRecordings(a);
    QCOMPARE(list->size(), size_t(1));
    QCOMPARE(list->front().bytes, qint64(0));
}

QTEST_GUILESS_MAIN(TestRehearsalRecordings)
#include "tst_rehearsalrecordings.moc"
