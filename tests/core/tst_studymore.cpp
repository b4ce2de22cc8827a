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

QTEST_GUILESS_MAIN(TestStudyMore)
#include "tst_studymore.moc"
