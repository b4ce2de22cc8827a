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
// with the collection and debrief-cli sees it too. The collection's location moves at once
// (Move…), not on OK.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(Collection &collection, QWidget *parent = nullptr);

    // Writes everything; false (message shown in the dialog) when the collection refused.
    bool save();

    // Card text size in percent of the normal size, read by CardView.
    static int cardZoomPercent();
    // The folder the collection was last moved to (Collection ▸ Move…), read at start; empty when
    // never moved.
    static QString savedCollectionDir();
    // Moves the collection into `folder` (Collection::moveTo) and remembers it for the next start.
    // False with the reason shown in the dialog: a folder that is not empty, the same place, a
    // failed copy (then nothing changed).
    bool moveCollection(const QString &folder);

public slots:
    void accept() override;

signals:
    // The collection's file and media folder are elsewhere now (views holding its media folder
    // must be told).
    void collectionMoved();

private:
    void chooseLocation();

    Collection &m_collection;
    QLineEdit *m_location = nullptr;
    QComboBox *m_theme, *m_language;
    QSpinBox *m_rollover, *m_learnAhead, *m_backupInterval, *m_backupKeep, *m_cardZoom;
    QLineEdit *m_learnerName;
    QCheckBox *m_hasTarget;
    QDateEdit *m_targetDate;
    QLabel *m_error;
    QString m_initialLanguage;
};

} // namespace debrief
