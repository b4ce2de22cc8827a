#include "mainwindow.h"

#include "backgroundtask.h"
#include "aboutdialog.h"
#include "backups.h"
#include "backupsdialog.h"
#include "browserwindow.h"
#include "deckactions.h"
#include "deckoptionsdialog.h"
#include "editordialog.h"
#include "exportdialog.h"
#include "importrunner.h"
#include "legacysettings.h"
#include "packageimportdialog.h"
#include "preferencesdialog.h"
#include "rehearsalwidget.h"
#include "reportdialog.h"
#include "reviewwidget.h"
#include "statisticswindow.h"
#include "textimportdialog.h"
#include "theme.h"

#include "dispatch/importdispatcher.h"
#include "translations.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <map>

namespace debrief {

MainWindow::MainWindow(std::unique_ptr<Collection> collection, std::unique_ptr<Clock> clock, QWidget *parent)
    : QMainWindow(parent), m_collection(std::move(collection)), m_clock(std::move(clock))
{
    LegacySettings::moveIntoPresets(*m_collection);   // once: older versions kept two deck options in QSettings
    setWindowTitle(tr("Debrief"));
    setAcceptDrops(true);
    m_stack = new QStackedWidget(this);

    m_deckPage = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(m_deckPage);
    m_summary = new QLabel(m_deckPage);
    m_summary->setObjectName(QStringLiteral("summary"));
    QFont f = m_summary->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_summary->setFont(f);
    layout->addWidget(m_summary);

    m_decks = new QTreeWidget(m_deckPage);
    m_decks->setObjectName(QStringLiteral("decks"));
    m_decks->setColumnCount(4);
    m_decks->setHeaderLabels({tr("Deck"), tr("New"), tr("Learn"), tr("Due")});
    m_decks->header()->setStretchLastSection(false);   // the deck name takes the room, not "Due"
    m_decks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_decks->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_decks->setAlternatingRowColors(true);
    m_decks->setUniformRowHeights(true);
    // Enter or double-click opens the deck's overview (Study Now there); S studies at once.
    connect(m_decks, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_review->showOverview(item->data(0, Qt::UserRole).toLongLong(), item->data(0, Qt::UserRole + 1).toString());
        m_stack->setCurrentWidget(m_review);
        m_review->setFocus();
    });
    layout->addWidget(m_decks);
    m_deckActions = new DeckActions(*m_collection, m_decks, this);
    connect(m_deckActions, &DeckActions::changed, this, &MainWindow::refresh);
    connect(m_deckActions, &DeckActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    layout->addWidget(m_deckActions->descriptionLabel());
    auto *hint = new QLabel(tr("Enter or double-click a deck to study it. Ctrl+I imports Anki, CSV/TSV, Mnemosyne and .deck files; Ctrl+E exports."), m_deckPage);
    hint->setEnabled(false);
    layout->addWidget(hint);
    m_stack->addWidget(m_deckPage);

    m_review = new ReviewWidget(*m_collection, *m_clock, m_stack);
    m_stack->addWidget(m_review);
    // The review screen shows its own "done for today" page; Esc there returns to the decks.
    connect(m_review, &ReviewWidget::finished, this, [this] {
        statusBar()->showMessage(tr("Nothing more is due in this deck for now."), 5000);
    });
    connect(m_review, &ReviewWidget::optionsRequested, this, &MainWindow::showDeckOptions);
    connect(m_review, &ReviewWidget::left, this, &MainWindow::showDecks);
    m_rehearsal = new RehearsalWidget(*m_collection, *m_clock, m_stack);
    m_stack->addWidget(m_rehearsal);
    connect(m_rehearsal, &RehearsalWidget::left, this, &MainWindow::showDecks);
    connect(m_rehearsal, &RehearsalWidget::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_review, &ReviewWidget::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Debrief"), message);
        showDecks();
    });
    setCentralWidget(m_stack);
    // Deck management only on the deck list: deleting the deck being studied would pull its cards away.
    connect(m_stack, &QStackedWidget::currentChanged, this,
            [this] { m_deckActions->menu()->setEnabled(m_stack->currentWidget() == m_deckPage); });

    buildMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(900, 640);
    refresh();
}

MainWindow::~MainWindow() = default;

