#include "outlineeditor.h"

#include "decks/deckparser.h"
#include "decks/deckwriter.h"
#include "model/storabletext.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>
#include <limits>

namespace debrief {

namespace {

constexpr int kCoversRole = Qt::UserRole + 1;   // a branch's or layer's covers: ids, kept as read

// Cell text is one line: the deck format holds each key on one line, so pasted lines are joined
// with a space as the parser joins a continuation line (blanks around each break go). Blanks at
// the ends go, as the parser trims values; blanks inside a line are kept as typed.
QString cell(const QTreeWidgetItem *item, int column)
{
    static const QRegularExpression lineBreaks(QStringLiteral("\\s*[\\n\\r\\v\\f\\x{85}\\x{2028}\\x{2029}]\\s*"));
    QString text = item->text(column);
    text.replace(lineBreaks, QStringLiteral(" "));
    return text.trimmed();
}

// The cell editor a QTreeWidget opens is a QLineEdit, which keeps 32767 characters by default and
// cuts the rest when it is filled: a longer cell opened with F2 would lose its end on closing.
class CellDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setMaxLength(std::numeric_limits<int>::max());
        return editor;
    }
};

void fillBranch(QTreeWidgetItem *item, const DeckBranch &b)
{
    item->setText(0, b.cause);
    item->setText(1, b.detect);
    item->setText(2, b.fix);
    item->setData(0, kCoversRole, b.covers);
}

DeckBranch readBranch(const QTreeWidgetItem *item)
{
    DeckBranch b;
    b.cause = cell(item, 0);
    b.detect = cell(item, 1);
    b.fix = cell(item, 2);
    b.covers = item->data(0, kCoversRole).toStringList();
    for (int i = 0; i < item->childCount(); ++i)
        b.children.push_back(readBranch(item->child(i)));
    return b;
}

void addBranches(QTreeWidgetItem *parent, QTreeWidget *tree, const std::vector<DeckBranch> &branches,
                 const std::function<QTreeWidgetItem *()> &make)
{
    for (const DeckBranch &b : branches) {
        QTreeWidgetItem *item = make();
        if (parent)
            parent->addChild(item);
        else
            tree->addTopLevelItem(item);
        fillBranch(item, b);
        addBranches(item, tree, b.children, make);
    }
}

// Takes `item` out of wherever it is, keeping its children.
void detach(QTreeWidgetItem *item)
{
    if (QTreeWidgetItem *parent = item->parent())
        parent->removeChild(item);
    else
        item->treeWidget()->takeTopLevelItem(item->treeWidget()->indexOfTopLevelItem(item));
}

} // namespace

