#include "textimportdialog.h"

#include "import/csvreader.h"
#include "import/textimporter.h"
#include "model/stocknotetypes.h"
#include "storage/collection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace debrief {

namespace {

// Rows read to count the columns: enough to meet the odd longer row near the top without
// reading a huge file twice per option change (parse() reads it all anyway).
constexpr int kScanRows = 1000;
// Characters of a cell shown in the preview and in its tooltip.
constexpr int kCellChars = 300;
constexpr int kTooltipChars = 1000;

// A field's HTML as one line of text, the way a reader of the card would see its words.
QString plainText(const QString &html)
{
    QString s = QTextDocumentFragment::fromHtml(html).toPlainText();
    for (QChar c : {QChar(QLatin1Char('\n')), QChar(QChar::LineSeparator), QChar(QChar::ParagraphSeparator)})
        s.replace(c, QStringLiteral(" \u21B5 "));
    s.replace(QChar(QChar::Nbsp), QLatin1Char(' '));
    return s.trimmed();
}

QString cut(const QString &s, int n)
{
    return s.size() > n ? s.left(n) + QChar(0x2026) : s;
}

} // namespace

TextImportDialog::TextImportDialog(Collection &collection, const QString &path, QWidget *parent)
    : QDialog(parent), m_fileName(QFileInfo(path).fileName())
{
    setWindowTitle(tr("Import %1").arg(m_fileName));

    // Notetypes once: the preview re-parses on every change and must not query SQLite each time.
    if (auto types = collection.notetypes())
        for (const Notetype &t : *types)
            m_notetypes.append({qint64(t.id), t.name, t.fieldNames});
    std::sort(m_notetypes.begin(), m_notetypes.end(),
              [](const NotetypeInfo &a, const NotetypeInfo &b) { return a.name.localeAwareCompare(b.name) < 0; });
    // The importer creates Basic and Cloze on first use, so they are always on offer.
    for (const Notetype &stock : {StockNotetypes::basic(), StockNotetypes::cloze()}) {
        const bool present = std::any_of(m_notetypes.cbegin(), m_notetypes.cend(),
                                         [&](const NotetypeInfo &t) { return t.name == stock.name; });
        if (!present)
            m_notetypes.append({0, stock.name, stock.fieldNames});
    }

    auto *fileBox = new QGroupBox(tr("File"), this);
    auto *fileForm = new QFormLayout(fileBox);
    fileForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);   // a short list needs no wide combo
    m_separator = new QComboBox(fileBox);
    m_separator->setObjectName(QStringLiteral("separator"));
    m_separator->addItem(tr("Detect"), QString());
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_separator->addItem(tr("Comma"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_separator->addItem(tr("Pipe"), QStringLiteral("|"));
    m_separator->addItem(tr("Colon"), QStringLiteral(":"));
    m_separator->addItem(tr("Space"), QStringLiteral(" "));
    auto *separatorLabel = new QLabel(tr("&Separator:"), fileBox);
    separatorLabel->setBuddy(m_separator);
    fileForm->addRow(separatorLabel, m_separator);
    m_header = new QCheckBox(tr("First line is a &header"), fileBox);
    m_header->setObjectName(QStringLiteral("header"));
    fileForm->addRow(m_header);
    m_html = new QCheckBox(tr("Allow &HTML in fields"), fileBox);
    m_html->setObjectName(QStringLiteral("html"));
    m_html->setChecked(ImportOptions().allowHtml);
    m_html->setToolTip(tr("Off: text such as <b> is shown as typed instead of making bold text."));
    fileForm->addRow(m_html);

    auto *targetBox = new QGroupBox(tr("Import into"), this);
    auto *targetForm = new QFormLayout(targetBox);
    m_notetype = new QComboBox(targetBox);
    m_notetype->setObjectName(QStringLiteral("notetype"));
    for (const NotetypeInfo &t : std::as_const(m_notetypes))
        m_notetype->addItem(t.name);
    auto *notetypeLabel = new QLabel(tr("&Notetype:"), targetBox);
    notetypeLabel->setBuddy(m_notetype);
    targetForm->addRow(notetypeLabel, m_notetype);
    m_deck = new QComboBox(targetBox);
    m_deck->setObjectName(QStringLiteral("deck"));
    m_deck->setEditable(true);
    m_deck->setInsertPolicy(QComboBox::NoInsert);   // a typed name is used, not added to the list
    m_deck->setToolTip(tr("An existing deck, or a new name (\"Parent::Child\" nests)."));
    if (auto decks = collection.decks()) {
        QStringList names;
        for (const Deck &d : *decks)
            names << d.name;
        names.sort(Qt::CaseInsensitive);
        m_deck->addItems(names);
    }
    auto *deckLabel = new QLabel(tr("&Deck:"), targetBox);
    deckLabel->setBuddy(m_deck);
    targetForm->addRow(deckLabel, m_deck);
    m_notetype->setMinimumContentsLength(16);
    m_deck->setMinimumContentsLength(24);

    auto *top = new QHBoxLayout;
    top->addWidget(fileBox, 1);
    top->addWidget(targetBox, 1);

    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    auto *scroll = new QScrollArea(columnsBox);
    m_mappingScroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);   // Tab goes straight to the combos, which it scrolls into view
    // Many columns scroll down; the rows themselves always fit (see the end of rebuildMapping).
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_mappingBox = new QWidget(scroll);
    m_mappingGrid = new QGridLayout(m_mappingBox);
    m_mappingGrid->setContentsMargins(0, 0, 0, 0);
    m_mappingGrid->setColumnStretch(1, 1);
    scroll->setWidget(m_mappingBox);
    columnsLayout->addWidget(scroll);

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = new QTableWidget(previewBox);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->setTabKeyNavigation(false);   // Tab leaves the table, arrows move inside it
    m_preview->verticalHeader()->setToolTip(tr("Line in the file"));
    m_preview->setToolTip(tr("The first %1 notes as they will be imported; row numbers are lines in the file.")
                              .arg(kPreviewRows));
    previewLayout->addWidget(m_preview);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(columnsBox);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 0);   // the column list keeps its width, the preview takes the rest
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_import = buttons->button(QDialogButtonBox::Ok);
    m_import->setText(tr("&Import"));
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setDefault(true);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1040, 660);

    readFile(path);

    // The file's own #notetype and #deck headers (or Basic and Default) as parse() resolves
    // them without options: the defaults the CLI would use.
    ImportResult probe;
    const ForeignData defaults = TextImporter::parse(
        m_bytes, m_fileName, ImportOptions(), [this](const QString &n) { return fieldNames(n); }, probe);
    const int nt = m_notetype->findText(defaults.defaultNotetype, Qt::MatchFixedString);
    m_notetype->setCurrentIndex(nt >= 0 ? nt : m_notetype->findText(QStringLiteral("Basic")));
    m_deck->setCurrentText(defaults.defaultDeck);
    if (m_fileHeader.html) {
        m_html->setChecked(*m_fileHeader.html);
        m_html->setEnabled(false);
        m_html->setToolTip(tr("The file's #html header decides."));
    }
    if (!m_loadError.isEmpty())
        for (QWidget *w : std::initializer_list<QWidget *>{fileBox, targetBox, columnsBox, previewBox})
            w->setEnabled(false);

    m_deckEdited = new QTimer(this);
    m_deckEdited->setSingleShot(true);
    m_deckEdited->setInterval(200);   // re-parse once typing pauses, not on every key
    connect(m_deckEdited, &QTimer::timeout, this, &TextImportDialog::updatePreview);
    connect(m_separator, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &TextImportDialog::scanColumns);
    connect(m_header, &QCheckBox::toggled, this, &TextImportDialog::scanColumns);
    connect(m_html, &QCheckBox::toggled, this, &TextImportDialog::updatePreview);
    connect(m_notetype, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &TextImportDialog::rebuildMapping);
    connect(m_deck, &QComboBox::editTextChanged, m_deckEdited, QOverload<>::of(&QTimer::start));

    scanColumns();
    m_separator->setFocus();
}

