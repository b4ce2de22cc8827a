#pragma once

#include <QTreeWidget>

#include <optional>

namespace debrief {

class Collection;

// The browser's sidebar: saved searches, decks (as a tree by their "::" parts), card kinds and
// tags. Clicking (or activating) an entry asks for its search; Delete forgets the saved search
// selected here.
class BrowserSidebar : public QTreeWidget {
    Q_OBJECT
public:
    explicit BrowserSidebar(Collection &collection, QWidget *parent = nullptr);

    // Saved searches live in the user's settings (they are views, not collection data).
    void saveSearch(const QString &name, const QString &query);
    void removeSavedSearch(const QString &name);
    // The saved search selected in the sidebar, if one is.
    std::optional<QString> currentSavedSearch() const;
    void removeCurrentSavedSearch();

public slots:
    // Rebuilt from the collection and the settings: after decks, tags or saved searches changed.
    void reload();

signals:
    void searchRequested(const QString &query);

private:
    Collection &m_collection;
};

} // namespace debrief
