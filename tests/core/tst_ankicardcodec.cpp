// AnkiCardCodec: Anki's card scheduling (type, queue, due, ivl, factor, left) <-> CardState, the one
// translation the .apkg importer and exporter share. Round trips in both directions over every
// kind of card and every queue; the expected Anki columns are written out by hand.
#include "import/ankicardcodec.h"

#include <QTest>

using namespace debrief;

Q_DECLARE_METATYPE(debrief::CardState)
Q_DECLARE_METATYPE(debrief::CardQueue)
Q_DECLARE_METATYPE(debrief::AnkiCardColumns)

namespace {

constexpr qint64 kDayZero = 20522;        // Debrief's study day of Anki's day 0
constexpr qint64 kCrt = 1773115200;       // 2026-03-10 04:00 UTC, the start of day 0
const AnkiDays kDays{kDayZero, kCrt, 2};

QDateTime at(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC); }

AnkiCardColumns anki(int type, int queue, qint64 due, int ivl = 0, int factor = 0, int lapses = 0, int left = 0)
{
    AnkiCardColumns c;
    c.type = type;
    c.queue = queue;
    c.due = due;
    c.ivl = ivl;
    c.factor = factor;
    c.lapses = lapses;
    c.left = left;
    return c;
}

} // namespace

class TestAnkiCardCodec : public QObject {
    Q_OBJECT

private slots:
    void debriefToAnkiAndBack_data();
    void debriefToAnkiAndBack();
    void ankiToDebriefAndBack_data();
    void ankiToDebriefAndBack();
    void endedBurialIsExportedUnburied();
};

void TestAnkiCardCodec::debriefToAnkiAndBack_data()
{
    QTest::addColumn<CardState>("state");
    QTest::addColumn<CardQueue>("queue");
    const std::pair<const char *, CardState> states[] = {
        {"new", NewState{42}},
        {"learning", LearningState{2, 0, at(kCrt + 600)}},
        {"review", ReviewState{10, 2300, 1, false, kDayZero + 3}},
        // Anki keeps no review due for a relearning card: it is the day of the learning step.
        {"relearning", RelearningState{LearningState{1, 0, at(kCrt + 3600)}, ReviewState{4, 2100, 2, false, kDayZero}}},
    };
    const std::pair<const char *, CardQueue> queues[] = {{"in the queue", CardQueue::Normal},
                                                          {"suspended", CardQueue::Suspended},
                                                          {"buried as a sibling", CardQueue::SiblingBuried},
                                                          {"buried by hand", CardQueue::ManuallyBuried}};
    for (const auto &[stateName, state] : states)
        for (const auto &[queueName, queue] : queues)
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(stateName), QLatin1String(queueName))))
                << state << queue;
}

void TestAnkiCardCodec::debriefToAnkiAndBack()
{
    QFETCH(CardState, state);
    QFETCH(CardQueue, queue);
    const AnkiCardColumns columns = AnkiCardCodec::encode(state, queue, kDayZero + 1, kDays);
    const AnkiCardScheduling back = AnkiCardCodec::decode(columns, kDays);
    QVERIFY(back.state == state);
    QCOMPARE(back.queue, queue);
}

