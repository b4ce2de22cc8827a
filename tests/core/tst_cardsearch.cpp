// The browser search (Anki's syntax) against a hand-made collection: a data-driven table of queries,
// each with the cards it must find, written out by label; and the parser's errors.
#include "model/stocknotetypes.h"
#include "scheduling/studyday.h"
#include "search/searchparser.h"
#include "storage/cardsearch.h"
#include "storage/collection.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>

using namespace debrief;

namespace {

// 2026-06-15 12:00 UTC; the day starts at 04:00 UTC (rollover 4, offset 0).
const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
const qint64 kDayMs = 86400000;

} // namespace

class TestCardSearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void search_data();
    void search();
    void searchInEveryOrder_data() { search_data(); }
    void searchInEveryOrder();
    void notesMode();
    void idsAndOrder();
    void errors_data();
    void errors();
    void likePattern();

private:
    struct CardSpec {
        QString label;
        CardState state;
        qint64 createdMs;
        CardQueue queue = CardQueue::Normal;
        int buriedUntil = 0;
        int flags = 0;
        int reps = 0;
    };
    NoteId addNote(const Notetype &nt, DeckId deck, const QStringList &fields, const QStringList &tags,
                   const std::vector<CardSpec> &cards);
    void addReview(const QString &label, const QDateTime &at, int rating, ReviewKind kind);
    QStringList labels(const std::vector<qint64> &ids) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Collection> m_c;
    std::map<QString, CardId> m_ids;
    std::map<CardId, QString> m_labels;
    std::map<QString, NoteId> m_notes;
    SearchContext m_ctx;
    qint64 m_today = 0;
};

NoteId TestCardSearch::addNote(const Notetype &nt, DeckId deck, const QStringList &fields, const QStringList &tags,
                               const std::vector<CardSpec> &cards)
{
    Note n;
    n.notetypeId = nt.id;
    n.fields = fields;
    n.tags = tags;
    n.id = cards.front().createdMs;
    Result<Note> note = m_c->addNote(n);
    if (!note)
        qFatal("addNote: %s", qPrintable(note.error().message));
    int ord = 0;
    for (const CardSpec &spec : cards) {
        Card c;
        c.id = spec.createdMs + ord;   // ids are creation times in ms, as in Anki
        c.noteId = note->id;
        c.deckId = deck;
        c.ord = ord++;
        c.state = spec.state;
        c.queue = spec.queue;
        c.buriedUntilDay = spec.buriedUntil;
        c.flags = spec.flags;
        c.reps = spec.reps;
        Result<Card> added = m_c->addCard(c);
        if (!added)
            qFatal("addCard: %s", qPrintable(added.error().message));
        m_ids[spec.label] = added->id;
        m_labels[added->id] = spec.label;
    }
    return note->id;
}

void TestCardSearch::addReview(const QString &label, const QDateTime &at, int rating, ReviewKind kind)
{
    ReviewLogEntry e;
    e.id = at.toMSecsSinceEpoch();
    e.cardId = m_ids.at(label);
    e.rating = rating;
    e.kind = kind;
    e.intervalAfter = 1;
    QVERIFY(m_c->addReviewLog(e));
}

QStringList TestCardSearch::labels(const std::vector<qint64> &ids) const
{
    QStringList out;
    for (qint64 id : ids)
        out << (m_labels.count(id) ? m_labels.at(id) : QString::number(id));
    out.sort();
    return out;
}

void TestCardSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = Collection::open(m_dir.filePath(QStringLiteral("collection.sqlite")));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_c = std::move(*opened);

    m_today = StudyDay::dayNumber(kNow, 0, 4);
    m_ctx.today = m_today;
    m_ctx.dayStartSecs = StudyDay::dayStart(m_today, 0, 4).toSecsSinceEpoch();
    QCOMPARE(QDateTime::fromSecsSinceEpoch(m_ctx.dayStartSecs, Qt::UTC), QDateTime(QDate(2026, 6, 15), QTime(4, 0), Qt::UTC));
    m_ctx.nowSecs = kNow.toSecsSinceEpoch();

    Result<Notetype> basic = m_c->addNotetype(StockNotetypes::basic());
    Result<Notetype> cloze = m_c->addNotetype(StockNotetypes::cloze());
    Notetype pairType;
    pairType.name = QStringLiteral("Debrief Pair");
    pairType.kind = NotetypeKind::Pair;
    pairType.fieldNames = QStringList{QStringLiteral("Question"), QStringLiteral("Weak"), QStringLiteral("Strong"), QStringLiteral("Why")};
    pairType.templates = {{QStringLiteral("Pair"), QStringLiteral("{{Question}}"), QStringLiteral("{{Strong}}")}};
    Result<Notetype> pair = m_c->addNotetype(pairType);
    Notetype treeType;
    treeType.name = QStringLiteral("Debrief Tree");
    treeType.kind = NotetypeKind::Tree;
    treeType.fieldNames = QStringList{QStringLiteral("Root"), QStringLiteral("Branches")};
    treeType.templates = {{QStringLiteral("Tree"), QStringLiteral("{{Root}}"), QStringLiteral("{{Branches}}")},
                          {QStringLiteral("Branch"), QStringLiteral("{{Root}}"), QStringLiteral("{{Branches}}")}};
    Result<Notetype> tree = m_c->addNotetype(treeType);
    QVERIFY(basic && cloze && pair && tree);

    const DeckId ml = m_c->ensureDeck(QStringLiteral("ML"))->id;
    const DeckId eval = m_c->ensureDeck(QStringLiteral("ML::Eval"))->id;
    const DeckId pm = m_c->ensureDeck(QStringLiteral("PM"))->id;
    const DeckId misc = m_c->ensureDeck(QStringLiteral("Misc Deck"))->id;

    const qint64 nowMs = kNow.toMSecsSinceEpoch();
    auto daysAgo = [&](int d) { return nowMs - d * kDayMs; };
    auto review = [&](int ivl, int ease, int lapses, qint64 dueOffset, bool leech = false) {
        return CardState(ReviewState{ivl, ease, lapses, leech, m_today + dueOffset});
    };

    m_notes[QStringLiteral("b1")] = addNote(*basic, ml, {QStringLiteral("What is recall@k?"), QStringLiteral("share of relevant items in the top k")},
            {QStringLiteral("eval"), QStringLiteral("ml::metrics")}, {{QStringLiteral("b1"), NewState{1}, daysAgo(30)}});
    m_notes[QStringLiteral("b2")] = addNote(*basic, eval, {QStringLiteral("Groundedness"), QStringLiteral("answer supported by retrieved context")},
            {QStringLiteral("eval"), QStringLiteral("rag")},
            {{QStringLiteral("b2"), review(15, 2500, 0, -1), daysAgo(20), CardQueue::Normal, 0, 0, 5}});
    addNote(*basic, pm, {QStringLiteral("North star metric"), QStringLiteral("one metric for <b>user value</b>")}, {},
            {{QStringLiteral("b3"), review(40, 1800, 4, 5, true), daysAgo(20) + 1000, CardQueue::Suspended}});
    addNote(*basic, pm, {QStringLiteral("A/B test power"), QStringLiteral("80 percent is typical")}, {QStringLiteral("stats")},
            {{QStringLiteral("b4"), LearningState{1, 600, kNow.addSecs(-60)}, nowMs - 3600 * 1000, CardQueue::Normal, 0, 2}});
    m_notes[QStringLiteral("c1")] = addNote(*cloze, ml, {QStringLiteral("{{c1::Precision}} and {{c2::recall}}"), QString()},
            {QStringLiteral("ml::metrics")},
            {{QStringLiteral("c1a"), NewState{2}, daysAgo(2)},
             {QStringLiteral("c1b"), review(3, 2300, 0, 2), daysAgo(2), CardQueue::SiblingBuried, int(m_today + 1)}});
    addNote(*pair, misc, {QStringLiteral("How do you size an A/B test?"), QStringLiteral("run it for a week"),
                          QStringLiteral("compute power and MDE first"), QStringLiteral("sizing avoids underpowered tests")},
            {QStringLiteral("interview")}, {{QStringLiteral("p1"), NewState{3}, daysAgo(5), CardQueue::Normal, 0, 1}});
    RelearningState relearn{LearningState{1, 600, kNow.addSecs(600)}, ReviewState{10, 2100, 1, false, m_today + 3}};
    m_notes[QStringLiteral("t1")] = addNote(*tree, ml, {QStringLiteral("Model quality dropped"), QStringLiteral("data drift; label noise")},
            {QStringLiteral("interview"), QStringLiteral("failure")},
            {{QStringLiteral("t1a"), review(25, 2600, 0, 0), daysAgo(40), CardQueue::Normal, 0, 0, 8},
             {QStringLiteral("t1b"), relearn, daysAgo(40)}});
    addNote(*basic, 1, {QStringLiteral("100% sure_thing*"), QStringLiteral("escapes")}, {QStringLiteral("Tag_X")},
            {{QStringLiteral("b5"), NewState{4}, daysAgo(1)}});

    const QDateTime today10(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC);
    // Oldest first: the collection hands out review ids in increasing order.
    addReview(QStringLiteral("b3"), today10.addDays(-3), 1, ReviewKind::Review);
    addReview(QStringLiteral("t1b"), today10.addDays(-1), 1, ReviewKind::Review);
    addReview(QStringLiteral("b2"), today10, 3, ReviewKind::Review);
    addReview(QStringLiteral("b1"), today10.addSecs(60), 0, ReviewKind::Manual);   // a reschedule is not a rating
    addReview(QStringLiteral("b4"), today10.addSecs(3600), 1, ReviewKind::Learn);
}

void TestCardSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");   // sorted labels, space-separated

    const char *const rows[][2] = {
        {"", "b1 b2 b3 b4 b5 c1a c1b p1 t1a t1b"},
        {"recall", "b1 c1a c1b"},
        {"RECALL", "b1 c1a c1b"},
        {"recall precision", "c1a c1b"},
        {"recall and precision", "c1a c1b"},
        {"recall or groundedness", "b1 b2 c1a c1b"},
        {"recall OR groundedness", "b1 b2 c1a c1b"},
        {"-recall", "b2 b3 b4 b5 p1 t1a t1b"},
        {"\"A/B test\"", "b4 p1"},
        {"\"test power\"", "b4"},
        {"a/b*power", "b4 p1"},
        {"sure_thing", "b5"},
        {"100%", "b5"},
        {"\"100% sure\\_thing\\*\"", "b5"},
        {"recall -tag:ml", ""},
        {"front:groundedness", "b2"},
        {"front:ground*", "b2"},
        {"front:ground", ""},
        {"back:*<b>*", "b3"},
        {"question:*A/B*", "p1"},
        {"f*:north*", "b3"},
        {"\"front:north star metric\"", "b3"},
        {"front:\"north star metric\"", "b3"},
        {"nosuchfield:x", ""},
        {"deck:ML", "b1 b2 c1a c1b t1a t1b"},
        {"deck:ml::eval", "b2"},
        {"deck:m*", "b1 b2 c1a c1b p1 t1a t1b"},
        {"\"deck:Misc Deck\"", "p1"},
        {"deck:Misc*", "p1"},
        {"-deck:ML", "b3 b4 b5 p1"},
        {"deck:default", "b5"},
        {"deck:nosuchdeck", ""},
        {"tag:eval", "b1 b2"},
        {"tag:ml", "b1 c1a c1b"},
        {"tag:ml::metrics", "b1 c1a c1b"},
        {"tag:metrics", ""},
        {"tag:none", "b3"},
        {"tag:inter*", "p1 t1a t1b"},
        {"tag:tag_x", "b5"},
        {"note:Basic", "b1 b2 b3 b4 b5"},
        {"note:cloze", "c1a c1b"},
        {"note:debrief*", "p1 t1a t1b"},
        {"card:1", "b1 b2 b3 b4 b5 c1a p1 t1a"},
        {"card:2", "c1b t1b"},
        {"card:Branch", "t1b"},
        {"\"card:Card 1\"", "b1 b2 b3 b4 b5"},
        {"is:new", "b1 b5 c1a p1"},
        {"is:learn", "b4 t1b"},
        {"is:review", "b2 b3 c1b t1a t1b"},
        {"is:due", "b2 b4 t1a"},
        {"is:suspended", "b3"},
        {"is:buried", "c1b"},
        {"is:leech", "b3"},
        {"flag:2", "b4"},
        {"flag:1", "p1"},
        {"flag:0", "b1 b2 b3 b5 c1a c1b t1a t1b"},
        {"rated:1", "b2 b4"},
        {"rated:1:1", "b4"},
        {"rated:2", "b2 b4 t1b"},
        {"rated:4", "b2 b3 b4 t1b"},
        {"rated:4:1", "b3 b4 t1b"},
        {"prop:ivl>10", "b2 b3 t1a"},
        {"prop:ivl>=10", "b2 b3 t1a t1b"},
        {"prop:due<3", "b2 c1b t1a"},
        {"prop:due=5", "b3"},
        {"prop:ease<2", "b3"},
        {"prop:ease>=2.5", "b2 t1a"},
        {"prop:lapses>3", "b3"},
        {"prop:lapses=1", "t1b"},
        {"prop:reps>4", "b2 t1a"},
        {"prop:lapses!=0", "b3 t1b"},
        {"added:1", "b4"},
        {"added:3", "b4 b5 c1a c1b"},
        {"kind:pair", "p1"},
        {"kind:tree", "t1a t1b"},
        {"kind:cloze", "c1a c1b"},
        {"kind:basic", "b1 b2 b3 b4 b5"},
        {"(tag:eval or tag:stats) -is:new", "b2 b4"},
        {"deck:PM and (is:suspended or flag:2)", "b3 b4"},
        {"-(deck:ML or deck:PM)", "b5 p1"},
        {"((deck:ML))", "b1 b2 c1a c1b t1a t1b"},
        {"is:review -is:suspended prop:ivl>5", "b2 t1a t1b"},
        {"tag:interview or deck:PM is:due", "b4 p1 t1a t1b"},
    };
    for (const auto &row : rows)
        QTest::newRow(row[0][0] ? row[0] : "(empty)") << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1]);
}