TextImportDialog::~TextImportDialog() = default;

void TextImportDialog::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return;
    }
    // Read one byte past the limit so a file that grows (or lies about its size) is caught too.
    m_bytes = file.read(TextImporter::kMaxFileBytes + 1);
    if (m_bytes.size() > TextImporter::kMaxFileBytes) {
        m_bytes.clear();
        m_loadError = tr("%1 is larger than the %2 MiB a text import accepts.")
                          .arg(m_fileName)
                          .arg(TextImporter::kMaxFileBytes / (1024 * 1024));
        return;
    }
    if (auto text = CsvReader::decode(m_bytes, m_fileName))
        m_text = *text;   // else parse() reports the encoding error and its line

    m_fileHeader = TextImporter::readHeader(m_text, m_fileName);
}

void TextImportDialog::scanColumns()
{
    m_columnCount = 0;
    m_columnLabels.clear();
    m_sampleRow.clear();
    if (!m_text.isEmpty()) {
        // The separator parse() will use: the user's, else the file's #separator, else Anki's
        // guess. Naming the detected one matters: the guess prefers ':' to ',', so a CSV file
        // with URLs in it detects as Colon, and the user should see that without guessing.
        const QChar detected = TextImporter::chooseSeparator(m_text, m_fileHeader, m_fileName);
        const int named = m_separator->findData(QString(detected));
        m_separator->setItemText(0, tr("Detect (%1)").arg(named > 0 ? m_separator->itemText(named)
                                                                    : QStringLiteral("\u201C%1\u201D").arg(detected)));
        const QChar sep = options().separator.isNull() ? detected : options().separator;
        CsvReader reader(m_text, sep, m_fileHeader.dataStart, m_fileHeader.dataLine);
        QList<QStringList> firstRows;
        int width = 0;
        for (int n = 0; n < kScanRows; ++n) {
            auto rec = reader.next();
            if (!rec || !rec->has_value())
                break;   // an oversized field is parse()'s error to report
            width = std::max(width, int((*rec)->fields.size()));
            if (firstRows.size() < 2)
                firstRows.append((*rec)->fields);
        }
        // With a header row parse() drops the first row; its labels count unless #columns gave some.
        const QStringList headerRow = m_header->isChecked() && !firstRows.isEmpty() ? firstRows.takeFirst() : QStringList();
        m_columnLabels = m_fileHeader.columns.isEmpty() ? headerRow : m_fileHeader.columns;
        if (!firstRows.isEmpty())
            m_sampleRow = firstRows.first();
        m_columnCount = std::min(std::max(width, int(m_fileHeader.columns.size())), kMaxColumns);
    }
    rebuildMapping();
}

