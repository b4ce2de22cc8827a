#include "browserwindow.h"

#include "browsermenus.h"
#include "cardtablemodel.h"
#include "cardview.h"
#include "noteeditor.h"

#include "render/cardrenderer.h"
#include "search/searchparser.h"
#include "storage/collection.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <map>

namespace debrief {

namespace {

bool isDark(const QWidget *w) { return w->palette().color(QPalette::Window).lightness() < 128; }

} // namespace

BrowserWindow::BrowserWindow(Collection &collection, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_collection(collection), m_clock(clock), m_renderer(std::make_unique<CardRenderer>(collection))
{
    setWindowTitle(tr("Browse"));
    setObjectName(QStringLiteral("browserWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("browserSplitter"));

    m_sidebar = new BrowserSidebar(m_collection, m_mainSplitter);
    connect(m_sidebar, &BrowserSidebar::searchRequested, this, [this](const QString &query) {
        m_search->setText(query);
        search();
    });

    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("browserRightSplitter"));

    auto *top = new QWidget(m_rightSplitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(top);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: deck:Name tag:x is:due front:text* \"a phrase\" -word (Enter)"));
    m_search->setAccessibleName(tr("Search"));
    connect(m_search, &QLineEdit::returnPressed, this, &BrowserWindow::search);
    searchRow->addWidget(m_search, 1);
    m_notesToggle = new QCheckBox(tr("&Notes"), top);
    m_notesToggle->setObjectName(QStringLiteral("notesToggle"));
    m_notesToggle->setToolTip(tr("Show one row per note instead of per card (Ctrl+Alt+T)"));
    m_notesToggle->setShortcut(QKeySequence(tr("Ctrl+Alt+T")));
    connect(m_notesToggle, &QCheckBox::toggled, this, &BrowserWindow::setNotesMode);
    searchRow->addWidget(m_notesToggle);
    topLayout->addLayout(searchRow);

    m_error = new QLabel(top);
    m_error->setObjectName(QStringLiteral("searchError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, isDark(this) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->hide();
    topLayout->addWidget(m_error);

    m_model = new CardTableModel(m_collection, this);
    m_table = new QTableView(top);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setAccessibleName(tr("Search results"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CardTableModel::SortField, 280);
    m_table->setColumnWidth(CardTableModel::Deck, 170);
    m_table->setColumnWidth(CardTableModel::Due, 100);
    m_table->setColumnWidth(CardTableModel::Added, 100);
    // Numbers need little room; the text columns get it, so every column fits without scrolling.
    for (int c : {CardTableModel::Interval, CardTableModel::Ease, CardTableModel::Reviews, CardTableModel::Lapses})
        m_table->setColumnWidth(c, 64);
    m_table->horizontalHeader()->setSortIndicator(CardTableModel::Added, Qt::AscendingOrder);
    topLayout->addWidget(m_table, 1);

    auto *bottom = new QSplitter(Qt::Horizontal, m_rightSplitter);
    bottom->setObjectName(QStringLiteral("browserBottomSplitter"));
    auto *editorPane = new QWidget(bottom);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editor = new NoteEditor(m_collection, m_clock, NoteEditor::Mode::Edit, false, editorPane);
    editorLayout->addWidget(m_editor, 1);
    auto *saveNote = new QPushButton(tr("&Save Note"), editorPane);
    saveNote->setObjectName(QStringLiteral("saveNote"));
    saveNote->setToolTip(tr("Save the edited note (Ctrl+Enter); Ctrl+Z undoes it"));
    saveNote->setEnabled(false);
    connect(saveNote, &QPushButton::clicked, m_editor, [this] { m_editor->commit(); });
    connect(m_editor, &NoteEditor::modifiedChanged, saveNote, &QWidget::setEnabled);
    editorLayout->addWidget(saveNote, 0, Qt::AlignRight);
    // The preview follows the editor as it types, in the pane beside it.
    connect(m_editor, &NoteEditor::previewReady, this, [this](const QString &html, const QString &css) {
        preview()->showCard(html, css, isDark(this));
    });
    m_previewStack = new QStackedWidget(bottom);
    m_previewPlaceholder = new QLabel(tr("Select a card to preview it."), m_previewStack);
    m_previewPlaceholder->setAlignment(Qt::AlignCenter);
    m_previewPlaceholder->setEnabled(false);
    m_previewStack->addWidget(m_previewPlaceholder);
    m_history = new QTreeWidget(bottom);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setAccessibleName(tr("Review history"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Reviewed"), tr("Rating"), tr("Interval"), tr("Ease"), tr("Time"), tr("Recording")});
    // A rehearsal's recording plays on activating its row (Enter or double-click).
    connect(m_history, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString file = item->data(5, Qt::UserRole).toString();
        if (!file.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    });
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 3);
    bottom->setStretchFactor(2, 1);
    bottom->setSizes({420, 400, 220});

    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    setCentralWidget(m_mainSplitter);

    m_actions = new BrowserActions(m_collection, m_clock, m_table, m_model, m_editor, this);
    connect(m_editor, &NoteEditor::committed, m_actions, &BrowserActions::noteSaved);
    connect(m_actions, &BrowserActions::resultsChanged, this, &BrowserWindow::search);
    connect(m_actions, &BrowserActions::currentChanged, this, &BrowserWindow::showCurrent);
    connect(m_actions, &BrowserActions::decksOrTagsChanged, m_sidebar, &BrowserSidebar::reload);
    connect(m_actions, &BrowserActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_actions, &BrowserActions::collectionChanged, this, &BrowserWindow::collectionChanged);
    buildEditMenu();
    (new BrowserMenus(m_actions, m_collection, m_table, this))->addMenus(menuBar());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("browser/geometry")).toByteArray()))
        resize(1100, 720);
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("browser/splitter")).toByteArray()))
        m_mainSplitter->setSizes({200, 900});
    // The lower pane holds the note editor: it gets nearly half the height until the user moves it.
    if (!m_rightSplitter->restoreState(settings.value(QStringLiteral("browser/rightSplitter")).toByteArray()))
        m_rightSplitter->setSizes({400, 360});
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("browser/header")).toByteArray());
    const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    m_order = CardTableModel::orderFor(sortColumn);
    m_descending = m_table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    // Connected after the restore, so restoring does not search twice.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        m_order = CardTableModel::orderFor(column);
        m_descending = order == Qt::DescendingOrder;
        search();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BrowserWindow::showCurrent);

    m_sidebar->reload();
    statusBar()->showMessage(tr("Type a search and press Enter; an empty search shows every card."));
    m_search->setFocus();
}

