#include "deckactions.h"

#include "backups.h"
#include "deckoptionsdialog.h"

#include "model/deckname.h"

#include <QAction>
#include <QDataStream>
#include <QDropEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

namespace debrief {

static const char kItemMime[] = "application/x-qabstractitemmodeldatalist";

DeckActions::DeckActions(Collection &collection, QTreeWidget *tree, QWidget *window)
    : QObject(window), m_collection(collection), m_tree(tree), m_window(window)
{
    m_menu = new QMenu(tr("D&ecks"), window);
    m_menu->setObjectName(QStringLiteral("decksMenu"));
    addAction(tr("&New Deck…"), QKeySequence(tr("Ctrl+Shift+N")), [this] { newDeck(); }, "newDeckAction");
    m_rename = addAction(tr("&Rename…"), QKeySequence(tr("F2")), [this] { rename(); }, "renameDeckAction");
    addAction(tr("&Description…"), QKeySequence(), [this] { editDescription(); }, "deckDescriptionAction");
    addAction(tr("&Options…"), QKeySequence(tr("O")), [this] { showOptions(); }, "deckOptionsAction");
    m_menu->addSeparator();
    m_delete = addAction(tr("De&lete…"), QKeySequence(QKeySequence::Delete), [this] { remove(); }, "deleteDeckAction");
    m_undo = addAction(tr("&Undo Delete"), QKeySequence(QKeySequence::Undo), [this] { undoDelete(); }, "undoDeleteDeckAction");

    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (QTreeWidgetItem *item = m_tree->itemAt(pos))
            m_tree->setCurrentItem(item);
        m_menu->exec(m_tree->viewport()->mapToGlobal(pos));
    });
    // Drag and drop: the view shows where a deck would land; the move itself is ours (a rename),
    // since the tree is rebuilt from the collection.
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    // Both: a drop reaches the first of viewport and view that accepts drops.
    m_tree->viewport()->installEventFilter(this);
    m_tree->installEventFilter(this);

    m_description = new QLabel(window);
    m_description->setObjectName(QStringLiteral("deckDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateDescription();
        updateActions();
    });
    updateActions();
}

QAction *DeckActions::addAction(const QString &text, const QKeySequence &key, std::function<void()> slot, const char *name)
{
    auto *action = m_menu->addAction(text);
    action->setObjectName(QLatin1String(name));
    if (!key.isEmpty()) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                          key.toString(QKeySequence::NativeText)));
        m_tree->addAction(action);
    }
    connect(action, &QAction::triggered, this, [slot] { slot(); });
    return action;
}

std::optional<DeckId> DeckActions::currentDeck() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(0, Qt::UserRole).toLongLong();
}

void DeckActions::selectDeck(DeckId id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
}

void DeckActions::updateDescription()
{
    const std::optional<DeckId> id = currentDeck();
    Result<Deck> deck = id ? m_collection.deck(*id) : Result<Deck>(makeError(Error::Kind::NotFound, QString()));
    m_description->setText(deck ? deck->description : QString());
    m_description->setVisible(deck && !deck->description.isEmpty());
}

void DeckActions::updateActions()
{
    const bool any = currentDeck().has_value();
    m_rename->setEnabled(any);
    m_delete->setEnabled(any && *currentDeck() != 1);
    m_undo->setEnabled(canUndoDelete());
    m_undo->setText(canUndoDelete() ? tr("&Undo Delete of “%1”").arg(m_deleted.back().name) : tr("&Undo Delete"));
}

