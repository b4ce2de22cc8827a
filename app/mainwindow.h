#pragma once

#include "model/ids.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace debrief {

class BrowserWindow;
class DeckActions;
class Clock;
class Collection;
class RehearsalWidget;
class ReviewWidget;

// The main window: the deck list with today's counts, and the review screen in its place while
// studying. It owns the open collection (and with it the collection's write lock).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Collection> collection, std::unique_ptr<Clock> clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeWidget *deckTree() const { return m_decks; }
    ReviewWidget *reviewWidget() const { return m_review; }
    Collection &collection() { return *m_collection; }
    bool isStudying() const;

public slots:
    void refresh();
    void studySelected();
    void showDecks();
    void importFiles(const QStringList &files);
    void showBrowser();   // Ctrl+B; one browser window, kept until the main window closes
    void showAddDialog();  // Notes > Add (A): the Add window, on the selected deck
    void showDeckOptions(DeckId deck);   // O in the reviewer

protected:
    void closeEvent(QCloseEvent *event) override;
    // Files dropped on the window are imported, as with File > Import (not while studying).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildLanguageMenu(QMenu *menu);
    void addNotesMenu();
    void chooseImportFiles();
    void chooseExport();
    void checkCollection();
    bool refuseWhileBusy();   // true (with a status message) while a BackgroundTask runs

    std::unique_ptr<Collection> m_collection;
    std::unique_ptr<Clock> m_clock;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_deckPage = nullptr;
    QTreeWidget *m_decks = nullptr;
    QLabel *m_summary = nullptr;
    ReviewWidget *m_review = nullptr;
    BrowserWindow *m_browser = nullptr;
    RehearsalWidget *m_rehearsal = nullptr;   // rehearsal mode (issue 13)
    void rehearse(bool allDecks);
    DeckActions *m_deckActions = nullptr;   // deck management on the deck list (issue 11)
    void showPreferences();
    void showBackups();
public:
    DeckActions *deckActions() const { return m_deckActions; }
};

} // namespace debrief
