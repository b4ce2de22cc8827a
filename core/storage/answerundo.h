#pragma once

#include "model/card.h"
#include "scheduling/schedulerconfig.h"
#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace debrief {

class Database;

// What an answer changes beside the card and its log row, recorded in the undo log so that it
// can be reverted: the siblings it buries and the leech tag it adds; and the revert itself.
// Collection owns the transactions, decides when to record and writes the record (UndoLog).
class AnswerUndo {
public:
    explicit AnswerUndo(Database &db) : m_db(db) {}

    // Buries the siblings of `card` that `config` buries until study day `untilDay`; returns
    // their rows as they were.
    Result<QJsonArray> burySiblings(const Card &card, const SchedulerConfig &config, int untilDay);
    // Adds the "leech" tag to note `id`; returns its old tags ({id, tags, mod}) for the record,
    // or an empty object when it had the tag already.
    Result<QJsonObject> tagLeech(NoteId id);
    // Reverts undo record `undoId` (card, buried siblings, leech tag, log row) and deletes the
    // record; returns its card. InvalidInput when one of its cards was answered again since.
    Result<CardId> revert(qint64 undoId);

private:
    Database &m_db;
};

} // namespace debrief
