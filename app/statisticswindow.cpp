#include "statisticswindow.h"

#include "report/reportbuilder.h"
#include "report/reportcolors.h"
#include "report/statscalculator.h"
#include "storage/collection.h"
#include "theme.h"
#include "util/clock.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
using namespace QtCharts;
#endif

namespace debrief {

namespace {

// Sort key of a readiness cell, apart from the text it shows ("83 %", "—").
constexpr int kSortRole = Qt::UserRole + 1;
// The browser search of a readiness row, on its topic cell.
constexpr int kSearchRole = Qt::UserRole + 2;

enum Period { Month, Quarter, Year, All };

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTheme(Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// Replaces the chart of `view` (the old one is deleted by the view) with bars over categories.
// With `numericStep`, the bars are numbered 0, 1, ... on a value axis labelled every that many
// (a category axis elides two-digit labels on narrow bars to "...").
// `colors` paint the bar sets in order: the same meaning as in PDF/HTML reports (Again red, ...),
// not the chart theme's palette, whose first colour made Again green. Set after addSeries(), which
// applies the theme.
void setBars(QChartView *view, const QString &title, QAbstractBarSeries *series, const QStringList &categories,
             const std::vector<QColor> &colors, bool legend, bool verticalLabels = false, int numericStep = 0)
{
    QChart *chart = newChart(title);
    chart->addSeries(series);
    const QList<QBarSet *> sets = series->barSets();
    for (int i = 0; i < sets.size() && i < int(colors.size()); ++i) {
        sets[i]->setColor(colors[size_t(i)]);
        sets[i]->setBorderColor(colors[size_t(i)]);
    }
    QAbstractAxis *x = nullptr;
    if (numericStep > 0) {
        auto *v = new QValueAxis;
        v->setRange(-0.5, categories.size() - 0.5);
        v->setTickType(QValueAxis::TicksDynamic);
        v->setTickAnchor(0);
        v->setTickInterval(numericStep);
        v->setLabelFormat(QStringLiteral("%d"));
        v->setGridLineVisible(false);
        x = v;
    } else {
        auto *c = new QBarCategoryAxis;
        c->append(categories);
        x = c;
    }
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->applyNiceNumbers();
    if (y->max() < 1)
        y->setMax(1);
    // Counts are whole: below 8, a tick per unit, else "%d" would print 0, 0, 1, 1, 2.
    if (y->max() <= 8)
        y->setTickCount(int(y->max()) + 1);
    QFont f = x->labelsFont();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    x->setLabelsFont(f);
    if (verticalLabels)
        x->setLabelsAngle(-90);
    chart->legend()->setVisible(legend);
    view->setChart(chart);
}

QChartView *newView(const QString &name)
{
    auto *view = new QChartView;
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 260);
    return view;
}

QStandardItem *cell(const QString &text, const QVariant &sortKey)
{
    auto *item = new QStandardItem(text);
    item->setData(sortKey, kSortRole);
    item->setEditable(false);
    return item;
}

// Every `step`-th label only; the others are distinct invisible strings, since the axis needs
// unique categories.
QString sparseLabel(int i, int step, const QString &label)
{
    if (i % step == 0)
        return label;
    // i written in base 5 with zero-width characters: short, so the axis does not elide it to "...".
    static const QChar invisible[] = {QChar(0x200b), QChar(0x200c), QChar(0x200d), QChar(0x2060), QChar(0xfeff)};
    QString blank;
    for (int n = i + 1; n > 0; n /= 5)
        blank += invisible[n % 5];
    return blank;
}

QString percent(double share) { return QStringLiteral("%1 %").arg(qRound(share * 100)); }

} // namespace

StatisticsWindow::StatisticsWindow(const QString &collectionPath, const Clock &clock, QWidget *parent)
    : QWidget(parent, Qt::Window), m_path(collectionPath), m_clock(clock)
{
    setWindowTitle(tr("Statistics"));
    resize(1180, 860);

    m_deck = new QComboBox;
    m_deck->setObjectName(QStringLiteral("deckPicker"));
    m_deck->addItem(tr("All decks"), QString());
    m_deck->setMinimumContentsLength(24);
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("periodPicker"));
    m_period->addItem(tr("Last month"), int(Month));
    m_period->addItem(tr("Last 3 months"), int(Quarter));
    m_period->addItem(tr("Last year"), int(Year));
    m_period->addItem(tr("All time"), int(All));
    m_period->setCurrentIndex(Quarter);
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);   // indeterminate: the builder does not report progress
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    auto *pickers = new QHBoxLayout;
    auto *deckLabel = new QLabel(tr("&Deck:"));
    deckLabel->setBuddy(m_deck);
    auto *periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_period);
    pickers->addWidget(deckLabel);
    pickers->addWidget(m_deck);
    pickers->addSpacing(12);
    pickers->addWidget(periodLabel);
    pickers->addWidget(m_period);
    pickers->addSpacing(12);
    pickers->addWidget(m_busy);
    pickers->addStretch(1);

    m_reviews = newView(QStringLiteral("reviewsChart"));
    m_forecast = newView(QStringLiteral("forecastChart"));
    m_intervals = newView(QStringLiteral("intervalsChart"));
    m_hours = newView(QStringLiteral("hoursChart"));
    m_buttons = newView(QStringLiteral("buttonsChart"));

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Topic"), tr("Cards"), tr("Seen"), tr("Mature"), tr("Retention"),
                                        tr("Known today"), tr("Days to see all"), tr("Next step")});
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(kSortRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("readinessTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(5, Qt::AscendingOrder);   // weakest recall first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(220);
    m_table->setToolTip(tr("Click a topic, or press Enter on its row, to see its cards in the browser"));
    // A click on the topic name (drawn as a link) or Enter/double-click anywhere on the row.
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == 0)
            activateTopic(index);
    });
    connect(m_table, &QTableView::activated, this, &StatisticsWindow::activateTopic);

    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(m_reviews, 1, 0, 1, 2);
    grid->addWidget(m_forecast, 2, 0);
    grid->addWidget(m_intervals, 2, 1);
    grid->addWidget(m_hours, 3, 0);
    grid->addWidget(m_buttons, 3, 1);
    auto *readinessTitle = new QLabel(tr("<b>Interview readiness by topic</b>"));
    grid->addWidget(readinessTitle, 4, 0, 1, 2);
    grid->addWidget(m_table, 5, 0, 1, 2);
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(scroll, 1);

    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &StatisticsWindow::finished);
    connect(m_deck, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &StatisticsWindow::recompute);
    connect(m_period, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &StatisticsWindow::recompute);
    recompute();
}

