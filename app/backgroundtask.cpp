#include "backgroundtask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace debrief {

namespace {

int s_running = 0;   // GUI thread only
int s_writing = 0;   // GUI thread only

} // namespace

bool BackgroundTask::isRunning() { return s_running > 0; }

bool BackgroundTask::isWriting() { return s_writing > 0; }

bool BackgroundTask::run(QWidget *parent, const QString &label, const Job &job, bool cancellable, Access access)
{
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    QProgressDialog dialog(label, cancellable ? tr("Cancel") : QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("backgroundProgress"));
    dialog.setWindowTitle(tr("Debrief"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    if (!cancellable)
        dialog.setCancelButton(nullptr);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancelled = true;
        // The job stops at its next progress call and rolls back; until then the dialog stays.
        dialog.setLabelText(tr("Cancelling…"));
        dialog.show();
    });
    const ProgressFn progress = [&](qint64 d, qint64 t) {
        done = d;
        total = t;
        return !cancelled.load();
    };

    // The worker's figures reach the dialog by polling: no signal crosses from a thread that
    // may be inside a transaction.
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (cancelled)
            return;
        const qint64 t = total, d = done;
        // QProgressDialog counts in int; scale large totals (bytes) down.
        const int shift = t > INT_MAX / 2 ? 20 : 0;
        dialog.setMaximum(int(t >> shift));
        dialog.setValue(int(qMin(d, t) >> shift));
    });

    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    ++s_running;
    const int writing = access == Access::Write ? 1 : 0;
    s_writing += writing;
    watcher.setFuture(QtConcurrent::run([&job, &progress] { job(progress); }));
    poll.start();
    // Every event is handled meanwhile; the modal dialog keeps input away from other windows.
    loop.exec();
    poll.stop();
    --s_running;
    s_writing -= writing;
    dialog.reset();
    return !cancelled;
}

} // namespace debrief
