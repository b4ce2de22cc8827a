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
// A job opens a connection of its own on the worker (Collection::openReadOnly for an export, a
// report or a check; Collection::openWorkerConnection for an import), so the GUI thread's
// connection is never shared and never waited on. While a job that writes runs, the main window
// refuses to start studying, with a message (isWriting()).
class BackgroundTask {
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)
public:
    using Job = std::function<void(const ProgressFn &progress)>;
    enum class Access { Read, Write };
    // Runs `job` and returns once it has ended. `progress` (called on the worker) updates the
    // dialog and returns false after Cancel; a job that cannot stop is run with `cancellable`
    // false and the dialog has no Cancel button. Returns false when the user cancelled.
    static bool run(QWidget *parent, const QString &label, const Job &job, bool cancellable = true,
                    Access access = Access::Read);
    // Whether a job is running, and whether one that writes to the collection is.
    static bool isRunning();
    static bool isWriting();
};

} // namespace debrief