OutlineEditor::OutlineEditor(Mode mode, QWidget *parent) : QWidget(parent), m_mode(mode)
{
    const bool branches = mode == Mode::Branches;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(branches ? QStringLiteral("branches") : QStringLiteral("layers"));
    m_tree->setAccessibleName(branches ? tr("Branches") : tr("Layers"));
    m_tree->setColumnCount(3);
    m_tree->setItemDelegate(new CellDelegate(m_tree));
    m_tree->setHeaderLabels(branches ? QStringList{tr("Cause"), tr("How to detect it"), tr("How to fix it")}
                                     : QStringList{tr("Layer"), tr("Metrics"), tr("Decision it drives")});
    m_tree->setRootIsDecorated(branches);
    m_tree->setItemsExpandable(branches);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_tree->setMinimumHeight(120);
    m_tree->setToolTip(branches ? tr("F2 or typing edits a cell. Insert adds a branch, Ctrl+Insert a sub-branch, Delete removes; "
                                     "Alt+arrows move, indent and outdent.")
                                : tr("F2 or typing edits a cell. Insert adds a layer, Delete removes; Alt+Up and Alt+Down move."));
    connect(m_tree, &QTreeWidget::itemChanged, this, &OutlineEditor::changed);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QHBoxLayout;
    // Each action is a button and a key on the tree (WidgetShortcut: not while a cell is being
    // edited, so Delete and the arrows keep their text meaning there).
    auto action = [this, buttons](const QString &text, const QString &name, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        auto *key = new QShortcut(keys, m_tree);
        key->setContext(Qt::WidgetShortcut);
        connect(key, &QShortcut::activated, a, &QAction::trigger);
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        buttons->addWidget(b);
    };
    action(branches ? tr("Add Branch") : tr("Add Layer"), QStringLiteral("addSibling"), QKeySequence(Qt::Key_Insert),
           [this] { addSibling(); });
    if (branches)
        action(tr("Add Sub-branch"), QStringLiteral("addChild"), QKeySequence(Qt::CTRL | Qt::Key_Insert), [this] { addChild(); });
    action(tr("Remove"), QStringLiteral("remove"), QKeySequence(Qt::Key_Delete), &OutlineEditor::removeCurrent);
    action(tr("Up"), QStringLiteral("moveUp"), QKeySequence(Qt::ALT | Qt::Key_Up), &OutlineEditor::moveUp);
    action(tr("Down"), QStringLiteral("moveDown"), QKeySequence(Qt::ALT | Qt::Key_Down), &OutlineEditor::moveDown);
    if (branches) {
        action(tr("Outdent"), QStringLiteral("outdent"), QKeySequence(Qt::ALT | Qt::Key_Left), &OutlineEditor::outdent);
        action(tr("Indent"), QStringLiteral("indent"), QKeySequence(Qt::ALT | Qt::Key_Right), &OutlineEditor::indent);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void OutlineEditor::finishEditing()
{
    // The delegate stores a cell editor's text when it loses focus; Return would store it only on
    // the next event-loop pass.
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus != m_tree && m_tree->isAncestorOf(focus))
        m_tree->setFocus();
}

QTreeWidgetItem *OutlineEditor::newItem()
{
    auto *item = new QTreeWidgetItem;
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    return item;
}

QString OutlineEditor::text() const
{
    if (m_mode == Mode::Branches) {
        std::vector<DeckBranch> branches;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            branches.push_back(readBranch(m_tree->topLevelItem(i)));
        return DeckWriter::writeBranches(branches);
    }
    std::vector<DeckLayer> layers;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        DeckLayer l;
        l.name = cell(item, 0);
        l.metrics = cell(item, 1);
        l.drives = cell(item, 2);
        l.covers = item->data(0, kCoversRole).toStringList();
        layers.push_back(l);
    }
    return DeckWriter::writeLayers(layers);
}

void OutlineEditor::setText(const QString &text)
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    if (m_mode == Mode::Branches) {
        addBranches(nullptr, m_tree, DeckParser::parseBranches(text), [this] { return newItem(); });
    } else {
        for (const DeckLayer &l : DeckParser::parseLayers(text)) {
            QTreeWidgetItem *item = newItem();
            item->setText(0, l.name);
            item->setText(1, l.metrics);
            item->setText(2, l.drives);
            item->setData(0, kCoversRole, l.covers);
            m_tree->addTopLevelItem(item);
        }
    }
    m_tree->expandAll();
}

QString OutlineEditor::refusal()
{
    const bool branches = m_mode == Mode::Branches;
    int number = 0;   // reading order, depth first: the card number of the branch or layer
    QString why;
    QTreeWidgetItem *at = nullptr;
    int atColumn = 0;
    std::function<void(QTreeWidgetItem *, int)> check = [&](QTreeWidgetItem *item, int depth) {
        if (at)
            return;
        ++number;
        if (depth > DeckParser::kMaxBranchDepth) {
            why = tr("Branch %1 is a sub-branch %2 levels below the top; a tree holds them at most %3 levels deep. "
                     "Move it up a level (Alt+Left).")
                      .arg(number)
                      .arg(depth)
                      .arg(DeckParser::kMaxBranchDepth);
            at = item;
            return;
        }
        // The deck format has no empty entry (DeckParser: "empty branch entry"): such a note could
        // be exported but never imported again, and its card would ask nothing.
        if (cell(item, 0).trimmed().isEmpty()) {
            why = branches ? tr("Branch %1 has no cause: type one, or remove the branch (Delete).").arg(number)
                           : tr("Layer %1 has no name: type one, or remove the layer (Delete).").arg(number);
            at = item;
            return;
        }
        for (int column = 0; column < m_tree->columnCount(); ++column) {
            const QString where = (branches ? tr("Branch %1, %2") : tr("Layer %1, %2")).arg(number).arg(m_tree->headerItem()->text(column));
            why = StorableText::problem(where, cell(item, column));
            if (!why.isEmpty()) {
                at = item;
                atColumn = column;
                return;
            }
        }
        for (int i = 0; i < item->childCount() && !at; ++i)
            check(item->child(i), depth + 1);
    };
    for (int i = 0; i < m_tree->topLevelItemCount() && !at; ++i)
        check(m_tree->topLevelItem(i), 0);
    // Nor a tree without branches or layers without a layer ("a tree needs at least one branch").
    if (!at && m_tree->topLevelItemCount() == 0) {
        m_tree->setFocus();
        return branches ? tr("A tree needs at least one branch: add one (Insert).")
                        : tr("A layers note needs at least one layer: add one (Insert).");
    }
    if (at) {
        for (QTreeWidgetItem *parent = at->parent(); parent; parent = parent->parent())
            parent->setExpanded(true);
        m_tree->setCurrentItem(at, atColumn);
        m_tree->scrollToItem(at);
        m_tree->setFocus();
    }
    return why;
}

