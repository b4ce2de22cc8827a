#pragma once

#include "import/importresult.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace debrief {

// Asks once, before a batch of Anki, Mnemosyne and .deck files is imported, what to do with the
// scheduling they carry (keep intervals, ease, due dates and review history, or start the cards
// as new) and with notes the collection already has (update when the file's copy is newer,
// always, or never). The choices are remembered in QSettings when the user presses Import.
// The "import as new" box is hidden when no file in the batch carries scheduling (.deck files).
class PackageImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit PackageImportDialog(const QStringList &files, QWidget *parent = nullptr);

    // Defaults plus what the user chose; the same options go to every file of the batch
    // (importers of formats without scheduling ignore scheduleAsNew).
    ImportOptions options() const;

    // Whether any file of the batch carries scheduling, i.e. the "import as new" choice matters.
    bool schedulingApplies() const { return m_schedulingApplies; }

    // True for the formats whose cards come with intervals and review history (Anki, Mnemosyne).
    static bool carriesScheduling(const QString &file);

    void done(int result) override;

private:
    bool m_schedulingApplies = false;
    QListWidget *m_files = nullptr;
    QCheckBox *m_asNew = nullptr;
    QLabel *m_asNewHint = nullptr;
    QComboBox *m_update = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace debrief