bool MainWindow::isStudying() const { return m_stack->currentWidget() == m_review; }

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::chooseImportFiles);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::chooseExport);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *report = file->addAction(tr("Export &Report…"), this, [this] {
        ReportDialog dialog(m_collection->path(), *m_clock, this);
        dialog.exec();
    });
    report->setObjectName(QStringLiteral("reportAction"));
    report->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    QAction *check = file->addAction(tr("&Check Collection"), this, &MainWindow::checkCollection);
    check->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    QAction *backups = file->addAction(tr("&Backups…"), this, &MainWindow::showBackups);
    backups->setObjectName(QStringLiteral("backupsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *decks = go->addAction(tr("&Decks"), this, &MainWindow::showDecks);
    decks->setShortcut(QKeySequence(tr("D")));
    QAction *study = go->addAction(tr("&Study Selected Deck"), this, &MainWindow::studySelected);
    study->setShortcut(QKeySequence(tr("S")));
    QAction *rehearseAction = go->addAction(tr("Re&hearse Selected Deck"), this, [this] { rehearse(false); });
    rehearseAction->setShortcut(QKeySequence(tr("P")));
    QAction *drill = go->addAction(tr("Interview Dri&ll (All Decks)"), this, [this] { rehearse(true); });
    drill->setShortcut(QKeySequence(tr("Shift+P")));
    QAction *refreshAction = go->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction *browse = go->addAction(tr("&Browse"), this, &MainWindow::showBrowser);
    browse->setObjectName(QStringLiteral("browseAction"));
    browse->setShortcut(QKeySequence(tr("Ctrl+B")));
    browse->setToolTip(tr("Browse and search all cards (Ctrl+B)"));

    addNotesMenu();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *statistics = tools->addAction(tr("&Statistics…"), this, [this] {
        auto *w = new StatisticsWindow(m_collection->path(), *m_clock, this);
        w->setAttribute(Qt::WA_DeleteOnClose);
        connect(w, &StatisticsWindow::topicActivated, this, [this](const QString &search) {
            showBrowser();
            m_browser->searchLine()->setText(search);
            m_browser->search();
        });
        w->show();
    });
    statistics->setObjectName(QStringLiteral("statisticsAction"));
    statistics->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    tools->addSeparator();
    QAction *preferences = tools->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    menuBar()->insertMenu(tools->menuAction(), m_deckActions->menu());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *dark = view->addAction(tr("&Dark Mode"));
    dark->setObjectName(QStringLiteral("darkModeAction"));
    dark->setCheckable(true);
    dark->setChecked(Theme::isDark());
    dark->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(dark, &QAction::toggled, this, [](bool on) { Theme::setDark(on); });
    buildLanguageMenu(view->addMenu(tr("&Language")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Debrief"), this, [this] { AboutDialog(m_collection->path(), this).exec(); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(decks);
    bar->addAction(study);
    bar->addAction(browse);
    bar->addAction(import);
}

void MainWindow::addNotesMenu()
{
    QMenu *notes = menuBar()->addMenu(tr("&Notes"));
    QAction *add = notes->addAction(tr("&Add…"), this, &MainWindow::showAddDialog);
    add->setObjectName(QStringLiteral("addNoteAction"));
    add->setShortcut(QKeySequence(tr("A")));
    add->setToolTip(tr("Add a note to the selected deck (A)"));
    // Not while studying or rehearsing: there A belongs to the card (a tree's "show all") and to
    // the rehearsal's key points.
    connect(m_stack, &QStackedWidget::currentChanged, add, [this, add] { add->setEnabled(m_stack->currentWidget() == m_deckPage); });
}

void MainWindow::showAddDialog()
{
    std::optional<DeckId> deck;
    if (QTreeWidgetItem *item = m_decks->currentItem())
        deck = item->data(0, Qt::UserRole).toLongLong();
    EditorDialog dialog(*m_collection, *m_clock, deck, this);
    dialog.exec();
    if (dialog.addedCount() > 0) {
        statusBar()->showMessage(tr("%n note(s) added.", nullptr, dialog.addedCount()), 5000);
        refresh();
    }
}

void MainWindow::buildLanguageMenu(QMenu *menu)
{
    // Each language in its own name, so someone lost in a language they cannot read still finds theirs.
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString saved = Translations::savedLanguage();
    QStringList languages{QString(), QStringLiteral("en")};
    languages << Translations::available();
    for (const QString &language : languages) {
        const QString name = language.isEmpty() ? tr("System Default") : QLocale(language).nativeLanguageName();
        QAction *action = menu->addAction(name.left(1).toUpper() + name.mid(1));
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language, name] {
            Translations::saveLanguage(language);
            // Widgets keep the strings they were built with; a restart rebuilds them all.
            statusBar()->showMessage(tr("Debrief will use %1 from its next start.").arg(name), 8000);
        });
    }
}

void MainWindow::refresh()
{
    const QDateTime now = m_clock->now();
    auto counts = m_collection->deckCounts(now, m_clock->utcOffsetSecs(now));
    const QVariant selected = m_decks->currentItem() ? m_decks->currentItem()->data(0, Qt::UserRole) : QVariant();
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
        auto found = byName.find(parentName);
        QTreeWidgetItem *parent = found == byName.end() ? nullptr : found->second;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_decks);
        item->setText(0, leaf);
        item->setData(0, Qt::UserRole, c.deckId);
        item->setData(0, Qt::UserRole + 1, c.name);
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
        if (item->data(0, Qt::UserRole) == selected)
            m_decks->setCurrentItem(item);
    }
    m_decks->expandToDepth(0);
    if (!m_decks->currentItem()) {
        // First start: select the first top-level deck with something to study, not an empty Default.
        QTreeWidgetItem *pick = m_decks->topLevelItemCount() > 0 ? m_decks->topLevelItem(0) : nullptr;
        for (int i = 0; i < m_decks->topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = m_decks->topLevelItem(i);
            if (top->text(1).toInt() + top->text(2).toInt() + top->text(3).toInt() > 0) {
                pick = top;
                break;
            }
        }
        if (pick)
            m_decks->setCurrentItem(pick);
    }
    m_summary->setText(tr("Today: %1 new, %2 learning, %3 to review").arg(totalNew).arg(totalLearn).arg(totalDue));
}

