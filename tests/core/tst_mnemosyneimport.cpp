#include "importwitness.h"

#include "import/mnemosyneimporter.h"
#include "storage/collection.h"
#include "storage/database.h"

#include <QtTest>

#include <algorithm>

using namespace debrief;

// Golden tests for the Mnemosyne importer over every Mnemosyne fixture, plus hostile input.
class TestMnemosyneImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fixtures_data();
    void fixtures();
    void dbKeepsSchedulingAndTags();
    void clozeBracketsBecomeAnkiClozes();
    void hostile_data();
    void hostile();
    void databaseReadInPlaceLeavesNothingBeside();

private:
    qint64 count(const char *table) { return *m_col->count(QString::fromLatin1(table)); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Collection> m_col;
};

static const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
static QString fixture(const QString &rel) { return QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/") + rel; }

void TestMnemosyneImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto c = Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite")));
    QVERIFY(c.ok());
    m_col = std::move(*c);
}

void TestMnemosyneImport::cleanup()
{
    m_col.reset();
    m_dir.reset();
}

void TestMnemosyneImport::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("notes");
    QTest::addColumn<int>("cards");
    QTest::addColumn<int>("reviews");
    QTest::addColumn<int>("media");

    QTest::newRow("1.x one-sided, 4 items") << "anki/mnemosyne/mnemosyne1-1sided.xml" << 4 << 4 << 0 << 0;
    QTest::newRow("1.x X + X.inv is one fact, two cards") << "anki/mnemosyne/mnemosyne1-2sided.xml" << 1 << 2 << 0 << 0;
    QTest::newRow("1.x X + X.tr.1 is vocabulary") << "anki/mnemosyne/mnemosyne1-3sided.xml" << 1 << 2 << 0 << 0;
    QTest::newRow("1.x media references") << "anki/mnemosyne/mnemosyne1-media.xml" << 1 << 1 << 0 << 0;
    QTest::newRow("1.x category becomes tag") << "anki/mnemosyne/mnemosyne1-tag.xml" << 4 << 4 << 0 << 0;
    QTest::newRow("community 1.x maps with repeated ids") << "community/geo_maps_mnemosyne1.xml" << 28 << 56 << 0 << 0;
    QTest::newRow("2.x .cards with media and cloze") << "anki/mnemosyne/synthetic-mnemosyne2.cards" << 3 << 5 << 0 << 1;
    QTest::newRow("2.x mnemo.db") << "anki/mnemo.db" << 5 << 7 << 6 << 0;
    // 43 repetition events, one for a card that is no longer in the database.
    QTest::newRow("community 2.x default.db") << "community/python_mnemosyne2.db" << 346 << 346 << 42 << 0;
}

void TestMnemosyneImport::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, notes);
    QFETCH(int, cards);
    QFETCH(int, reviews);
    QFETCH(int, media);

    const ImportResult r = MnemosyneImporter::importFile(*m_col, fixture(file), {}, {}, kNow);
    for (const auto &i : r.issues)
        qDebug() << int(i.kind) << i.message;
    QVERIFY(r.ok());
    QCOMPARE(r.counts.notesAdded, notes);
    QCOMPARE(r.counts.cardsAdded, cards);
    QCOMPARE(r.counts.reviewsAdded, reviews);
    QCOMPARE(r.counts.mediaAdded, media);
    QCOMPARE(count("notes"), qint64(notes));
    QCOMPARE(count("cards"), qint64(cards));
    QCOMPARE(count("revlog"), qint64(reviews));

    // Importing the same file again matches every note by its Mnemosyne id.
    const ImportResult again = MnemosyneImporter::importFile(*m_col, fixture(file), {}, {}, kNow);
    QVERIFY(again.ok());
    QCOMPARE(again.counts.notesAdded, 0);
    QCOMPARE(again.counts.notesUnchanged, notes);
    QCOMPARE(count("cards"), qint64(cards));
}

void TestMnemosyneImport::dbKeepsSchedulingAndTags()
{
    QVERIFY(MnemosyneImporter::importFile(*m_col, fixture(QStringLiteral("anki/mnemo.db")), {}, {}, kNow).ok());
    auto st = m_col->database().prepare(QStringLiteral("SELECT count(*) FROM cards WHERE type = 0"));
    QVERIFY(st.ok() && *st->step());
    QCOMPARE(st->integer(0), 1);   // the one unseen card
    auto tagged = m_col->database().prepare(QStringLiteral("SELECT count(*) FROM notes WHERE tags LIKE '%a_longer_tag%'"));
    QVERIFY(tagged.ok() && *tagged->step());
    QCOMPARE(tagged->integer(0), 2);
}

