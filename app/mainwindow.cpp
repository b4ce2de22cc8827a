#include "mainwindow.h"

#include "storage/collection.h"
#include "util/clock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace debrief {

MainWindow::MainWindow(std::unique_ptr<Collection> collection, std::unique_ptr<Clock> clock, QWidget *parent)
    : QMainWindow(parent), m_collection(std::move(collection)), m_clock(std::move(clock))
{
    setWindowTitle(tr("Debrief"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("summary"));
    QFont f = m_summary->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_summary->setFont(f);
    layout->addWidget(m_summary);

    m_decks = new QTreeWidget(central);
    m_decks->setObjectName(QStringLiteral("decks"));
    m_decks->setColumnCount(4);
    m_decks->setHeaderLabels({tr("Deck"), tr("New"), tr("Learn"), tr("Due")});
    m_decks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_decks->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_decks->setAlternatingRowColors(true);
    m_decks->setUniformRowHeights(true);
    layout->addWidget(m_decks);
    setCentralWidget(central);

    buildMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(820, 560);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction *check = file->addAction(tr("&Check Collection"), this, &MainWindow::checkCollection);
    check->setShortcut(QKeySequence(tr("Ctrl+Shift+;")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Debrief"), this, [this] {
        QMessageBox::about(this, tr("About Debrief"),
                           tr("<b>Debrief</b> %1<br>Spaced repetition for AI/ML interview preparation.<br>"
                              "Collection: %2")
                               .arg(QCoreApplication::applicationVersion(), m_collection->path().toHtmlEscaped()));
    });
}

void MainWindow::refresh()
{
    const QDateTime now = m_clock->now();
    auto counts = m_collection->deckCounts(now, m_clock->utcOffsetSecs(now));
    m_decks->clear();
    if (!counts) {
        statusBar()->showMessage(counts.error().message);
        m_summary->setText(tr("Could not read the decks."));
        return;
    }
    // Build the tree from "::" names; deckCounts lists parents before children.
    std::map<QString, QTreeWidgetItem *> byName;
    int totalNew = 0, totalLearn = 0, totalDue = 0;
    for (const DeckCounts &c : *counts) {
        const int cut = c.name.lastIndexOf(QLatin1String("::"));
        const QString parentName = cut < 0 ? QString() : c.name.left(cut);
        const QString leaf = cut < 0 ? c.name : c.name.mid(cut + 2);
        QTreeWidgetItem *parent = byName.count(parentName) ? byName[parentName] : nullptr;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_decks);
        item->setText(0, leaf);
        item->setData(0, Qt::UserRole, c.deckId);
        item->setText(1, QString::number(c.newCount));
        item->setText(2, QString::number(c.learnCount));
        item->setText(3, QString::number(c.reviewCount));
        for (int col = 1; col < 4; ++col)
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        byName[c.name] = item;
        if (!parent) {
            totalNew += c.newCount;
            totalLearn += c.learnCount;
            totalDue += c.reviewCount;
        }
    }
    m_decks->expandToDepth(0);
    m_summary->setText(tr("Today: %1 new, %2 learning, %3 to review").arg(totalNew).arg(totalLearn).arg(totalDue));
}

void MainWindow::checkCollection()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto problems = m_collection->check();
    QApplication::restoreOverrideCursor();
    if (!problems) {
        QMessageBox::warning(this, tr("Check Collection"), problems.error().message);
        return;
    }
    if (problems->empty()) {
        QMessageBox::information(this, tr("Check Collection"), tr("No problems found."));
        return;
    }
    QStringList lines;
    for (const CheckProblem &p : *problems)
        lines << p.message;
    QMessageBox::warning(this, tr("Check Collection"), tr("%n problem(s) found:", nullptr, int(lines.size())) + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace debrief
