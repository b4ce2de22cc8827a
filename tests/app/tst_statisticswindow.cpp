// The Statistics window on the hand-made collection of tests/core/reportfixture.h, whose review
// log is known answer by answer: the charts and the readiness table must show those figures.
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QHeaderView>
#include <QProgressBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "../core/reportfixture.h"
#include "browserwindow.h"
#include "cardtablemodel.h"
#include "mainwindow.h"
#include "statisticswindow.h"
#include "theme.h"
#include "widgettest.h"

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
using namespace QtCharts;
#endif

using namespace debrief;
using debrief::widgettest::child;

class TestStatisticsWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    reportfixture::DstClock m_clock;

    static QAbstractBarSeries *bars(StatisticsWindow &w, const char *chart)
    {
        QChartView *view = child<QChartView>(w, QString::fromLatin1(chart));
        if (!view->chart() || view->chart()->series().size() != 1)
            return nullptr;
        return qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
    }

    static double sum(const QBarSet *set)
    {
        double s = 0;
        for (int i = 0; i < set->count(); ++i)
            s += set->at(i);
        return s;
    }

    static QStringList column(QTableView *table, int col)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, col).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("collection.sqlite"));
        const QString error = reportfixture::build(m_path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void chartsShowTheReviewLog()
    {
        StatisticsWindow w(m_path, m_clock);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 20000);
        QVERIFY2(w.data().has_value(), qPrintable(w.errorText()));
        QVERIFY(!child<QProgressBar>(w, QStringLiteral("busyIndicator"))->isVisible());

        // Answers per day, stacked by kind: 2 learning steps (A4, A6) and 5 reviews.
        QAbstractBarSeries *reviews = bars(w, "reviewsChart");
        QVERIFY(reviews);
        QCOMPARE(reviews->count(), 4);
        QCOMPARE(sum(reviews->barSets().at(0)), 2.0);   // learn
        QCOMPARE(sum(reviews->barSets().at(1)), 5.0);   // review
        QCOMPARE(sum(reviews->barSets().at(2)), 0.0);   // relearn

        // Forecast: C2 overdue and C3 learning today, C1 in 5 days; C5 (40 d) is beyond 30 days.
        QAbstractBarSeries *forecast = bars(w, "forecastChart");
        QVERIFY(forecast);
        QCOMPARE(forecast->count(), 1);
        const QBarSet *due = forecast->barSets().first();
        QCOMPARE(due->count(), 30);
        QCOMPARE(due->at(0), 2.0);
        QCOMPARE(due->at(5), 1.0);
        QCOMPARE(sum(due), 3.0);

        // Intervals of review cards C1 (30), C2 (10), C5 (100), C6 (20).
        QAbstractBarSeries *intervals = bars(w, "intervalsChart");
        QVERIFY(intervals);
        QCOMPARE(sum(intervals->barSets().first()), 4.0);

        // Hours (local): A2, A3, A6 at 03:xx; A5 (Again) at 12:xx.
        QAbstractBarSeries *hours = bars(w, "hoursChart");
        QVERIFY(hours);
        QCOMPARE(hours->count(), 2);
        const QBarSet *passed = hours->barSets().at(0), *again = hours->barSets().at(1);
        QCOMPARE(passed->count(), 24);
        QCOMPARE(passed->at(3) + again->at(3), 3.0);
        QCOMPARE(again->at(3), 1.0);   // A2
        QCOMPARE(again->at(12), 1.0);  // A5
        QCOMPARE(passed->at(12), 0.0);
        QCOMPARE(sum(passed) + sum(again), 7.0);

        // Buttons: sets Again..Easy over learn / young / mature / relearn.
        QAbstractBarSeries *buttons = bars(w, "buttonsChart");
        QVERIFY(buttons);
        QCOMPARE(buttons->count(), 4);
        QCOMPARE(buttons->barSets().at(2)->at(0), 2.0);   // Good on learning cards: A4, A6
        QCOMPARE(buttons->barSets().at(0)->at(1), 1.0);   // Again on young: A5
        QCOMPARE(buttons->barSets().at(0)->at(2), 1.0);   // Again on mature: A2
        QCOMPARE(buttons->barSets().at(3)->at(1), 1.0);   // Easy on young: A7
    }

    // Answer buttons keep their meaning in both looks: Again red, Hard amber, Good green, Easy
    // blue (hues in degrees); the hour chart's Again is red and its passed answers green.
    void chartColoursAreSemantic()
    {
        int lightAgain = 0;
        for (bool dark : {false, true}) {
            Theme::setDark(dark);
            StatisticsWindow w(m_path, m_clock);
            QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 20000);
            QVERIFY(w.data().has_value());
            const QList<QBarSet *> buttons = bars(w, "buttonsChart")->barSets();
            QCOMPARE(buttons.size(), 4);
            const auto hue = [](QBarSet *set) { return set->color().hslHue(); };
            const auto red = [](int h) { return h <= 15 || h >= 345; };
            QVERIFY2(red(hue(buttons.at(0))), qPrintable(QStringLiteral("Again hue %1").arg(hue(buttons.at(0)))));
            QVERIFY2(hue(buttons.at(1)) >= 25 && hue(buttons.at(1)) <= 50, "Hard is amber");
            QVERIFY2(hue(buttons.at(2)) >= 90 && hue(buttons.at(2)) <= 150, "Good is green");
            QVERIFY2(hue(buttons.at(3)) >= 190 && hue(buttons.at(3)) <= 250, "Easy is blue");
            const QList<QBarSet *> hours = bars(w, "hoursChart")->barSets();
            QVERIFY(hue(hours.at(0)) >= 90 && hue(hours.at(0)) <= 150);
            QVERIFY(red(hue(hours.at(1))));
            // Dark bars are lighter than light ones, to stand out on the dark chart background.
            if (dark)
                QVERIFY(buttons.at(0)->color().lightness() > lightAgain);
            else
                lightAgain = buttons.at(0)->color().lightness();
        }
        Theme::setDark(false);
    }

    // Clicking a topic, or Enter on its row, opens the browser on that topic's cards: a tag
    // topic by tag, an untagged deck topic by deck (its untagged cards only).
    void topicOpensTheBrowser()
    {
        auto col = Collection::open(m_path);
        QVERIFY2(col, col ? "" : qPrintable(col.error().message));
        MainWindow main(std::move(*col), std::make_unique<reportfixture::DstClock>());
        main.show();
        auto *statistics = main.findChild<QAction *>(QStringLiteral("statisticsAction"));
        QVERIFY(statistics);
        statistics->trigger();
        StatisticsWindow *w = main.findChild<StatisticsWindow *>();
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isBusy() && w->data().has_value(), 20000);
        auto *table = child<QTableView>(*w, QStringLiteral("readinessTable"));
        table->sortByColumn(0, Qt::AscendingOrder);   // Behavioral, ml, stats
        QCOMPARE(column(table, 0).at(1), QStringLiteral("ml"));

        const QModelIndex ml = table->model()->index(1, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(ml).center());
        BrowserWindow *browser = main.findChild<BrowserWindow *>();
        QVERIFY(browser);
        QTRY_VERIFY(browser->isVisible());
        QCOMPARE(browser->searchLine()->text(), QStringLiteral("tag:\"ml\""));
        QCOMPARE(browser->model()->rowCount(), 2);   // the two ml cards

        // Enter on the Behavioral row (from another column): the deck's untagged cards.
        w->activateWindow();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 3));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(browser->searchLine()->text(), QStringLiteral("deck:\"Behavioral\" tag:none"));
        QCOMPARE(browser->model()->rowCount(), 3);
        // A click elsewhere than the topic selects only.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(2, 2)).center());
        QCOMPARE(browser->searchLine()->text(), QStringLiteral("deck:\"Behavioral\" tag:none"));
        w->close();
    }

    // Not a check: with DEBRIEF_SCREENSHOT_DIR set, saves the window in both looks for docs/.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("DEBRIEF_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("DEBRIEF_SCREENSHOT_DIR not set");
        for (bool dark : {false, true}) {
            Theme::setDark(dark);
            StatisticsWindow w(m_path, m_clock);
            w.resize(1180, 1100);
            w.show();
            QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 20000);
            QVERIFY(w.grab().save(QDir(dir).filePath(dark ? QStringLiteral("statistics-dark.png") : QStringLiteral("statistics-light.png"))));
        }
        Theme::setDark(false);
    }

    void readinessTableSorts()
    {
        StatisticsWindow w(m_path, m_clock);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 20000);
        QVERIFY(w.data().has_value());
        auto *table = child<QTableView>(w, QStringLiteral("readinessTable"));
        QCOMPARE(table->model()->rowCount(), 3);
        // Weakest first by default: Behavioral knows (0.5 + 0.9^0.5) / 3 ≈ 48 %, ml and stats more.
        QCOMPARE(column(table, 0).first(), QStringLiteral("Behavioral"));
        QCOMPARE(column(table, 5).first(), QStringLiteral("48 %"));
        // Sorting by the topic name, and by card count (numbers, not text).
        table->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(column(table, 0), (QStringList{QStringLiteral("Behavioral"), QStringLiteral("ml"), QStringLiteral("stats")}));
        table->sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(column(table, 1), (QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("2")}));
        // ml: 2 of 2 seen, 1 mature, retention 3 of 5 review answers.
        table->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(column(table, 2).at(1), QStringLiteral("100 %"));
        QCOMPARE(column(table, 3).at(1), QStringLiteral("50 %"));
        QCOMPARE(column(table, 4).at(1), QStringLiteral("60 %"));
    }

    void deckPickerNarrowsTheFigures()
    {
        StatisticsWindow w(m_path, m_clock);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 20000);
        auto *decks = child<QComboBox>(w, QStringLiteral("deckPicker"));
        const int stories = decks->findText(QStringLiteral("Behavioral::Stories"));
        QVERIFY(stories > 0);
        QSignalSpy computed(&w, &StatisticsWindow::computed);
        decks->setCurrentIndex(stories);
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() == 1 && !w.isBusy(), 20000);
        QVERIFY(w.data().has_value());
        QAbstractBarSeries *reviews = bars(w, "reviewsChart");
        QVERIFY(reviews);
        QCOMPARE(sum(reviews->barSets().at(0)), 2.0);   // A4, A6
        QCOMPARE(sum(reviews->barSets().at(1)), 0.0);
        auto *table = child<QTableView>(w, QStringLiteral("readinessTable"));
        QCOMPARE(column(table, 0), QStringList{QStringLiteral("Behavioral")});

        // "Last month" (03-03 to 04-02) still holds all of the deck's answers, a bar per day.
        auto *period = child<QComboBox>(w, QStringLiteral("periodPicker"));
        period->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() == 2 && !w.isBusy(), 20000);
        QCOMPARE(sum(bars(w, "reviewsChart")->barSets().at(0)), 2.0);
        QCOMPARE(bars(w, "reviewsChart")->barSets().at(0)->count(), 31);   // a bar per day
    }
};

QTEST_MAIN(TestStatisticsWindow)
#include "tst_statisticswindow.moc"