bool MainWindow::refuseWhileBusy()
{
    // A job on a worker thread is using the collection: say so rather than wait frozen.
    if (!BackgroundTask::isRunning())
        return false;
    statusBar()->showMessage(tr("Please wait: Debrief is still writing to the collection."), 5000);
    return true;
}

void MainWindow::studySelected()
{
    QTreeWidgetItem *item = m_decks->currentItem();
    if (!item || refuseWhileBusy())
        return;
    const DeckId id = item->data(0, Qt::UserRole).toLongLong();
    if (!m_review->start(id, item->data(0, Qt::UserRole + 1).toString())) {
        statusBar()->showMessage(tr("Nothing is due in %1 right now.").arg(item->text(0)), 5000);
        return;
    }
    m_stack->setCurrentWidget(m_review);
    m_review->setFocus();
}

void MainWindow::rehearse(bool allDecks)
{
    QTreeWidgetItem *item = m_decks->currentItem();
    if ((!allDecks && !item) || refuseWhileBusy())
        return;
    const std::optional<DeckId> id = allDecks ? std::nullopt : std::optional<DeckId>(item->data(0, Qt::UserRole).toLongLong());
    if (!m_rehearsal->start(id, allDecks ? QString() : item->data(0, Qt::UserRole + 1).toString())) {
        statusBar()->showMessage(tr("Nothing is due to rehearse right now."), 5000);
        return;
    }
    m_stack->setCurrentWidget(m_rehearsal);
}

void MainWindow::showDecks()
{
    m_stack->setCurrentWidget(m_deckPage);
    refresh();
    m_decks->setFocus();
}

