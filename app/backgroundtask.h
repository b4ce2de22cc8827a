#pragma once

#include "import/importresult.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace debrief {

// Runs one long job (import, export, check, report) on a worker thread while the GUI thread keeps
// its event loop: windows repaint, timers tick, and an application-modal progress dialog (shown
// after 300 ms) offers Cancel. The GUI thread never runs events inside the job's write
// transaction, because the transaction is on the worker.
//
// A job may use the main window's Collection: the GUI thread waits in run() and, while
// isRunning(), touches the collection nowhere else (the main window refuses to start studying
// with a message). Its connection is opened without SQLite's mutex, which allows use from
// another thread as long as it is not at the same time.
class BackgroundTask {
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)
public:
    using Job = std::function<void(const ProgressFn &progress)>;
    // Runs `job` and returns once it has ended. `progress` (called on the worker) updates the
    // dialog and returns false after Cancel; a job that cannot stop is run with `cancellable`
    // false and the dialog has no Cancel button. Returns false when the user cancelled.
    static bool run(QWidget *parent, const QString &label, const Job &job, bool cancellable = true);
    // Whether a job is running (for the main window's "busy" messages).
    static bool isRunning();
};

} // namespace debrief
