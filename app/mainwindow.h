#pragma once

#include <QMainWindow>

#include <memory>

class QTreeWidget;
class QLabel;

namespace debrief {

class Collection;
class Clock;

// The main window: the deck list with today's counts. It owns the open collection for the
// lifetime of the window (which also holds the collection's write lock).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Collection> collection, std::unique_ptr<Clock> clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeWidget *deckTree() const { return m_decks; }

public slots:
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void importFiles();
    void checkCollection();

    std::unique_ptr<Collection> m_collection;
    std::unique_ptr<Clock> m_clock;
    QTreeWidget *m_decks = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace debrief
