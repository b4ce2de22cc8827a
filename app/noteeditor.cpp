#include "noteeditor.h"

#include "cardview.h"
#include "outlineeditor.h"

#include "decks/builtinnotetypes.h"
#include "decks/deckparser.h"
#include "decks/deckwriter.h"
#include "model/deckname.h"
#include "model/duplicatekey.h"
#include "model/tags.h"
#include "render/cardrenderer.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace debrief {

namespace {

// Debrief's kinds that the chooser offers even before the collection has their notetype; choosing
// one creates it (BuiltinNotetypes::ensure). Stored in the chooser as -(kind + 1).
const DeckKind kKinds[] = {DeckKind::Basic, DeckKind::Reversed, DeckKind::Cloze, DeckKind::Pair, DeckKind::Tree, DeckKind::Layers};

// Characters of all fields above which the live preview stops drawing while the note is typed:
// a pasted 5 MB log would otherwise be sanitised, encoded and laid out by the web view at every
// pause, freezing the window for seconds. The note itself is saved in full; the reviewer shows it
// within the renderer's own limits (RenderLimits).
constexpr int kMaxPreviewChars = 512 * 1024;

bool isDark(const QWidget *w) { return w->palette().color(QPalette::Window).lightness() < 128; }

// As the deck parser reads a field: trailing spaces of each line and blank lines around the value
// are dropped, so a note typed here stores what the same text in a .deck file would.
QString deckText(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        int end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

NoteEditor::NoteEditor(Collection &collection, const Clock &clock, Mode mode, bool ownPreview, QWidget *parent)
    : QWidget(parent), m_collection(collection), m_clock(clock), m_mode(mode), m_renderer(std::make_unique<CardRenderer>(collection))
{
    setObjectName(QStringLiteral("noteEditor"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *chooserRow = new QHBoxLayout;
    m_notetype = new QComboBox(this);
    m_notetype->setObjectName(QStringLiteral("notetypeChooser"));
    m_notetype->setAccessibleName(tr("Note type"));
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_notetype);
    m_deck = new QComboBox(this);
    m_deck->setObjectName(QStringLiteral("deckChooser"));
    m_deck->setEditable(true);   // a new name creates the deck
    m_deck->setInsertPolicy(QComboBox::NoInsert);
    m_deck->setAccessibleName(tr("Deck"));
    m_deck->setToolTip(tr("The deck the new cards go to; type a new name (Parent::Child) to create one"));
    auto *deckLabel = new QLabel(tr("&Deck:"), this);
    deckLabel->setBuddy(m_deck);
    chooserRow->addWidget(typeLabel);
    chooserRow->addWidget(m_notetype, 1);
    chooserRow->addSpacing(12);
    chooserRow->addWidget(deckLabel);
    chooserRow->addWidget(m_deck, 2);
    outer->addLayout(chooserRow);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("editorSplitter"));
    split->setChildrenCollapsible(false);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_fieldsBox = new QWidget(scroll);
    m_form = new QFormLayout(m_fieldsBox);
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);   // labels above: long answers get the width
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(m_fieldsBox);
    leftLayout->addWidget(scroll, 1);

    auto *tagRow = new QHBoxLayout;
    m_tags = new QLineEdit(left);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by spaces (Parent::child for a hierarchy)"));
    auto *tagLabel = new QLabel(tr("Ta&gs:"), left);
    tagLabel->setBuddy(m_tags);
    tagRow->addWidget(tagLabel);
    tagRow->addWidget(m_tags, 1);
    leftLayout->addLayout(tagRow);
    m_tagCompleter = new QCompleter(new QStringListModel(this), this);
    m_tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagCompleter->setWidget(m_tags);
    connect(m_tags, &QLineEdit::textEdited, this, [this] {
        completeTag();
        edited();
    });
    connect(m_tagCompleter, qOverload<const QString &>(&QCompleter::activated), this, &NoteEditor::insertTag);

    m_duplicate = new QLabel(left);
    m_duplicate->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicate->setWordWrap(true);
    QPalette warn = m_duplicate->palette();
    warn.setColor(QPalette::WindowText, isDark(this) ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa0, 0x4a, 0x00));
    m_duplicate->setPalette(warn);
    m_duplicate->hide();
    leftLayout->addWidget(m_duplicate);
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);
    leftLayout->addWidget(m_status);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *cardRow = new QHBoxLayout;
    m_cardChooser = new QComboBox(right);
    m_cardChooser->setObjectName(QStringLiteral("previewCard"));
    m_cardChooser->setAccessibleName(tr("Card to preview"));
    auto *cardLabel = new QLabel(tr("&Preview:"), right);
    cardLabel->setBuddy(m_cardChooser);
    cardRow->addWidget(cardLabel);
    cardRow->addWidget(m_cardChooser, 1);
    rightLayout->addLayout(cardRow);
    connect(m_cardChooser, qOverload<int>(&QComboBox::activated), this, [this] { updatePreview(); });
    if (ownPreview) {
        m_preview = new CardView(right);
        m_preview->setObjectName(QStringLiteral("editorPreview"));
        m_preview->setMediaDir(m_collection.mediaDir());
        m_preview->setMinimumWidth(260);
        rightLayout->addWidget(m_preview, 1);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
    } else {
        // The browser shows the preview in its own pane; only the card chooser stays, under the fields.
        rightLayout->addStretch(1);
        leftLayout->insertWidget(leftLayout->count(), right);
    }
    outer->addWidget(split, 1);

    // Typing pauses of 250 ms redraw the preview: quick enough to feel live, and the web view is
    // not asked to lay out a card for every key.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        checkDuplicate();
        updatePreview();
    });

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this] { commit(); });
    }
    setToolTip(mode == Mode::Add ? tr("Ctrl+Enter adds the note") : tr("Ctrl+Enter saves the note"));

    if (auto tags = m_collection.allTags())
        static_cast<QStringListModel *>(m_tagCompleter->model())->setStringList(*tags);
    loadDecks();
    loadNotetypes();
    connect(m_notetype, qOverload<int>(&QComboBox::activated), this, [this] { notetypeChosen(); });
    connect(m_deck, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading && m_mode == Mode::Add)
            updatePreview();
    });

    if (m_mode == Mode::Add) {
        QSettings settings;
        selectDeck(settings.value(QStringLiteral("editor/deck")).toLongLong());
        selectNotetype(settings.value(QStringLiteral("editor/notetype")).toLongLong());
        notetypeChosen();
    } else {
        m_notetype->setEnabled(false);   // an existing note keeps its type
        m_deck->setEnabled(false);       // the browser's Change Deck moves cards
        buildFields({});
        setEnabled(false);
    }
}

