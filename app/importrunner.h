#pragma once

#include "import/importresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class QWidget;

namespace debrief {

class Clock;
class Collection;

// Runs imports for the GUI: one file after another, each atomic and on a worker thread
// (BackgroundTask), with a progress dialog whose Cancel rolls the current file back. Returns one line per file for the summary box.
// `perFile` holds the options chosen for a file (e.g. in TextImportDialog); others get defaults.
class ImportRunner {
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)
public:
    ImportRunner(Collection &collection, const Clock &clock, QWidget *parent);
    QStringList run(const QStringList &files, const QHash<QString, ImportOptions> &perFile = {});

private:
    Collection &m_collection;
    const Clock &m_clock;
    QWidget *m_parent;
};

} // namespace debrief
