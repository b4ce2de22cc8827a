// Deck options that used to be app settings, now in the preset (issues 11 and 13): the rehearsal
// countdown and the answer timer follow the card's deck; and a deck's "today only" limits, set in
// the dialog, hold for today in the study queue and `debrief-cli due`, then the preset's return.
#include "answerrecorder.h"
#include "deckoptionsdialog.h"
#include "legacysettings.h"
#include "rehearsalwidget.h"
#include "reviewwidget.h"
#include "widgettest.h"

#include "decks/deckimporter.h"
#include "decks/deckparser.h"
#include "model/stocknotetypes.h"
#include "storage/collection.h"
#include "study/studyqueue.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QTextBrowser>
#include <QtTest>

using namespace debrief;
using namespace debrief::widgettest;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);   // study day began at 04:00 UTC

QString pairDeck(const QString &deck, const QString &id, const QString &question)
{
    return QStringLiteral("deck: %1\n\n## pair %2\nQuestion: %3\nWeak: A tour of the stack.\n"
                          "Strong: Start from the user's problem.\nWhy: Owning results.\n"
                          "points:\n- the user's problem\n- the budget\n")
        .arg(deck, id, question);
}

// No microphone: the typed fallback, so nothing is recorded.
class NoMicrophone : public AnswerRecorder {
public:
    bool hasInput() const override { return false; }
    void start(const QString &) override {}
    void stop() override {}
};

