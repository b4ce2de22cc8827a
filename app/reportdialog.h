#pragma once

#include "report/reportdata.h"
#include "report/reportfilewriter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace debrief {

class Clock;

// File ▸ Export Report…: a progress report in PDF, HTML, CSV, JSON or XLSX (what `debrief-cli
// report` writes) for a deck and period, with an optional interview date and the PDF page size.
// Writing runs on a worker thread with a read-only connection of its own (BackgroundTask), with a
// progress dialog whose Cancel leaves no file behind. The dialog closes once the file is written;
// on failure or Cancel it stays open and says why.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    // `clock` must outlive the dialog.
    ReportDialog(const QString &collectionPath, const Clock &clock, QWidget *parent = nullptr);

    ReportOptions reportOptions() const;
    ReportFileOptions fileOptions() const;
    QString statusText() const;

public slots:
    void accept() override;   // writes the report

private:
    void formatChanged();
    void browse();

    QString m_path;
    const Clock &m_clock;
    QComboBox *m_format = nullptr;
    QComboBox *m_deck = nullptr;
    QComboBox *m_period = nullptr;
    QCheckBox *m_hasTarget = nullptr;
    QDateEdit *m_target = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLineEdit *m_output = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_write = nullptr;
};

} // namespace debrief
