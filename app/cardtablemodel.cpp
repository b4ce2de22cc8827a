#include "cardtablemodel.h"

#include "storage/collection.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>

namespace debrief {

namespace {

// Enough rows for several screens of scrolling; past that the cache starts over rather than grow
// with every row a long scroll has touched.
constexpr size_t kMaxCachedRows = 2000;

QString plainText(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString s = html;
    s.remove(tags);
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s.simplified().left(200);
}

} // namespace

QString CardTableModel::intervalText(int days)
{
    // As Anki's browser: days up to a month, then months, then years, one decimal.
    if (days < 31)
        return tr("%1 d").arg(days);
    if (days < 365)
        return tr("%1 mo").arg(days / 30.4, 0, 'f', 1);
    return tr("%1 y").arg(days / 365.0, 0, 'f', 1);
}

CardTableModel::CardTableModel(Collection &collection, QObject *parent) : QAbstractTableModel(parent), m_collection(collection) {}

void CardTableModel::setIds(std::vector<qint64> ids, bool notes, const SearchContext &context)
{
    beginResetModel();
    m_ids = std::move(ids);
    m_notes = notes;
    m_context = context;
    m_cache.clear();
    m_deckNames.clear();
    endResetModel();
}

int CardTableModel::rowOf(qint64 id) const
{
    auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

CardId CardTableModel::cardAt(int row) const
{
    const qint64 id = idAt(row);
    if (!m_notes)
        return id;
    auto cards = m_collection.cardsOfNote(id);
    return cards && !cards->empty() ? cards->front().id : 0;
}

void CardTableModel::refreshRows()
{
    m_cache.clear();
    m_deckNames.clear();
    if (!m_ids.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

SearchOrder CardTableModel::orderFor(int column)
{
    switch (column) {
    case SortField: return SearchOrder::SortField;
    case Deck: return SearchOrder::Deck;
    case Due: return SearchOrder::Due;
    case Interval: return SearchOrder::Interval;
    case Ease: return SearchOrder::Ease;
    case Reviews: return SearchOrder::Reviews;
    case Lapses: return SearchOrder::Lapses;
    case Modified: return SearchOrder::Modified;
    default: return SearchOrder::Created;   // card ids are creation times in ms
    }
}

int CardTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }

int CardTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SortField: return tr("Sort Field");
    case Deck: return tr("Deck");
    case Due: return tr("Due");
    case Interval: return tr("Interval");
    case Ease: return tr("Ease");
    case Reviews: return tr("Reviews");
    case Lapses: return tr("Lapses");
    case Added: return tr("Added");
    case Modified: return tr("Modified");
    }
    return {};
}

QVariant CardTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return r.cells[index.column()];
    case Qt::TextAlignmentRole:
        return index.column() >= Interval && index.column() <= Lapses ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (r.suspended) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SortField && r.flag > 0) {
            // Anki's flag colours: red, orange, green, blue, pink, turquoise, purple.
            static const QColor colours[] = {QColor(0xe2, 0x5c, 0x5c), QColor(0xf0, 0x9a, 0x3e), QColor(0x4c, 0xaf, 0x50),
                                             QColor(0x4a, 0x8c, 0xe8), QColor(0xe8, 0x7e, 0xc8), QColor(0x3e, 0xc8, 0xc8),
                                             QColor(0x9c, 0x6a, 0xd8)};
            return colours[(r.flag - 1) % 7];
        }
        return {};
    }
    return {};
}

const CardTableModel::Row &CardTableModel::row(int r) const
{
    const qint64 id = m_ids.at(size_t(r));
    auto it = m_cache.find(id);
    if (it != m_cache.end())
        return it->second;
    if (m_cache.size() >= kMaxCachedRows)
        m_cache.clear();
    return m_cache.emplace(id, load(id)).first->second;
}

CardTableModel::Row CardTableModel::load(qint64 id) const
{
    Row row;
    Card card;
    if (m_notes) {
        auto cards = m_collection.cardsOfNote(id);
        if (!cards || cards->empty())
            return row;
        card = cards->front();
    } else {
        auto found = m_collection.card(id);
        if (!found) {
            row.cells[SortField] = found.error().message;
            return row;
        }
        card = *found;
    }
    auto note = m_collection.note(card.noteId);
    if (note) {
        auto sortIt = m_sortFields.find(note->notetypeId);
        if (sortIt == m_sortFields.end()) {
            auto nt = m_collection.notetype(note->notetypeId);
            sortIt = m_sortFields.emplace(note->notetypeId, nt ? nt->sortFieldIndex : 0).first;
        }
        const int index = qBound(0, sortIt->second, qMax(0, int(note->fields.size()) - 1));
        row.cells[SortField] = note->fields.isEmpty() ? QString() : plainText(note->fields.at(index));
    }
    auto deckIt = m_deckNames.find(card.deckId);
    if (deckIt == m_deckNames.end()) {
        auto deck = m_collection.deck(card.deckId);
        deckIt = m_deckNames.emplace(card.deckId, deck ? deck->name : QString()).first;
    }
    row.cells[Deck] = deckIt->second;
    row.cells[Due] = dueText(card);
    int interval = 0, ease = 0, lapses = 0;
    if (const auto *r = std::get_if<ReviewState>(&card.state)) {
        interval = r->intervalDays;
        ease = r->easePermille;
        lapses = r->lapses;
    } else if (const auto *rl = std::get_if<RelearningState>(&card.state)) {
        interval = rl->review.intervalDays;
        ease = rl->review.easePermille;
        lapses = rl->review.lapses;
    }
    row.cells[Interval] = interval > 0 ? intervalText(interval) : QString();
    row.cells[Ease] = ease > 0 ? QStringLiteral("%1%").arg(ease / 10) : std::holds_alternative<NewState>(card.state) ? tr("(new)") : QString();
    row.cells[Reviews] = QString::number(card.reps);
    row.cells[Lapses] = QString::number(lapses);
    // Ids are creation times in milliseconds, as in Anki.
    row.cells[Added] = QLocale().toString(QDateTime::fromMSecsSinceEpoch(card.id).toLocalTime().date(), QLocale::ShortFormat);
    row.cells[Modified] = card.modifiedSecs > 0
        ? QLocale().toString(QDateTime::fromSecsSinceEpoch(card.modifiedSecs).toLocalTime().date(), QLocale::ShortFormat)
        : QString();
    row.suspended = card.queue == CardQueue::Suspended;
    row.flag = card.flags & 7;
    return row;
}

QString CardTableModel::dueText(const Card &card) const
{
    QString text;
    if (const auto *n = std::get_if<NewState>(&card.state)) {
        text = tr("New #%1").arg(n->position);
    } else if (const auto *l = std::get_if<LearningState>(&card.state)) {
        text = QLocale().toString(l->due.toLocalTime(), QLocale::ShortFormat);
    } else {
        const qint64 dueDay = std::holds_alternative<ReviewState>(card.state) ? std::get<ReviewState>(card.state).dueDay
                                                                               : std::get<RelearningState>(card.state).review.dueDay;
        const QDateTime start = QDateTime::fromSecsSinceEpoch(m_context.dayStartSecs + (dueDay - m_context.today) * 86400);
        text = QLocale().toString(start.toLocalTime().date(), QLocale::ShortFormat);
    }
    // Anki shows a card kept out of study in parentheses.
    return card.queue == CardQueue::Normal ? text : QStringLiteral("(%1)").arg(text);
}

} // namespace debrief