void TestCardSearch::search()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    Result<SearchNode> parsed = SearchParser::parse(query);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    CardSearch search(m_c->database());
    Result<std::vector<CardId>> ids = search.cards(*parsed, m_ctx);
    QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
    QCOMPARE(labels(*ids).join(QLatin1Char(' ')), expected);
}

// Each sort order joins other tables (notes and note types for the sort field, decks for the deck);
// whatever the order, a query finds the same cards.
void TestCardSearch::searchInEveryOrder()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    Result<SearchNode> parsed = SearchParser::parse(query);
    QVERIFY(parsed);
    CardSearch search(m_c->database());
    for (SearchOrder order : {SearchOrder::Created, SearchOrder::SortField, SearchOrder::Deck, SearchOrder::Due,
                              SearchOrder::Interval, SearchOrder::Ease, SearchOrder::Reviews, SearchOrder::Lapses,
                              SearchOrder::Modified}) {
        for (bool descending : {false, true}) {
            Result<std::vector<CardId>> ids = search.cards(*parsed, m_ctx, order, descending);
            QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
            QCOMPARE(labels(*ids).join(QLatin1Char(' ')), expected);
        }
    }
}

void TestCardSearch::notesMode()
{
    CardSearch search(m_c->database());
    Result<std::vector<NoteId>> notes = search.notes(*SearchParser::parse(QStringLiteral("deck:ML")), m_ctx);
    QVERIFY(notes);
    // b1, b2, the cloze note and the tree note, each once however many of its cards match.
    QCOMPARE(notes->size(), size_t(4));
    QVERIFY(std::count(notes->begin(), notes->end(), m_notes.at(QStringLiteral("c1"))) == 1);
    QVERIFY(std::count(notes->begin(), notes->end(), m_notes.at(QStringLiteral("t1"))) == 1);

    // Terms on cards only (no note joined): b2, b3, the cloze note (c1b) and the tree note (both cards).
    for (SearchOrder order : {SearchOrder::Created, SearchOrder::Interval, SearchOrder::SortField}) {
        Result<std::vector<NoteId>> reviewed = search.notes(*SearchParser::parse(QStringLiteral("is:review")), m_ctx, order);
        QVERIFY(reviewed);
        QCOMPARE(reviewed->size(), size_t(4));
        QVERIFY(std::count(reviewed->begin(), reviewed->end(), m_notes.at(QStringLiteral("b2"))) == 1);
        QVERIFY(std::count(reviewed->begin(), reviewed->end(), m_notes.at(QStringLiteral("c1"))) == 1);
        QVERIFY(std::count(reviewed->begin(), reviewed->end(), m_notes.at(QStringLiteral("t1"))) == 1);
    }
}

