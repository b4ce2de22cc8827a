// NoteRepository on a real collection file: a note's row round-trips (fields, tags as Anki stores
// them), and the listings importers and exporters use.
#include "storage/collection.h"
#include "storage/database.h"
#include "storage/noterepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestNoteRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void tagsAreStoredPaddedWithSpaces();
    void updateAndRemove();
    void idsInDecksAndFirstFields();

private:
    Note note(NoteId id, QStringList fields, QStringList tags = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Collection> m_c;
    NotetypeId m_notetype = 0;
};

void TestNoteRepository::init()
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
    Result<Notetype> added = m_c->addNotetype(nt);
    QVERIFY(added.ok());
    m_notetype = added->id;
}

void TestNoteRepository::cleanup()
{
    m_c.reset();
    m_dir.reset();
}

Note TestNoteRepository::note(NoteId id, QStringList fields, QStringList tags)
{
    Note n;
    n.id = id;
    n.guid = QStringLiteral("guid-%1").arg(id);
    n.notetypeId = m_notetype;
    n.fields = std::move(fields);
    n.tags = std::move(tags);
    n.modifiedSecs = 1773144000;
    return n;
}

void TestNoteRepository::roundTrip_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("plain") << QStringList{QStringLiteral("front"), QStringLiteral("back")} << QStringList();
    QTest::newRow("HTML and an empty field") << QStringList{QStringLiteral("<b>a</b>"), QString()}
                                             << QStringList{QStringLiteral("x")};
    QTest::newRow("hierarchical and non-ASCII tags")
        << QStringList{QStringLiteral("日本語"), QStringLiteral("b")}
        << QStringList{QStringLiteral("lang::ja"), QStringLiteral("文法"), QStringLiteral("leech")};
}

void TestNoteRepository::roundTrip()
{
    QFETCH(QStringList, fields);
    QFETCH(QStringList, tags);
    NoteRepository notes(m_c->database());
    QVERIFY(notes.insert(note(100, fields, tags)).ok());
    Result<std::optional<Note>> read = notes.find(100);
    QVERIFY(read.ok() && read->has_value());
    QCOMPARE((*read)->fields, fields);
    QCOMPARE((*read)->tags, tags);
    QCOMPARE((*read)->guid, QStringLiteral("guid-100"));
    QCOMPARE((*read)->notetypeId, m_notetype);
    QCOMPARE((*read)->modifiedSecs, qint64(1773144000));
    Result<std::optional<Note>> byGuid = notes.findByGuid(QStringLiteral("guid-100"));
    QVERIFY(byGuid.ok() && byGuid->has_value());
    QCOMPARE((*byGuid)->id, NoteId(100));
    QVERIFY(!notes.find(101)->has_value());
    QVERIFY(!notes.findByGuid(QStringLiteral("nope"))->has_value());
}

// Anki's form, so "% tag %" finds whole tags; read back by the one rule (Tags::split).
void TestNoteRepository::tagsAreStoredPaddedWithSpaces()
{
    NoteRepository notes(m_c->database());
    QVERIFY(notes.insert(note(1, {QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("x"), QStringLiteral("y::z")})).ok());
    QCOMPARE(*m_c->database().queryInt(QStringLiteral("SELECT count(*) FROM notes WHERE tags = ' x y::z '")), qint64(1));
    // Text written by another program with tabs and the ideographic space still splits.
    QVERIFY(notes.setTagText(1, QStringLiteral("x\ty\u3000z"), 5).ok());
    QCOMPARE((*notes.find(1))->tags, (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
    QCOMPARE((*notes.find(1))->modifiedSecs, qint64(5));
}

void TestNoteRepository::updateAndRemove()
{
    NoteRepository notes(m_c->database());
    QVERIFY(notes.insert(note(1, {QStringLiteral("a"), QStringLiteral("b")})).ok());
    Note changed = note(1, {QStringLiteral("c"), QStringLiteral("d")}, {QStringLiteral("t")});
    QCOMPARE(*notes.update(changed), true);
    QCOMPARE((*notes.find(1))->fields, (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
    QCOMPARE(*notes.update(note(2, {QStringLiteral("x"), QString()})), false);   // no such note
    QVERIFY(notes.remove(1).ok());
    QVERIFY(!notes.find(1)->has_value());
}

void TestNoteRepository::idsInDecksAndFirstFields()
{
    Deck a = *m_c->ensureDeck(QStringLiteral("A"));
    Deck b = *m_c->ensureDeck(QStringLiteral("B"));
    NoteRepository notes(m_c->database());
    QVERIFY(notes.insert(note(3, {QStringLiteral("three"), QStringLiteral("x")})).ok());
    QVERIFY(notes.insert(note(1, {QStringLiteral("one"), QStringLiteral("x")})).ok());
    QVERIFY(notes.insert(note(2, {QStringLiteral("two")})).ok());
    // Two cards of note 1 in A, one of note 3 in B; note 2 has none.
    for (const auto &[noteId, deck, ord] : {std::tuple<NoteId, DeckId, int>{1, a.id, 0}, {1, a.id, 1}, {3, b.id, 0}}) {
        Card c;
        c.noteId = noteId;
        c.deckId = deck;
        c.ord = ord;
        QVERIFY(m_c->addCard(c).ok());
    }
    QCOMPARE(*notes.idsInDecks({a.id}), (std::vector<NoteId>{1}));
    QCOMPARE(*notes.idsInDecks({b.id, a.id}), (std::vector<NoteId>{1, 3}));
    QCOMPARE(*notes.idsInDecks({}), (std::vector<NoteId>{1, 2, 3}));
    const std::vector<std::pair<NoteId, QString>> expected{
        {1, QStringLiteral("one")}, {2, QStringLiteral("two")}, {3, QStringLiteral("three")}};
    QCOMPARE(*notes.firstFields(m_notetype), expected);
}

QTEST_GUILESS_MAIN(TestNoteRepository)
#include "tst_noterepository.moc"