void OutlineEditor::select(QTreeWidgetItem *item, bool edit)
{
    if (QTreeWidgetItem *parent = item->parent())
        parent->setExpanded(true);
    m_tree->setCurrentItem(item, 0);
    m_tree->setFocus();
    if (edit)
        m_tree->editItem(item, 0);
    emit changed();
}

QTreeWidgetItem *OutlineEditor::addSibling()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    QTreeWidgetItem *item = newItem();
    if (!current) {
        m_tree->addTopLevelItem(item);
    } else if (QTreeWidgetItem *parent = current->parent()) {
        parent->insertChild(parent->indexOfChild(current) + 1, item);
    } else {
        m_tree->insertTopLevelItem(m_tree->indexOfTopLevelItem(current) + 1, item);
    }
    select(item, true);
    return item;
}

QTreeWidgetItem *OutlineEditor::addChild()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (m_mode != Mode::Branches || !current)
        return addSibling();
    QTreeWidgetItem *item = newItem();
    current->addChild(item);
    select(item, true);
    return item;
}

void OutlineEditor::removeCurrent()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return;
    delete current;   // with its sub-branches
    emit changed();
}

void OutlineEditor::moveUp()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    QTreeWidgetItem *parent = item->parent();
    const int index = parent ? parent->indexOfChild(item) : m_tree->indexOfTopLevelItem(item);
    if (index <= 0)
        return;
    const bool expanded = item->isExpanded();
    detach(item);
    if (parent)
        parent->insertChild(index - 1, item);
    else
        m_tree->insertTopLevelItem(index - 1, item);
    item->setExpanded(expanded);
    select(item, false);
}

void OutlineEditor::moveDown()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    QTreeWidgetItem *parent = item->parent();
    const int index = parent ? parent->indexOfChild(item) : m_tree->indexOfTopLevelItem(item);
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    if (index < 0 || index + 1 >= count)
        return;
    const bool expanded = item->isExpanded();
    detach(item);
    if (parent)
        parent->insertChild(index + 1, item);
    else
        m_tree->insertTopLevelItem(index + 1, item);
    item->setExpanded(expanded);
    select(item, false);
}

void OutlineEditor::indent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (m_mode != Mode::Branches || !item)
        return;
    QTreeWidgetItem *parent = item->parent();
    const int index = parent ? parent->indexOfChild(item) : m_tree->indexOfTopLevelItem(item);
    if (index <= 0)
        return;   // no branch above at this level to become the parent
    QTreeWidgetItem *above = parent ? parent->child(index - 1) : m_tree->topLevelItem(index - 1);
    detach(item);
    above->addChild(item);
    above->setExpanded(true);
    select(item, false);
}

void OutlineEditor::outdent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (m_mode != Mode::Branches || !item || !item->parent())
        return;
    QTreeWidgetItem *parent = item->parent();
    QTreeWidgetItem *grandparent = parent->parent();
    detach(item);
    if (grandparent)
        grandparent->insertChild(grandparent->indexOfChild(parent) + 1, item);
    else
        m_tree->insertTopLevelItem(m_tree->indexOfTopLevelItem(parent) + 1, item);
    select(item, false);
}

} // namespace debrief