// `debrief-cli due --deck` on the collection's folder at `now`, as {new, learn, review}.
std::array<int, 3> cliDue(Collection &col, const QString &deck, const QDateTime &now)
{
    QProcess p;
    p.start(QStringLiteral(DEBRIEF_CLI_PATH), {QStringLiteral("--data-dir"), QFileInfo(col.path()).absolutePath(), QStringLiteral("--now"),
                                               now.toString(Qt::ISODate), QStringLiteral("due"), QStringLiteral("--deck"), deck,
                                               QStringLiteral("--json")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("debrief-cli due failed: %s", p.readAllStandardError().constData());
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return {o.value(QStringLiteral("new")).toInt(-1), o.value(QStringLiteral("learn")).toInt(-1), o.value(QStringLiteral("review")).toInt(-1)};
}

// `count` new Basic cards in `deckName`; returns the deck.
DeckId addCards(Collection &c, const QString &deckName, int count)
{
    const Deck deck = *c.ensureDeck(deckName);
    auto type = c.notetypeByName(QStringLiteral("Basic"));
    const NotetypeId typeId = (type && *type) ? (*type)->id : c.addNotetype(StockNotetypes::basic())->id;
    for (int i = 0; i < count; ++i) {
        Note n;
        n.notetypeId = typeId;
        n.fields = QStringList{QStringLiteral("%1 question %2").arg(deckName).arg(i), QStringLiteral("answer")};
        auto note = c.addNote(n);
        Card card;
        card.noteId = note->id;
        card.deckId = deck.id;
        card.state = NewState{i + 1};
        if (!c.addCard(card))
            qFatal("addCard failed");
    }
    return deck.id;
}

} // namespace

class TestDeckOptions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("debrief-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_deckoptions"));
        QSettings().clear();
    }

    void countdownSetInTheDeckOptions_isTheRehearsalCountdownForThatDecksCards()
    {
        auto col = newCollection(m_tmp);
        for (const QString &text : {pairDeck(QStringLiteral("Interview::Timed"), QStringLiteral("p-timed"), QStringLiteral("How do you open the timed answer?")),
                                    pairDeck(QStringLiteral("Interview::Plain"), QStringLiteral("p-plain"), QStringLiteral("How do you open the plain answer?"))}) {
            const DeckParseResult parsed = DeckParser::parse(text);
            QVERIFY(parsed.ok());
            QVERIFY(DeckImporter::importDeck(*col, parsed.deck).ok());
        }
        const DeckId timed = (*col->deckByName(QStringLiteral("Interview::Timed")))->id;
        FixedClock clock(kNow);
        {
            DeckOptionsDialog dialog(*col, clock, timed);
            dialog.addPreset(QStringLiteral("Interview answers"), false);
            auto *secs = child<QSpinBox>(dialog, QStringLiteral("rehearsalSecs"));
            QCOMPARE(secs->value(), 60);   // the default
            secs->setValue(90);
            QVERIFY(dialog.save());
        }

        RehearsalWidget w(*col, clock);
        NoMicrophone noMic;
        w.setRecorder(&noMic);
        w.resize(1000, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The mixed drill across both decks: each card gets its own deck's countdown.
        QVERIFY(w.start(std::nullopt, QString(), 2));
        QStringList seen;
        for (int i = 0; i < 2; ++i) {
            const QString question = child<QTextBrowser>(w, QStringLiteral("rehearsalQuestion"))->toPlainText();
            const bool isTimed = question.contains(QStringLiteral("timed answer"));
            seen << (isTimed ? QStringLiteral("timed") : QStringLiteral("plain"));
            QCOMPARE(child<QLabel>(w, QStringLiteral("rehearsalCountdown"))->text(), isTimed ? QStringLiteral("1:30") : QStringLiteral("1:00"));
            QCOMPARE(w.limitSecs(), isTimed ? 90 : 60);
            QCOMPARE(child<QSpinBox>(w, QStringLiteral("rehearsalLimit"))->value(), isTimed ? 90 : 60);
            w.reveal();
            w.confirm(3);
        }
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("plain"), QStringLiteral("timed")}));

        // A change in the spin box holds for the rest of that drill only; the next starts from the preset.
        w.setLimitSecs(45);
        QCOMPARE(w.limitSecs(), 45);
        QVERIFY(w.start(timed, QStringLiteral("Interview::Timed"), 1));   // the card is back at its 10m step
        QCOMPARE(child<QLabel>(w, QStringLiteral("rehearsalCountdown"))->text(), QStringLiteral("1:30"));
    }

    void answerTimerFollowsTheCardsPreset()
    {
        auto col = newCollection(m_tmp);
        const DeckId shownDeck = addCards(*col, QStringLiteral("Timed"), 1);
        addCards(*col, QStringLiteral("Untimed"), 1);
        FixedClock clock(kNow);
        {
            DeckOptionsDialog dialog(*col, clock, shownDeck);
            dialog.addPreset(QStringLiteral("With timer"), false);
            auto *timer = child<QCheckBox>(dialog, QStringLiteral("showTimer"));
            QVERIFY(!timer->isChecked());
            timer->setChecked(true);
            QVERIFY(dialog.save());
        }
        ReviewWidget w(*col, clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *label = child<QLabel>(w, QStringLiteral("reviewTimer"));
        QVERIFY(w.start((*col->deckByName(QStringLiteral("Untimed")))->id, QStringLiteral("Untimed")));
        QVERIFY(!label->isVisible());
        QVERIFY(w.start(shownDeck, QStringLiteral("Timed")));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("0:00"));
    }

    void newPresetSettings_loadSaveAndRestoreDefaults()
    {
        auto col = newCollection(m_tmp);
        const DeckId deck = addCards(*col, QStringLiteral("Opts"), 1);
        FixedClock clock(kNow);
        {
            DeckOptionsDialog dialog(*col, clock, deck);
            QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("buryInterday"))->isChecked());
            child<QCheckBox>(dialog, QStringLiteral("buryInterday"))->setChecked(true);
            child<QCheckBox>(dialog, QStringLiteral("showTimer"))->setChecked(true);
            child<QSpinBox>(dialog, QStringLiteral("rehearsalSecs"))->setValue(120);
            QVERIFY(dialog.save());
        }
        const SchedulerConfig saved = *col->configForDeck(deck);
        QVERIFY(saved.buryInterdayLearningSiblings);
        QVERIFY(saved.showAnswerTimer);
        QCOMPARE(saved.rehearsalSecs, 120);
        {
            DeckOptionsDialog dialog(*col, clock, deck);
            QVERIFY(child<QCheckBox>(dialog, QStringLiteral("buryInterday"))->isChecked());
            QVERIFY(child<QCheckBox>(dialog, QStringLiteral("showTimer"))->isChecked());
            QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("rehearsalSecs"))->value(), 120);
            dialog.restoreDefaults();
            QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("buryInterday"))->isChecked());
            QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("showTimer"))->isChecked());
            QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("rehearsalSecs"))->value(), 60);
            QVERIFY(dialog.save());
        }
        QCOMPARE(col->configForDeck(deck)->rehearsalSecs, 60);
    }

    void todayOnlyLimits_holdTodayInTheQueueAndTheCli_thenThePresetReturns()
    {
        auto col = newCollection(m_tmp);
        const DeckId deck = addCards(*col, QStringLiteral("Limited"), 30);
        addCards(*col, QStringLiteral("Same preset"), 30);
        FixedClock clock(kNow);
        QCOMPARE(cliDue(*col, QStringLiteral("Limited"), kNow), (std::array<int, 3>{20, 0, 0}));
        {
            DeckOptionsDialog dialog(*col, clock, deck);
            auto *on = child<QCheckBox>(dialog, QStringLiteral("newTodayOn"));
            auto *value = child<QSpinBox>(dialog, QStringLiteral("newToday"));
            QVERIFY(!on->isChecked());
            QVERIFY(!value->isEnabled());
            QCOMPARE(value->value(), 20);   // the preset's, as a starting point
            on->setChecked(true);
            QVERIFY(value->isEnabled());
            value->setValue(3);
            QVERIFY(dialog.save());
        }
        QCOMPARE(col->configForDeck(deck)->newPerDay, 20);   // the preset is untouched
        QCOMPARE(StudyQueue::dueCards(*col, deck, kNow, 0, 0)->size(), size_t(3));
        QCOMPARE(cliDue(*col, QStringLiteral("Limited"), kNow), (std::array<int, 3>{3, 0, 0}));
        QCOMPARE(cliDue(*col, QStringLiteral("Same preset"), kNow), (std::array<int, 3>{20, 0, 0}));   // only this deck
        {
            DeckOptionsDialog dialog(*col, clock, deck);   // still today: shown as set
            QVERIFY(child<QCheckBox>(dialog, QStringLiteral("newTodayOn"))->isChecked());
            QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("newToday"))->value(), 3);
            QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("reviewsTodayOn"))->isChecked());
            dialog.reject();
        }
        QCOMPARE(cliDue(*col, QStringLiteral("Limited"), kNow), (std::array<int, 3>{3, 0, 0}));

        // The next study day (after the 04:00 rollover) the preset's 20 are back.
        const QDateTime tomorrow = kNow.addSecs(20 * 3600);   // 06:00 the next day
        clock.setNow(tomorrow);
        QCOMPARE(StudyQueue::dueCards(*col, deck, tomorrow, 0, 0)->size(), size_t(20));
        QCOMPARE(cliDue(*col, QStringLiteral("Limited"), tomorrow), (std::array<int, 3>{20, 0, 0}));
        {
            DeckOptionsDialog dialog(*col, clock, deck);
            QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("newTodayOn"))->isChecked());
            QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("newToday"))->value(), 20);
        }
    }

    // Older versions kept the countdown and the timer in QSettings for every deck: their values
    // go into every preset once, and the keys are gone.
    void legacyAppSettingsMoveIntoEveryPresetOnce()
    {
        auto col = newCollection(m_tmp);
        const PresetId other = *col->addPreset(QStringLiteral("Other"), SchedulerConfig{});
        {
            QSettings settings;
            settings.setValue(QStringLiteral("rehearsal/limitSecs"), 90);
            settings.setValue(QStringLiteral("review/showTimer"), true);
        }
        QVERIFY(LegacySettings::moveIntoPresets(*col));
        for (PresetId id : {PresetId(1), other}) {
            QCOMPARE(col->preset(id)->rehearsalSecs, 90);
            QCOMPARE(col->preset(id)->showAnswerTimer, true);
        }
        QVERIFY(!QSettings().contains(QStringLiteral("rehearsal/limitSecs")));
        QVERIFY(!QSettings().contains(QStringLiteral("review/showTimer")));

        SchedulerConfig changed = *col->preset(other);
        changed.rehearsalSecs = 30;
        QVERIFY(col->savePreset(other, QStringLiteral("Other"), changed).ok());
        QVERIFY(LegacySettings::moveIntoPresets(*col));   // nothing left to move
        QCOMPARE(col->preset(other)->rehearsalSecs, 30);
    }
};

QTEST_MAIN(TestDeckOptions)
#include "tst_deckoptions.moc"
