#include "backupsdialog.h"

#include "backups.h"
#include "theme.h"

#include "storage/collection.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace debrief {

BackupsDialog::BackupsDialog(Collection &collection, QWidget *parent) : QDialog(parent), m_collection(collection)
{
    setWindowTitle(tr("Backups"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Backups are taken before imports, deck deletions and restores, and when Debrief closes "
                                "(Preferences ▸ Automatic backups). Folder: %1")
                                 .arg(QDir::toNativeSeparators(Backups::folder(collection))),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::makeSecondary(intro);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backups"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Date"), tr("Size"), tr("Cards"), tr("File")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Backups, newest first"));
    layout->addWidget(m_list);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restore"));
    QPushButton *backupNow = buttons->addButton(tr("&Back Up Now"), QDialogButtonBox::ActionRole);
    backupNow->setObjectName(QStringLiteral("backupNow"));
    QPushButton *open = buttons->addButton(tr("Open &Folder"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::askAndRestore);
    connect(m_list, &QTreeWidget::itemActivated, this, &BackupsDialog::askAndRestore);
    connect(backupNow, &QPushButton::clicked, this, [this] {
        Result<QString> file = Backups::take(m_collection);
        m_status->setText(file ? tr("Backed up to %1.").arg(QFileInfo(*file).fileName())
                               : tr("The backup failed: %1").arg(file.error().message));
        reload();
    });
    connect(open, &QPushButton::clicked, this, [this] {
        QDir().mkpath(Backups::folder(m_collection));
        QDesktopServices::openUrl(QUrl::fromLocalFile(Backups::folder(m_collection)));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { m_restore->setEnabled(m_list->currentItem()); });
    resize(640, 400);
    reload();
}

void BackupsDialog::reload()
{
    m_list->clear();
    const QLocale locale;
    for (const Backups::Entry &e : Backups::list(m_collection)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(e.created, QLocale::ShortFormat));
        item->setText(1, locale.formattedDataSize(e.bytes));
        // Read-only and lock-free, so the open collection's lock is no obstacle.
        Result<std::unique_ptr<Collection>> backup = Collection::openReadOnly(e.path);
        Result<qint64> cards = backup ? (*backup)->count(QStringLiteral("cards")) : Result<qint64>(backup.error());
        item->setText(2, cards ? locale.toString(*cards) : tr("unreadable"));
        if (!cards)
            item->setToolTip(2, cards.error().message);
        item->setText(3, QFileInfo(e.path).fileName());
        item->setData(0, Qt::UserRole, e.path);
        for (int c = 1; c < 3; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_status->setText(tr("No backups yet."));
    m_restore->setEnabled(m_list->currentItem());
}

void BackupsDialog::askAndRestore()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Restore Backup"),
        tr("Replace the whole collection with the backup of %1 (%2 cards)? Everything done since is lost.\n\n"
           "The collection as it is now is backed up first, so this can be undone from this list.")
            .arg(item->text(0), item->text(2)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        restoreSelected();
}

bool BackupsDialog::restoreSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    const QString file = item->data(0, Qt::UserRole).toString();
    Result<QString> before = Backups::take(m_collection, QStringLiteral("before-restore"));
    if (!before) {
        m_status->setText(tr("Nothing was restored: the backup of the current collection failed (%1).").arg(before.error().message));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<void> r = m_collection.restoreInPlace(file);
    QApplication::restoreOverrideCursor();
    if (!r) {
        m_status->setText(tr("Nothing was restored: %1").arg(r.error().message));
        reload();
        return false;
    }
    reload();
    m_status->setText(tr("Restored %1. The collection as it was before is in %2.")
                          .arg(QFileInfo(file).fileName(), QFileInfo(*before).fileName()));
    emit restored();
    return true;
}

} // namespace debrief
