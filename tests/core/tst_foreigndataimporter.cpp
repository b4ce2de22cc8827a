// ForeignDataImporter, the one writer behind the text and Mnemosyne readers: it owns the
// transaction, so a failure of the collection or a cancel in the middle of a file leaves nothing
// behind, and it returns the error (kind and "file:line" in the message) for the caller to report.
#include "import/foreigndataimporter.h"
#include "model/stocknotetypes.h"
#include "storage/collection.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

// `count` Basic notes "front i" / "back i", from lines 1..count.
ForeignData basicNotes(int count)
{
    ForeignData data;
    for (int i = 1; i <= count; ++i) {
        ForeignNote n;
        n.fields = QStringList{QStringLiteral("front %1").arg(i), QStringLiteral("back %1").arg(i)};
        n.line = i;
        data.notes.push_back(n);
    }
    return data;
}

} // namespace

class TestForeignDataImporter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesAndCommits();
    void failureOfTheCollectionRollsBack();
    void cancelRollsBack();
    void joinsTheCallersTransaction();
    void historyKeepsItsTimesAcrossCards();
    void listedCardsOnly();

private:
    qint64 count(const char *table) { return *m_c->count(QLatin1String(table)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Collection> m_c;
};

void TestForeignDataImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto c = Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite")));
    QVERIFY(c.ok());
    m_c = std::move(*c);
}

void TestForeignDataImporter::cleanup()
{
    m_c.reset();
    m_dir.reset();
}

void TestForeignDataImporter::writesAndCommits()
{
    ImportResult result;
    Result<void> r = ForeignDataImporter(*m_c, {}, kNow).write(basicNotes(3), result, {}, QStringLiteral("in.txt"));
    QVERIFY(r.ok());
    QCOMPARE(result.counts.notesAdded, 3);
    QCOMPARE(result.counts.cardsAdded, 3);
    QCOMPARE(count("notes"), qint64(3));
}