// The deck `name` would clash with, in any letter case. SQLite's NOCASE (deckByName) folds ASCII
// only, so "Ärger" and "ärger" are compared here as a person reads them.
std::optional<Deck> DeckActions::clash(const QString &name, DeckId except)
{
    const QString wanted = DeckName::normalized(name);
    Result<std::vector<Deck>> all = m_collection.decks();
    if (!all)
        return std::nullopt;
    for (const Deck &d : *all)
        if (d.id != except && d.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return d;
    return std::nullopt;
}

// `name` with each parent level spelt as the existing deck it names in another letter case, so
// "ärger::Sub" goes under "Ärger" instead of beside it (NOCASE would only match ASCII).
QString DeckActions::withExistingParents(const QString &name)
{
    QStringList parts = DeckName::normalized(name).split(QStringLiteral("::"));
    Result<std::vector<Deck>> all = m_collection.decks();
    if (!all || parts.size() < 2)
        return name;
    for (int i = 1; i < parts.size(); ++i) {
        const QString prefix = parts.mid(0, i).join(QStringLiteral("::"));
        for (const Deck &d : *all)
            if (d.name.compare(prefix, Qt::CaseInsensitive) == 0) {
                const QStringList spelt = d.name.split(QStringLiteral("::"));
                for (int j = 0; j < i; ++j)
                    parts[j] = spelt.value(j, parts[j]);
                break;
            }
    }
    return parts.join(QStringLiteral("::"));
}

bool DeckActions::fail(const QString &text)
{
    m_lastError = text;
    emit message(text);
    return false;
}

bool DeckActions::createDeck(const QString &name)
{
    if (const QString problem = DeckName::problem(name); !problem.isEmpty())
        return fail(problem);
    if (const std::optional<Deck> existing = clash(name, 0))
        return fail(tr("A deck named “%1” already exists.").arg(existing->name));
    Result<Deck> deck = m_collection.ensureDeck(withExistingParents(name));
    if (!deck)
        return fail(tr("Could not create the deck: %1").arg(deck.error().message));
    emit changed();
    selectDeck(deck->id);
    emit message(tr("Created deck “%1”.").arg(deck->name));
    return true;
}

bool DeckActions::renameDeck(DeckId id, const QString &newName)
{
    Result<Deck> deck = m_collection.deck(id);
    if (!deck)
        return fail(deck.error().message);
    const QString oldName = deck->name;
    if (const QString problem = DeckName::problem(newName); !problem.isEmpty())
        return fail(problem);
    // Renaming "A" to "A::B" is allowed, as in Anki: the deck and its subdecks move down one
    // level together and a new, empty "A" appears above them (Collection::updateDeck), so no deck
    // ends up inside itself. A clash with another deck, in any letter case, is refused
    // here, naming the deck it would clash with.
    if (const std::optional<Deck> existing = clash(newName, id))
        return fail(tr("A deck named “%1” already exists.").arg(existing->name));
    deck->name = withExistingParents(newName);
    if (Result<void> r = m_collection.updateDeck(*deck); !r)
        return fail(tr("Could not rename “%1”: %2").arg(oldName, r.error().message));
    emit changed();
    selectDeck(id);
    emit message(tr("Renamed “%1” to “%2”.").arg(oldName, m_collection.deck(id) ? m_collection.deck(id)->name : newName));
    return true;
}

bool DeckActions::moveDeck(DeckId id, std::optional<DeckId> parent)
{
    Result<Deck> deck = m_collection.deck(id);
    if (!deck)
        return false;
    const QString leaf = deck->name.section(QStringLiteral("::"), -1);
    QString name = leaf;
    if (parent) {
        Result<Deck> target = m_collection.deck(*parent);
        if (!target)
            return false;
        // A deck cannot go inside itself or one of its own subdecks.
        if (*parent == id || target->name.startsWith(deck->name + QStringLiteral("::"), Qt::CaseInsensitive)) {
            emit message(tr("“%1” cannot go inside itself.").arg(deck->name));
            return false;
        }
        name = target->name + QStringLiteral("::") + leaf;
    }
    if (name.compare(deck->name, Qt::CaseInsensitive) == 0)
        return false;
    return renameDeck(id, name);
}

bool DeckActions::deleteDeck(DeckId id)
{
    Result<Deck> deck = m_collection.deck(id);
    if (!deck)
        return false;
    Result<QString> backup = Backups::take(m_collection, QStringLiteral("before-delete"));
    if (!backup) {
        emit message(tr("Nothing was deleted: the backup failed (%1).").arg(backup.error().message));
        return false;
    }
    Result<Collection::DeckRemoval> removal = m_collection.removeDeck(id);
    if (!removal) {
        emit message(tr("Could not delete “%1”: %2").arg(deck->name, removal.error().message));
        return false;
    }
    m_deleted.push_back(Deleted{deck->name, *backup, *removal});
    emit changed();
    updateActions();
    emit message(tr("Deleted “%1” and %n card(s). Ctrl+Z on the deck list brings them back until Debrief closes.", nullptr,
                    int(removal->cards))
                     .arg(deck->name));
    return true;
}

bool DeckActions::undoDelete()
{
    if (m_deleted.empty())
        return false;
    const Deleted last = m_deleted.back();
    if (Result<void> r = m_collection.restoreDecks(last.backup, last.removal); !r) {
        emit message(tr("Could not bring back “%1”: %2. The backup %3 still holds it (File ▸ Backups).")
                         .arg(last.name, r.error().message, QFileInfo(last.backup).fileName()));
        return false;
    }
    m_deleted.pop_back();
    emit changed();
    selectDeck(last.removal.decks.front());
    updateActions();
    emit message(tr("Brought back “%1” and %n card(s).", nullptr, int(last.removal.cards)).arg(last.name));
    return true;
}

bool DeckActions::setDescription(DeckId id, const QString &text)
{
    Result<Deck> deck = m_collection.deck(id);
    if (!deck)
        return false;
    deck->description = text.trimmed();
    if (Result<void> r = m_collection.updateDeck(*deck); !r) {
        emit message(r.error().message);
        return false;
    }
    updateDescription();
    return true;
}

void DeckActions::newDeck()
{
    // Under the selected deck by default, the usual reason to make one.
    QString prefill;
    if (std::optional<DeckId> id = currentDeck(); id && *id != 1)
        if (Result<Deck> deck = m_collection.deck(*id))
            prefill = deck->name + QStringLiteral("::");
    // A refused name is shown with the reason and offered again as typed: nothing is lost.
    QString name = prefill;
    QString label = tr("Name (“::” makes a subdeck, as in Parent::Child):");
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_window, tr("New Deck"), label, QLineEdit::Normal, name, &ok);
        if (!ok || createDeck(name))
            return;
        label = m_lastError + QStringLiteral("\n\n") + tr("Name (“::” makes a subdeck, as in Parent::Child):");
    }
}

