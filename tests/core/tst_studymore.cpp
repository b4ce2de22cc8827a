// The reviewer's "done for today" figures and "study more" card lists on a real collection, and
// ReviewSession showing such a list before its due queue.
#include "scheduling/studyday.h"
#include "storage/collection.h"
#include "study/reviewsession.h"
#include "study/sessioncounts.h"
#include "util/clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

} // namespace

class TestStudyMore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void kindOfEachState();
    void upcomingCardsOfADeckAndItsSubdecks();
    void forgottenCardsAreThoseAnsweredAgainToday();
    void reviewAheadAndExtraNewInStudyOrder();
    void sessionShowsExtraCardsFirstThenTheQueue();
    void remainingCountsFollowTheDailyLimit();
    void sessionGivesWhatIsLeftWithEachCard();
    void nextDue_data();
    void nextDue();

private:
    CardId add(DeckId deck, const CardState &state, CardQueue queue = CardQueue::Normal);
    void logAnswer(CardId card, qint64 ms, int rating);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Collection> m_c;
    NotetypeId m_basic = 0;
    DeckId m_parent = 0;
    DeckId m_child = 0;
    DeckId m_other = 0;
    qint64 m_today = 0;
};

void TestStudyMore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto c = Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite")));
    QVERIFY(c.ok());
    m_c = std::move(*c);
    Notetype nt;
    nt.name = QStringLiteral("Basic");
    nt.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
    nt.templates = {CardTemplate{QStringLiteral("Card 1"), QStringLiteral("{{Front}}"), QStringLiteral("{{Back}}")}};
    m_basic = m_c->addNotetype(nt)->id;
    m_parent = m_c->ensureDeck(QStringLiteral("Prep"))->id;
    m_child = m_c->ensureDeck(QStringLiteral("Prep::Metrics"))->id;
    // A sibling whose name starts like the parent's: not a subdeck.
    m_other = m_c->ensureDeck(QStringLiteral("Prep2"))->id;
    m_today = StudyDay::dayNumber(kNow, 0, 4);
}

void TestStudyMore::cleanup()
{
    m_c.reset();
    m_dir.reset();
}

CardId TestStudyMore::add(DeckId deck, const CardState &state, CardQueue queue)
{
    Note n;
    n.notetypeId = m_basic;
    n.fields = QStringList{QStringLiteral("f"), QStringLiteral("b")};
    const Note note = *m_c->addNote(n);
    Card c;
    c.noteId = note.id;
    c.deckId = deck;
    c.state = state;
    c.queue = queue;
    return m_c->addCard(c)->id;
}

void TestStudyMore::logAnswer(CardId card, qint64 ms, int rating)
{
    ReviewLogEntry e;
    e.id = ms;
    e.cardId = card;
    e.rating = rating;
    QVERIFY(m_c->addReviewLog(e));
}

void TestStudyMore::kindOfEachState()
{
    QCOMPARE(SessionCounts::kindOf(NewState{3}), CountKind::New);
    QCOMPARE(SessionCounts::kindOf(LearningState{2, 60, kNow}), CountKind::Learning);
    QCOMPARE(SessionCounts::kindOf(ReviewState{5, 2500, 0, false, 1}), CountKind::Review);
    QCOMPARE(SessionCounts::kindOf(RelearningState{LearningState{1, 600, kNow}, ReviewState{1, 2300, 1, false, 1}}), CountKind::Learning);
}

void TestStudyMore::upcomingCardsOfADeckAndItsSubdecks()
{
    const qint64 step = kNow.toSecsSinceEpoch() + 3600;
    add(m_child, LearningState{1, 600, QDateTime::fromSecsSinceEpoch(step, Qt::UTC)});
    add(m_parent, ReviewState{5, 2500, 0, false, m_today + 3});
    add(m_parent, ReviewState{5, 2500, 0, false, m_today + 2}, CardQueue::Suspended);   // left out
    add(m_child, NewState{1});
    add(m_other, ReviewState{5, 2500, 0, false, m_today + 1});   // another deck
    add(m_other, NewState{2});
    auto prep = m_c->upcomingCards(m_parent);
    QVERIFY(prep);
    QCOMPARE(prep->learningDueSecs, std::optional<qint64>(step));
    QCOMPARE(prep->reviewDueDay, std::optional<qint64>(m_today + 3));
    QCOMPARE(prep->newCards, 1);
    auto metrics = m_c->upcomingCards(m_child);
    QVERIFY(!metrics->reviewDueDay);
    QCOMPARE(metrics->newCards, 1);
    auto all = m_c->upcomingCards(std::nullopt);
    QCOMPARE(all->reviewDueDay, std::optional<qint64>(m_today + 1));
    QCOMPARE(all->newCards, 2);
}