void TextImportDialog::rebuildMapping()
{
    const QStringList fields = currentFields();

    // Defaults: columns the file's headers assign (#tags column: …) keep that role; when the
    // labels name fields, map by name as parse() does; otherwise column i → field i. The rest
    // are skipped rather than guessed (Anki's "next column holds the tags" would, for a typical
    // export with a source or URL column, turn that text into tags).
    QStringList chosen;
    const TextHeader &h = m_fileHeader;
    for (int i = 0; i < m_columnCount; ++i) {
        const int column = i + 1;   // the header counts from 1
        chosen << (column == h.guidColumn       ? QStringLiteral("guid")
                   : column == h.deckColumn     ? QStringLiteral("deck")
                   : column == h.tagsColumn     ? QStringLiteral("tags")
                   : column == h.notetypeColumn ? QStringLiteral("notetype")
                                                : QString());
    }
    bool byName = false;
    QStringList unused = fields;
    for (int i = 0; i < m_columnCount && i < m_columnLabels.size(); ++i) {
        if (!chosen.at(i).isEmpty())
            continue;
        for (int f = 0; f < unused.size(); ++f) {
            if (unused.at(f).compare(m_columnLabels.at(i), Qt::CaseInsensitive) == 0) {
                chosen[i] = unused.takeAt(f);
                byName = true;
                break;
            }
        }
    }
    if (!byName) {
        int next = 0;
        for (int i = 0; i < m_columnCount && next < fields.size(); ++i)
            if (chosen.at(i).isEmpty())
                chosen[i] = fields.at(next++);
    }

    m_building = true;
    qDeleteAll(m_maps);
    m_maps.clear();
    while (QLayoutItem *item = m_mappingGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QFont sampleFont = font();
    sampleFont.setItalic(true);
    for (int i = 0; i < m_columnCount; ++i) {
        auto *label = new QLabel(tr("Column %1").arg(i + 1), m_mappingBox);
        label->setObjectName(QStringLiteral("column%1").arg(i));
        // The header label when there is one, else the first row's value: what the column holds.
        const bool labelled = i < m_columnLabels.size() && !m_columnLabels.at(i).trimmed().isEmpty();
        const QString hint = labelled ? m_columnLabels.at(i) : plainText(m_sampleRow.value(i));
        auto *sample = new QLabel(m_mappingBox);
        sample->setObjectName(QStringLiteral("sample%1").arg(i));
        sample->setTextFormat(Qt::PlainText);
        sample->setMinimumWidth(60);
        sample->setToolTip(cut(hint, kTooltipChars));
        if (!labelled) {
            sample->setFont(sampleFont);
            sample->setForegroundRole(QPalette::PlaceholderText);
        }
        sample->setText(sample->fontMetrics().elidedText(hint.left(kCellChars), Qt::ElideRight,
                                                         sample->fontMetrics().averageCharWidth() * 22));

        auto *map = new QComboBox(m_mappingBox);
        map->setObjectName(QStringLiteral("map%1").arg(i));
        map->setAccessibleName(tr("Column %1").arg(i + 1));
        for (const QString &f : fields)
            map->addItem(f, f);
        map->insertSeparator(map->count());
        // Data values are what ImportOptions::fieldMap and `--map` understand.
        map->addItem(tr("Tags"), QStringLiteral("tags"));
        map->addItem(tr("Deck"), QStringLiteral("deck"));
        map->addItem(tr("GUID"), QStringLiteral("guid"));
        map->addItem(tr("Notetype"), QStringLiteral("notetype"));
        map->addItem(tr("(skip)"), QString());
        const int idx = chosen.at(i).isEmpty() ? map->count() - 1 : map->findData(chosen.at(i));
        map->setCurrentIndex(idx >= 0 ? idx : map->count() - 1);
        label->setBuddy(map);
        connect(map, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &TextImportDialog::updatePreview);

        m_mappingGrid->addWidget(label, i, 0);
        m_mappingGrid->addWidget(sample, i, 1);
        m_mappingGrid->addWidget(map, i, 2);
        m_maps.append(map);
    }
    m_mappingGrid->setRowStretch(m_columnCount, 1);
    // A scroll area does not grow for its contents, so make it as wide as one row of them.
    m_mappingScroll->setMinimumWidth(m_mappingBox->sizeHint().width()
                                     + m_mappingScroll->verticalScrollBar()->sizeHint().width());
    if (m_columnCount == 0 && m_loadError.isEmpty()) {
        auto *none = new QLabel(tr("No columns found."), m_mappingBox);
        none->setEnabled(false);
        m_mappingGrid->addWidget(none, 0, 0, 1, 3);
    }

    // Keyboard order follows the screen: options, the column combos top to bottom, preview, buttons.
    QWidget *prev = m_deck;
    for (QComboBox *map : std::as_const(m_maps)) {
        setTabOrder(prev, map);
        prev = map;
    }
    setTabOrder(prev, m_preview);
    setTabOrder(m_preview, m_import);
    setTabOrder(m_import, m_cancel);
    m_building = false;
    updatePreview();
}

void TextImportDialog::updatePreview()
{
    if (m_building)
        return;
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (!m_loadError.isEmpty()) {
        m_status->setText(m_loadError);
        m_import->setEnabled(false);
        return;
    }

    const ImportOptions opts = options();
    ImportResult result;
    const ForeignData data = TextImporter::parse(
        m_bytes, m_fileName, opts, [this](const QString &n) { return fieldNames(n); }, result);

    bool anyField = false;
    bool showDeck = false;
    bool showNotetype = false;
    bool showGuid = false;
    for (const QString &m : opts.fieldMap) {
        showDeck |= m == QLatin1String("deck");
        showNotetype |= m == QLatin1String("notetype");
        showGuid |= m == QLatin1String("guid");
        anyField |= !m.isEmpty() && m != QLatin1String("deck") && m != QLatin1String("notetype")
                    && m != QLatin1String("guid") && m != QLatin1String("tags");
    }

    if (result.ok()) {
        QStringList headers = currentFields();
        const int fieldCount = int(headers.size());
        headers << tr("Tags");
        if (showDeck)
            headers << tr("Deck");
        if (showNotetype)
            headers << tr("Notetype");
        if (showGuid)
            headers << tr("GUID");
        const int rows = std::min(int(data.notes.size()), kPreviewRows);
        m_preview->setColumnCount(int(headers.size()));
        m_preview->setHorizontalHeaderLabels(headers);
        m_preview->setRowCount(rows);
        QStringList lines;
        for (int r = 0; r < rows; ++r) {
            const ForeignNote &note = data.notes.at(size_t(r));
            QStringList cells;
            for (int f = 0; f < fieldCount; ++f)
                cells << plainText(note.fields.value(f));
            cells << note.tags.join(QLatin1Char(' '));
            if (showDeck)
                cells << (note.deck.isEmpty() ? data.defaultDeck : note.deck);
            if (showNotetype)
                cells << (note.notetype.isEmpty() ? data.defaultNotetype : note.notetype);
            if (showGuid)
                cells << note.guid;
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cut(cells.at(c), kCellChars));
                item->setToolTip(cut(cells.at(c), kTooltipChars));
                m_preview->setItem(r, c, item);
            }
            lines << QString::number(note.line);
        }
        m_preview->setVerticalHeaderLabels(lines);
        // Fields share the width (long text is elided, the tooltip has it all); tags, deck and
        // GUID are short, so they get what they need and no field is scrolled out of sight.
        for (int c = 0; c < m_preview->columnCount(); ++c)
            m_preview->horizontalHeader()->setSectionResizeMode(
                c, c < fieldCount ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }

    // One line for the outcome, one for the first problem: an error if any, else a warning.
    QStringList status;
    const int notes = int(data.notes.size());
    if (result.ok()) {
        status << (notes > kPreviewRows ? tr("%n note(s) will be imported; the preview shows the first %1.", nullptr, notes)
                                              .arg(kPreviewRows)
                                        : tr("%n note(s) will be imported.", nullptr, notes));
    }
    const ImportIssue *first = nullptr;
    for (const ImportIssue &issue : result.issues)
        if (!first || (issue.severity == Severity::Error && first->severity != Severity::Error))
            first = &issue;
    if (first) {
        // Messages already say "file:line:"; the line is what the user needs to find the row.
        status << (first->severity == Severity::Error ? tr("Cannot import: %1") : tr("Warning: %1")).arg(first->message);
        if (result.issues.size() > 1)
            status.last() += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(result.issues.size()) - 1);
    }
    if (result.ok() && !anyField)
        status << tr("Choose a field for at least one column.");
    m_status->setText(status.join(QLatin1Char('\n')));
    m_import->setEnabled(result.ok() && anyField);
}

