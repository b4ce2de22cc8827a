#pragma once

#include "decks/notecards.h"
#include "model/card.h"
#include "model/note.h"
#include "storage/cardsearch.h"
#include "storage/collection.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QTableView;
class QWidget;

namespace debrief {

class CardTableModel;
class Clock;
class NoteEditor;

// What the browser does to the selected rows (from BrowserMenus' Cards and Notes menus), and the
// undo of each change and of each note saved in the lower pane while the window is open. The
// window redraws what the signals name: the results, the current row, the sidebar, the status bar.
class BrowserActions : public QObject {
    Q_OBJECT
public:
    // `window` is the dialogs' parent and the owner; `table` shows `model`, whose selection is acted on.
    BrowserActions(Collection &collection, const Clock &clock, QTableView *table, CardTableModel *model, NoteEditor *editor,
                   QWidget *window);

    // Today and now as searches see them (the rollover hour of the default deck options).
    SearchContext searchContext() const;

    // The selected rows' cards (in notes mode, all their notes' cards) and notes, each once.
    std::vector<Card> selectedCards();
    std::vector<Note> selectedNotes();

    // The actions, without their dialogs (BrowserMenus asks and then calls these).
    void setSuspended(bool suspended);
    void setBuried(bool buried);   // buried cards come back on the next study day
    void moveToDeck(const QString &deckName);
    void addTags(const QStringList &tags);
    void removeTags(const QStringList &tags);
    void setFlag(int flag);
    void resetToNew();   // to the end of the new queue, reviews forgotten (the log is kept)
    // The selected notes and all their cards (the review log stays, as in Anki); undo re-adds
    // them with their ids.
    void deleteNotes();
    // Due in `days` study days (0 = today). New and learning cards become review cards with that
    // interval (at least a day); review cards keep theirs unless `setInterval`.
    void setDueInDays(int days, bool setInterval);
    // In the selected notes' fields (every field, or the one named `field`). A bad pattern is
    // reported and changes nothing; returns whether the pattern was valid.
    bool findAndReplace(const QString &find, const QString &replacement, bool regex, bool ignoreCase = true,
                        const QString &field = QString());
    bool canUndo() const { return !m_undo.empty(); }

public slots:
    void undo();
    // The lower pane's editor saved a note: one undo step.
    void noteSaved(const NoteChange &change);

signals:
    // Notes or cards were added or removed: the search runs again.
    void resultsChanged();
    // The current row's card or note may have changed: the lower pane shows it again.
    void currentChanged();
    // Decks or tags may have changed: the sidebar lists them again.
    void decksOrTagsChanged();
    void statusMessage(const QString &text, int timeoutMs);
    // After an action or an undo changed cards, so the deck list can refresh its counts.
    void collectionChanged();

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

    // Saves the before-images, applies `change` to each card in one transaction, refreshes.
    void changeCards(const QString &label, const std::function<bool(Card &)> &change);
    void changeNotes(const QString &label, const std::function<bool(Note &)> &change);
    void finishChange(const QString &label, UndoStep step, const QString &error);

    Collection &m_collection;
    const Clock &m_clock;
    QTableView *m_table;
    CardTableModel *m_model;
    NoteEditor *m_editor;
    QWidget *m_window;
    std::vector<UndoStep> m_undo;
};

} // namespace debrief
