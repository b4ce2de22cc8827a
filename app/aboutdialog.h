#pragma once

#include <QDialog>

namespace debrief {

// Help ▸ About: version, the Qt it runs on and was built for, the licence, and which optional
// parts this build has (code highlighting), for bug reports.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString &collectionPath, QWidget *parent = nullptr);
    // The facts as plain lines, also for copying into a bug report.
    static QString facts(const QString &collectionPath);
};

} // namespace debrief