void TestMnemosyneImport::clozeBracketsBecomeAnkiClozes()
{
    QCOMPARE(MnemosyneImporter::convertCloze(QStringLiteral("Paris is the capital of [France].")),
             QStringLiteral("Paris is the capital of {{c1::France}}."));
    QCOMPARE(MnemosyneImporter::convertField(QStringLiteral("a\n<$>x^2</$> <audio src=\"s.mp3\">")),
             QStringLiteral("a<br>[$]x^2[/$] [sound:s.mp3]"));
}

// A stored (uncompressed) zip written by hand, so a hostile member name can be put in it.
static QByteArray zipWith(const QString &memberName, const QByteArray &cardsXml)
{
    auto le16 = [](QByteArray &b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    auto le32 = [&](QByteArray &b, quint32 v) { le16(b, quint16(v & 0xFFFF)); le16(b, quint16(v >> 16)); };
    QByteArray out, central;
    struct M { QByteArray name, data; };
    const QList<M> members = {{"cards.xml", cardsXml}, {memberName.toUtf8(), "x"}};
    for (const M &m : members) {
        quint32 c = 0xFFFFFFFF;
        for (unsigned char ch : m.data) {   // CRC-32
            c ^= ch;
            for (int k = 0; k < 8; ++k)
                c = (c >> 1) ^ (0xEDB88320 & (0u - (c & 1)));
        }
        c ^= 0xFFFFFFFF;
        const quint32 offset = quint32(out.size());
        le32(out, 0x04034b50); le16(out, 20); le16(out, 0); le16(out, 0); le16(out, 0); le16(out, 0);
        le32(out, c); le32(out, quint32(m.data.size())); le32(out, quint32(m.data.size()));
        le16(out, quint16(m.name.size())); le16(out, 0); out += m.name; out += m.data;
        le32(central, 0x02014b50); le16(central, 20); le16(central, 20); le16(central, 0); le16(central, 0);
        le16(central, 0); le16(central, 0); le32(central, c); le32(central, quint32(m.data.size()));
        le32(central, quint32(m.data.size())); le16(central, quint16(m.name.size())); le16(central, 0);
        le16(central, 0); le16(central, 0); le16(central, 0); le32(central, 0); le32(central, offset);
        central += m.name;
    }
    const quint32 cdOffset = quint32(out.size());
    out += central;
    le32(out, 0x06054b50); le16(out, 0); le16(out, 0); le16(out, quint16(members.size()));
    le16(out, quint16(members.size())); le32(out, quint32(central.size())); le32(out, cdOffset); le16(out, 0);
    return out;
}

void TestMnemosyneImport::hostile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");

    QFile cards(fixture(QStringLiteral("anki/mnemosyne/synthetic-mnemosyne2.cards")));
    cards.open(QIODevice::ReadOnly);
    const QByteArray full = cards.readAll();
    QFile anki(fixture(QStringLiteral("anki/mediacheck.anki2")));
    anki.open(QIODevice::ReadOnly);

    QTest::newRow("truncated .cards zip") << "t.cards" << full.left(full.size() / 2) << int(ImportIssue::Kind::Corrupt);
    QTest::newRow("garbage .cards") << "g.cards" << QByteArray("PK\x03\x04 this is not a zip") << int(ImportIssue::Kind::Corrupt);
    QTest::newRow("path traversal media name in .cards")
        << "evil.cards"
        << zipWith(QStringLiteral("../evil.png"),
                   "<openSM2sync number_of_entries=\"1\"><log type=\"13\"><fname>../evil.png</fname></log></openSM2sync>")
        << int(ImportIssue::Kind::Unsafe);
    QTest::newRow("malformed XML") << "bad.xml" << QByteArray("<mnemosyne core_version=\"1\"><item><Q>x</Q>")
                                   << int(ImportIssue::Kind::Corrupt);
    QTest::newRow("XML that is not Mnemosyne") << "other.xml" << QByteArray("<html><body/></html>")
                                               << int(ImportIssue::Kind::UnknownFormat);
    QTest::newRow("non-Mnemosyne SQLite given as .db") << "anki.db" << anki.readAll() << int(ImportIssue::Kind::UnknownFormat);
    QTest::newRow("empty file") << "empty.db" << QByteArray() << int(ImportIssue::Kind::MissingField);

    // Item 15: SQL in the file. mnemo.db with `cards` replaced by an endless view, or `facts` by a
    // table with a generated column, is refused before any of it runs.
    auto crafted = [&](const QString &sql) {
        QTemporaryDir edit;
        const QString file = edit.filePath(QStringLiteral("mnemo.db"));
        QFile::copy(fixture(QStringLiteral("anki/mnemo.db")), file);
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto db = Database::open(file, Database::Mode::ReadWrite);
            if (!db || !(*db)->exec(QStringLiteral("PRAGMA journal_mode=DELETE")) || !(*db)->exec(sql))
                qFatal("cannot craft mnemo.db");
        }
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    };
    QTest::newRow("cards is a view with an endless recursive CTE")
        << "view.db"
        << crafted(QStringLiteral("ALTER TABLE cards RENAME TO real_cards; CREATE VIEW cards AS WITH RECURSIVE c(x) AS "
                                  "(SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT real_cards.* FROM c, real_cards"))
        << int(ImportIssue::Kind::Unsafe);
    QTest::newRow("facts has a generated column")
        << "generated.db" << crafted(QStringLiteral("ALTER TABLE facts ADD COLUMN junk BLOB AS (zeroblob(2000000000)) VIRTUAL"))
        << int(ImportIssue::Kind::Unsafe);
}