void TestCardSearch::idsAndOrder()
{
    CardSearch search(m_c->database());
    const QString q = QStringLiteral("cid:%1,%2").arg(m_ids.at(QStringLiteral("b2"))).arg(m_ids.at(QStringLiteral("t1a")));
    Result<std::vector<CardId>> byId = search.cards(*SearchParser::parse(q), m_ctx);
    QVERIFY(byId);
    QCOMPARE(labels(*byId), (QStringList{QStringLiteral("b2"), QStringLiteral("t1a")}));

    const QString nq = QStringLiteral("nid:%1").arg(m_notes.at(QStringLiteral("t1")));
    QCOMPARE(labels(*search.cards(*SearchParser::parse(nq), m_ctx)), (QStringList{QStringLiteral("t1a"), QStringLiteral("t1b")}));

    // Interval order: 3 (c1b), 10 (t1b), 15 (b2), 25 (t1a), 40 (b3); descending reverses it.
    const SearchNode reviews = *SearchParser::parse(QStringLiteral("is:review"));
    auto asc = search.cards(reviews, m_ctx, SearchOrder::Interval);
    QVERIFY(asc);
    QStringList order;
    for (CardId id : *asc)
        order << m_labels.at(id);
    QCOMPARE(order, (QStringList{"c1b", "t1b", "b2", "t1a", "b3"}));
    auto desc = search.cards(reviews, m_ctx, SearchOrder::Interval, true);
    order.clear();
    for (CardId id : *desc)
        order << m_labels.at(id);
    QCOMPARE(order, (QStringList{"b3", "t1a", "b2", "t1b", "c1b"}));

    // Sort field: the note type's sort field (Front / Text / Question / Root), case-insensitive.
    auto bySort = search.cards(*SearchParser::parse(QStringLiteral("kind:basic")), m_ctx, SearchOrder::SortField);
    order.clear();
    for (CardId id : *bySort)
        order << m_labels.at(id);
    QCOMPARE(order, (QStringList{"b5", "b4", "b2", "b3", "b1"}));

    // Descending on orders whose SQL terms hold commas (a function call, an IN list): the browser's
    // second header click. Same cards, reverse order.
    for (SearchOrder o : {SearchOrder::SortField, SearchOrder::Due, SearchOrder::Deck}) {
        auto up = search.cards(*SearchParser::parse(QStringLiteral("kind:basic")), m_ctx, o);
        auto down = search.cards(*SearchParser::parse(QStringLiteral("kind:basic")), m_ctx, o, true);
        QVERIFY2(up, qPrintable(up ? QString() : up.error().message));
        QVERIFY2(down, qPrintable(down ? QString() : down.error().message));
        std::vector<CardId> reversed(up->rbegin(), up->rend());
        QCOMPARE(*down, reversed);
    }
    order.clear();
    for (CardId id : *search.cards(*SearchParser::parse(QStringLiteral("kind:basic")), m_ctx, SearchOrder::SortField, true))
        order << m_labels.at(id);
    QCOMPARE(order, (QStringList{"b1", "b3", "b2", "b4", "b5"}));
}