NoteEditor::~NoteEditor() = default;

void NoteEditor::loadDecks()
{
    m_deck->clear();
    auto decks = m_collection.decks();
    if (!decks)
        return;
    std::vector<Deck> sorted = *decks;
    std::sort(sorted.begin(), sorted.end(), [](const Deck &a, const Deck &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    for (const Deck &d : sorted)
        m_deck->addItem(d.name, d.id);
}

void NoteEditor::loadNotetypes()
{
    const QVariant current = m_notetype->currentData();
    m_notetype->clear();
    auto types = m_collection.notetypes();
    std::vector<Notetype> all = types ? *types : std::vector<Notetype>();
    // Debrief's kinds first, in the deck format's order; then every other type by name.
    for (DeckKind kind : kKinds) {
        auto found = std::find_if(all.begin(), all.end(), [kind](const Notetype &t) { return BuiltinNotetypes::kindOf(t) == kind; });
        if (found != all.end()) {
            m_notetype->addItem(found->name, found->id);
            all.erase(found);
        } else {
            m_notetype->addItem(BuiltinNotetypes::name(kind), -qint64(int(kind) + 1));
        }
    }
    std::sort(all.begin(), all.end(), [](const Notetype &a, const Notetype &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    for (const Notetype &t : all)
        m_notetype->addItem(t.name, t.id);
    const int index = m_notetype->findData(current);
    if (index >= 0)
        m_notetype->setCurrentIndex(index);
}

void NoteEditor::selectDeck(DeckId deck)
{
    const int index = m_deck->findData(deck);
    if (index >= 0)
        m_deck->setCurrentIndex(index);
}

void NoteEditor::selectNotetype(NotetypeId notetype)
{
    const int index = m_notetype->findData(notetype);
    if (index >= 0) {
        m_notetype->setCurrentIndex(index);
        if (m_mode == Mode::Add)
            notetypeChosen();
    }
}

void NoteEditor::notetypeChosen()
{
    qint64 id = m_notetype->currentData().toLongLong();
    if (id < 0) {
        // A Debrief kind this collection has no notetype for yet: made now, so the preview can draw it.
        auto made = BuiltinNotetypes::ensure(m_collection, DeckKind(-id - 1));
        if (!made) {
            m_status->setText(made.error().message);
            return;
        }
        id = made->id;
        loadNotetypes();
        m_notetype->setCurrentIndex(m_notetype->findData(id));
    }
    auto type = m_collection.notetype(id);
    if (!type) {
        m_status->setText(type.error().message);
        return;
    }
    // Fields of the same name keep what was typed when the type changes.
    QStringList keep;
    const Note before = draft();
    for (const QString &name : type->fieldNames) {
        const int i = m_type.fieldNames.indexOf(name);
        keep << (i >= 0 ? before.fields.value(i) : QString());
    }
    m_type = *type;
    buildFields(keep);
    if (m_mode == Mode::Add)
        QSettings().setValue(QStringLiteral("editor/notetype"), m_type.id);
    m_previewTimer->start();   // a new type alone is no edit to lose
}

QString NoteEditor::fieldLabel(const QString &name) const
{
    if (!BuiltinNotetypes::kindOf(m_type))
        return name;
    static const char *const labels[][2] = {
        {"Question", QT_TR_NOOP("Question")},
        {"Weak", QT_TR_NOOP("Weak answer (what a weak candidate says)")},
        {"Strong", QT_TR_NOOP("Strong answer (about 20 words)")},
        {"Why", QT_TR_NOOP("Why the strong answer wins")},
        {"Model", QT_TR_NOOP("Model answer (optional, 80 to 150 words)")},
        {"Points", QT_TR_NOOP("Key points (one per line, ticked in rehearsal)")},
        {"Root", QT_TR_NOOP("Root (the failure)")},
        {"Branches", QT_TR_NOOP("Branches: causes, how to detect and fix each")},
        {"Layers", QT_TR_NOOP("Layers: metrics, and the decision each drives")},
    };
    for (const auto &l : labels)
        if (name == QLatin1String(l[0]))
            return tr(l[1]);
    return name;
}

void NoteEditor::buildFields(const QStringList &values)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_outline = nullptr;
    const std::optional<DeckKind> kind = BuiltinNotetypes::kindOf(m_type);
    for (const QString &name : m_type.fieldNames) {
        QWidget *editor = nullptr;
        if ((kind == DeckKind::Tree && name == QLatin1String("Branches")) || (kind == DeckKind::Layers && name == QLatin1String("Layers"))) {
            m_outline = new OutlineEditor(kind == DeckKind::Tree ? OutlineEditor::Mode::Branches : OutlineEditor::Mode::Layers, m_fieldsBox);
            connect(m_outline, &OutlineEditor::changed, this, &NoteEditor::edited);
            editor = m_outline;
        } else {
            auto *text = new QPlainTextEdit(m_fieldsBox);
            text->setTabChangesFocus(true);
            const bool tall = name == QLatin1String("Model") || name == QLatin1String("Points") || name == QLatin1String("Back")
                || name == QLatin1String("Text");
            text->setMinimumHeight(text->fontMetrics().lineSpacing() * (tall ? 4 : 2) + 12);
            text->setMaximumHeight(text->fontMetrics().lineSpacing() * (tall ? 8 : 5) + 12);
            connect(text, &QPlainTextEdit::textChanged, this, &NoteEditor::edited);
            editor = text;
        }
        editor->setObjectName(QStringLiteral("field_%1").arg(name));
        editor->setAccessibleName(name);
        m_form->addRow(fieldLabel(name), editor);
        editor->show();   // now, not on the next event-loop pass, so a caller can focus it at once
        m_editors << editor;
    }
    setFields(values);
}

void NoteEditor::setFields(const QStringList &fields)
{
    m_loading = true;
    const bool builtin = BuiltinNotetypes::kindOf(m_type).has_value();
    for (int i = 0; i < m_editors.size(); ++i) {
        const QString value = fields.value(i);
        if (auto *outline = qobject_cast<OutlineEditor *>(m_editors.at(i))) {
            outline->setText(value);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(m_editors.at(i))) {
            const bool points = builtin && m_type.fieldNames.value(i) == deckPointsField();
            text->setPlainText(points ? DeckParser::parsePoints(value).join(QLatin1Char('\n')) : value);
        }
    }
    m_loading = false;
}

QPlainTextEdit *NoteEditor::fieldEditor(const QString &fieldName) const
{
    const int i = m_type.fieldNames.indexOf(fieldName);
    return i >= 0 ? qobject_cast<QPlainTextEdit *>(m_editors.value(i)) : nullptr;
}

Note NoteEditor::draft() const
{
    Note note = m_note.value_or(Note());
    note.notetypeId = m_type.id;
    note.fields.clear();
    const bool builtin = BuiltinNotetypes::kindOf(m_type).has_value();
    for (int i = 0; i < m_editors.size(); ++i) {
        const QString name = m_type.fieldNames.value(i);
        if (auto *outline = qobject_cast<OutlineEditor *>(m_editors.at(i))) {
            note.fields << outline->text();
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(m_editors.at(i))) {
            const QString value = text->toPlainText();
            if (builtin && name == deckPointsField()) {
                QStringList points;
                for (const QString &line : value.split(QLatin1Char('\n')))
                    if (!line.trimmed().isEmpty())
                        points << line.trimmed();
                note.fields << DeckWriter::writePoints(points);
            } else {
                // Imported types hold HTML, stored as typed; our own kinds hold deck-format Markdown.
                note.fields << (builtin ? deckText(value) : value);
            }
        }
    }
    note.tags = Tags::split(m_tags->text());
    note.tags.removeDuplicates();
    return note;
}

void NoteEditor::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void NoteEditor::edited()
{
    if (m_loading)
        return;
    setModified(true);
    m_status->clear();
    m_previewTimer->start();
}

bool NoteEditor::loadCard(CardId cardId)
{
    auto card = m_collection.card(cardId);
    if (!card)
        return false;
    auto note = m_collection.note(card->noteId);
    if (!note)
        return false;
    auto type = m_collection.notetype(note->notetypeId);
    if (!type)
        return false;
    m_loading = true;
    m_card = *card;
    m_note = *note;
    m_type = *type;
    m_notetype->setCurrentIndex(m_notetype->findData(m_type.id));
    selectDeck(card->deckId);
    buildFields(note->fields);
    m_loading = true;
    m_tags->setText(note->tags.join(QLatin1Char(' ')));
    m_loading = false;
    m_status->clear();
    m_cardChooser->clear();   // the chooser starts on the card the note was opened from
    setEnabled(true);
    setModified(false);
    checkDuplicate();
    updatePreview();
    return true;
}

std::optional<NoteId> NoteEditor::noteId() const
{
    return m_note ? std::optional<NoteId>(m_note->id) : std::nullopt;
}

void NoteEditor::unload()
{
    m_note.reset();
    m_card.reset();
    m_previewTimer->stop();
    setFields({});
    m_loading = true;
    m_tags->clear();
    m_loading = false;
    m_duplicate->hide();
    setModified(false);
    setEnabled(false);
}

void NoteEditor::checkDuplicate()
{
    const Note note = draft();
    const QString key = DuplicateKey::of(note.fields.value(0));
    if (key.isEmpty() || m_type.id == 0) {
        m_duplicate->hide();
        return;
    }
    auto keys = m_keys.find(m_type.id);
    if (keys == m_keys.end()) {
        // Every first field of the type, read once: later checks are a hash lookup per pause.
        QHash<QString, QList<NoteId>> map;
        if (auto fields = m_collection.firstFields(m_type.id))
            for (const auto &[id, first] : *fields)
                map[DuplicateKey::of(first)] << id;
        keys = m_keys.insert(m_type.id, map);
    }
    QList<NoteId> ids = keys->value(key);
    if (m_note)
        ids.removeAll(m_note->id);
    m_duplicate->setVisible(!ids.isEmpty());
    if (!ids.isEmpty())
        m_duplicate->setText(tr("Duplicate: %n other note(s) of this type have the same %1.", nullptr, int(ids.size()))
                                 .arg(fieldLabel(m_type.fieldNames.value(0))));
}

void NoteEditor::fillCardChooser(const Notetype &type, const QStringList &fields)
{
    const QVariant current = m_cardChooser->currentData();
    m_cardChooser->clear();
    const std::optional<DeckKind> kind = BuiltinNotetypes::kindOf(type);
    for (int ord : NoteCards::ords(type, fields)) {
        QString label;
        if (kind == DeckKind::Tree)
            label = ord == 0 ? tr("Whole tree") : tr("Branch %1").arg(ord);
        else if (kind == DeckKind::Layers)
            label = ord == 0 ? tr("Whole stack") : tr("Layer %1").arg(ord);
        else if (type.kind == NotetypeKind::Cloze)
            label = tr("Cloze %1").arg(ord + 1);
        else if (ord < int(type.templates.size()))
            label = type.templates[size_t(ord)].name;
        else
            label = tr("Card %1").arg(ord + 1);
        m_cardChooser->addItem(label, ord);
    }
    int index = m_cardChooser->findData(current);
    if (!current.isValid() && m_card)
        index = m_cardChooser->findData(m_card->ord);
    m_cardChooser->setCurrentIndex(qMax(0, index));
}

void NoteEditor::updatePreview()
{
    m_previewTimer->stop();
    if (m_type.id == 0 || (m_mode == Mode::Edit && !m_note))
        return;
    const Note note = draft();
    fillCardChooser(m_type, note.fields);
    qint64 chars = 0;
    for (const QString &f : note.fields)
        chars += f.size();
    if (chars > kMaxPreviewChars) {
        const QString html = QStringLiteral("<p>%1</p>").arg(
            tr("No preview: this note holds %1 characters, more than the preview draws while you type (%2). It is saved in full.")
                .arg(QLocale().toString(chars), QLocale().toString(kMaxPreviewChars))
                .toHtmlEscaped());
        if (m_preview)
            m_preview->showCard(html, QString(), isDark(this));
        emit previewReady(html, QString());
        return;
    }
    Card card = m_card.value_or(Card());
    card.ord = m_cardChooser->currentData().toInt();
    if (!m_card)
        card.deckId = m_deck->currentData().toLongLong();
    QString html;
    QString css;
    auto rendered = m_renderer->render(card, note);
    if (!rendered) {
        html = QStringLiteral("<p>%1</p>").arg(rendered.error().message.toHtmlEscaped());
    } else {
        // Both sides. Debrief's own kinds lay the question out on their answer side, and Anki's
        // answers usually repeat it above their <hr id="answer">; the rest get it added.
        html = m_type.markdownFields || rendered->answer.contains(rendered->question)
            ? rendered->answer
            : rendered->question + QStringLiteral("<hr id=\"answer\">") + rendered->answer;
        // Every branch at once: what is being edited should be in view (the reviewer reveals them with N).
        html.replace(QLatin1String("dbf-hidden"), QLatin1String("dbf-shown"));
        css = rendered->css;
    }
    if (m_preview)
        m_preview->showCard(html, css, isDark(this));
    emit previewReady(html, css);
}

std::optional<DeckId> NoteEditor::chosenDeck()
{
    const QString name = m_deck->currentText().trimmed();
    if (name.isEmpty()) {
        m_status->setText(tr("Choose a deck for the new cards."));
        return std::nullopt;
    }
    if (const QString problem = DeckName::problem(name); !problem.isEmpty()) {
        m_status->setText(problem);
        return std::nullopt;
    }
    auto deck = m_collection.ensureDeck(name);
    if (!deck) {
        m_status->setText(deck.error().message);
        return std::nullopt;
    }
    return deck->id;
}

std::optional<NoteChange> NoteEditor::commit()
{
    if (m_type.id == 0 || (m_mode == Mode::Edit && !m_note))
        return std::nullopt;
    if (m_outline) {
        m_outline->finishEditing();
        if (const QString why = m_outline->refusal(); !why.isEmpty()) {
            m_status->setText(why + QLatin1Char(' ') + tr("Nothing was saved."));
            return std::nullopt;
        }
    }
    const Note note = draft();
    if (std::all_of(note.fields.begin(), note.fields.end(), [](const QString &f) { return f.trimmed().isEmpty(); })) {
        m_status->setText(tr("The note is empty: type its fields first."));
        return std::nullopt;
    }
    // A first field that only looks filled ("<br>", "&nbsp;", "<div></div>") would add a note no
    // search or duplicate check can tell apart; media counts as content, as in the import check
    // (DuplicateKey keeps file names). An imported note whose first field was already empty can
    // still be saved, so fixing its other fields is not blocked.
    const bool firstWasEmpty = m_note && DuplicateKey::of(m_note->fields.value(0)).isEmpty();
    if (!firstWasEmpty && !m_editors.isEmpty() && DuplicateKey::of(note.fields.value(0)).isEmpty()) {
        m_status->setText(tr("The first field (%1) is empty or holds only formatting: type its text first; nothing was saved.")
                              .arg(fieldLabel(m_type.fieldNames.value(0))));
        if (auto *first = m_editors.first())
            first->setFocus();
        return std::nullopt;
    }
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    Result<NoteChange> change = makeError(Error::Kind::Internal, QString());
    DeckId addedTo = 0;
    if (m_mode == Mode::Add) {
        Collection::Transaction tx(m_collection);   // a new deck and the note, or neither
        const std::optional<DeckId> deck = chosenDeck();
        if (!deck)
            return std::nullopt;
        addedTo = *deck;
        change = NoteCards::add(m_collection, note, *deck, now);
        if (change)
            if (auto r = tx.commit(); !r)
                change = r.error();
        if (change)
            QSettings().setValue(QStringLiteral("editor/deck"), *deck);
    } else {
        change = NoteCards::update(m_collection, note, m_card->deckId, now);
    }
    if (!change) {
        m_status->setText(change.error().message);
        return std::nullopt;
    }
    // Later duplicate checks know this note.
    if (auto keys = m_keys.find(m_type.id); keys != m_keys.end()) {
        if (m_mode == Mode::Edit)
            for (auto &ids : *keys)
                ids.removeAll(change->note.id);
        (*keys)[DuplicateKey::of(change->note.fields.value(0))] << change->note.id;
    }
    if (auto tags = m_collection.allTags())
        static_cast<QStringListModel *>(m_tagCompleter->model())->setStringList(*tags);
    if (m_mode == Mode::Add) {
        // Deck, type and tags stay for the next note; the fields start empty.
        loadDecks();   // the deck may be new
        selectDeck(addedTo);
        setFields({});
        m_duplicate->hide();
        m_status->setText(tr("Added, with %n card(s).", nullptr, int(change->cardsAdded.size())));
        if (!m_editors.isEmpty())
            m_editors.first()->setFocus();
        m_cardChooser->clear();
        updatePreview();
    } else {
        m_note = change->note;
        m_status->setText(tr("Saved."));
        checkDuplicate();
    }
    setModified(false);
    emit committed(*change);
    return *change;
}

void NoteEditor::completeTag()
{
    // Completes the word under the cursor, not the whole line: tags are a space-separated list.
    const QString text = m_tags->text().left(m_tags->cursorPosition());
    const QString word = text.mid(text.lastIndexOf(QLatin1Char(' ')) + 1);
    if (word.isEmpty()) {
        m_tagCompleter->popup()->hide();
        return;
    }
    m_tagCompleter->setCompletionPrefix(word);
    if (m_tagCompleter->completionCount() > 0)
        m_tagCompleter->complete();
    else
        m_tagCompleter->popup()->hide();
}

void NoteEditor::insertTag(const QString &tag)
{
    const int cursor = m_tags->cursorPosition();
    const QString before = m_tags->text().left(cursor);
    const QString after = m_tags->text().mid(cursor);
    const int start = before.lastIndexOf(QLatin1Char(' ')) + 1;
    m_tags->setText(before.left(start) + tag + QLatin1Char(' ') + after.trimmed());
    m_tags->setCursorPosition(start + tag.size() + 1);
    edited();
}

} // namespace debrief