void TestMnemosyneImport::hostile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);

    QVERIFY(MnemosyneImporter::importFile(*m_col, fixture(QStringLiteral("anki/mnemosyne/mnemosyne1-2sided.xml")), {}, {}, kNow).ok());
    const qint64 notes = count("notes"), cards = count("cards");

    QTemporaryDir tmp;
    const QString path = tmp.filePath(name);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    // Closed, so the data dir's digest covers the whole collection byte for byte.
    const QString colPath = m_col->path();
    m_col.reset();
    const QString before = importwitness::digest(m_dir->path());
    const QString inputBefore = importwitness::digest(tmp.path());
    m_col = std::move(*Collection::open(colPath));
    const qint64 cpuBefore = importwitness::cpuMs();
    const ImportResult r = MnemosyneImporter::importFile(*m_col, path, {}, {}, kNow);
    const qint64 ms = importwitness::cpuMs() - cpuBefore;
    m_col.reset();
    QCOMPARE(importwitness::digest(m_dir->path()), before);
    QCOMPARE(importwitness::digest(tmp.path()), inputBefore);
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms of CPU").arg(ms)));
    m_col = std::move(*Collection::open(colPath));
    QCOMPARE(int(std::count_if(r.issues.begin(), r.issues.end(), [](const ImportIssue &i) { return i.severity == Severity::Error; })), 1);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.issues.front().kind), kind);
    QVERIFY2(r.issues.front().message.contains(name), qPrintable(r.issues.front().message));
    QCOMPARE(count("notes"), notes);
    QCOMPARE(count("cards"), cards);
    QVERIFY(!QFile::exists(QFileInfo(m_col->mediaDir() + QStringLiteral("/../evil.png")).absoluteFilePath()));
}

void TestMnemosyneImport::databaseReadInPlaceLeavesNothingBeside()
{
    // The user's mnemo.db, in WAL mode as a running Mnemosyne may leave it, is read where it is:
    // no -wal, -shm or journal may appear beside it and its bytes stay the same.
    QTemporaryDir user;
    const QString file = user.filePath(QStringLiteral("mnemo.db"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("anki/mnemo.db")), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto db = Database::open(file, Database::Mode::ReadWrite);   // switches it to WAL
        QVERIFY(db);
    }
    const QString before = importwitness::digest(user.path());
    QCOMPARE(QDir(user.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("mnemo.db")});
    const ImportResult r = MnemosyneImporter::importFile(*m_col, file, {}, {}, kNow);
    QVERIFY(r.ok());
    QCOMPARE(r.counts.notesAdded, 5);
    QCOMPARE(importwitness::digest(user.path()), before);
}

QTEST_GUILESS_MAIN(TestMnemosyneImport)
#include "tst_mnemosyneimport.moc"