void TestStudyMore::forgottenCardsAreThoseAnsweredAgainToday()
{
    const qint64 dayStartMs = StudyDay::dayStart(m_today, 0, 4).toMSecsSinceEpoch();
    const CardId yesterday = add(m_parent, ReviewState{1, 2500, 1, false, m_today});
    const CardId again = add(m_child, ReviewState{1, 2300, 1, false, m_today + 1});
    const CardId good = add(m_parent, ReviewState{3, 2500, 0, false, m_today + 3});
    const CardId elsewhere = add(m_other, ReviewState{1, 2300, 1, false, m_today + 1});
    logAnswer(yesterday, dayStartMs - 1000, 1);
    logAnswer(again, dayStartMs + 1000, 1);
    logAnswer(good, dayStartMs + 2000, 3);
    logAnswer(elsewhere, dayStartMs + 3000, 1);
    auto cards = m_c->forgottenCards(m_parent, dayStartMs, 100);
    QVERIFY(cards);
    QCOMPARE(*cards, std::vector<CardId>{again});
    QCOMPARE(m_c->forgottenCards(std::nullopt, dayStartMs, 100)->size(), size_t(2));
}

void TestStudyMore::reviewAheadAndExtraNewInStudyOrder()
{
    const CardId in3 = add(m_parent, ReviewState{5, 2500, 0, false, m_today + 3});
    const CardId in1 = add(m_child, ReviewState{5, 2500, 0, false, m_today + 1});
    add(m_parent, ReviewState{5, 2500, 0, false, m_today + 9});
    const CardId second = add(m_parent, NewState{7});
    const CardId first = add(m_child, NewState{2});
    add(m_parent, NewState{1}, CardQueue::Suspended);
    QCOMPARE(*m_c->reviewAheadCards(m_parent, m_today + 3, 100), (std::vector<CardId>{in1, in3}));
    QCOMPARE(*m_c->reviewAheadCards(m_parent, m_today + 3, 1), std::vector<CardId>{in1});
    QCOMPARE(*m_c->extraNewCards(m_parent, 10), (std::vector<CardId>{first, second}));
}

void TestStudyMore::sessionShowsExtraCardsFirstThenTheQueue()
{
    const CardId due = add(m_parent, ReviewState{5, 2500, 0, false, m_today});
    const CardId ahead = add(m_parent, ReviewState{5, 2500, 0, false, m_today + 2});
    const CardId suspended = add(m_parent, ReviewState{5, 2500, 0, false, m_today + 2}, CardQueue::Suspended);
    FixedClock clock(kNow);
    ReviewSession session(*m_c, clock, m_parent);
    session.setExtraCards({suspended, ahead});
    auto next = session.nextCard();
    QVERIFY(next && next->has_value());
    QCOMPARE((*next)->id, ahead);   // the suspended one is skipped
    QCOMPARE(session.nextCard()->value().id, ahead);   // asking again does not move on
    QVERIFY(session.answer(**next, Rating::Good, 1000));
    QCOMPARE(session.nextCard()->value().id, due);
}

void TestStudyMore::remainingCountsFollowTheDailyLimit()
{
    for (int i = 0; i < 3; ++i)
        add(m_child, NewState{i + 1});
    add(m_parent, ReviewState{5, 2500, 0, false, m_today});
    add(m_other, NewState{9});
    auto config = *m_c->preset(1);
    config.newPerDay = 2;
    QVERIFY(m_c->savePreset(1, QStringLiteral("Default"), config));
    auto prep = SessionCounts::remaining(*m_c, m_parent, kNow, 0);
    QVERIFY(prep);
    QCOMPARE(prep->newCount, 2);
    QCOMPARE(prep->learnCount, 0);
    QCOMPARE(prep->reviewCount, 1);
    QCOMPARE(prep->total(), 3);
    auto all = SessionCounts::remaining(*m_c, std::nullopt, kNow, 0);
    QCOMPARE(all->newCount, 3);   // Prep's two and Prep2's one
    QCOMPARE(all->reviewCount, 1);
}

