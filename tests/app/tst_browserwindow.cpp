// The browser, driven as a user would: type a search, click headers and the sidebar, act on a
// selection with the keyboard and undo it. Expectations are the notes this file writes.
#include "browserwindow.h"
#include "cardtablemodel.h"
#include "mainwindow.h"
#include "widgettest.h"

#include "model/stocknotetypes.h"
#include "storage/collection.h"
#include "storage/rehearsallog.h"
#include "util/clock.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace debrief;

namespace {

struct Fact {
    const char *front;
    const char *deck;
    const char *tags;
    int interval;   // 0: a new card
};

// Five cards of five notes. Intervals are all different, so an Interval sort has one answer.
const Fact kFacts[] = {
    {"precision apple", "Prep::Metrics", "metrics fruit", 30},
    {"recall banana", "Prep::Metrics", "metrics", 3},
    {"F1 apple", "Prep::Metrics", "metrics fruit", 0},
    {"attention", "Prep::Models", "models", 12},
    {"dropout", "Other", "", 1},
};

} // namespace

class TestBrowserWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Collection> m_col;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)};

    static std::unique_ptr<Collection> fill(std::unique_ptr<Collection> col)
    {
        auto type = col->addNotetype(StockNotetypes::basic());
        int i = 0;
        for (const Fact &f : kFacts) {
            auto deck = col->ensureDeck(QString::fromUtf8(f.deck));
            Note n;
            n.notetypeId = type->id;
            n.fields = QStringList{QString::fromUtf8(f.front), QStringLiteral("back %1").arg(i)};
            n.tags = QString::fromUtf8(f.tags).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            auto note = col->addNote(n);
            Card c;
            c.id = 1700000000000LL + i;   // creation order = table order of kFacts
            c.noteId = note->id;
            c.deckId = deck->id;
            if (f.interval > 0)
                c.state = ReviewState{f.interval, 2500, 0, false, 20000};
            else
                c.state = NewState{i};
            c.reps = f.interval > 0 ? 3 : 0;
            if (!col->addCard(c))
                qFatal("addCard failed");
            ++i;
        }
        return col;
    }

    static QStringList column(const BrowserWindow &w, int col)
    {
        QStringList out;
        for (int r = 0; r < w.model()->rowCount(); ++r)
            out << w.model()->index(r, col).data().toString();
        return out;
    }

    static void typeSearch(BrowserWindow &w, const QString &query)
    {
        w.searchLine()->clear();
        QTest::keyClicks(w.searchLine(), query);
        QTest::keyClick(w.searchLine(), Qt::Key_Return);
    }

    static void clickHeader(BrowserWindow &w, int section)
    {
        QHeaderView *h = w.table()->horizontalHeader();
        const QPoint p(h->sectionViewportPosition(section) + h->sectionSize(section) / 2, h->height() / 2);
        QTest::mouseClick(h->viewport(), Qt::LeftButton, {}, p);
    }

    static void clickSidebar(BrowserWindow &w, const QString &text)
    {
        const auto items = w.sidebar()->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
        QVERIFY2(!items.isEmpty(), qPrintable(text));
        w.sidebar()->scrollToItem(items.first());
        const QRect r = w.sidebar()->visualItemRect(items.first());
        QTest::mouseClick(w.sidebar()->viewport(), Qt::LeftButton, {}, r.center());
    }

    int suspendedCount()
    {
        int n = 0;
        for (qint64 i = 0; i < 5; ++i)
            if (m_col->card(1700000000000LL + i)->queue == CardQueue::Suspended)
                ++n;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest-Browser"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_browserwindow"));
    }

    void init()
    {
        QSettings().clear();
        m_col = fill(widgettest::newCollection(m_tmp));
    }

    void cleanup() { m_col.reset(); }

    void searchFillsTheTable()
    {
        BrowserWindow w(*m_col, m_clock);
        w.show();
        typeSearch(w, QStringLiteral("apple"));
        QCOMPARE(column(w, CardTableModel::SortField), (QStringList{QStringLiteral("precision apple"), QStringLiteral("F1 apple")}));
        QVERIFY(w.errorLabel()->isHidden());

        typeSearch(w, QStringLiteral("deck:Prep -tag:fruit"));
        QCOMPARE(column(w, CardTableModel::SortField), (QStringList{QStringLiteral("recall banana"), QStringLiteral("attention")}));
        QCOMPARE(column(w, CardTableModel::Deck), (QStringList{QStringLiteral("Prep::Metrics"), QStringLiteral("Prep::Models")}));
        QCOMPARE(w.model()->index(0, CardTableModel::Interval).data().toString(), QStringLiteral("3 d"));
        QCOMPARE(w.model()->index(0, CardTableModel::Ease).data().toString(), QStringLiteral("250%"));

        // A syntax error is shown under the line and the previous results stay.
        typeSearch(w, QStringLiteral("(apple"));
        QVERIFY(w.errorLabel()->isVisible());
        QVERIFY(!w.errorLabel()->text().isEmpty());
        QCOMPARE(w.model()->rowCount(), 2);
        typeSearch(w, QString());
        QVERIFY(w.errorLabel()->isHidden());
        QCOMPARE(w.model()->rowCount(), 5);
    }

    void headerClickSortsInSql()
    {
        BrowserWindow w(*m_col, m_clock);
        w.show();
        typeSearch(w, QString());
        clickHeader(w, CardTableModel::Interval);
        const QStringList ascending{QStringLiteral("F1 apple"), QStringLiteral("dropout"), QStringLiteral("recall banana"),
                                    QStringLiteral("attention"), QStringLiteral("precision apple")};
        QCOMPARE(column(w, CardTableModel::SortField), ascending);
        clickHeader(w, CardTableModel::Interval);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(column(w, CardTableModel::SortField), descending);
        clickHeader(w, CardTableModel::SortField);
        QCOMPARE(column(w, CardTableModel::SortField).first(), QStringLiteral("attention"));
        clickHeader(w, CardTableModel::SortField);
        QVERIFY(w.errorLabel()->isHidden());
        QCOMPARE(column(w, CardTableModel::SortField).first(), QStringLiteral("recall banana"));
        clickHeader(w, CardTableModel::Due);
        clickHeader(w, CardTableModel::Due);
        QVERIFY(w.errorLabel()->isHidden());
        QCOMPARE(w.model()->rowCount(), 5);
    }

    void suspendSelectionThenUndo()
    {
        BrowserWindow w(*m_col, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        typeSearch(w, QStringLiteral("tag:metrics"));
        QCOMPARE(w.model()->rowCount(), 3);
        w.table()->setFocus();
        QTest::keyClick(w.table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(w.table()->selectionModel()->selectedRows().size(), 3);
        QTest::keyClick(w.table(), Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(suspendedCount(), 3);
        QVERIFY(w.model()->index(0, CardTableModel::Due).data().toString().startsWith(QLatin1Char('(')));
        // Ctrl+J again on an all-suspended selection unsuspends, as in Anki; Ctrl+Z brings it back.
        QTest::keyClick(w.table(), Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(suspendedCount(), 0);
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(suspendedCount(), 3);
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(suspendedCount(), 0);
        QVERIFY(!w.model()->index(0, CardTableModel::Due).data().toString().startsWith(QLatin1Char('(')));
        QVERIFY(!w.canUndo());
    }

    void eachActionIsUndone()
    {
        BrowserWindow w(*m_col, m_clock);
        w.show();
        typeSearch(w, QStringLiteral("apple"));
        w.table()->selectAll();
        const CardId first = 1700000000000LL;
        const NoteId note = m_col->card(first)->noteId;

        w.moveToDeck(QStringLiteral("Archive"));
        QCOMPARE(m_col->deck(m_col->card(first)->deckId)->name, QStringLiteral("Archive"));
        w.addTags({QStringLiteral("hard")});
        QVERIFY(m_col->note(note)->tags.contains(QStringLiteral("hard")));
        w.setFlag(3);
        QCOMPARE(m_col->card(first)->flags, 3);
        w.removeTags({QStringLiteral("fruit")});
        QVERIFY(!m_col->note(note)->tags.contains(QStringLiteral("fruit")));
        w.resetToNew();
        QVERIFY(std::holds_alternative<NewState>(m_col->card(first)->state));
        QCOMPARE(std::get<NewState>(m_col->card(first)->state).position, 3);   // after F1 apple's 2
        w.undo();
        QCOMPARE(std::get<ReviewState>(m_col->card(first)->state).intervalDays, 30);
        w.setBuried(true);
        QCOMPARE(m_col->card(first)->queue, CardQueue::ManuallyBuried);
        QVERIFY(m_col->card(first)->buriedUntilDay > 0);

        w.undo();
        QCOMPARE(m_col->card(first)->queue, CardQueue::Normal);
        w.undo();
        QVERIFY(m_col->note(note)->tags.contains(QStringLiteral("fruit")));
        w.undo();
        QCOMPARE(m_col->card(first)->flags, 0);
        w.undo();
        QCOMPARE(m_col->note(note)->tags, (QStringList{QStringLiteral("metrics"), QStringLiteral("fruit")}));
        w.undo();
        QCOMPARE(m_col->deck(m_col->card(first)->deckId)->name, QStringLiteral("Prep::Metrics"));
        QVERIFY(!w.canUndo());
    }

    void findAndReplaceIsUndone()
    {
        BrowserWindow w(*m_col, m_clock);
        w.show();
        typeSearch(w, QStringLiteral("apple"));
        w.table()->selectAll();
        const NoteId precision = m_col->card(1700000000000LL)->noteId;
        const NoteId f1 = m_col->card(1700000000002LL)->noteId;
        QVERIFY(w.findAndReplace(QStringLiteral("(\\w+) APPLE"), QStringLiteral("\\1 pear"), true, true, QStringLiteral("Front")));
        QCOMPARE(m_col->note(precision)->fields, (QStringList{QStringLiteral("precision pear"), QStringLiteral("back 0")}));
        QCOMPARE(m_col->note(f1)->fields.first(), QStringLiteral("F1 pear"));
        // Case-sensitive plain text finds nothing to change: no step is added.
        QVERIFY(w.findAndReplace(QStringLiteral("PEAR"), QStringLiteral("x"), false, false));
        QCOMPARE(m_col->note(f1)->fields.first(), QStringLiteral("F1 pear"));
        w.undo();
        QCOMPARE(m_col->note(precision)->fields.first(), QStringLiteral("precision apple"));
        QCOMPARE(m_col->note(f1)->fields.first(), QStringLiteral("F1 apple"));
        QVERIFY(!w.canUndo());
    }

    void deleteIsUndone()
    {
        BrowserWindow w(*m_col, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        typeSearch(w, QStringLiteral("apple"));
        const Card before = *m_col->card(1700000000000LL);
        const Note note = *m_col->note(before.noteId);
        w.table()->setFocus();
        w.table()->selectAll();
        QTest::keyClick(w.table(), Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(*m_col->count(QStringLiteral("notes")), qint64(3));
        QCOMPARE(w.model()->rowCount(), 0);
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(*m_col->count(QStringLiteral("notes")), qint64(5));
        QCOMPARE(w.model()->rowCount(), 2);
        const Card after = *m_col->card(1700000000000LL);
        QCOMPARE(after.noteId, before.noteId);
        QCOMPARE(after.deckId, before.deckId);
        QCOMPARE(std::get<ReviewState>(after.state).intervalDays, 30);
        QCOMPARE(m_col->note(before.noteId)->guid, note.guid);
        QCOMPARE(m_col->note(before.noteId)->fields, note.fields);
    }

    void setDueDateIsUndone()
    {
        BrowserWindow w(*m_col, m_clock);
        w.show();
        typeSearch(w, QStringLiteral("apple"));   // a review card (30 days) and a new one
        w.table()->selectAll();
        w.setDueInDays(5, false);
        const auto review = std::get<ReviewState>(m_col->card(1700000000000LL)->state);
        const auto wasNew = std::get<ReviewState>(m_col->card(1700000000002LL)->state);
        QCOMPARE(review.intervalDays, 30);
        QCOMPARE(wasNew.intervalDays, 5);
        QCOMPARE(review.dueDay, wasNew.dueDay);
        // is:due finds neither today; prop:due=5 finds both.
        typeSearch(w, QStringLiteral("apple prop:due=5"));
        QCOMPARE(w.model()->rowCount(), 2);
        w.table()->selectAll();
        w.setDueInDays(0, true);
        QCOMPARE(std::get<ReviewState>(m_col->card(1700000000000LL)->state).intervalDays, 1);
        typeSearch(w, QStringLiteral("apple is:due"));
        QCOMPARE(w.model()->rowCount(), 2);
        w.undo();
        w.undo();
        QCOMPARE(std::get<ReviewState>(m_col->card(1700000000000LL)->state).dueDay, 20000);
        QVERIFY(std::holds_alternative<NewState>(m_col->card(1700000000002LL)->state));
    }

    void sidebarClickFillsTheQuery()
    {
        BrowserWindow w(*m_col, m_clock);
        w.show();
        clickSidebar(w, QStringLiteral("Metrics"));
        QCOMPARE(w.searchLine()->text(), QStringLiteral("deck:\"Prep::Metrics\""));
        QCOMPARE(w.model()->rowCount(), 3);
        clickSidebar(w, QStringLiteral("fruit"));
        QCOMPARE(w.searchLine()->text(), QStringLiteral("tag:fruit"));
        QCOMPARE(w.model()->rowCount(), 2);
        clickSidebar(w, QStringLiteral("Basic"));
        QCOMPARE(w.searchLine()->text(), QStringLiteral("kind:basic"));
        QCOMPARE(w.model()->rowCount(), 5);
    }

    void savedSearchInTheSidebar()
    {
        BrowserWindow w(*m_col, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.saveSearch(QStringLiteral("Fruit to review"), QStringLiteral("tag:fruit is:review"));
        clickSidebar(w, QStringLiteral("Fruit to review"));
        QCOMPARE(w.searchLine()->text(), QStringLiteral("tag:fruit is:review"));
        QCOMPARE(column(w, CardTableModel::SortField), QStringList{QStringLiteral("precision apple")});
        // Selected in the sidebar, Delete forgets it.
        w.sidebar()->setFocus();
        QTest::keyClick(w.sidebar(), Qt::Key_Delete);
        QVERIFY(w.sidebar()->findItems(QStringLiteral("Fruit to review"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
    }

    void notesToggleAndHistory()
    {
        // A second card on the first note: five notes, six cards.
        Card extra = *m_col->card(1700000000000LL);
        extra.id = 1700000000100LL;
        extra.ord = 1;
        QVERIFY(m_col->addCard(extra));
        ReviewLogEntry e;
        e.id = 1772445600000LL;
        e.cardId = extra.id;
        e.rating = 3;
        e.intervalAfter = 4;
        e.easePermille = 2500;
        e.kind = ReviewKind::Review;
        QVERIFY(m_col->addReviewLog(e));

        BrowserWindow w(*m_col, m_clock);
        w.show();
        typeSearch(w, QString());
        QCOMPARE(w.model()->rowCount(), 6);
        widgettest::child<QCheckBox>(w, QStringLiteral("notesToggle"))->click();
        QCOMPARE(w.model()->rowCount(), 5);
        widgettest::child<QCheckBox>(w, QStringLiteral("notesToggle"))->click();
        typeSearch(w, QStringLiteral("cid:1700000000100"));
        w.table()->setCurrentIndex(w.model()->index(0, 0));
        QCOMPARE(w.history()->topLevelItemCount(), 1);
        QCOMPARE(w.history()->topLevelItem(0)->text(1), QStringLiteral("Good"));
    }

    void historyListsRehearsalRecordings()
    {
        // Two answers of one card, the second rehearsed aloud: its recording shows on its row.
        const CardId id = 1700000000000LL;
        ReviewLogEntry e;
        e.cardId = id;
        e.rating = 3;
        e.intervalAfter = 4;
        e.easePermille = 2500;
        e.kind = ReviewKind::Review;
        e.id = 1772445600000LL;
        QVERIFY(m_col->addReviewLog(e));
        e.id = 1772532000000LL;
        auto rehearsed = m_col->addReviewLog(e);
        QVERIFY(rehearsed);
        RehearsalScore score;
        score.recording = QStringLiteral("rehearsal-%1-1772532000000.wav").arg(id);
        QVERIFY(RehearsalLog(m_col->database()).record(*rehearsed, score));
        QDir().mkpath(m_col->mediaDir());
        QFile f(QDir(m_col->mediaDir()).filePath(score.recording));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, 'w'));
        f.close();

        BrowserWindow w(*m_col, m_clock);
        w.show();
        typeSearch(w, QStringLiteral("cid:%1").arg(id));
        w.table()->setCurrentIndex(w.model()->index(0, 0));
        QCOMPARE(w.history()->topLevelItemCount(), 2);
        // Newest first: the rehearsed answer's row names its file; the other has none.
        QVERIFY2(w.history()->topLevelItem(0)->text(5).startsWith(score.recording), qPrintable(w.history()->topLevelItem(0)->text(5)));
        QCOMPARE(w.history()->topLevelItem(0)->data(5, Qt::UserRole).toString(), f.fileName());
        QVERIFY(w.history()->topLevelItem(1)->text(5).isEmpty());
    }

    void layoutIsRemembered()
    {
        {
            BrowserWindow w(*m_col, m_clock);
            w.show();
            clickHeader(w, CardTableModel::Lapses);
            w.close();
        }
        BrowserWindow w(*m_col, m_clock);
        QCOMPARE(w.table()->horizontalHeader()->sortIndicatorSection(), int(CardTableModel::Lapses));
    }

    void ctrlBOpensTheBrowser()
    {
        MainWindow main(std::move(m_col), std::make_unique<FixedClock>(m_clock));
        main.show();
        QVERIFY(QTest::qWaitForWindowActive(&main));
        QTest::keyClick(&main, Qt::Key_B, Qt::ControlModifier);
        auto *browser = main.findChild<BrowserWindow *>();
        QVERIFY(browser);
        QVERIFY(browser->isVisible());
        QCOMPARE(browser->model()->rowCount(), 5);
    }
};

QTEST_MAIN(TestBrowserWindow)
#include "tst_browserwindow.moc"
