#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace debrief {

class Collection;

// Edit ▸ Preferences (Ctrl+,). What belongs to this computer (look, language, backups, card
// text size) goes to QSettings; what belongs to the collection (rollover hour, learn-ahead
// limit, learner name and interview date, which reports read) goes into it, so it travels
// with the collection and debrief-cli sees it too.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(Collection &collection, QWidget *parent = nullptr);

    // Writes everything; false (message shown in the dialog) when the collection refused.
    bool save();

    // Card text size in percent of the normal size, read by CardView.
    static int cardZoomPercent();

public slots:
    void accept() override;

private:
    Collection &m_collection;
    QComboBox *m_theme, *m_language;
    QSpinBox *m_rollover, *m_learnAhead, *m_backupInterval, *m_backupKeep, *m_cardZoom;
    QLineEdit *m_learnerName;
    QCheckBox *m_hasTarget;
    QDateEdit *m_targetDate;
    QLabel *m_error;
    QString m_initialLanguage;
};

} // namespace debrief
