#include "browserwindow.h"

#include "cardtablemodel.h"
#include "cardview.h"
#include "noteeditor.h"

#include "model/tags.h"
#include "render/cardrenderer.h"
#include "scheduling/studyday.h"
#include "search/searchparser.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

namespace debrief {

namespace {

constexpr int kQueryRole = Qt::UserRole + 1;
constexpr int kSavedNameRole = Qt::UserRole + 2;
const char kSavedSearchesKey[] = "browser/savedSearches";

bool isDark(const QWidget *w) { return w->palette().color(QPalette::Window).lightness() < 128; }

// A deck name as a search term: quoted, since names may hold spaces.
QString deckQuery(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("deck:\"%1\"").arg(escaped);
}

} // namespace

BrowserWindow::BrowserWindow(Collection &collection, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_collection(collection), m_clock(clock), m_renderer(std::make_unique<CardRenderer>(collection))
{
    setWindowTitle(tr("Browse"));
    setObjectName(QStringLiteral("browserWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("browserSplitter"));

    m_sidebar = new QTreeWidget(m_mainSplitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setAccessibleName(tr("Decks, tags and card kinds"));
    m_sidebar->setToolTip(tr("Click to search for it"));
    connect(m_sidebar, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString query = item->data(0, kQueryRole).toString();
        if (query.isEmpty())
            return;
        m_search->setText(query);
        search();
    });
    connect(m_sidebar, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { emit m_sidebar->itemClicked(item, 0); });

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
    connect(m_editor, &NoteEditor::committed, this, &BrowserWindow::noteSaved);
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

    buildActions();

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

    reloadSidebar();
    statusBar()->showMessage(tr("Type a search and press Enter; an empty search shows every card."));
    m_search->setFocus();
}

// Also here: a browser left open is destroyed with the main window without a closeEvent.
BrowserWindow::~BrowserWindow() { saveLayout(); }

void BrowserWindow::buildActions()
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
    QAction *forget = edit->addAction(tr("&Delete Saved Search"), this, [this] {
        if (QTreeWidgetItem *item = m_sidebar->currentItem(); item && item->data(0, kSavedNameRole).isValid())
            removeSavedSearch(item->data(0, kSavedNameRole).toString());
    });
    forget->setToolTip(tr("Deletes the saved search selected in the sidebar (Delete there)"));
    auto *forgetKey = new QAction(m_sidebar);
    forgetKey->setShortcut(QKeySequence::Delete);
    forgetKey->setShortcutContext(Qt::WidgetShortcut);
    connect(forgetKey, &QAction::triggered, forget, &QAction::trigger);
    m_sidebar->addAction(forgetKey);
    QAction *close = edit->addAction(tr("&Close Browser"), this, &QWidget::close);
    close->setShortcut(QKeySequence(tr("Esc")));

    QMenu *cards = menuBar()->addMenu(tr("&Cards"));
    // Toggles, as in Anki: when every selected card is already suspended (buried), it undoes that.
    QAction *suspend = cards->addAction(tr("Toggle &Suspend"), this, [this] {
        const auto cards = selectedCards();
        setSuspended(!std::all_of(cards.begin(), cards.end(), [](const Card &c) { return c.queue == CardQueue::Suspended; }));
    });
    suspend->setShortcut(QKeySequence(tr("Ctrl+J")));
    QAction *bury = cards->addAction(tr("Toggle &Bury"), this, [this] {
        const auto cards = selectedCards();
        setBuried(!std::all_of(cards.begin(), cards.end(), [](const Card &c) {
            return c.queue == CardQueue::ManuallyBuried || c.queue == CardQueue::SiblingBuried;
        }));
    });
    bury->setShortcut(QKeySequence(tr("Ctrl+Shift+J")));
    QAction *reset = cards->addAction(tr("&Reset to New"), this, &BrowserWindow::resetToNew);
    reset->setShortcut(QKeySequence(tr("Ctrl+Alt+N")));
    QAction *due = cards->addAction(tr("Set Due &Date…"), this, &BrowserWindow::chooseDueDate);
    due->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    QAction *deck = cards->addAction(tr("Change &Deck…"), this, &BrowserWindow::chooseDeck);
    deck->setShortcut(QKeySequence(tr("Ctrl+D")));
    QMenu *flags = cards->addMenu(tr("&Flag"));
    const QString names[] = {tr("&Red"), tr("&Orange"), tr("&Green"), tr("&Blue"), tr("&Pink"), tr("&Turquoise"), tr("Pu&rple")};
    for (int f = 1; f <= 7; ++f) {
        QAction *a = flags->addAction(names[f - 1], this, [this, f] { setFlag(f); });
        a->setShortcut(QKeySequence(tr("Ctrl+%1").arg(f)));
    }
    QAction *noFlag = flags->addAction(tr("&No Flag"), this, [this] { setFlag(0); });
    noFlag->setShortcut(QKeySequence(tr("Ctrl+0")));

    QMenu *notes = menuBar()->addMenu(tr("&Notes"));
    QAction *addTag = notes->addAction(tr("&Add Tags…"), this, [this] { chooseTags(true); });
    addTag->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    QAction *removeTag = notes->addAction(tr("&Remove Tags…"), this, [this] { chooseTags(false); });
    removeTag->setShortcut(QKeySequence(tr("Ctrl+Alt+Shift+A")));
    QAction *remove = notes->addAction(tr("&Delete"), this, &BrowserWindow::deleteNotes);
    remove->setShortcut(QKeySequence(tr("Ctrl+Del")));
    QAction *replace = notes->addAction(tr("&Find and Replace…"), this, &BrowserWindow::chooseFindReplace);
    replace->setShortcut(QKeySequence(tr("Ctrl+Alt+F")));

    for (QAction *a : {suspend, bury, reset, due, deck, addTag, removeTag, replace, remove})
        a->setStatusTip(tr("%1 (%2) the selected rows").arg(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                            a->shortcut().toString(QKeySequence::NativeText)));
}

SearchContext BrowserWindow::searchContext() const
{
    const QDateTime now = m_clock.now();
    const int offset = m_clock.utcOffsetSecs(now);
    auto config = m_collection.configForDeck(1);
    const int rollover = config ? config->rolloverHour : 4;
    SearchContext sc;
    sc.today = StudyDay::dayNumber(now, offset, rollover);
    sc.dayStartSecs = StudyDay::dayStart(sc.today, offset, rollover).toSecsSinceEpoch();
    sc.nowSecs = now.toSecsSinceEpoch();
    return sc;
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
    const SearchContext sc = searchContext();
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

void BrowserWindow::reloadSidebar()
{
    m_sidebar->clear();
    const QVariantMap saved = QSettings().value(QLatin1String(kSavedSearchesKey)).toMap();
    if (!saved.isEmpty()) {
        auto *group = new QTreeWidgetItem(m_sidebar, {tr("Saved Searches")});
        for (auto it = saved.begin(); it != saved.end(); ++it) {
            auto *item = new QTreeWidgetItem(group, {it.key()});
            item->setData(0, kQueryRole, it.value().toString());
            item->setData(0, kSavedNameRole, it.key());
            item->setToolTip(0, it.value().toString());
        }
    }
    auto *decks = new QTreeWidgetItem(m_sidebar, {tr("Decks")});
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
    auto *kinds = new QTreeWidgetItem(m_sidebar, {tr("Card Kinds")});
    const std::pair<QString, QString> kindNames[] = {{QStringLiteral("basic"), tr("Basic")}, {QStringLiteral("cloze"), tr("Cloze")},
                                                     {QStringLiteral("pair"), tr("Pair")},   {QStringLiteral("tree"), tr("Tree")},
                                                     {QStringLiteral("layers"), tr("Layers")}};
    for (const auto &k : kindNames) {
        auto *item = new QTreeWidgetItem(kinds, {k.second});
        item->setData(0, kQueryRole, QStringLiteral("kind:%1").arg(k.first));
    }
    auto *tags = new QTreeWidgetItem(m_sidebar, {tr("Tags")});
    tags->setData(0, kQueryRole, QStringLiteral("-tag:none"));
    if (auto all = m_collection.allTags()) {
        for (const QString &t : *all) {
            auto *item = new QTreeWidgetItem(tags, {t});
            item->setData(0, kQueryRole, QStringLiteral("tag:%1").arg(t));
        }
    }
    m_sidebar->expandToDepth(1);
    // A long tag list would push everything below it out of sight; it opens on a click.
    tags->setExpanded(tags->childCount() <= 15);
}

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

std::vector<Card> BrowserWindow::selectedCards()
{
    std::vector<Card> result;
    std::set<CardId> seen;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qint64 id = m_model->idAt(index.row());
        if (m_model->showsNotes()) {
            if (auto cards = m_collection.cardsOfNote(id))
                for (const Card &c : *cards)
                    if (seen.insert(c.id).second)
                        result.push_back(c);
        } else if (auto c = m_collection.card(id); c && seen.insert(id).second) {
            result.push_back(*c);
        }
    }
    return result;
}

std::vector<Note> BrowserWindow::selectedNotes()
{
    std::set<NoteId> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qint64 id = m_model->idAt(index.row());
        if (m_model->showsNotes())
            ids.insert(id);
        else if (auto c = m_collection.card(id))
            ids.insert(c->noteId);
    }
    std::vector<Note> result;
    for (NoteId id : ids)
        if (auto n = m_collection.note(id))
            result.push_back(*n);
    return result;
}

void BrowserWindow::changeCards(const QString &label, const std::function<bool(Card &)> &change)
{
    UndoStep step{label, {}, {}};
    QString error;
    {
        Collection::Transaction tx(m_collection);
        const qint64 now = m_clock.now().toSecsSinceEpoch();
        for (Card card : selectedCards()) {
            const Card before = card;
            if (!change(card))
                continue;
            card.modifiedSecs = now;
            if (auto r = m_collection.updateCard(card); !r) {
                error = r.error().message;
                break;
            }
            step.cards.push_back(before);
        }
        if (error.isEmpty())
            if (auto r = tx.commit(); !r)
                error = r.error().message;
    }
    finishChange(label, std::move(step), error);
}

void BrowserWindow::changeNotes(const QString &label, const std::function<bool(Note &)> &change)
{
    // The editor's unsaved typing first: the change then applies to it instead of being overwritten by it.
    if (m_editor->isModified())
        m_editor->commit();
    UndoStep step{label, {}, {}};
    QString error;
    {
        Collection::Transaction tx(m_collection);
        const qint64 now = m_clock.now().toSecsSinceEpoch();
        for (Note note : selectedNotes()) {
            const Note before = note;
            if (!change(note))
                continue;
            note.modifiedSecs = now;
            if (auto r = m_collection.updateNote(note); !r) {
                error = r.error().message;
                break;
            }
            step.notes.push_back(before);
        }
        if (error.isEmpty())
            if (auto r = tx.commit(); !r)
                error = r.error().message;
    }
    finishChange(label, std::move(step), error);
}

void BrowserWindow::finishChange(const QString &label, UndoStep step, const QString &error)
{
    if (!error.isEmpty()) {
        // The transaction rolled back, so there is nothing to undo.
        QMessageBox::warning(this, tr("Browse"), error);
        return;
    }
    const size_t changed = step.cards.size() + step.notes.size();
    if (changed == 0) {
        statusBar()->showMessage(tr("Nothing to change in the selection."), 4000);
        return;
    }
    m_undo.push_back(std::move(step));
    m_model->refreshRows();
    showCurrent();
    statusBar()->showMessage(tr("%1: %2 changed. Ctrl+Z undoes it.").arg(label).arg(changed), 6000);
    emit collectionChanged();
}

void BrowserWindow::undo()
{
    // Typing not yet saved is saved first, so it is what this undo takes back (and a later
    // showCurrent() cannot write it over what the undo restored).
    if (m_editor->isModified())
        m_editor->commit();
    if (m_undo.empty()) {
        statusBar()->showMessage(tr("Nothing to undo."), 4000);
        return;
    }
    UndoStep step = std::move(m_undo.back());
    m_undo.pop_back();
    if (step.noteEdit) {
        if (Result<void> r = NoteCards::undo(m_collection, *step.noteEdit); !r) {
            QMessageBox::warning(this, tr("Browse"), r.error().message);
            return;
        }
        m_model->refreshRows();
        showCurrent();
        reloadSidebar();
        statusBar()->showMessage(tr("Undone: %1").arg(step.label), 6000);
        emit collectionChanged();
        return;
    }
    if (step.deleted) {
        // The notes, their cards and the answer-undo records the deletion cleared.
        if (Result<void> r = m_collection.restoreNotes(step.removal); !r) {
            QMessageBox::warning(this, tr("Browse"), r.error().message);
            return;
        }
    } else {
        Collection::Transaction tx(m_collection);
        for (const Note &n : step.notes)
            if (Result<void> r = m_collection.updateNote(n); !r) {
                QMessageBox::warning(this, tr("Browse"), r.error().message);
                return;
            }
        for (const Card &c : step.cards)
            if (Result<void> r = m_collection.updateCard(c); !r) {
                QMessageBox::warning(this, tr("Browse"), r.error().message);
                return;
            }
        if (auto r = tx.commit(); !r) {
            QMessageBox::warning(this, tr("Browse"), r.error().message);
            return;
        }
    }
    if (step.deleted)
        search();
    else
        m_model->refreshRows();
    showCurrent();
    reloadSidebar();
    statusBar()->showMessage(tr("Undone: %1").arg(step.label), 6000);
    emit collectionChanged();
}

void BrowserWindow::noteSaved(const NoteChange &change)
{
    UndoStep step{tr("Edit Note"), {}, {}};
    step.noteEdit = change;
    m_undo.push_back(std::move(step));
    m_model->refreshRows();
    if (!change.cardsAdded.empty())
        search();   // the note has new cards (a branch, layer or cloze added): new rows
    reloadSidebar();
    statusBar()->showMessage(tr("Note saved. Ctrl+Z undoes it."), 6000);
    emit collectionChanged();
}

void BrowserWindow::setSuspended(bool suspended)
{
    changeCards(suspended ? tr("Suspend") : tr("Unsuspend"), [suspended](Card &c) {
        const CardQueue wanted = suspended ? CardQueue::Suspended : CardQueue::Normal;
        if (c.queue == wanted || (!suspended && c.queue != CardQueue::Suspended))
            return false;
        c.queue = wanted;
        return true;
    });
}

void BrowserWindow::setBuried(bool buried)
{
    const int tomorrow = int(searchContext().today) + 1;
    changeCards(buried ? tr("Bury") : tr("Unbury"), [buried, tomorrow](Card &c) {
        const bool isBuried = c.queue == CardQueue::ManuallyBuried || c.queue == CardQueue::SiblingBuried;
        if (buried) {
            if (c.queue != CardQueue::Normal)
                return false;   // a suspended card stays suspended
            c.queue = CardQueue::ManuallyBuried;
            c.buriedUntilDay = tomorrow;
            return true;
        }
        if (!isBuried)
            return false;
        c.queue = CardQueue::Normal;
        c.buriedUntilDay = 0;
        return true;
    });
}

void BrowserWindow::resetToNew()
{
    // After the last new card: the search's Due order lists new cards first, highest position first.
    qint64 next = 0;
    auto newest = CardSearch(m_collection.database())
                      .cards(*SearchParser::parse(QStringLiteral("is:new")), searchContext(), SearchOrder::Due, true);
    if (newest && !newest->empty())
        if (auto c = m_collection.card(newest->front()); c && std::holds_alternative<NewState>(c->state))
            next = std::get<NewState>(c->state).position + 1;
    changeCards(tr("Reset to New"), [&next](Card &c) {
        if (std::holds_alternative<NewState>(c.state))
            return false;
        c.state = NewState{next++};
        c.reps = 0;
        if (c.queue != CardQueue::Suspended)
            c.queue = CardQueue::Normal;
        c.buriedUntilDay = 0;
        return true;
    });
}

void BrowserWindow::deleteNotes()
{
    if (m_editor->isModified())
        m_editor->commit();
    UndoStep step{tr("Delete"), {}, {}, true};
    std::vector<NoteId> ids;
    for (const Note &n : selectedNotes())
        ids.push_back(n.id);
    if (ids.empty())
        return;
    auto removal = m_collection.removeNotesUndoable(ids);
    if (!removal) {
        QMessageBox::warning(this, tr("Browse"), removal.error().message);
        return;
    }
    step.removal = std::move(*removal);
    const int count = int(ids.size());
    m_undo.push_back(std::move(step));
    search();
    reloadSidebar();
    statusBar()->showMessage(tr("%1 notes deleted. Ctrl+Z brings them back.").arg(count), 6000);
    emit collectionChanged();
}

void BrowserWindow::setDueInDays(int days, bool setInterval)
{
    const qint64 dueDay = searchContext().today + days;
    const int interval = qMax(1, days);
    changeCards(tr("Set Due Date"), [&](Card &c) {
        ReviewState review;
        if (const auto *r = std::get_if<ReviewState>(&c.state))
            review = *r;
        else if (const auto *rl = std::get_if<RelearningState>(&c.state))
            review = rl->review;
        else
            review.intervalDays = interval;   // new or learning: the ease stays the default 250%
        if (setInterval)
            review.intervalDays = interval;
        review.dueDay = dueDay;
        c.state = review;
        if (c.queue != CardQueue::Suspended)
            c.queue = CardQueue::Normal;
        return true;
    });
}

void BrowserWindow::chooseDueDate()
{
    if (!m_table->selectionModel()->hasSelection())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Set Due Date"),
                                               tr("Due in how many days (0 = today)? End with ! to make that the interval too."),
                                               QLineEdit::Normal, QStringLiteral("0"), &ok).trimmed();
    if (!ok)
        return;
    const bool setInterval = text.endsWith(QLatin1Char('!'));
    bool number = false;
    const int days = (setInterval ? text.chopped(1) : text).trimmed().toInt(&number);
    if (!number || days < 0 || days > 36500) {
        QMessageBox::warning(this, tr("Set Due Date"), tr("'%1' is not a number of days from 0 to 36500.").arg(text));
        return;
    }
    setDueInDays(days, setInterval);
}

void BrowserWindow::moveToDeck(const QString &deckName)
{
    auto deck = m_collection.ensureDeck(deckName);
    if (!deck) {
        QMessageBox::warning(this, tr("Browse"), deck.error().message);
        return;
    }
    const DeckId id = deck->id;
    changeCards(tr("Change Deck"), [id](Card &c) {
        if (c.deckId == id)
            return false;
        c.deckId = id;
        return true;
    });
    reloadSidebar();
}

void BrowserWindow::addTags(const QStringList &tags)
{
    changeNotes(tr("Add Tags"), [tags](Note &n) {
        bool changed = false;
        for (const QString &t : tags)
            if (!n.tags.contains(t, Qt::CaseInsensitive)) {
                n.tags << t;
                changed = true;
            }
        return changed;
    });
    reloadSidebar();
}

void BrowserWindow::removeTags(const QStringList &tags)
{
    changeNotes(tr("Remove Tags"), [tags](Note &n) {
        const int before = n.tags.size();
        for (const QString &t : tags)
            n.tags.erase(std::remove_if(n.tags.begin(), n.tags.end(),
                                        [&t](const QString &x) { return x.compare(t, Qt::CaseInsensitive) == 0; }),
                         n.tags.end());
        return n.tags.size() != before;
    });
    reloadSidebar();
}

void BrowserWindow::setFlag(int flag)
{
    changeCards(flag ? tr("Flag") : tr("Remove Flag"), [flag](Card &c) {
        if ((c.flags & 7) == flag)
            return false;
        c.flags = (c.flags & ~7) | flag;
        return true;
    });
}

void BrowserWindow::chooseDeck()
{
    if (!m_table->selectionModel()->hasSelection())
        return;
    QStringList names;
    if (auto decks = m_collection.decks())
        for (const Deck &d : *decks)
            names << d.name;
    names.sort(Qt::CaseInsensitive);
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Change Deck"), tr("Move the selected cards to the deck (a new name creates it):"),
                                               names, 0, true, &ok).trimmed();
    if (ok && !name.isEmpty())
        moveToDeck(name);
}