// Also here: a browser left open is destroyed with the main window without a closeEvent.
BrowserWindow::~BrowserWindow() { saveLayout(); }

void BrowserWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = edit->addAction(tr("&Undo"), this, &BrowserWindow::undo);
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *save = edit->addAction(tr("&Save Current Search…"), this, &BrowserWindow::chooseSearchName);
    save->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    QAction *forget = edit->addAction(tr("&Delete Saved Search"), m_sidebar, &BrowserSidebar::removeCurrentSavedSearch);
    forget->setToolTip(tr("Deletes the saved search selected in the sidebar (Delete there)"));
    QAction *close = edit->addAction(tr("&Close Browser"), this, &QWidget::close);
    close->setShortcut(QKeySequence(tr("Esc")));
}

bool BrowserWindow::search()
{
    QElapsedTimer timer;
    timer.start();
    Result<SearchNode> query = SearchParser::parse(m_search->text());
    if (!query) {
        m_error->setText(query.error().message);
        m_error->show();
        return false;
    }
    const SearchContext sc = m_actions->searchContext();
    CardSearch finder(m_collection.database());
    const bool notes = m_notesToggle->isChecked();
    auto ids = notes ? finder.notes(*query, sc, m_order, m_descending) : finder.cards(*query, sc, m_order, m_descending);
    if (!ids) {
        m_error->setText(ids.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    const qint64 current = m_table->currentIndex().isValid() ? m_model->idAt(m_table->currentIndex().row()) : 0;
    const size_t count = ids->size();
    m_model->setIds(std::move(*ids), notes, sc);
    const int row = current ? m_model->rowOf(current) : -1;
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        showCurrent();
    }
    statusBar()->showMessage((notes ? tr("Notes shown: %1").arg(count) : tr("Cards shown: %1").arg(count))
                             + QStringLiteral(" · ") + tr("%1 ms").arg(timer.elapsed()));
    return true;
}

void BrowserWindow::setNotesMode(bool) { search(); }

CardView *BrowserWindow::preview()
{
    if (!m_preview) {
        m_preview = new CardView(m_previewStack);
        m_preview->setObjectName(QStringLiteral("preview"));
        m_preview->setMediaDir(m_collection.mediaDir());
        m_previewStack->addWidget(m_preview);
    }
    m_previewStack->setCurrentWidget(m_preview);
    return m_preview;
}

void BrowserWindow::showCurrent()
{
    m_history->clear();
    // Edits are kept, as in Anki: leaving a note saves it (one undo step).
    if (m_editor->isModified())
        m_editor->commit();
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        m_editor->unload();
        m_previewStack->setCurrentWidget(m_previewPlaceholder);
        return;
    }
    auto card = m_collection.card(m_model->cardAt(index.row()));
    if (!card) {
        m_editor->unload();
        m_previewPlaceholder->setText(card.error().message);
        m_previewStack->setCurrentWidget(m_previewPlaceholder);
        return;
    }
    // The editor draws the stored note into the preview as it loads it; without it, we do.
    if (m_editor->loadCard(card->id)) {
        preview();
    } else if (auto rendered = m_renderer->render(*card); !rendered) {
        m_editor->unload();
        preview()->showCard(QStringLiteral("<p>%1</p>").arg(rendered.error().message.toHtmlEscaped()), QString(), isDark(this));
    } else {
        m_editor->unload();
        // Both sides: the answer usually repeats the question above its <hr id="answer">.
        const QString html = rendered->answer.contains(rendered->question)
            ? rendered->answer
            : rendered->question + QStringLiteral("<hr id=\"answer\">") + rendered->answer;
        preview()->showCard(html, rendered->css, isDark(this));
    }

    auto log = m_collection.reviewLog(card->id);
    if (!log)
        return;
    // Rehearsal recordings (issue 13), by the answer they belong to.
    std::map<ReviewId, RehearsalRecording> recordings;
    if (auto list = m_collection.rehearsalRecordings(card->id))
        for (const RehearsalRecording &r : *list)
            recordings[r.review] = r;
    const QString ratings[] = {tr("Manual"), tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    auto interval = [this](int v) {
        return v >= 0 ? CardTableModel::intervalText(v) : tr("%1 min").arg(qMax(1, -v / 60));
    };
    for (auto it = log->rbegin(); it != log->rend(); ++it) {
        const ReviewLogEntry &e = *it;
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.id).toLocalTime(), QLocale::ShortFormat));
        item->setText(1, ratings[qBound(0, e.rating, 4)]);
        item->setText(2, interval(e.intervalAfter));
        item->setText(3, e.easePermille > 0 ? QStringLiteral("%1%").arg(e.easePermille / 10) : QString());
        item->setText(4, tr("%1 s").arg(e.takenMs / 1000.0, 0, 'f', 1));
        if (auto r = recordings.find(e.id); r != recordings.end()) {
            const QString path = QDir(m_collection.mediaDir()).filePath(r->second.fileName);
            item->setText(5, r->second.bytes > 0 ? QStringLiteral("%1 (%2)").arg(r->second.fileName, QLocale().formattedDataSize(r->second.bytes))
                                                : tr("%1 (deleted)").arg(r->second.fileName));
            if (r->second.bytes > 0)
                item->setData(5, Qt::UserRole, path);
        }
    }
}

void BrowserWindow::chooseSearchName()
{
    const QString query = m_search->text().trimmed();
    if (!SearchParser::parse(query)) {
        search();   // shows what is wrong with it
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name of the saved search:"), QLineEdit::Normal,
                                               query, &ok).trimmed();
    if (ok && !name.isEmpty())
        saveSearch(name, query);
}

void BrowserWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("browser/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("browser/splitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("browser/rightSplitter"), m_rightSplitter->saveState());
    settings.setValue(QStringLiteral("browser/header"), m_table->horizontalHeader()->saveState());
}

void BrowserWindow::closeEvent(QCloseEvent *event)
{
    // Esc (Close Browser) with typing in the lower pane: ask rather than save behind the user's back.
    if (m_editor->isModified()) {
        const auto answer = QMessageBox::question(this, tr("Browse"), tr("Save your changes to this note before closing?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_editor->commit())) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Discard) {
            // The window is kept for the next Browse: show the note as stored, not the typing.
            m_editor->unload();
            showCurrent();
        }
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace debrief
