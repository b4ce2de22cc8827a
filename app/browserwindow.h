#pragma once

#include "browseractions.h"
#include "browsersidebar.h"
#include "storage/cardsearch.h"

#include <QMainWindow>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace debrief {

class CardRenderer;
class CardTableModel;
class CardView;
class Clock;
class NoteEditor;
class Collection;

// The browser (Ctrl+B): Anki's search syntax over the whole collection, a table of cards or notes
// sorted in SQL, a sidebar of decks, tags and card kinds (BrowserSidebar), actions on the selection
// (BrowserActions, from BrowserMenus; each undone with Ctrl+Z while the window is open), and a
// preview with the card's review history. This class assembles them: the search line, the table
// and the lower pane.
class BrowserWindow : public QMainWindow {
    Q_OBJECT
public:
    BrowserWindow(Collection &collection, const Clock &clock, QWidget *parent = nullptr);
    ~BrowserWindow() override;

    QLineEdit *searchLine() const { return m_search; }
    QTableView *table() const { return m_table; }
    CardTableModel *model() const { return m_model; }
    QTreeWidget *sidebar() const { return m_sidebar; }
    QLabel *errorLabel() const { return m_error; }
    QTreeWidget *history() const { return m_history; }
    // The lower pane's editor of the selected card's note; Ctrl+Enter saves (undone with Ctrl+Z),
    // and so does choosing another row; closing the window (Esc) with unsaved edits asks first.
    NoteEditor *editor() const { return m_editor; }

    // The actions, without their dialogs (see BrowserActions): the menu entries ask and then call these.
    void setSuspended(bool suspended) { m_actions->setSuspended(suspended); }
    void setBuried(bool buried) { m_actions->setBuried(buried); }
    void moveToDeck(const QString &deckName) { m_actions->moveToDeck(deckName); }
    void addTags(const QStringList &tags) { m_actions->addTags(tags); }
    void removeTags(const QStringList &tags) { m_actions->removeTags(tags); }
    void setFlag(int flag) { m_actions->setFlag(flag); }
    void resetToNew() { m_actions->resetToNew(); }
    void deleteNotes() { m_actions->deleteNotes(); }
    void setDueInDays(int days, bool setInterval) { m_actions->setDueInDays(days, setInterval); }
    bool findAndReplace(const QString &find, const QString &replacement, bool regex, bool ignoreCase = true,
                        const QString &field = QString())
    {
        return m_actions->findAndReplace(find, replacement, regex, ignoreCase, field);
    }
    bool canUndo() const { return m_actions->canUndo(); }
    // Saved searches live in the user's settings (they are views, not collection data).
    void saveSearch(const QString &name, const QString &query) { m_sidebar->saveSearch(name, query); }
    void removeSavedSearch(const QString &name) { m_sidebar->removeSavedSearch(name); }

public slots:
    // Runs the search line; a syntax error is shown under it and leaves the table as it was.
    bool search();
    void undo() { m_actions->undo(); }
    void reloadSidebar() { m_sidebar->reload(); }

signals:
    // After an action or an undo changed cards, so the deck list can refresh its counts.
    void collectionChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildEditMenu();
    void showCurrent();
    CardView *preview();
    void setNotesMode(bool notes);
    void chooseSearchName();
    void saveLayout();

    Collection &m_collection;
    const Clock &m_clock;
    std::unique_ptr<CardRenderer> m_renderer;
    CardTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_error = nullptr;
    QCheckBox *m_notesToggle = nullptr;
    QTableView *m_table = nullptr;
    BrowserSidebar *m_sidebar = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    CardView *m_preview = nullptr;   // created on first use: QtWebEngine's start is not free
    QLabel *m_previewPlaceholder = nullptr;
    QTreeWidget *m_history = nullptr;
    NoteEditor *m_editor = nullptr;
    BrowserActions *m_actions = nullptr;
    SearchOrder m_order = SearchOrder::Created;
    bool m_descending = false;
};

} // namespace debrief
