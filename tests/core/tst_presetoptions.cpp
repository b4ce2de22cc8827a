// The deck options added for issues 11 and 13: the rehearsal countdown, the answer timer and
// Anki's third bury option in the preset (stored, read back, defaults for older presets), their
// validation, interday learning siblings buried on an answer, and a deck's "today only" limits.
#include "scheduling/presetcheck.h"
#include "scheduling/stepstext.h"
#include "scheduling/studyday.h"
#include "storage/collection.h"
#include "storage/database.h"
#include "storage/presetcodec.h"
#include "storage/statement.h"
#include "study/reviewsession.h"
#include "study/studyqueue.h"
#include "util/clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

// 2026-03-10 12:00 UTC; with offset 0 and rollover 04:00 the study day began at 04:00 UTC and
// the next one starts in 16 hours.
const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

} // namespace

class TestPresetOptions : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newSettingsRoundTripThroughTheCollection();
    void presetWithoutTheNewKeysLoadsTheDefaults();
    void presetCheck_data();
    void presetCheck();
    void buryInterdayLearningSiblings_data();
    void buryInterdayLearningSiblings();
    void todayLimitsApplyTodayAndExpireTomorrow();
    void todayLimitsAreRefusedOutOfRangeAndGoWithTheirDeck();

private:
    DeckId deckWithPreset(const QString &name, const SchedulerConfig &config);
    std::vector<CardId> addNote(DeckId deck, const std::vector<CardState> &states);
    qint64 today() const { return StudyDay::dayNumber(kNow, 0, 4); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Collection> m_c;
    NotetypeId m_basic = 0;
};

void TestPresetOptions::init()
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
    Result<Notetype> added = m_c->addNotetype(nt);
    QVERIFY(added.ok());
    m_basic = added->id;
}

void TestPresetOptions::cleanup()
{
    m_c.reset();
    m_dir.reset();
}

DeckId TestPresetOptions::deckWithPreset(const QString &name, const SchedulerConfig &config)
{
    Result<PresetId> preset = m_c->addPreset(name, config);
    Result<Deck> deck = m_c->ensureDeck(name);
    if (!preset || !deck)
        qFatal("deck or preset not added");
    Deck d = *deck;
    d.presetId = *preset;
    if (!m_c->updateDeck(d))
        qFatal("updateDeck failed");
    return d.id;
}

std::vector<CardId> TestPresetOptions::addNote(DeckId deck, const std::vector<CardState> &states)
{
    Note n;
    n.notetypeId = m_basic;
    n.fields = QStringList{QStringLiteral("front"), QStringLiteral("back")};
    Result<Note> note = m_c->addNote(n);
    if (!note)
        qFatal("addNote: %s", qPrintable(note.error().message));
    std::vector<CardId> ids;
    for (size_t i = 0; i < states.size(); ++i) {
        Card c;
        c.noteId = note->id;
        c.deckId = deck;
        c.ord = int(i);
        c.state = states[i];
        Result<Card> added = m_c->addCard(c);
        if (!added)
            qFatal("addCard: %s", qPrintable(added.error().message));
        ids.push_back(added->id);
    }
    return ids;
}

void TestPresetOptions::newSettingsRoundTripThroughTheCollection()
{
    SchedulerConfig custom;
    custom.rehearsalSecs = 90;
    custom.showAnswerTimer = true;
    custom.buryInterdayLearningSiblings = true;
    custom.buryReviewSiblings = false;
    const DeckId deck = deckWithPreset(QStringLiteral("Interview"), custom);
    const QString path = m_c->path();
    m_c.reset();   // read back from the file, not from the collection's cache
    auto reopened = Collection::open(path);
    QVERIFY(reopened.ok());
    m_c = std::move(*reopened);
    const SchedulerConfig read = *m_c->configForDeck(deck);
    QCOMPARE(read.rehearsalSecs, 90);
    QCOMPARE(read.showAnswerTimer, true);
    QCOMPARE(read.buryInterdayLearningSiblings, true);
    QCOMPARE(read.buryReviewSiblings, false);
    QCOMPARE(read.buryNewSiblings, true);
    QCOMPARE(PresetCodec::toJson(read), PresetCodec::toJson(custom));
    // The Default preset still has the defaults.
    const SchedulerConfig defaults = *m_c->preset(1);
    QCOMPARE(defaults.rehearsalSecs, 60);
    QCOMPARE(defaults.showAnswerTimer, false);
    QCOMPARE(defaults.buryInterdayLearningSiblings, false);
}

