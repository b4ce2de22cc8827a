// The one deck-subtree rule (DeckRepository::subtreeSql) as its three users see it on a real
// collection: deck removal and its card count, the "study more" lists and the search's deck:.
// A subdeck is a name that continues with "::"; a sibling sharing a prefix ("ML2", "A::Bc") is
// not one, '%' and '_' in names are plain characters, and names compare without ASCII case.
#include "search/searchparser.h"
#include "storage/cardsearch.h"
#include "storage/collection.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace debrief;

class TestDeckSubtree : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void subtree_data();
    void countAndStudyMore();
    void countAndStudyMore_data() { subtree_data(); }
    void removeDeck();
    void removeDeck_data() { subtree_data(); }
    void search_data();
    void search();
    void renameMovesOnlyTheSubtree();

private:
    DeckId deckId(const QString &name);
    QStringList deckNamesOfCards(const std::vector<CardId> &cards);
    QStringList deckNames();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Collection> m_c;
};

namespace {

// Every deck of the fixture, each with one new card. "ml::lower" was created below "ML" in
// another case: the decks table treats "ml" and "ML" as one name, so it is a subdeck of "ML".
const QStringList kDecks{QStringLiteral("ML"),    QStringLiteral("ML::Deep"), QStringLiteral("ml::lower"),
                         QStringLiteral("ML2"),   QStringLiteral("A::B"),     QStringLiteral("A::B::C"),
                         QStringLiteral("A::Bc"), QStringLiteral("10%"),      QStringLiteral("100"),
                         QStringLiteral("a_b"),   QStringLiteral("axb")};

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

void TestDeckSubtree::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto c = Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite")));
    QVERIFY(c.ok());
    m_c = std::move(*c);
    Notetype nt;
    nt.name = QStringLiteral("Basic");
    nt.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
    nt.templates = {CardTemplate{QStringLiteral("Card 1"), QStringLiteral("{{Front}}"), QStringLiteral("{{Back}}")}};
    const NotetypeId basic = m_c->addNotetype(nt)->id;
    for (const QString &name : kDecks) {
        Result<Deck> deck = m_c->ensureDeck(name);
        QVERIFY(deck.ok());
        Note n;
        n.notetypeId = basic;
        n.fields = QStringList{name, QStringLiteral("b")};
        Result<Note> note = m_c->addNote(n);
        QVERIFY(note.ok());
        Card card;
        card.noteId = note->id;
        card.deckId = deck->id;
        QVERIFY(m_c->addCard(card).ok());
    }
    // ensureDeck made the parent "A" (no card of its own); "ml::lower" went below "ML".
    QCOMPARE(m_c->deckByName(QStringLiteral("ml::lower"))->value().name, QStringLiteral("ml::lower"));
}

void TestDeckSubtree::cleanup()
{
    m_c.reset();
    m_dir.reset();
}

DeckId TestDeckSubtree::deckId(const QString &name)
{
    Result<std::optional<Deck>> deck = m_c->deckByName(name);
    return deck && *deck ? (*deck)->id : DeckId(0);
}

QStringList TestDeckSubtree::deckNamesOfCards(const std::vector<CardId> &cards)
{
    QStringList names;
    for (CardId id : cards) {
        Result<Card> card = m_c->card(id);
        Result<Deck> deck = card ? m_c->deck(card->deckId) : Result<Deck>(card.error());
        names << (deck ? deck->name : QStringLiteral("?"));
    }
    return sorted(names);
}

QStringList TestDeckSubtree::deckNames()
{
    QStringList names;
    for (const Deck &deck : m_c->decks().value())
        names << deck.name;
    return sorted(names);
}

void TestDeckSubtree::subtree_data()
{
    QTest::addColumn<QString>("top");
    QTest::addColumn<QStringList>("subtree");   // decks holding a card, so "A" itself is left out
    QTest::newRow("ML, not ML2") << "ML" << QStringList{"ML", "ML::Deep", "ml::lower"};
    QTest::newRow("A::B, not A::Bc") << "A::B" << QStringList{"A::B", "A::B::C"};
    QTest::newRow("A: every A::") << "A" << QStringList{"A::B", "A::B::C", "A::Bc"};
    QTest::newRow("leaf") << "A::Bc" << QStringList{"A::Bc"};
    QTest::newRow("% is a character") << "10%" << QStringList{"10%"};
    QTest::newRow("_ is a character") << "a_b" << QStringList{"a_b"};
    QTest::newRow("child in another case") << "ml::lower" << QStringList{"ml::lower"};
}