// The tenth note names a deck that cannot exist ("A::" has an empty part): the nine before it
// were written inside the transaction and must be gone, with the counts.
void TestForeignDataImporter::failureOfTheCollectionRollsBack()
{
    ForeignData data = basicNotes(10);
    data.notes[9].deck = QStringLiteral("A::");
    const qint64 decksBefore = count("decks");
    ImportResult result;
    Result<void> r = ForeignDataImporter(*m_c, {}, kNow).write(data, result, {}, QStringLiteral("in.txt"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(r.error().message.startsWith(QLatin1String("in.txt:10: ")), qPrintable(r.error().message));
    QCOMPARE(importIssueKind(r.error().kind), ImportIssue::Kind::Corrupt);
    QCOMPARE(result.counts.notesAdded, 0);
    QCOMPARE(result.counts.cardsAdded, 0);
    QCOMPARE(count("notes"), qint64(0));
    QCOMPARE(count("cards"), qint64(0));
    QCOMPARE(count("decks"), decksBefore);
}

// Progress is asked every 64 notes; cancelling at the second ask drops the 64 already written.
void TestForeignDataImporter::cancelRollsBack()
{
    int asked = 0;
    const ProgressFn cancelSecond = [&](qint64, qint64) { return ++asked < 2; };
    ImportResult result;
    Result<void> r = ForeignDataImporter(*m_c, {}, kNow).write(basicNotes(100), result, cancelSecond, QStringLiteral("in.txt"));
    QVERIFY(!r.ok());
    QCOMPARE(asked, 2);
    QCOMPARE(r.error().kind, Error::Kind::Cancelled);
    QCOMPARE(importIssueKind(r.error().kind), ImportIssue::Kind::Cancelled);
    QCOMPARE(result.counts.notesAdded, 0);
    QCOMPARE(count("notes"), qint64(0));
}

// Inside a caller's transaction the writer joins it: the caller's rollback takes the notes too.
void TestForeignDataImporter::joinsTheCallersTransaction()
{
    {
        Collection::Transaction outer(*m_c);
        ImportResult result;
        QVERIFY(ForeignDataImporter(*m_c, {}, kNow).write(basicNotes(2), result, {}, QStringLiteral("in.txt")).ok());
        QCOMPARE(count("notes"), qint64(2));
    }   // not committed
    QCOMPARE(count("notes"), qint64(0));
}

// Review history is written oldest first over all cards: the collection moves an id older than
// its newest past it, so writing card by card would shift the second card's answer in time.
void TestForeignDataImporter::historyKeepsItsTimesAcrossCards()
{
    const qint64 t0 = kNow.toMSecsSinceEpoch() - 10 * 86400000LL;
    ForeignData data = basicNotes(2);
    auto review = [](qint64 id) {
        ReviewLogEntry e;
        e.id = id;
        e.rating = 3;
        e.kind = ReviewKind::Review;
        return e;
    };
    ForeignCard a;
    a.state = ReviewState{5, 2500, 0, false, 20600};
    a.reviews = {review(t0), review(t0 + 2000)};
    ForeignCard b = a;
    b.reviews = {review(t0 + 1000)};
    data.notes[0].cards = {a};
    data.notes[1].cards = {b};
    ImportResult result;
    QVERIFY(ForeignDataImporter(*m_c, {}, kNow).write(data, result, {}, QStringLiteral("in.txt")).ok());
    QCOMPARE(result.counts.reviewsAdded, 3);
    std::vector<qint64> ids;
    auto q = m_c->database().prepare(QStringLiteral("SELECT id FROM revlog ORDER BY id"));
    QVERIFY(q);
    QVERIFY(q->forEachRow([&](const Statement &r) { ids.push_back(r.int64(0)); }).ok());
    QCOMPARE(ids, (std::vector<qint64>{t0, t0 + 1000, t0 + 2000}));
}

// CardSet::Listed (Anki packages): a note gets exactly the cards the source lists, none for the
// other templates, and a matched note only the listed ones it lacks.
void TestForeignDataImporter::listedCardsOnly()
{
    Notetype twoWay = StockNotetypes::basic();
    twoWay.name = QStringLiteral("Two way");
    twoWay.templates.push_back({QStringLiteral("Card 2"), QStringLiteral("{{Back}}"), QStringLiteral("{{Front}}")});
    ForeignData data = basicNotes(2);
    data.notetypes = {twoWay};
    data.cards = CardSet::Listed;
    data.matchFirstField = false;
    for (ForeignNote &n : data.notes) {
        n.notetypeIndex = 0;
        n.guid = QStringLiteral("g") + n.fields.first();
    }
    ForeignCard second;
    second.ord = 1;
    data.notes[0].cards = {second};   // note 1: only the reverse card; note 2: none
    ImportResult result;
    QVERIFY(ForeignDataImporter(*m_c, {}, kNow).write(data, result, {}, QStringLiteral("in.apkg")).ok());
    QCOMPARE(result.counts.notesAdded, 2);
    QCOMPARE(result.counts.cardsAdded, 1);
    const Note first = **m_c->noteByGuid(QStringLiteral("gfront 1"));
    QCOMPARE(m_c->cardsOfNote(first.id)->size(), size_t(1));
    QCOMPARE(m_c->cardsOfNote(first.id)->front().ord, 1);

    ForeignCard front;
    data.notes[0].cards = {front, second};
    ImportResult again;
    QVERIFY(ForeignDataImporter(*m_c, {}, kNow).write(data, again, {}, QStringLiteral("in.apkg")).ok());
    QCOMPARE(again.counts.notesUnchanged, 2);
    QCOMPARE(again.counts.cardsAdded, 1);
    QCOMPARE(*m_c->count(QStringLiteral("cards")), qint64(2));
}

QTEST_GUILESS_MAIN(TestForeignDataImporter)
#include "tst_foreigndataimporter.moc"
