#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace debrief {

class Database;

// The SQL of the undo_log table and of the card rows it snapshots. An answer's record holds the
// card row as it was, the rows of the siblings it buried and, when it tagged a leech, the note's
// old tags; Collection decides what to record and what to revert, all inside its transactions.
class UndoLog {
public:
    // Answers kept for undo; older records are pruned as new ones are added.
    static constexpr int kDepth = 100;

    struct Record {
        qint64 id = 0;
        CardId cardId = 0;
        ReviewId revlogId = 0;
        QJsonObject undo;   // {"card": row, "siblings": [rows], "note": {id, tags, mod}}
    };

    explicit UndoLog(Database &db) : m_db(db) {}

    // Every column of the card's row (all integers); NotFound when there is no such card.
    Result<QJsonObject> snapshotCard(CardId id);
    // Writes a snapshot back. Only columns the cards table has are written, so a hand-edited
    // record cannot inject SQL.
    Result<void> restoreCard(const QJsonObject &row);

    Result<void> addAnswer(CardId card, ReviewId revlog, const QJsonObject &undo, qint64 createdSecs);
    Result<std::optional<qint64>> lastAnswer();
    Result<std::optional<qint64>> answerOf(ReviewId review);
    Result<std::optional<Record>> find(qint64 id);
    // Whether `card` was answered after record `id`, by whoever.
    Result<bool> answeredSince(qint64 id, CardId card);
    Result<void> remove(qint64 id);
    Result<void> clear();

    // A row as stored, for putting back what clear() removed (a note removal that is undone).
    struct Row {
        qint64 id = 0;
        QString kind;
        CardId cardId = 0;
        ReviewId revlogId = 0;
        QString snapshot;   // JSON text, as stored
        qint64 created = 0;
    };
    Result<std::vector<Row>> rows();
    // Inserts `rows` under their old ids. The ids are AUTOINCREMENT, never reused, so records added
    // since keep theirs and the order of answers is preserved; a row still present is left alone.
    Result<void> reinsert(const std::vector<Row> &rows);

private:
    Database &m_db;
    std::optional<std::vector<QString>> m_columns;
};

} // namespace debrief
