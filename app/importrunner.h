#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace debrief {

class Clock;
class Collection;

// Runs imports for the GUI: one file after another, each atomic, with a progress dialog whose
// Cancel rolls the current file back. Returns one line per file for the summary box.
class ImportRunner {
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)
public:
    ImportRunner(Collection &collection, const Clock &clock, QWidget *parent);
    QStringList run(const QStringList &files);

private:
    Collection &m_collection;
    const Clock &m_clock;
    QWidget *m_parent;
};

} // namespace debrief