void MainWindow::chooseImportFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import"), settings.value(QStringLiteral("import/lastDir")).toString(),
        tr("Decks (*.apkg *.colpkg *.anki2 *.txt *.csv *.tsv *.xml *.cards *.db *.deck);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (refuseWhileBusy())
        return;
    // Anki, Mnemosyne and .deck files share one question (keep scheduling? update existing
    // notes?), asked once for the batch; Cancel there imports nothing at all.
    QStringList packages;
    for (const QString &file : files)
        if (ImportDispatcher::detect(file) != ImportDispatcher::Format::Text)
            packages << file;
    QHash<QString, ImportOptions> perFile;
    if (!packages.isEmpty()) {
        PackageImportDialog dialog(packages, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        for (const QString &file : packages)
            perFile.insert(file, dialog.options());
    }

    // Text files have no fixed layout, so the user maps their columns first; a cancelled
    // dialog skips that file only.
    QStringList run;
    QStringList skipped;
    for (const QString &file : files) {
        if (!perFile.contains(file)) {
            TextImportDialog dialog(*m_collection, file, this);
            if (dialog.exec() != QDialog::Accepted) {
                skipped << QFileInfo(file).fileName();
                continue;
            }
            perFile.insert(file, dialog.options());
        }
        run << file;
    }
    if (run.isEmpty())
        return;
    ImportRunner runner(*m_collection, *m_clock, this);
    QStringList lines = runner.run(run, perFile);
    for (const QString &name : skipped)
        lines << tr("%1: skipped.").arg(name);
    refresh();
    if (!lines.isEmpty())
        QMessageBox::information(this, tr("Import"), lines.join(QLatin1Char('\n')));
}

void MainWindow::chooseExport()
{
    std::optional<DeckId> selected;
    if (QTreeWidgetItem *item = m_decks->currentItem())
        selected = item->data(0, Qt::UserRole).toLongLong();
    ExportDialog dialog(*m_collection, *m_clock, selected, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A QFileDialog object rather than getSaveFileName(), for setDefaultSuffix: a name typed
    // without ".apkg" gets it, and the overwrite question is asked about the name really written.
    QFileDialog save(this, tr("Export"), dialog.suggestedPath(), dialog.fileFilter());
    save.setAcceptMode(QFileDialog::AcceptSave);
    save.setFileMode(QFileDialog::AnyFile);
    save.setDefaultSuffix(dialog.suffix());
    if (save.exec() != QDialog::Accepted || save.selectedFiles().isEmpty())
        return;
    const ExportOutcome outcome = dialog.exportTo(save.selectedFiles().constFirst());
    if (outcome.ok && outcome.warning.isEmpty())
        QMessageBox::information(this, tr("Export"), outcome.message);
    else
        QMessageBox::warning(this, tr("Export"), outcome.message);
}

void MainWindow::checkCollection()
{
    if (refuseWhileBusy())
        return;
    Result<std::vector<CheckProblem>> problems = std::vector<CheckProblem>{};
    // integrity_check reads the whole file: seconds on a large collection, so off the GUI thread.
    BackgroundTask::run(this, tr("Checking the collection…"), [&](const ProgressFn &) { problems = m_collection->check(); },
                        false);
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
    QMessageBox::warning(this, tr("Check Collection"),
                         tr("%n problem(s) found:", nullptr, int(lines.size())) + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

static QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (mime && mime->hasUrls())
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                files << url.toLocalFile();
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isStudying() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (isStudying() || files.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has returned: the import dialogs are modal and must not run inside it.
    QTimer::singleShot(0, this, [this, files] { importFiles(files); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    // Preferences > Automatic backups; a failure must not keep the window open.
    if (Result<std::optional<QString>> backup = Backups::takeIfDue(*m_collection, m_clock->now()); !backup)
        qWarning("Automatic backup failed: %s", qPrintable(backup.error().message));
    event->accept();
}

void MainWindow::showBrowser()
{
    if (!m_browser) {
        m_browser = new BrowserWindow(*m_collection, *m_clock, this);
        m_browser->setWindowFlag(Qt::Window);
        connect(m_browser, &BrowserWindow::collectionChanged, this, [this] {
            if (!isStudying())
                refresh();
        });
        m_browser->search();
    }
    m_browser->show();
    m_browser->raise();
    m_browser->activateWindow();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(*m_collection, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto *dark = findChild<QAction *>(QStringLiteral("darkModeAction"))) {
        const QSignalBlocker block(dark);
        dark->setChecked(Theme::isDark());
    }
    if (!isStudying())
        refresh();   // the rollover hour changes what is due today
}

void MainWindow::showBackups()
{
    if (isStudying())
        showDecks();   // the answer so far is committed; the reviewer must not hold a card of the old content
    BackupsDialog dialog(*m_collection, this);
    connect(&dialog, &BackupsDialog::restored, this, [this] {
        refresh();
        if (m_browser)
            m_browser->search();
        statusBar()->showMessage(tr("Backup restored."), 10000);
    });
    dialog.exec();
}

void MainWindow::showDeckOptions(DeckId deck)
{
    // O in the reviewer: the same dialog as the deck list's O, for the card's deck.
    DeckOptionsDialog dialog(*m_collection, *m_clock, deck, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Options saved."), 10000);
}

} // namespace debrief
