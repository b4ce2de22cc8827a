#pragma once

#include "model/ids.h"
#include "scheduling/schedulerconfig.h"
#include "storage/decklimits.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace debrief {

class Clock;
class Collection;

// A deck's options: which preset it uses, and every scheduler setting of the presets, which
// are shared between decks. Nothing is written until OK; Cancel forgets new, changed, renamed
// and deleted presets alike. The rollover hour and learn-ahead limit are collection-wide and
// live in the Preferences. The deck's own "today only" new/review limits (not the preset's)
// hold for the study day `clock` says it is.
class DeckOptionsDialog : public QDialog {
    Q_OBJECT
public:
    DeckOptionsDialog(Collection &collection, const Clock &clock, DeckId deck, QWidget *parent = nullptr);
    // With the system clock.
    DeckOptionsDialog(Collection &collection, DeckId deck, QWidget *parent = nullptr);

    // Validates the form and writes everything in one transaction; false (message shown in the
    // dialog) when a value is wrong or the write failed.
    bool save();

    // Preset handling without the name prompts, for tests and the buttons after their prompt.
    void addPreset(const QString &name, bool cloneCurrent);
    void renamePreset(const QString &name);
    void deletePreset();
    void restoreDefaults();

public slots:
    void accept() override;

private:
    struct Entry {
        PresetId id = 0;   // 0: new, written on OK
        QString name;
        SchedulerConfig config;
        int deckCount = 0;
    };
    void buildForm();
    void fillCombo();
    void load(const SchedulerConfig &config);
    bool store();   // form → current entry; false (message shown) when invalid
    DeckTodayLimits todayLimits() const;   // the form's "today only" limits for m_deck
    void showError(const QString &text);

    Collection &m_collection;
    DeckId m_deck;
    qint64 m_today = 0;   // the study day "today only" limits are for
    QString m_deckName;
    PresetId m_originalPreset = 1;
    std::vector<Entry> m_entries;
    std::vector<PresetId> m_removed;
    int m_current = -1;

    QComboBox *m_preset;
    QPushButton *m_deleteButton;
    QPushButton *m_renameButton;
    QLabel *m_error;
    QSpinBox *m_newPerDay, *m_reviewsPerDay;
    QLineEdit *m_learnSteps, *m_relearnSteps;
    QSpinBox *m_graduating, *m_easyInterval, *m_minimumInterval, *m_maximumInterval, *m_leechThreshold;
    QComboBox *m_newOrder, *m_leechAction;
    QSpinBox *m_lapseNewInterval;
    QDoubleSpinBox *m_startingEase, *m_easyBonus, *m_intervalModifier, *m_hardInterval;
    QCheckBox *m_buryNew, *m_buryReview, *m_buryInterday, *m_fuzz;
    QCheckBox *m_newTodayOn, *m_reviewsTodayOn, *m_showTimer;
    QSpinBox *m_newToday, *m_reviewsToday, *m_rehearsalSecs;
};

} // namespace debrief