void TestDeckSubtree::countAndStudyMore()
{
    QFETCH(QString, top);
    QFETCH(QStringList, subtree);
    const DeckId id = deckId(top);
    QVERIFY(id != 0);
    QCOMPARE(m_c->cardCountWithSubdecks(id).value(), qint64(subtree.size()));
    QCOMPARE(m_c->upcomingCards(id).value().newCards, int(subtree.size()));
    QCOMPARE(deckNamesOfCards(m_c->extraNewCards(id, 100).value()), sorted(subtree));
}

void TestDeckSubtree::removeDeck()
{
    QFETCH(QString, top);
    QFETCH(QStringList, subtree);
    const QStringList before = deckNames();
    Result<Collection::DeckRemoval> removal = m_c->removeDeck(deckId(top));
    QVERIFY(removal.ok());
    QCOMPARE(removal->cards, qint64(subtree.size()));
    QCOMPARE(removal->notes, qint64(subtree.size()));
    // Every deck removed is the top deck or in its subtree; the rest stay.
    QStringList removed = before;
    for (const QString &name : deckNames())
        removed.removeOne(name);
    QStringList expected = subtree;
    if (!expected.contains(top))
        expected << top;
    QCOMPARE(sorted(removed), sorted(expected));
    QCOMPARE(qint64(removal->decks.size()), qint64(expected.size()));
}

void TestDeckSubtree::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("decks");
    QTest::newRow("ML, not ML2") << "deck:ML" << QStringList{"ML", "ML::Deep", "ml::lower"};
    QTest::newRow("case-insensitive") << "deck:ml" << QStringList{"ML", "ML::Deep", "ml::lower"};
    QTest::newRow("A::B, not A::Bc") << "deck:A::B" << QStringList{"A::B", "A::B::C"};
    QTest::newRow("quoted, other case") << "\"deck:a::b\"" << QStringList{"A::B", "A::B::C"};
    QTest::newRow("% is a character") << "deck:10%" << QStringList{"10%"};
    QTest::newRow("glob still a glob") << "deck:ML*" << QStringList{"ML", "ML::Deep", "ML2", "ml::lower"};
}

void TestDeckSubtree::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, decks);
    Result<SearchNode> node = SearchParser::parse(query);
    QVERIFY(node.ok());
    CardSearch search(m_c->database());
    Result<std::vector<CardId>> cards = search.cards(*node, SearchContext{});
    QVERIFY(cards.ok());
    QCOMPARE(deckNamesOfCards(*cards), sorted(decks));
}

void TestDeckSubtree::renameMovesOnlyTheSubtree()
{
    Deck deck = m_c->deck(deckId(QStringLiteral("A::B"))).value();
    deck.name = QStringLiteral("X");
    QVERIFY(m_c->updateDeck(deck).ok());
    const QStringList names = deckNames();
    QVERIFY(names.contains(QStringLiteral("X::C")));
    QVERIFY(names.contains(QStringLiteral("A::Bc")));
    QVERIFY(!names.contains(QStringLiteral("A::B::C")));
    QVERIFY(!names.contains(QStringLiteral("A::B")));
    deck = m_c->deck(deckId(QStringLiteral("ML"))).value();
    deck.name = QStringLiteral("Learning");
    QVERIFY(m_c->updateDeck(deck).ok());
    const QStringList after = deckNames();
    QVERIFY(after.contains(QStringLiteral("Learning::lower")));
    QVERIFY(after.contains(QStringLiteral("Learning::Deep")));
    QVERIFY(after.contains(QStringLiteral("ML2")));
}

QTEST_GUILESS_MAIN(TestDeckSubtree)
#include "tst_decksubtree.moc"