void TestPresetOptions::presetWithoutTheNewKeysLoadsTheDefaults()
{
    // A preset as the previous version wrote it: every key of that time, none of the new ones.
    const QString old = QStringLiteral(
        "{\"learnStepsSecs\":[60,600],\"graduatingIntervalDays\":1,\"easyIntervalDays\":4,\"relearnStepsSecs\":[600],"
        "\"startingEasePermille\":2500,\"minimumEasePermille\":1300,\"hardMultiplier\":1.2,\"easyBonus\":1.3,"
        "\"intervalModifier\":1,\"lapseMultiplier\":0,\"minimumLapseIntervalDays\":1,\"maximumIntervalDays\":36500,"
        "\"leechThreshold\":8,\"leechAction\":1,\"newPerDay\":7,\"reviewsPerDay\":200,\"newCardOrder\":0,"
        "\"buryNewSiblings\":false,\"buryReviewSiblings\":true,\"rolloverHour\":4,\"learnAheadSecs\":1200,"
        "\"fuzzEnabled\":true}");
    Result<Statement> s = m_c->database().prepare(QStringLiteral("INSERT INTO presets (id, name, config) VALUES (7, 'Old', ?)"));
    QVERIFY(s.ok());
    s->bind(1, old);
    QVERIFY(s->run().ok());
    const SchedulerConfig read = *m_c->preset(7);
    QCOMPARE(read.newPerDay, 7);
    QCOMPARE(read.buryNewSiblings, false);
    QCOMPARE(read.rehearsalSecs, 60);
    QCOMPARE(read.showAnswerTimer, false);
    QCOMPARE(read.buryInterdayLearningSiblings, false);
    // The first schema's default preset is "{}".
    const SchedulerConfig empty = *PresetCodec::fromJson("{}");
    QCOMPARE(empty.rehearsalSecs, 60);
    QCOMPARE(empty.showAnswerTimer, false);
    QCOMPARE(empty.buryInterdayLearningSiblings, false);
}

void TestPresetOptions::presetCheck_data()
{
    QTest::addColumn<int>("rehearsalSecs");
    QTest::addColumn<int>("newPerDay");
    QTest::addColumn<QStringList>("mentions");   // empty: accepted

    QTest::newRow("the defaults are accepted") << 60 << 20 << QStringList{};
    QTest::newRow("ten seconds is the shortest countdown") << 10 << 20 << QStringList{};
    QTest::newRow("ten minutes is the longest") << 600 << 20 << QStringList{};
    QTest::newRow("a 5 s countdown is refused, naming the range")
        << 5 << 20 << QStringList{QStringLiteral("rehearsal"), QStringLiteral("10"), QStringLiteral("600"), QStringLiteral("5")};
    QTest::newRow("a 601 s countdown is refused") << 601 << 20 << QStringList{QStringLiteral("601")};
    QTest::newRow("a negative new card limit is refused") << 60 << -1 << QStringList{QStringLiteral("New cards/day")};
}

void TestPresetOptions::presetCheck()
{
    QFETCH(int, rehearsalSecs);
    QFETCH(int, newPerDay);
    QFETCH(QStringList, mentions);
    SchedulerConfig c;
    c.rehearsalSecs = rehearsalSecs;
    c.newPerDay = newPerDay;
    const QString problem = PresetCheck::problem(c);
    QCOMPARE(problem.isEmpty(), mentions.isEmpty());
    for (const QString &m : mentions)
        QVERIFY2(problem.contains(m), qPrintable(problem));
}

void TestPresetOptions::buryInterdayLearningSiblings_data()
{
    QTest::addColumn<bool>("lapse");      // false: the first card is new, answered Good; true: a review, answered Again
    QTest::addColumn<QString>("steps");   // its learning (or relearning) steps
    QTest::addColumn<bool>("option");     // buryInterdayLearningSiblings
    QTest::addColumn<bool>("buried");

    QTest::newRow("a sibling on a day-long learning step is buried") << false << "1m 1d" << true << true;
    QTest::newRow("left alone with the option off") << false << "1m 1d" << false << false;
    QTest::newRow("a sibling on a step that ends today is never buried") << false << "1m 10m" << true << false;
    QTest::newRow("a 20h step reaching past the rollover is interday") << false << "1m 20h" << true << true;
    QTest::newRow("a relearning sibling on a day-long step is buried") << true << "1d" << true << true;
    QTest::newRow("a relearning sibling on a 10m step is not") << true << "10m" << true << false;
}

void TestPresetOptions::buryInterdayLearningSiblings()
{
    QFETCH(bool, lapse);
    QFETCH(QString, steps);
    QFETCH(bool, option);
    QFETCH(bool, buried);

    SchedulerConfig config;
    config.buryNewSiblings = false;   // so only the new option can bury anything
    config.buryReviewSiblings = false;
    config.buryInterdayLearningSiblings = option;
    config.fuzzEnabled = false;
    (lapse ? config.relearnStepsSecs : config.learnStepsSecs) = *StepsText::parse(steps);
    const DeckId deck = deckWithPreset(QStringLiteral("Siblings"), config);
    const std::vector<CardId> ids =
        addNote(deck, {lapse ? CardState(ReviewState{10, 2500, 0, false, today()}) : CardState(NewState{1}), NewState{2}});

    FixedClock clock(kNow);
    ReviewSession session(*m_c, clock, deck);
    // The first card goes into its second learning step (or its first relearning step) ...
    QVERIFY(session.answer(*m_c->card(ids[0]), lapse ? Rating::Again : Rating::Good, 3000).ok());
    const Card first = *m_c->card(ids[0]);
    QCOMPARE(first.queue, CardQueue::Normal);
    // ... then its sibling is answered.
    clock.advanceSecs(30);
    QVERIFY(session.answer(*m_c->card(ids[1]), Rating::Again, 3000).ok());
    const Card after = *m_c->card(ids[0]);
    QCOMPARE(after.queue, buried ? CardQueue::SiblingBuried : CardQueue::Normal);
    QCOMPARE(after.buriedUntilDay, buried ? int(today()) + 1 : 0);
    QVERIFY(after.state == first.state);   // burying leaves the schedule alone
    // Undo takes the burial back with the answer.
    QVERIFY(session.undo().ok());
    QCOMPARE(m_c->card(ids[0])->queue, CardQueue::Normal);
}