// The reviewer takes the counts from the session with each card (one read of the deck tree).
void TestStudyMore::sessionGivesWhatIsLeftWithEachCard()
{
    for (int i = 0; i < 3; ++i)
        add(m_child, NewState{i + 1});
    add(m_parent, ReviewState{5, 2500, 0, false, m_today});
    add(m_other, NewState{9});
    auto config = *m_c->preset(1);
    config.newPerDay = 2;
    QVERIFY(m_c->savePreset(1, QStringLiteral("Default"), config));
    FixedClock clock(kNow);
    ReviewSession session(*m_c, clock, m_parent);
    auto first = session.nextCardWithCounts();
    QVERIFY(first && first->card);
    QCOMPARE(first->remaining.newCount, 2);   // the daily limit, not the three new cards
    QCOMPARE(first->remaining.learnCount, 0);
    QCOMPARE(first->remaining.reviewCount, 1);
    QCOMPARE(first->card->id, session.nextCard()->value().id);   // the same card as nextCard()
    // Easy sends each card days away, so every answer leaves one fewer; the shown card still counts.
    QVERIFY(session.answer(*first->card, Rating::Easy, 1000));
    for (int left = 2; left > 0; --left) {
        auto next = session.nextCardWithCounts();
        QVERIFY(next && next->card);
        QCOMPARE(next->remaining.total(), left);
        QCOMPARE(next->remaining.learnCount, 0);
        QVERIFY(session.answer(*next->card, Rating::Easy, 1000));
    }
    auto done = session.nextCardWithCounts();
    QVERIFY(done);
    QVERIFY(!done->card);
    QCOMPARE(done->remaining.total(), 0);

    // "Study more": the extra card comes with the same figures (the limit is used up).
    session.setExtraCards(*m_c->extraNewCards(m_parent, 10));
    auto extra = session.nextCardWithCounts();
    QVERIFY(extra && extra->card);
    QCOMPARE(extra->remaining.total(), 0);

    // All decks: top-level decks add up; Prep2's new card is all that is left.
    ReviewSession all(*m_c, clock);
    auto any = all.nextCardWithCounts();
    QVERIFY(any && any->card);
    QCOMPARE(any->remaining.newCount, 1);
    QCOMPARE(any->remaining.learnCount, 0);
    QCOMPARE(any->remaining.reviewCount, 0);
}

void TestStudyMore::nextDue_data()
{
    QTest::addColumn<std::optional<qint64>>("learningInSecs");
    QTest::addColumn<std::optional<qint64>>("reviewInDays");
    QTest::addColumn<int>("newCards");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("amount");
    const std::optional<qint64> none;
    QTest::newRow("nothing scheduled") << none << none << 0 << int(NextDue::Kind::Never) << qint64(0);
    QTest::newRow("a step in 25 min beats tomorrow's new cards") << std::optional<qint64>(25 * 60) << std::optional<qint64>(1) << 3
                                                                 << int(NextDue::Kind::Minutes) << qint64(25);
    QTest::newRow("a step in 30 s rounds up to a minute") << std::optional<qint64>(30) << none << 0 << int(NextDue::Kind::Minutes) << qint64(1);
    QTest::newRow("new cards only: tomorrow") << none << none << 5 << int(NextDue::Kind::Days) << qint64(1);
    QTest::newRow("a review in 4 days") << none << std::optional<qint64>(4) << 0 << int(NextDue::Kind::Days) << qint64(4);
    QTest::newRow("new cards come before a review in 4 days") << none << std::optional<qint64>(4) << 2 << int(NextDue::Kind::Days) << qint64(1);
    QTest::newRow("an overdue review held back by the limit: tomorrow") << none << std::optional<qint64>(-2) << 0 << int(NextDue::Kind::Days)
                                                                       << qint64(1);
}

void TestStudyMore::nextDue()
{
    QFETCH(std::optional<qint64>, learningInSecs);
    QFETCH(std::optional<qint64>, reviewInDays);
    QFETCH(int, newCards);
    QFETCH(int, kind);
    QFETCH(qint64, amount);
    const qint64 now = kNow.toSecsSinceEpoch();
    UpcomingCards u;
    if (learningInSecs)
        u.learningDueSecs = now + *learningInSecs;
    if (reviewInDays)
        u.reviewDueDay = m_today + *reviewInDays;
    u.newCards = newCards;
    const NextDue due = SessionCounts::nextDue(u, now, m_today);
    QCOMPARE(int(due.kind), kind);
    QCOMPARE(due.amount, amount);
}

QTEST_GUILESS_MAIN(TestStudyMore)
#include "tst_studymore.moc"