void DeckActions::rename()
{
    const std::optional<DeckId> id = currentDeck();
    if (!id)
        return;
    Result<Deck> deck = m_collection.deck(*id);
    if (!deck)
        return;
    // As in newDeck: a refused name comes back with the reason, as typed.
    const QString prompt = tr("New name (“::” moves it into a parent; remove the prefix to move it out):");
    QString name = deck->name;
    QString label = prompt;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_window, tr("Rename Deck"), label, QLineEdit::Normal, name, &ok);
        if (!ok || name == deck->name || renameDeck(*id, name))
            return;
        label = m_lastError + QStringLiteral("\n\n") + prompt;
    }
}

void DeckActions::remove()
{
    const std::optional<DeckId> id = currentDeck();
    if (!id)
        return;
    Result<Deck> deck = m_collection.deck(*id);
    Result<qint64> cards = m_collection.cardCountWithSubdecks(*id);
    if (!deck || !cards)
        return;
    if (*id == 1) {
        emit message(tr("The Default deck cannot be deleted."));
        return;
    }
    Result<std::vector<Deck>> all = m_collection.decks();
    const QString prefix = deck->name + QStringLiteral("::");
    const bool hasSubdecks = all && std::any_of(all->begin(), all->end(), [&prefix](const Deck &d) {
                                 return d.name.startsWith(prefix, Qt::CaseInsensitive);
                             });
    const QString what = hasSubdecks ? tr("Delete “%1”, its subdecks and their %n card(s)?", nullptr, int(*cards))
                                     : tr("Delete “%1” and its %n card(s)?", nullptr, int(*cards));
    const auto answer = QMessageBox::question(
        m_window, tr("Delete Deck"),
        what.arg(deck->name) + QStringLiteral("\n\n") +
            tr("A backup is taken first, and Decks ▸ Undo Delete (Ctrl+Z on the deck list) brings it back until Debrief closes."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        deleteDeck(*id);
}

void DeckActions::editDescription()
{
    const std::optional<DeckId> id = currentDeck();
    if (!id)
        return;
    Result<Deck> deck = m_collection.deck(*id);
    if (!deck)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(m_window, tr("Deck Description"),
                                                        tr("Shown beside the deck list for “%1”:").arg(deck->name),
                                                        deck->description, &ok);
    if (ok)
        setDescription(*id, text);
}

void DeckActions::showOptions()
{
    const std::optional<DeckId> id = currentDeck();
    if (!id)
        return;
    DeckOptionsDialog dialog(m_collection, *id, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        emit changed();
        emit message(tr("Options saved."));
    }
}

// The deck a drag carries: Qt's item-model drag data holds each dragged cell's roles, and column 0
// has the deck id and full name. Both must match the collection, so data dragged in from another
// program (the format is Qt's, not ours) moves nothing.
static std::optional<DeckId> draggedDeck(const QMimeData *mime, Collection &collection)
{
    if (!mime || !mime->hasFormat(QLatin1String(kItemMime)))
        return std::nullopt;
    QByteArray bytes = mime->data(QLatin1String(kItemMime));
    QDataStream in(&bytes, QIODevice::ReadOnly);
    while (!in.atEnd()) {
        int row = 0, column = 0;
        QMap<int, QVariant> roles;
        in >> row >> column >> roles;
        if (in.status() != QDataStream::Ok)
            return std::nullopt;
        if (column != 0 || !roles.contains(Qt::UserRole))
            continue;
        const DeckId id = roles.value(Qt::UserRole).toLongLong();
        Result<Deck> deck = collection.deck(id);
        if (deck && deck->name == roles.value(Qt::UserRole + 1).toString())
            return id;
        return std::nullopt;
    }
    return std::nullopt;
}

bool DeckActions::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((watched != m_tree->viewport() && watched != m_tree) || (type != QEvent::Drop && type != QEvent::DragEnter))
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    const std::optional<DeckId> dragged = draggedDeck(drop->mimeData(), m_collection);
    if (!dragged)
        return false;
    if (type == QEvent::DragEnter) {
        // The view takes its own drags (and draws where they would land); a deck dragged from
        // a second Debrief window of this process has no source the view knows.
        if (drop->source() == m_tree)
            return false;
        drop->acceptProposedAction();
        return true;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QPoint pos = drop->position().toPoint();
#else
    QPoint pos = drop->pos();
#endif
    if (watched == m_tree)
        pos = m_tree->viewport()->mapFrom(m_tree, pos);
    QTreeWidgetItem *target = m_tree->itemAt(pos);
    std::optional<DeckId> parent;
    if (target)
        parent = target->data(0, Qt::UserRole).toLongLong();
    // Copy, not Move: a Move would make the view delete the dragged rows after we rebuilt them.
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    // After the drag has returned: the rename rebuilds the tree the drag is still walking.
    const DeckId id = *dragged;
    QTimer::singleShot(0, this, [this, id, parent] { moveDeck(id, parent); });
    return true;
}

} // namespace debrief