StatisticsWindow::~StatisticsWindow()
{
    // The worker reads the clock and its own connection only; let it end before the clock may go.
    m_watcher.waitForFinished();
}

bool StatisticsWindow::isBusy() const { return m_running; }

ReportOptions StatisticsWindow::options() const
{
    ReportOptions o;
    o.deckName = m_deck->currentData().toString();
    const QDateTime now = m_clock.now();
    const QDate today = now.addSecs(m_clock.utcOffsetSecs(now)).date();
    switch (Period(m_period->currentData().toInt())) {
    case Month: o.since = today.addMonths(-1).addDays(1); break;
    case Quarter: o.since = today.addMonths(-3).addDays(1); break;
    case Year: o.since = today.addYears(-1).addDays(1); break;
    case All: break;
    }
    return o;
}

void StatisticsWindow::recompute()
{
    if (m_running) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_running = true;
    m_busy->show();
    const QString path = m_path;
    const Clock *clock = &m_clock;
    const ReportOptions o = options();
    m_watcher.setFuture(QtConcurrent::run([path, clock, o]() {
        Outcome out;
        // A connection of its own: SQLite connections are not shared across threads, and a
        // read-only one never waits for the main window's write lock.
        auto col = Collection::openReadOnly(path);
        if (!col) {
            out.error = col.error().message;
            return out;
        }
        Result<ReportData> data = ReportBuilder::build(**col, o, *clock);
        if (data)
            out.data = std::move(*data);
        else
            out.error = data.error().message;
        return out;
    }));
}

