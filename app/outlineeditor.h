#pragma once

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace debrief {

// The editor of a tree note's Branches (cause, detect, fix; sub-branches to any depth) or a
// layers note's Layers (layer, metrics, drives): a table-like tree whose cells are edited in place,
// with buttons and keys to add, remove, reorder, indent and outdent. text() is the indented list
// the deck format and the importer store (DeckWriter), so the card renderer reads it unchanged;
// covers: ids are kept with their branch or layer.
class OutlineEditor : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Branches, Layers };
    explicit OutlineEditor(Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString text() const;
    void setText(const QString &text);
    QTreeWidget *tree() const { return m_tree; }
    // Stores the cell being edited, if any (Ctrl+Enter while typing in a cell adds what is typed).
    void finishEditing();
    // Why text() cannot be stored as the editor shows it (a branch nested deeper than the deck
    // format reads, a branch without a cause or a layer without a name, none at all, a character
    // a note cannot hold), naming the branch or layer and its column, which becomes the current
    // cell; empty when it can. What is refused is what a .deck file could not hold either.
    QString refusal();

public slots:
    QTreeWidgetItem *addSibling();   // Insert: below the current item (at the end when none)
    QTreeWidgetItem *addChild();     // Ctrl+Insert: a sub-branch of the current branch
    void removeCurrent();            // Delete
    void moveUp();                   // Alt+Up
    void moveDown();                 // Alt+Down
    void indent();                   // Alt+Right: becomes the last sub-branch of the one above
    void outdent();                  // Alt+Left: becomes its parent's next sibling

signals:
    void changed();

private:
    QTreeWidgetItem *newItem();
    void select(QTreeWidgetItem *item, bool edit);

    Mode m_mode;
    QTreeWidget *m_tree = nullptr;
};

} // namespace debrief
