#pragma once

#include "decks/notecards.h"
#include "model/card.h"
#include "model/note.h"
#include "storage/cardsearch.h"
#include "storage/collection.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace debrief {

class CardRenderer;
class CardTableModel;
class CardView;
class Clock;
class NoteEditor;
class Collection;

// The browser (Ctrl+B): Anki's search syntax over the whole collection, a table of cards or notes
// sorted in SQL, a sidebar of decks, tags and card kinds, actions on the selection (each undone
// with Ctrl+Z while the window is open), and a preview with the card's review history.
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

    // The actions, without their dialogs: the menu entries ask and then call these.
    void setSuspended(bool suspended);
    void setBuried(bool buried);   // buried cards come back on the next study day
    void moveToDeck(const QString &deckName);
    void addTags(const QStringList &tags);
    void removeTags(const QStringList &tags);
    void setFlag(int flag);
    void resetToNew();
    // The selected notes and all their cards (the review log stays, as in Anki); undo re-adds
    // them with their ids.
    void deleteNotes();
    // Due in `days` study days (0 = today). New and learning cards become review cards with that
    // interval (at least a day); review cards keep theirs unless `setInterval`.
    void setDueInDays(int days, bool setInterval);
    // In the selected notes' fields (every field, or the one named `field`). A bad pattern is
    // reported and changes nothing; returns whether the pattern was valid.
    bool findAndReplace(const QString &find, const QString &replacement, bool regex, bool ignoreCase = true,
                        const QString &field = QString());   // to the end of the new queue, reviews forgotten (the log is kept)
    bool canUndo() const { return !m_undo.empty(); }
    // Saved searches live in the user's settings (they are views, not collection data).
    void saveSearch(const QString &name, const QString &query);
    void removeSavedSearch(const QString &name);

public slots:
    // Runs the search line; a syntax error is shown under it and leaves the table as it was.
    bool search();
    void undo();
    void reloadSidebar();

signals:
    // After an action or an undo changed cards, so the deck list can refresh its counts.
    void collectionChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Before-images of what one action changed, written back by undo().
    struct UndoStep {
        QString label;
        std::vector<Card> cards;
        std::vector<Note> notes;
        bool deleted = false;   // the notes and cards were removed: undo adds them back
        std::optional<NoteChange> noteEdit = std::nullopt;   // an edit saved in the lower pane
        Collection::NoteRemoval removal = {};   // deleted: what Collection::restoreNotes() puts back
    };

    void buildActions();
    void showCurrent();
    void noteSaved(const NoteChange &change);
    CardView *preview();
    void setNotesMode(bool notes);
    std::vector<Card> selectedCards();
    std::vector<Note> selectedNotes();
    // Saves the before-images, applies `change` to each card in one transaction, refreshes.
    void changeCards(const QString &label, const std::function<bool(Card &)> &change);
    void changeNotes(const QString &label, const std::function<bool(Note &)> &change);
    void finishChange(const QString &label, UndoStep step, const QString &error);
    void chooseDeck();
    void chooseTags(bool add);
    void chooseSearchName();
    void chooseFindReplace();
    void chooseDueDate();
    void saveLayout();
    SearchContext searchContext() const;

    Collection &m_collection;
    const Clock &m_clock;
    std::unique_ptr<CardRenderer> m_renderer;
    CardTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_error = nullptr;
    QCheckBox *m_notesToggle = nullptr;
    QTableView *m_table = nullptr;
    QTreeWidget *m_sidebar = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    CardView *m_preview = nullptr;   // created on first use: QtWebEngine's start is not free
    QLabel *m_previewPlaceholder = nullptr;
    QTreeWidget *m_history = nullptr;
    NoteEditor *m_editor = nullptr;
    std::vector<UndoStep> m_undo;
    SearchOrder m_order = SearchOrder::Created;
    bool m_descending = false;
};

} // namespace debrief
