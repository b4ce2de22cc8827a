#include "browsersidebar.h"

#include "storage/collection.h"

#include <QAction>
#include <QSettings>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace debrief {

namespace {

constexpr int kQueryRole = Qt::UserRole + 1;
constexpr int kSavedNameRole = Qt::UserRole + 2;
const char kSavedSearchesKey[] = "browser/savedSearches";

// A deck name as a search term: quoted, since names may hold spaces.
QString deckQuery(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("deck:\"%1\"").arg(escaped);
}

} // namespace

BrowserSidebar::BrowserSidebar(Collection &collection, QWidget *parent) : QTreeWidget(parent), m_collection(collection)
{
    setObjectName(QStringLiteral("sidebar"));
    setHeaderHidden(true);
    setAccessibleName(tr("Decks, tags and card kinds"));
    setToolTip(tr("Click to search for it"));
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString query = item->data(0, kQueryRole).toString();
        if (!query.isEmpty())
            emit searchRequested(query);
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { emit itemClicked(item, 0); });
    // Only while the sidebar has the focus: Delete in the editor or the search line edits text.
    auto *forgetKey = new QAction(this);
    forgetKey->setShortcut(QKeySequence::Delete);
    forgetKey->setShortcutContext(Qt::WidgetShortcut);
    connect(forgetKey, &QAction::triggered, this, &BrowserSidebar::removeCurrentSavedSearch);
    addAction(forgetKey);
}

void BrowserSidebar::reload()
{
    clear();
    const QVariantMap saved = QSettings().value(QLatin1String(kSavedSearchesKey)).toMap();
    if (!saved.isEmpty()) {
        auto *group = new QTreeWidgetItem(this, {tr("Saved Searches")});
        for (auto it = saved.begin(); it != saved.end(); ++it) {
            auto *item = new QTreeWidgetItem(group, {it.key()});
            item->setData(0, kQueryRole, it.value().toString());
            item->setData(0, kSavedNameRole, it.key());
            item->setToolTip(0, it.value().toString());
        }
    }
    auto *decks = new QTreeWidgetItem(this, {tr("Decks")});
    decks->setData(0, kQueryRole, QStringLiteral("deck:*"));
    if (auto all = m_collection.decks()) {
        std::vector<Deck> sorted = *all;
        std::sort(sorted.begin(), sorted.end(), [](const Deck &a, const Deck &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
        std::map<QString, QTreeWidgetItem *> byName;
        for (const Deck &d : sorted) {
            const int cut = d.name.lastIndexOf(QLatin1String("::"));
            QTreeWidgetItem *parent = decks;
            if (cut > 0 && byName.count(d.name.left(cut)))
                parent = byName.at(d.name.left(cut));
            auto *item = new QTreeWidgetItem(parent, {cut > 0 ? d.name.mid(cut + 2) : d.name});
            item->setData(0, kQueryRole, deckQuery(d.name));
            item->setToolTip(0, d.name);
            byName[d.name] = item;
        }
    }
    auto *kinds = new QTreeWidgetItem(this, {tr("Card Kinds")});
    const std::pair<QString, QString> kindNames[] = {{QStringLiteral("basic"), tr("Basic")}, {QStringLiteral("cloze"), tr("Cloze")},
                                                     {QStringLiteral("pair"), tr("Pair")},   {QStringLiteral("tree"), tr("Tree")},
                                                     {QStringLiteral("layers"), tr("Layers")}};
    for (const auto &k : kindNames) {
        auto *item = new QTreeWidgetItem(kinds, {k.second});
        item->setData(0, kQueryRole, QStringLiteral("kind:%1").arg(k.first));
    }
    auto *tags = new QTreeWidgetItem(this, {tr("Tags")});
    tags->setData(0, kQueryRole, QStringLiteral("-tag:none"));
    if (auto all = m_collection.allTags()) {
        for (const QString &t : *all) {
            auto *item = new QTreeWidgetItem(tags, {t});
            item->setData(0, kQueryRole, QStringLiteral("tag:%1").arg(t));
        }
    }
    expandToDepth(1);
    // A long tag list would push everything below it out of sight; it opens on a click.
    tags->setExpanded(tags->childCount() <= 15);
}

void BrowserSidebar::saveSearch(const QString &name, const QString &query)
{
    QSettings settings;
    QVariantMap saved = settings.value(QLatin1String(kSavedSearchesKey)).toMap();
    saved.insert(name, query);
    settings.setValue(QLatin1String(kSavedSearchesKey), saved);
    reload();
}

void BrowserSidebar::removeSavedSearch(const QString &name)
{
    QSettings settings;
    QVariantMap saved = settings.value(QLatin1String(kSavedSearchesKey)).toMap();
    saved.remove(name);
    settings.setValue(QLatin1String(kSavedSearchesKey), saved);
    reload();
}

std::optional<QString> BrowserSidebar::currentSavedSearch() const
{
    if (QTreeWidgetItem *item = currentItem(); item && item->data(0, kSavedNameRole).isValid())
        return item->data(0, kSavedNameRole).toString();
    return std::nullopt;
}

void BrowserSidebar::removeCurrentSavedSearch()
{
    if (std::optional<QString> name = currentSavedSearch())
        removeSavedSearch(*name);
}

} // namespace debrief
