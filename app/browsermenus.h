#pragma once

#include <QObject>

class QMenuBar;
class QTableView;
class QWidget;

namespace debrief {

class BrowserActions;
class Collection;

// The browser's Cards and Notes menus: each entry asks for what it needs (a deck, tags, a due
// date, a pattern to replace) and hands it to BrowserActions, which changes the selected rows.
class BrowserMenus : public QObject {
    Q_OBJECT
public:
    // `window` is the dialogs' parent and the owner; entries act on `table`'s selection.
    BrowserMenus(BrowserActions *actions, Collection &collection, QTableView *table, QWidget *window);

    void addMenus(QMenuBar *menuBar);

private:
    void chooseDueDate();
    void chooseDeck();
    void chooseTags(bool add);
    void chooseFindReplace();

    BrowserActions *m_actions;
    Collection &m_collection;
    QTableView *m_table;
    QWidget *m_window;
};

} // namespace debrief
