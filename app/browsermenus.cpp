#include "browsermenus.h"

#include "browseractions.h"

#include "model/tags.h"
#include "storage/collection.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>

#include <algorithm>

namespace debrief {

BrowserMenus::BrowserMenus(BrowserActions *actions, Collection &collection, QTableView *table, QWidget *window)
    : QObject(window), m_actions(actions), m_collection(collection), m_table(table), m_window(window)
{
}

void BrowserMenus::addMenus(QMenuBar *menuBar)
{
    QMenu *cards = menuBar->addMenu(tr("&Cards"));
    // Toggles, as in Anki: when every selected card is already suspended (buried), it undoes that.
    QAction *suspend = cards->addAction(tr("Toggle &Suspend"), this, [this] {
        const auto cards = m_actions->selectedCards();
        m_actions->setSuspended(!std::all_of(cards.begin(), cards.end(), [](const Card &c) { return c.queue == CardQueue::Suspended; }));
    });
    suspend->setShortcut(QKeySequence(tr("Ctrl+J")));
    QAction *bury = cards->addAction(tr("Toggle &Bury"), this, [this] {
        const auto cards = m_actions->selectedCards();
        m_actions->setBuried(!std::all_of(cards.begin(), cards.end(), [](const Card &c) {
            return c.queue == CardQueue::ManuallyBuried || c.queue == CardQueue::SiblingBuried;
        }));
    });
    bury->setShortcut(QKeySequence(tr("Ctrl+Shift+J")));
    QAction *reset = cards->addAction(tr("&Reset to New"), m_actions, &BrowserActions::resetToNew);
    reset->setShortcut(QKeySequence(tr("Ctrl+Alt+N")));
    QAction *due = cards->addAction(tr("Set Due &Date…"), this, &BrowserMenus::chooseDueDate);
    due->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    QAction *deck = cards->addAction(tr("Change &Deck…"), this, &BrowserMenus::chooseDeck);
    deck->setShortcut(QKeySequence(tr("Ctrl+D")));
    QMenu *flags = cards->addMenu(tr("&Flag"));
    const QString names[] = {tr("&Red"), tr("&Orange"), tr("&Green"), tr("&Blue"), tr("&Pink"), tr("&Turquoise"), tr("Pu&rple")};
    for (int f = 1; f <= 7; ++f) {
        QAction *a = flags->addAction(names[f - 1], this, [this, f] { m_actions->setFlag(f); });
        a->setShortcut(QKeySequence(tr("Ctrl+%1").arg(f)));
    }
    QAction *noFlag = flags->addAction(tr("&No Flag"), this, [this] { m_actions->setFlag(0); });
    noFlag->setShortcut(QKeySequence(tr("Ctrl+0")));

    QMenu *notes = menuBar->addMenu(tr("&Notes"));
    QAction *addTag = notes->addAction(tr("&Add Tags…"), this, [this] { chooseTags(true); });
    addTag->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    QAction *removeTag = notes->addAction(tr("&Remove Tags…"), this, [this] { chooseTags(false); });
    removeTag->setShortcut(QKeySequence(tr("Ctrl+Alt+Shift+A")));
    QAction *remove = notes->addAction(tr("&Delete"), m_actions, &BrowserActions::deleteNotes);
    remove->setShortcut(QKeySequence(tr("Ctrl+Del")));
    QAction *replace = notes->addAction(tr("&Find and Replace…"), this, &BrowserMenus::chooseFindReplace);
    replace->setShortcut(QKeySequence(tr("Ctrl+Alt+F")));

    for (QAction *a : {suspend, bury, reset, due, deck, addTag, removeTag, replace, remove})
        a->setStatusTip(tr("%1 (%2) the selected rows").arg(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                            a->shortcut().toString(QKeySequence::NativeText)));
}

void BrowserMenus::chooseDueDate()
{
    if (!m_table->selectionModel()->hasSelection())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(m_window, tr("Set Due Date"),
                                               tr("Due in how many days (0 = today)? End with ! to make that the interval too."),
                                               QLineEdit::Normal, QStringLiteral("0"), &ok).trimmed();
    if (!ok)
        return;
    const bool setInterval = text.endsWith(QLatin1Char('!'));
    bool number = false;
    const int days = (setInterval ? text.chopped(1) : text).trimmed().toInt(&number);
    if (!number || days < 0 || days > 36500) {
        QMessageBox::warning(m_window, tr("Set Due Date"), tr("'%1' is not a number of days from 0 to 36500.").arg(text));
        return;
    }
    m_actions->setDueInDays(days, setInterval);
}

void BrowserMenus::chooseDeck()
{
    if (!m_table->selectionModel()->hasSelection())
        return;
    QStringList names;
    if (auto decks = m_collection.decks())
        for (const Deck &d : *decks)
            names << d.name;
    names.sort(Qt::CaseInsensitive);
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Change Deck"), tr("Move the selected cards to the deck (a new name creates it):"),
                                               names, 0, true, &ok).trimmed();
    if (ok && !name.isEmpty())
        m_actions->moveToDeck(name);
}

void BrowserMenus::chooseTags(bool add)
{
    if (!m_table->selectionModel()->hasSelection())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(m_window, add ? tr("Add Tags") : tr("Remove Tags"),
                                               tr("Tags, separated by spaces:"), QLineEdit::Normal, QString(), &ok);
    const QStringList tags = Tags::split(text);
    if (!ok || tags.isEmpty())
        return;
    if (add)
        m_actions->addTags(tags);
    else
        m_actions->removeTags(tags);
}

void BrowserMenus::chooseFindReplace()
{
    if (!m_table->selectionModel()->hasSelection())
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Find and Replace"));
    auto *form = new QFormLayout(&dialog);
    auto *find = new QLineEdit(&dialog);
    auto *replacement = new QLineEdit(&dialog);
    replacement->setToolTip(tr("With regular expressions, \\1 inserts the first captured group"));
    auto *field = new QComboBox(&dialog);
    field->addItem(tr("All fields"), QString());
    QStringList names;
    for (const Note &n : m_actions->selectedNotes())
        if (auto nt = m_collection.notetype(n.notetypeId))
            for (const QString &f : nt->fieldNames)
                if (!names.contains(f))
                    names << f;
    for (const QString &f : names)
        field->addItem(f, f);
    auto *regex = new QCheckBox(tr("Treat input as a &regular expression"), &dialog);
    auto *ignoreCase = new QCheckBox(tr("&Ignore case"), &dialog);
    ignoreCase->setChecked(true);
    form->addRow(tr("&Find:"), find);
    form->addRow(tr("Replace &with:"), replacement);
    form->addRow(tr("I&n:"), field);
    form->addRow(regex);
    form->addRow(ignoreCase);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        m_actions->findAndReplace(find->text(), replacement->text(), regex->isChecked(), ignoreCase->isChecked(),
                                  field->currentData().toString());
}

} // namespace debrief