void StatisticsWindow::finished()
{
    // Busy until the watcher's finished signal is handled, not merely until the worker ends.
    m_running = false;
    if (m_pending) {   // the pickers changed meanwhile: this result is stale
        recompute();
        return;
    }
    m_busy->hide();
    Outcome out = m_watcher.result();
    m_error = out.error;
    m_data = std::move(out.data);
    if (m_data)
        showData(*m_data);
    else
        m_summary->setText(tr("Cannot compute the statistics: %1").arg(m_error));
    emit computed();
}

void StatisticsWindow::showData(const ReportData &d)
{
    fillDecks(d);
    const std::optional<double> retention = d.retention.overall();
    m_summary->setText(tr("%1 answers on %2 of the days from %3 to %4 · %5 min studied · streak %6 (longest %7) · "
                          "true retention %8 · %9 of %10 cards seen, %11 mature")
                           .arg(d.totals.total())
                           .arg(d.studyDays)
                           .arg(QLocale().toString(d.since, QLocale::ShortFormat), QLocale().toString(d.until, QLocale::ShortFormat))
                           .arg(d.totals.takenMs / 60000)
                           .arg(d.currentStreak)
                           .arg(d.longestStreak)
                           .arg(retention ? percent(*retention) : tr("n/a"))
                           .arg(d.seenCards)
                           .arg(d.cards)
                           .arg(d.matureCards));
    showReviews(d);
    showForecast(d);
    showIntervals(d);
    showHours(d);
    showButtons(d);
    showReadiness(d);
}

void StatisticsWindow::fillDecks(const ReportData &d)
{
    // Filled once from the first result; later results keep the user's choice.
    if (m_deck->count() > 1)
        return;
    const QSignalBlocker block(m_deck);
    for (const auto &deck : d.deckNames)
        m_deck->addItem(deck.second, deck.second);
}

void StatisticsWindow::showReviews(const ReportData &d)
{
    // Days are grouped so the chart keeps about 60 bars whatever the period: a bar per day for a
    // month, per week or so for a year.
    const qint64 first = d.since.isValid() ? d.since.toJulianDay() : 0;
    const qint64 span = std::max<qint64>(1, d.until.toJulianDay() - first + 1);
    const qint64 perBar = std::max<qint64>(1, (span + 59) / 60);
    const int bars = int((span + perBar - 1) / perBar);
    const QString names[] = {tr("Learn"), tr("Review"), tr("Relearn"), tr("Cram")};
    std::vector<QBarSet *> sets;
    for (const QString &n : names) {
        auto *set = new QBarSet(n);
        for (int i = 0; i < bars; ++i)
            set->append(0);
        sets.push_back(set);
    }
    for (const DayStats &day : d.days) {
        const qint64 bar = (day.date.toJulianDay() - first) / perBar;
        if (bar < 0 || bar >= bars)
            continue;
        const int counts[] = {day.counts.learn, day.counts.review, day.counts.relearn, day.counts.cram + day.counts.manual};
        for (int k = 0; k < 4; ++k)
            sets[size_t(k)]->replace(int(bar), sets[size_t(k)]->at(int(bar)) + counts[k]);
    }
    QStringList categories;
    for (int i = 0; i < bars; ++i) {
        const QDate start = d.since.addDays(i * perBar);
        // Label every few bars only; the axis cannot fit 60 dates.
        categories << sparseLabel(i, std::max(1, bars / 8), QLocale().toString(start, tr("d MMM")));
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.9);
    for (QBarSet *s : sets)
        series->append(s);
    const QString title = perBar == 1 ? tr("Answers per day") : tr("Answers per %n days", nullptr, int(perBar));
    const bool dark = Theme::isDark();
    setBars(m_reviews, title, series, categories,
            {ReportColors::kind(0, dark), ReportColors::kind(1, dark), ReportColors::kind(2, dark), ReportColors::kind(3, dark)},
            true, true);
}

