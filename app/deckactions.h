#pragma once

#include "model/ids.h"
#include "storage/collection.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace debrief {

// Deck management on the main window's deck tree: create, rename (also into or out of a parent
// by "::"), drag a deck onto another to make it a subdeck, delete (after a backup, undoable until
// the app closes), the description and the options. Items carry the deck id in Qt::UserRole.
// Shortcuts act while the tree has focus, so they never shadow the reviewer's keys.
class DeckActions : public QObject {
    Q_OBJECT
public:
    DeckActions(Collection &collection, QTreeWidget *tree, QWidget *window);

    QMenu *menu() const { return m_menu; }
    // The current deck's description, for beside the deck list.
    QLabel *descriptionLabel() const { return m_description; }
    std::optional<DeckId> currentDeck() const;

    // The work behind the actions, without dialogs; each shows its failure on the status bar
    // (message()) and returns false.
    bool createDeck(const QString &name);
    bool renameDeck(DeckId id, const QString &newName);
    // Makes `id` a subdeck of `parent` (top level when nullopt), keeping its own name.
    bool moveDeck(DeckId id, std::optional<DeckId> parent);
    bool deleteDeck(DeckId id);   // no question asked: the caller asked it
    bool undoDelete();
    bool canUndoDelete() const { return !m_deleted.empty(); }
    bool setDescription(DeckId id, const QString &text);
    void selectDeck(DeckId id);

public slots:
    // The same with the dialogs a user sees.
    void newDeck();
    void rename();
    void remove();
    void editDescription();
    void showOptions();

signals:
    void changed();                        // the deck list must be read again
    void message(const QString &text);     // for the status bar

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<Deck> clash(const QString &name, DeckId except);
    QString withExistingParents(const QString &name);
    bool fail(const QString &text);   // shows `text`, keeps it for the dialogs; returns false
    void updateDescription();
    void updateActions();
    QAction *addAction(const QString &text, const QKeySequence &key, std::function<void()> slot, const char *name);

    Collection &m_collection;
    QTreeWidget *m_tree;
    QWidget *m_window;
    QMenu *m_menu;
    QLabel *m_description;
    QAction *m_undo = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QString m_lastError;
    // Deletions of this run, last last: the backup taken first and what went.
    struct Deleted {
        QString name;
        QString backup;
        Collection::DeckRemoval removal;
    };
    std::vector<Deleted> m_deleted;
};

} // namespace debrief
