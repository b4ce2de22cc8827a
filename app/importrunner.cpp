#include "importrunner.h"

#include "dispatch/importdispatcher.h"
#include "storage/collection.h"
#include "util/clock.h"

#include "backgroundtask.h"

#include <QFileInfo>

namespace debrief {

ImportRunner::ImportRunner(Collection &collection, const Clock &clock, QWidget *parent)
    : m_collection(collection), m_clock(clock), m_parent(parent)
{
}

QStringList ImportRunner::run(const QStringList &files, const QHash<QString, ImportOptions> &perFile)
{
    QStringList lines;
    for (const QString &file : files) {
        const QString name = QFileInfo(file).fileName();
        // On a worker thread: the window keeps repainting and Cancel is answered at once; the
        // import's transaction rolls back when its progress callback returns false.
        ImportResult result;
        const QDateTime now = m_clock.now();
        const bool finished = BackgroundTask::run(
            m_parent, tr("Importing %1…").arg(name),
            [&](const ProgressFn &progress) {
                // The worker's own write connection: the GUI thread's stays free for reading.
                auto worker = m_collection.openWorkerConnection();
                if (!worker) {
                    result.issues.push_back(ImportIssue{ImportIssue::Kind::Io, Severity::Error, 0, worker.error().message});
                    return;
                }
                result = ImportDispatcher::importFile(**worker, file, perFile.value(file), progress, now);
            },
            true, BackgroundTask::Access::Write);
        // The import may have added presets or notetypes this connection has cached.
        m_collection.refreshCaches();
        if (!finished && !result.ok()) {   // Cancel also skips the files after this one
            lines << tr("%1: cancelled; the collection is unchanged.").arg(name);
            break;
        }
        if (result.ok()) {
            const ImportCounts &c = result.counts;
            lines << tr("%1: %2 added, %3 updated, %4 unchanged, %5 skipped; %6 cards, %7 reviews, %8 media files.")
                         .arg(name)
                         .arg(c.notesAdded)
                         .arg(c.notesUpdated)
                         .arg(c.notesUnchanged)
                         .arg(c.notesSkipped)
                         .arg(c.cardsAdded)
                         .arg(c.reviewsAdded)
                         .arg(c.mediaAdded);
        } else {
            lines << tr("%1: not imported; the collection is unchanged.").arg(name);
        }
        int shown = 0;
        for (const ImportIssue &issue : result.issues) {
            if (++shown > 10) {
                lines << tr("  … and %1 more.").arg(result.issues.size() - 10);
                break;
            }
            lines << QStringLiteral("  ") + (issue.line > 0 ? tr("line %1: ").arg(issue.line) : QString()) + issue.message;
        }
    }
    return lines;
}

} // namespace debrief
