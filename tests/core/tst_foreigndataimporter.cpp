// ForeignDataImporter, the one writer behind the text and Mnemosyne readers: it owns the
// transaction, so a failure of the collection or a cancel in the middle of a file leaves nothing
// behind, and it returns the error (kind and "file:line" in the message) for the caller to report.
#include "import/foreigndataimporter.h"
#include "storage/collection.h"

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

QTEST_GUILESS_MAIN(TestForeignDataImporter)
#include "tst_foreigndataimporter.moc"