void BrowserWindow::chooseTags(bool add)
{
    if (!m_table->selectionModel()->hasSelection())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, add ? tr("Add Tags") : tr("Remove Tags"),
                                               tr("Tags, separated by spaces:"), QLineEdit::Normal, QString(), &ok);
    const QStringList tags = Tags::split(text);
    if (!ok || tags.isEmpty())
        return;
    if (add)
        addTags(tags);
    else
        removeTags(tags);
}

bool BrowserWindow::findAndReplace(const QString &find, const QString &replacement, bool regex, bool ignoreCase,
                                   const QString &field)
{
    QRegularExpression re(regex ? find : QRegularExpression::escape(find),
                          ignoreCase ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
    if (find.isEmpty() || !re.isValid()) {
        QMessageBox::warning(this, tr("Find and Replace"),
                             find.isEmpty() ? tr("Type the text to find.") : tr("The pattern is not valid: %1").arg(re.errorString()));
        return false;
    }
    std::map<NotetypeId, QStringList> fieldNames;
    changeNotes(tr("Find and Replace"), [&](Note &n) {
        if (!fieldNames.count(n.notetypeId)) {
            auto nt = m_collection.notetype(n.notetypeId);
            fieldNames.emplace(n.notetypeId, nt ? nt->fieldNames : QStringList());
        }
        const QStringList &names = fieldNames.at(n.notetypeId);
        bool changed = false;
        for (int i = 0; i < n.fields.size(); ++i) {
            if (!field.isEmpty() && (i >= names.size() || names.at(i).compare(field, Qt::CaseInsensitive) != 0))
                continue;
            const QString after = QString(n.fields.at(i)).replace(re, replacement);
            if (after != n.fields.at(i)) {
                n.fields[i] = after;
                changed = true;
            }
        }
        return changed;
    });
    return true;
}

void BrowserWindow::chooseFindReplace()
{
    if (!m_table->selectionModel()->hasSelection())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Find and Replace"));
    auto *form = new QFormLayout(&dialog);
    auto *find = new QLineEdit(&dialog);
    auto *replacement = new QLineEdit(&dialog);
    replacement->setToolTip(tr("With regular expressions, \\1 inserts the first captured group"));
    auto *field = new QComboBox(&dialog);
    field->addItem(tr("All fields"), QString());
    QStringList names;
    for (const Note &n : selectedNotes())
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
        findAndReplace(find->text(), replacement->text(), regex->isChecked(), ignoreCase->isChecked(),
                       field->currentData().toString());
}

void BrowserWindow::saveSearch(const QString &name, const QString &query)
{
    QSettings settings;
    QVariantMap saved = settings.value(QLatin1String(kSavedSearchesKey)).toMap();
    saved.insert(name, query);
    settings.setValue(QLatin1String(kSavedSearchesKey), saved);
    reloadSidebar();
}

void BrowserWindow::removeSavedSearch(const QString &name)
{
    QSettings settings;
    QVariantMap saved = settings.value(QLatin1String(kSavedSearchesKey)).toMap();
    saved.remove(name);
    settings.setValue(QLatin1String(kSavedSearchesKey), saved);
    reloadSidebar();
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