void TestPresetOptions::todayLimitsApplyTodayAndExpireTomorrow()
{
    const DeckId deck = deckWithPreset(QStringLiteral("Limits"), SchedulerConfig{});   // 20 new, 200 reviews a day
    const DeckId other = deckWithPreset(QStringLiteral("Other"), SchedulerConfig{});
    for (int i = 0; i < 30; ++i) {
        addNote(deck, {NewState{i}});
        addNote(deck, {ReviewState{3, 2500, 0, false, today()}});
        addNote(other, {NewState{i}});
    }
    const auto countsOf = [&](DeckId id, const QDateTime &now) {
        for (const DeckCounts &c : *m_c->deckCounts(now, 0))
            if (c.deckId == id)
                return std::make_pair(c.newCount, c.reviewCount);
        return std::make_pair(-1, -1);
    };
    QCOMPARE(countsOf(deck, kNow), std::make_pair(20, 30));

    QVERIFY(m_c->setDeckTodayLimits(deck, DeckTodayLimits{today(), 5, 7}).ok());
    QCOMPARE(countsOf(deck, kNow), std::make_pair(5, 7));
    QCOMPARE(countsOf(other, kNow), std::make_pair(20, 0));   // the same preset, another deck: untouched
    QCOMPARE(StudyQueue::dueCards(*m_c, deck, kNow, 0, 0)->size(), size_t(12));
    const DeckTodayLimits read = *m_c->deckTodayLimits(deck, today());
    QCOMPARE(read.newPerDay, std::optional<int>(5));
    QCOMPARE(read.reviewsPerDay, std::optional<int>(7));

    // Raising today's new limit above the preset's gives more than the preset would.
    QVERIFY(m_c->setDeckTodayLimits(deck, DeckTodayLimits{today(), 25, std::nullopt}).ok());
    QCOMPARE(countsOf(deck, kNow), std::make_pair(25, 30));

    // Tomorrow (after the 04:00 rollover) the preset's limits are back, and the override reads as unset.
    const QDateTime tomorrow = kNow.addSecs(17 * 3600);   // 05:00 the next day
    QCOMPARE(StudyDay::dayNumber(tomorrow, 0, 4), today() + 1);
    QCOMPARE(countsOf(deck, tomorrow), std::make_pair(20, 30));
    QCOMPARE(StudyQueue::dueCards(*m_c, deck, tomorrow, 0, 0)->size(), size_t(50));
    const DeckTodayLimits expired = *m_c->deckTodayLimits(deck, today() + 1);
    QVERIFY(!expired.newPerDay && !expired.reviewsPerDay);
    // Just before the rollover it is still today.
    QCOMPARE(countsOf(deck, kNow.addSecs(15 * 3600)), std::make_pair(25, 30));
}

void TestPresetOptions::todayLimitsAreRefusedOutOfRangeAndGoWithTheirDeck()
{
    const DeckId deck = deckWithPreset(QStringLiteral("Gone"), SchedulerConfig{});
    Result<void> negative = m_c->setDeckTodayLimits(deck, DeckTodayLimits{today(), -1, std::nullopt});
    QCOMPARE(negative.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(negative.error().message.contains(QLatin1String("-1")), qPrintable(negative.error().message));
    QCOMPARE(m_c->setDeckTodayLimits(123456, DeckTodayLimits{today(), 1, 1}).error().kind, Error::Kind::NotFound);

    QVERIFY(m_c->setDeckTodayLimits(deck, DeckTodayLimits{today(), 3, 4}).ok());
    QCOMPARE(*m_c->database().queryInt(QStringLiteral("SELECT count(*) FROM deck_limits")), qint64(1));
    // Both unset: the row goes.
    QVERIFY(m_c->setDeckTodayLimits(deck, DeckTodayLimits{today(), std::nullopt, std::nullopt}).ok());
    QCOMPARE(*m_c->database().queryInt(QStringLiteral("SELECT count(*) FROM deck_limits")), qint64(0));
    QVERIFY(m_c->setDeckTodayLimits(deck, DeckTodayLimits{today(), 3, 4}).ok());
    QVERIFY(m_c->removeDeck(deck).ok());
    QCOMPARE(*m_c->database().queryInt(QStringLiteral("SELECT count(*) FROM deck_limits")), qint64(0));
}

QTEST_GUILESS_MAIN(TestPresetOptions)
#include "tst_presetoptions.moc"
