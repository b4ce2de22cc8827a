#pragma once

#include "model/card.h"
#include "storage/cardsearch.h"

#include <QAbstractTableModel>

#include <map>
#include <unordered_map>
#include <vector>

namespace debrief {

class Collection;

// The browser's table: only the ids a search returned are held; a row's text is read from the
// collection the first time the view asks for it and kept in a bounded cache, so a search over
// 100,000 cards costs one id query, not 100,000 row reads. Sorting is done by the search (in SQL):
// the model only reports the header click, the window searches again.
class CardTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SortField, Deck, Due, Interval, Ease, Reviews, Lapses, Added, Modified, ColumnCount };

    CardTableModel(Collection &collection, QObject *parent = nullptr);

    // `ids` are card ids, or note ids when `notes` is true.
    void setIds(std::vector<qint64> ids, bool notes, const SearchContext &context);
    bool showsNotes() const { return m_notes; }
    qint64 idAt(int row) const { return m_ids.at(size_t(row)); }
    int rowOf(qint64 id) const;
    // The card a row stands for: itself, or the first card of the row's note.
    CardId cardAt(int row) const;
    // Forgets cached rows (after an action changed them) and repaints.
    void refreshRows();

    static SearchOrder orderFor(int column);
    static QString intervalText(int days);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString cells[ColumnCount];
        bool suspended = false;
        int flag = 0;
    };
    const Row &row(int r) const;
    Row load(qint64 id) const;
    QString dueText(const Card &card) const;

    Collection &m_collection;
    std::vector<qint64> m_ids;
    bool m_notes = false;
    SearchContext m_context;
    mutable std::unordered_map<qint64, Row> m_cache;
    mutable std::map<qint64, QString> m_deckNames;
    mutable std::map<qint64, int> m_sortFields;   // notetype id -> sort field index
};

} // namespace debrief
