#pragma once

#include "report/reportdata.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QModelIndex;
class QProgressBar;
class QStandardItemModel;
class QTableView;

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
namespace QtCharts {
class QChartView;
}
using QtCharts::QChartView;
#else
class QChartView;
#endif

namespace debrief {

class Clock;

// Tools > Statistics: charts of the review log and the readiness table for a deck and period.
// The figures come from ReportBuilder on a worker thread with its own read-only connection, so a
// million-answer log never blocks the window; a busy bar shows while it runs.
class StatisticsWindow : public QWidget {
    Q_OBJECT
public:
    // `clock` must outlive the window (the main window owns it).
    StatisticsWindow(const QString &collectionPath, const Clock &clock, QWidget *parent = nullptr);
    ~StatisticsWindow() override;

    bool isBusy() const;
    // The last computed statistics; none before the first computation ends or after it failed.
    const std::optional<ReportData> &data() const { return m_data; }
    QString errorText() const { return m_error; }

public slots:
    // Computes again for the chosen deck and period (queued when a computation is running).
    void recompute();

signals:
    void computed();
    // A readiness topic was clicked (or Enter pressed on its row): `search` finds its cards in
    // the browser (StatsCalculator::browserSearch).
    void topicActivated(const QString &search);

private:
    struct Outcome {
        std::optional<ReportData> data;
        QString error;
    };

    void finished();
    void showData(const ReportData &d);
    void fillDecks(const ReportData &d);
    void showReviews(const ReportData &d);
    void showForecast(const ReportData &d);
    void showIntervals(const ReportData &d);
    void showHours(const ReportData &d);
    void showButtons(const ReportData &d);
    void showReadiness(const ReportData &d);
    void activateTopic(const QModelIndex &index);
    ReportOptions options() const;

    QString m_path;
    const Clock &m_clock;
    QComboBox *m_deck = nullptr;
    QComboBox *m_period = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_reviews = nullptr;
    QChartView *m_forecast = nullptr;
    QChartView *m_intervals = nullptr;
    QChartView *m_hours = nullptr;
    QChartView *m_buttons = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    bool m_running = false;
    bool m_pending = false;
    std::optional<ReportData> m_data;
    QString m_error;
};

} // namespace debrief
