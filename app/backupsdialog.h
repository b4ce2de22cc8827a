#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace debrief {

class Collection;

// File ▸ Backups: the backups in <collection dir>/backups with their date, size and card count;
// restoring one (after a question) first backs up the collection as it is now, so a restore
// can itself be undone from this list.
class BackupsDialog : public QDialog {
    Q_OBJECT
public:
    explicit BackupsDialog(Collection &collection, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // Restores the selected backup without asking; false (message shown) on failure.
    bool restoreSelected();
    void reload();

signals:
    void restored();   // the collection's content was replaced

private:
    void askAndRestore();

    Collection &m_collection;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QLabel *m_status;
};

} // namespace debrief