ImportOptions TextImportDialog::options() const
{
    ImportOptions o;
    const QString sep = m_separator->currentData().toString();
    o.separator = sep.isEmpty() ? QChar() : sep.at(0);
    o.firstLineIsHeader = m_header->isChecked();
    o.allowHtml = m_html->isChecked();
    o.notetypeName = m_notetype->currentText();
    o.deckName = m_deck->currentText().trimmed();
    for (const QComboBox *map : m_maps)
        o.fieldMap << map->currentData().toString();
    return o;
}

// As TextImporter::importFile looks notetypes up: by name, by numeric id, then the stock types
// it creates on demand.
std::optional<QStringList> TextImportDialog::fieldNames(const QString &notetype) const
{
    for (const NotetypeInfo &t : m_notetypes)
        if (t.name == notetype)
            return t.fields;
    bool isId = false;
    const qint64 id = notetype.toLongLong(&isId);
    if (isId)
        for (const NotetypeInfo &t : m_notetypes)
            if (t.id == id && id != 0)
                return t.fields;
    if (notetype.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0)
        return StockNotetypes::basic().fieldNames;
    if (notetype.compare(QLatin1String("Cloze"), Qt::CaseInsensitive) == 0)
        return StockNotetypes::cloze().fieldNames;
    return std::nullopt;
}

QStringList TextImportDialog::currentFields() const
{
    return fieldNames(m_notetype->currentText()).value_or(QStringList());
}

} // namespace debrief