void TestCardSearch::errors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("open") << "(recall" << "'(' is not closed (at column 1)";
    QTest::newRow("close") << "recall)" << "')' without '(' (at column 7)";
    QTest::newRow("quote") << "front:\"abc" << "a quote is not closed (at column 1)";
    QTest::newRow("state") << "is:sleeping" << "'is:sleeping' is not one of new|learn|review|due|suspended|buried|leech (at column 1)";
    QTest::newRow("flag") << "flag:9" << "'flag:' takes a number from 0 to 7 (at column 1)";
    QTest::newRow("rated") << "x rated:0" << "'rated:' takes days from 1 to 365, then optionally :1-4 (at column 3)";
    QTest::newRow("rated ease") << "rated:2:5" << "'rated:N:' takes a rating from 1 to 4 (at column 1)";
    QTest::newRow("prop") << "prop:ivl" << "'prop:' takes a comparison such as prop:ivl>10 (at column 1)";
    QTest::newRow("prop name") << "prop:foo>1" << "'prop:foo' is not one of ivl|due|ease|lapses|reps (at column 1)";
    QTest::newRow("prop number") << "prop:ivl>ten" << "'ten' is not a number (at column 1)";
    QTest::newRow("deck") << "deck:" << "'deck:' needs a value (at column 1)";
    QTest::newRow("or") << "a or" << "an empty group (at column 3)";
    QTest::newRow("leading or") << "or a" << "'or' needs something on both sides (at column 1)";
    QTest::newRow("kind") << "kind:essay" << "'kind:essay' is not one of basic|cloze|pair|tree|layers (at column 1)";
    QTest::newRow("card 0") << "card:0" << "card numbers start at 1 (at column 1)";
    QTest::newRow("nid") << "nid:12,x" << "'nid:' takes ids separated by commas (at column 1)";
    QTest::newRow("backslash") << "abc\\" << "a backslash at the end escapes nothing (at column 4)";
    QTest::newRow("deep") << QString(200, QLatin1Char('(')) + QStringLiteral("a") + QString(200, QLatin1Char(')'))
                          << "parentheses nested deeper than 64 (at column 65)";
    QTest::newRow("long") << QString(20000, QLatin1Char('a')) << "the query is longer than 10000 characters";
}

void TestCardSearch::errors()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    Result<SearchNode> parsed = SearchParser::parse(query);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, Error::Kind::InvalidInput);
    QCOMPARE(parsed.error().message, QStringLiteral("search: ") + message);
}

void TestCardSearch::likePattern()
{
    QCOMPARE(SearchParser::toLikePattern(QStringLiteral("a*b_c")), QStringLiteral("a%b_c"));
    QCOMPARE(SearchParser::toLikePattern(QStringLiteral("100%")), QStringLiteral("100\\%"));
    QCOMPARE(SearchParser::toLikePattern(QStringLiteral("a\\*b\\_c")), QStringLiteral("a*b\\_c"));
    QCOMPARE(SearchParser::unescape(QStringLiteral("a\\:b\\*")), QStringLiteral("a:b*"));
}

QTEST_GUILESS_MAIN(TestCardSearch)
#include "tst_cardsearch.moc"
