// The study order from counts and candidates alone: no database, no clock.
#include "study/queuebuilder.h"

#include <QTest>

#include <algorithm>

using namespace debrief;

namespace {

constexpr qint64 kNow = 1773144000;   // 2026-03-10 12:00 UTC, unix seconds

// One deck with room for everything, unless told otherwise.
StudyDeckAllowance deck(int parent = -1, int newLeft = 100, int reviewLeft = 100)
{
    return StudyDeckAllowance{parent, newLeft, reviewLeft};
}

} // namespace

class TestQueueBuilder : public QObject {
    Q_OBJECT

private slots:
    void kindsComeInAnkiOrder();
    void eachKindByDueThenId();
    void parentAllowanceCapsItsChildren();
    void limitCutsTheQueue();
    void nothingDue();
    void newCardsInAddedOrder();
    void randomNewOrderIsFixedForTheDay();
    void randomNewOrderChangesWithTheDay();
    void randomNewOrderKeepsAllowances();
};

// Learning due now, then reviews, then new cards; learning due only within learn-ahead comes last.
void TestQueueBuilder::kindsComeInAnkiOrder()
{
    StudyCandidates c;
    c.decks = {deck()};
    c.fresh = {{1, 501, 0}};
    c.reviews = {{20522, 401, 0}};
    c.learning = {{kNow + 600, 302, 0}, {kNow - 60, 301, 0}};
    QCOMPARE(QueueBuilder::build(c, kNow, 0), (std::vector<CardId>{301, 401, 501, 302}));
}

void TestQueueBuilder::eachKindByDueThenId()
{
    StudyCandidates c;
    c.decks = {deck()};
    c.reviews = {{20522, 12, 0}, {20520, 13, 0}, {20522, 11, 0}};
    c.fresh = {{3, 21, 0}, {1, 23, 0}, {1, 22, 0}};
    QCOMPARE(QueueBuilder::build(c, kNow, 0), (std::vector<CardId>{13, 11, 12, 22, 23, 21}));
}

// Parent P allows 2 new cards and 1 review; its children A and B allow more on their own. The
// cards are taken in order while both the child and the parent have room.
void TestQueueBuilder::parentAllowanceCapsItsChildren()
{
    StudyCandidates c;
    c.decks = {deck(-1, 2, 1), deck(0, 5, 5), deck(0, 1, 5)};   // P, A, B
    c.fresh = {{1, 101, 1}, {2, 201, 2}, {3, 202, 2}, {4, 102, 1}, {5, 103, 1}};
    c.reviews = {{20520, 301, 2}, {20521, 302, 1}};
    // New: 101 (A), 201 (B, now full), 202 refused by B, 102 refused by P (2 taken). Review: 301 only.
    QCOMPARE(QueueBuilder::build(c, kNow, 0), (std::vector<CardId>{301, 101, 201}));
}

void TestQueueBuilder::limitCutsTheQueue()
{
    StudyCandidates c;
    c.decks = {deck()};
    c.learning = {{kNow - 5, 1, 0}};
    c.reviews = {{20522, 2, 0}};
    c.fresh = {{1, 3, 0}};
    QCOMPARE(QueueBuilder::build(c, kNow, 2), (std::vector<CardId>{1, 2}));
    QCOMPARE(QueueBuilder::build(c, kNow, 1), (std::vector<CardId>{1}));
}

void TestQueueBuilder::nothingDue()
{
    StudyCandidates c;
    c.decks = {deck(-1, 0, 0)};
    c.fresh = {{1, 3, 0}};   // the deck's new-card allowance is used up
    QVERIFY(QueueBuilder::build(c, kNow, 0).empty());
}

namespace {

// Twenty new cards added in id order (position = id), one deck with room for all.
StudyCandidates twentyNew()
{
    StudyCandidates c;
    c.decks = {deck(-1, 100, 100)};
    for (CardId id = 1; id <= 20; ++id)
        c.fresh.push_back(StudyCandidate{id, id, 0});
    std::reverse(c.fresh.begin(), c.fresh.end());   // candidates arrive in no particular order
    return c;
}

std::vector<CardId> oneToTwenty()
{
    std::vector<CardId> ids;
    for (CardId id = 1; id <= 20; ++id)
        ids.push_back(id);
    return ids;
}

} // namespace

void TestQueueBuilder::newCardsInAddedOrder()
{
    QCOMPARE(QueueBuilder::build(twentyNew(), kNow, 0, NewCardOrder::Added, 20522), oneToTwenty());
}

// The same day gives the same shuffle (the queue must not jump between nextCard() calls); it is a
// permutation of the cards, not the added order.
void TestQueueBuilder::randomNewOrderIsFixedForTheDay()
{
    const std::vector<CardId> first = QueueBuilder::build(twentyNew(), kNow, 0, NewCardOrder::Random, 20522);
    QCOMPARE(QueueBuilder::build(twentyNew(), kNow, 0, NewCardOrder::Random, 20522), first);
    QVERIFY(first != oneToTwenty());
    std::vector<CardId> sorted = first;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, oneToTwenty());
}

void TestQueueBuilder::randomNewOrderChangesWithTheDay()
{
    QVERIFY(QueueBuilder::build(twentyNew(), kNow, 0, NewCardOrder::Random, 20522)
            != QueueBuilder::build(twentyNew(), kNow, 0, NewCardOrder::Random, 20523));
}

// Shuffled or not, a deck gives no more new cards than its allowance, and reviews come first.
void TestQueueBuilder::randomNewOrderKeepsAllowances()
{
    StudyCandidates c = twentyNew();
    c.decks = {deck(-1, 5, 100)};
    c.reviews = {{20522, 99, 0}};
    const std::vector<CardId> queue = QueueBuilder::build(c, kNow, 0, NewCardOrder::Random, 20522);
    QCOMPARE(queue.size(), size_t(6));
    QCOMPARE(queue.front(), CardId(99));
}

QTEST_APPLESS_MAIN(TestQueueBuilder)
#include "tst_queuebuilder.moc"
