// ReviewSession on a real collection file: what an answer stores besides the card (burials,
// leech tag), and what undo takes back.
#include "storage/collection.h"
#include "study/reviewsession.h"
#include "util/clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

// 2026-03-10 12:00 UTC is study day 20522 with offset 0 and the 04:00 rollover (see tst_scheduler).
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
constexpr int kToday = 20522;

} // namespace

class TestReviewSession : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void expiredBurialEndsAtRollover();
    void answeringAnExpiredBuriedCardUnburiesIt();
    void undoTakesBackLeechTagAndSuspension();
    void undoOnlyTakesBackThisSessionsAnswers();

private:
    // A note with one card per state, in `deck`; returns the card ids in order.
    std::vector<CardId> addNote(DeckId deck, const std::vector<CardState> &states);
    Card card(CardId id) { return *m_c->card(id); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Collection> m_c;
    NotetypeId m_basic = 0;
};

void TestReviewSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto c = Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite")));
    QVERIFY(c.ok());
    m_c = std::move(*c);
    Notetype nt;
    nt.name = QStringLiteral("Basic (and reversed card)");
    nt.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
    nt.templates = {CardTemplate{QStringLiteral("Card 1"), QStringLiteral("{{Front}}"), QStringLiteral("{{Back}}")},
                    CardTemplate{QStringLiteral("Card 2"), QStringLiteral("{{Back}}"), QStringLiteral("{{Front}}")}};
    m_basic = m_c->addNotetype(nt)->id;
}

void TestReviewSession::cleanup()
{
    m_c.reset();
    m_dir.reset();
}

std::vector<CardId> TestReviewSession::addNote(DeckId deck, const std::vector<CardState> &states)
{
    Note n;
    n.notetypeId = m_basic;
    n.fields = QStringList{QStringLiteral("front"), QStringLiteral("back")};
    const Note note = *m_c->addNote(n);
    std::vector<CardId> ids;
    for (size_t i = 0; i < states.size(); ++i) {
        Card c;
        c.noteId = note.id;
        c.deckId = deck;
        c.ord = int(i);
        c.state = states[i];
        ids.push_back(m_c->addCard(c)->id);
    }
    return ids;
}

// Answering one card buries its sibling until the next study day. On that day the burial is over:
// the card is a plain card again in the file (what exports and sibling checks read).
void TestReviewSession::expiredBurialEndsAtRollover()
{
    const std::vector<CardId> ids = addNote(1, {NewState{1}, NewState{2}});
    FixedClock clock(kNow);
    {
        ReviewSession session(*m_c, clock);
        QVERIFY(session.answer(card(ids[0]), Rating::Good, 1000).ok());
    }
    QCOMPARE(card(ids[1]).queue, CardQueue::SiblingBuried);
    QCOMPARE(card(ids[1]).buriedUntilDay, kToday + 1);

    clock.advanceSecs(24 * 3600);
    ReviewSession nextDay(*m_c, clock);
    QVERIFY(nextDay.nextCard().ok());
    QCOMPARE(card(ids[1]).queue, CardQueue::Normal);
    QCOMPARE(card(ids[1]).buriedUntilDay, 0);
}

// The answer itself must not copy yesterday's burial into the new card state either.
void TestReviewSession::answeringAnExpiredBuriedCardUnburiesIt()
{
    const std::vector<CardId> ids = addNote(1, {NewState{1}});
    Card buried = card(ids[0]);
    buried.queue = CardQueue::ManuallyBuried;
    buried.buriedUntilDay = kToday;   // its burial ended this morning
    QVERIFY(m_c->updateCard(buried).ok());
    FixedClock clock(kNow);
    ReviewSession session(*m_c, clock);
    QVERIFY(session.answer(card(ids[0]), Rating::Good, 1000).ok());
    QCOMPARE(card(ids[0]).queue, CardQueue::Normal);
}

// The 8th lapse makes a leech: the preset suspends it and the note gets the "leech" tag. Undo takes
// back both, along with the card's state.
void TestReviewSession::undoTakesBackLeechTagAndSuspension()
{
    SchedulerConfig config;
    config.leechAction = LeechAction::Suspend;
    QVERIFY(m_c->savePreset(1, QStringLiteral("Default"), config).ok());
    const std::vector<CardId> ids = addNote(1, {ReviewState{10, 2500, 7, false, kToday}});
    Note note = *m_c->note(card(ids[0]).noteId);
    note.tags = QStringList{QStringLiteral("vocab")};
    QVERIFY(m_c->updateNote(note).ok());
    const Card before = card(ids[0]);

    FixedClock clock(kNow);
    ReviewSession session(*m_c, clock);
    QVERIFY(session.answer(before, Rating::Again, 1000).ok());
    QCOMPARE(card(ids[0]).queue, CardQueue::Suspended);
    QCOMPARE(m_c->note(note.id)->tags, (QStringList{QStringLiteral("vocab"), QStringLiteral("leech")}));

    Result<std::optional<Card>> undone = session.undo();
    QVERIFY(undone.ok() && undone->has_value());
    QCOMPARE((*undone)->id, ids[0]);
    QCOMPARE(card(ids[0]).queue, CardQueue::Normal);
    QVERIFY(card(ids[0]).state == before.state);
    QCOMPARE(m_c->note(note.id)->tags, QStringList{QStringLiteral("vocab")});
    QCOMPARE(*m_c->count(QStringLiteral("revlog")), qint64(0));
}

// Answers given elsewhere (the CLI, an earlier session) are not this session's to take back.
void TestReviewSession::undoOnlyTakesBackThisSessionsAnswers()
{
    const std::vector<CardId> a = addNote(1, {NewState{1}});
    const std::vector<CardId> b = addNote(1, {NewState{2}});
    FixedClock clock(kNow);
    {
        ReviewSession earlier(*m_c, clock);
        QVERIFY(earlier.answer(card(a[0]), Rating::Good, 1000).ok());
    }
    ReviewSession session(*m_c, clock);
    QVERIFY(!session.undo()->has_value());   // nothing answered here yet
    QCOMPARE(*m_c->count(QStringLiteral("revlog")), qint64(1));

    clock.advanceSecs(5);
    QVERIFY(session.answer(card(b[0]), Rating::Good, 1000).ok());
    // Another program answers after us, on a different card.
    {
        ReviewSession cli(*m_c, clock);
        clock.advanceSecs(5);
        QVERIFY(cli.answer(card(a[0]), Rating::Good, 1000).ok());
    }
    Result<std::optional<Card>> undone = session.undo();
    QVERIFY(undone.ok() && undone->has_value());
    QCOMPARE((*undone)->id, b[0]);
    QVERIFY(std::holds_alternative<NewState>(card(b[0]).state));
    QVERIFY(!std::holds_alternative<NewState>(card(a[0]).state));   // the other program's answer stays
    QCOMPARE(*m_c->count(QStringLiteral("revlog")), qint64(2));
    QVERIFY(!session.undo()->has_value());
}

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