void TestAnkiCardCodec::ankiToDebriefAndBack_data()
{
    QTest::addColumn<AnkiCardColumns>("in");
    QTest::addColumn<int>("schedVer");
    QTest::addColumn<AnkiCardColumns>("expected");

    QTest::newRow("new") << anki(0, 0, 7) << 2 << anki(0, 0, 7);
    QTest::newRow("learning") << anki(1, 1, kCrt + 600, 0, 0, 0, 2002) << 2 << anki(1, 1, kCrt + 600, 0, 0, 0, 2002);
    QTest::newRow("interday learning comes back dated in seconds")
        << anki(1, 3, 2, 0, 0, 0, 1001) << 2 << anki(1, 1, kCrt + 2 * 86400, 0, 0, 0, 1001);
    QTest::newRow("review") << anki(2, 2, 5, 10, 2500, 1) << 2 << anki(2, 2, 5, 10, 2500, 1);
    QTest::newRow("relearning") << anki(3, 1, kCrt + 600, 4, 2100, 2, 1001) << 2 << anki(3, 1, kCrt + 600, 4, 2100, 2, 1001);
    QTest::newRow("interday relearning") << anki(3, 3, 1, 4, 2100, 2, 1001) << 2
                                         << anki(3, 1, kCrt + 86400, 4, 2100, 2, 1001);
    QTest::newRow("v1 relearning (type 2 in the learning queue)")
        << anki(2, 1, kCrt + 600, 4, 2100, 2, 1001) << 1 << anki(3, 1, kCrt + 600, 4, 2100, 2, 1001);
    QTest::newRow("suspended new") << anki(0, -1, 7) << 2 << anki(0, -1, 7);
    QTest::newRow("suspended learning") << anki(1, -1, kCrt + 600, 0, 0, 0, 1001) << 2
                                        << anki(1, -1, kCrt + 600, 0, 0, 0, 1001);
    QTest::newRow("suspended review") << anki(2, -1, 5, 10, 2500) << 2 << anki(2, -1, 5, 10, 2500);
    QTest::newRow("suspended relearning") << anki(3, -1, kCrt + 600, 4, 2100, 2, 1001) << 2
                                          << anki(3, -1, kCrt + 600, 4, 2100, 2, 1001);
    QTest::newRow("new buried as a sibling") << anki(0, -2, 7) << 2 << anki(0, -2, 7);
    QTest::newRow("review buried as a sibling") << anki(2, -2, 5, 10, 2500) << 2 << anki(2, -2, 5, 10, 2500);
    QTest::newRow("new buried by hand") << anki(0, -3, 7) << 2 << anki(0, -3, 7);
    QTest::newRow("review buried by hand") << anki(2, -3, 5, 10, 2500) << 2 << anki(2, -3, 5, 10, 2500);
    QTest::newRow("learning buried by hand") << anki(1, -3, kCrt + 600, 0, 0, 0, 1001) << 2
                                             << anki(1, -3, kCrt + 600, 0, 0, 0, 1001);
    QTest::newRow("ease below Anki's floor is raised to 130%") << anki(2, 2, 5, 10, 900) << 2 << anki(2, 2, 5, 10, 1300);
    AnkiCardColumns filtered = anki(2, 2, -100000, 10, 2500);
    filtered.odid = 5;
    filtered.odue = 8;
    QTest::newRow("review in a filtered deck goes home") << filtered << 2 << anki(2, 2, 8, 10, 2500);
}

void TestAnkiCardCodec::ankiToDebriefAndBack()
{
    QFETCH(AnkiCardColumns, in);
    QFETCH(int, schedVer);
    QFETCH(AnkiCardColumns, expected);
    const AnkiDays days{kDayZero, kCrt, schedVer};
    const AnkiCardScheduling decoded = AnkiCardCodec::decode(in, days);
    // Anki says a card is buried, not until when: keep it buried over the export's day.
    const AnkiCardColumns out = AnkiCardCodec::encode(decoded.state, decoded.queue, kDayZero + 1, days);
    QCOMPARE(out.type, expected.type);
    QCOMPARE(out.queue, expected.queue);
    QCOMPARE(out.due, expected.due);
    QCOMPARE(out.ivl, expected.ivl);
    QCOMPARE(out.factor, expected.factor);
    QCOMPARE(out.lapses, expected.lapses);
    QCOMPARE(out.left, expected.left);
    QCOMPARE(out.odid, qint64(0));
    QCOMPARE(out.odue, qint64(0));
}

void TestAnkiCardCodec::endedBurialIsExportedUnburied()
{
    const CardState review = ReviewState{10, 2500, 0, false, kDayZero + 2};
    QCOMPARE(AnkiCardCodec::encode(review, CardQueue::SiblingBuried, kDayZero, kDays).queue, 2);
    QCOMPARE(AnkiCardCodec::encode(NewState{3}, CardQueue::ManuallyBuried, kDayZero - 1, kDays).queue, 0);
    QCOMPARE(AnkiCardCodec::encode(NewState{3}, CardQueue::Suspended, 0, kDays).queue, -1);
}

QTEST_APPLESS_MAIN(TestAnkiCardCodec)
#include "tst_ankicardcodec.moc"