void StatisticsWindow::showForecast(const ReportData &d)
{
    auto *set = new QBarSet(tr("Due"));
    QStringList categories;
    for (int i = 0; i < 30 && i < int(d.forecast.size()); ++i) {
        set->append(d.forecast[size_t(i)]);
        categories << QString::number(i);
    }
    auto *series = new QBarSeries;
    series->append(set);
    setBars(m_forecast, tr("Due in the next 30 days (%1 in 90)").arg(d.forecast90()), series, categories, {ReportColors::kind(1, Theme::isDark())}, false,
            false, 5);
}

void StatisticsWindow::showIntervals(const ReportData &d)
{
    auto *set = new QBarSet(tr("Cards"));
    QStringList categories;
    for (const Bucket &b : d.intervalBuckets) {
        set->append(b.count);
        categories << b.label;
    }
    auto *series = new QBarSeries;
    series->append(set);
    setBars(m_intervals, tr("Review intervals"), series, categories, {ReportColors::kind(0, Theme::isDark())}, false, true);
}

void StatisticsWindow::showHours(const ReportData &d)
{
    auto *passed = new QBarSet(tr("Passed"));
    auto *again = new QBarSet(tr("Again"));
    QStringList categories;
    for (const HourRow &h : d.hours) {
        passed->append(h.passed);
        again->append(h.count - h.passed);
        categories << QString::number(h.hour);
    }
    auto *series = new QStackedBarSeries;
    series->append(passed);
    series->append(again);
    setBars(m_hours, tr("Answers by hour of day"), series, categories,
            {ReportColors::rating(3, Theme::isDark()), ReportColors::rating(1, Theme::isDark())}, true, false, 3);
}

void StatisticsWindow::showButtons(const ReportData &d)
{
    const QString ratings[] = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    auto *series = new QBarSeries;
    for (int r = 0; r < 4; ++r) {
        auto *set = new QBarSet(ratings[r]);
        for (int group = 0; group < 4; ++group)
            set->append(d.buttons[group][r]);
        series->append(set);
    }
    const bool dark = Theme::isDark();
    setBars(m_buttons, tr("Answer buttons"), series, {tr("Learn"), tr("Young"), tr("Mature"), tr("Relearn")},
            {ReportColors::rating(1, dark), ReportColors::rating(2, dark), ReportColors::rating(3, dark), ReportColors::rating(4, dark)},
            true);
}

void StatisticsWindow::showReadiness(const ReportData &d)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const TopicReadiness &t : d.topics) {
        const std::optional<double> retention = t.retention.overall();
        QList<QStandardItem *> row;
        row << cell(t.topic, t.topic.toLower());
        row[0]->setData(StatsCalculator::browserSearch(t), kSearchRole);
        row[0]->setForeground(palette().brush(QPalette::Link));
        QFont link = row[0]->font();
        link.setUnderline(true);
        row[0]->setFont(link);
        row << cell(QString::number(t.total), t.total);
        row << cell(percent(t.seenShare()), t.seenShare());
        row << cell(percent(t.matureShare()), t.matureShare());
        row << cell(retention ? percent(*retention) : tr("—"), retention ? *retention : -1.0);
        row << cell(percent(t.expectedKnown), t.expectedKnown);
        row << cell(t.daysUntilAllSeen ? QString::number(*t.daysUntilAllSeen) : tr("never at this pace"),
                    t.daysUntilAllSeen ? *t.daysUntilAllSeen : std::numeric_limits<int>::max());
        row << cell(t.advice, t.advice);
        row[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
}

void StatisticsWindow::activateTopic(const QModelIndex &index)
{
    const QString search = index.sibling(index.row(), 0).data(kSearchRole).toString();
    if (!search.isEmpty())
        emit topicActivated(search);
}

} // namespace debrief
