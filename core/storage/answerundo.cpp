#include "storage/answerundo.h"

#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/reviewlogrepository.h"
#include "storage/undolog.h"

#include <QCoreApplication>

namespace debrief {

namespace {

// The messages were Collection's, and are translated under that context.
QString tr(const char *s) { return QCoreApplication::translate("Collection", s); }

} // namespace

Result<QJsonArray> AnswerUndo::burySiblings(const Card &card, const SchedulerConfig &config, int untilDay)
{
    QJsonArray buried;
    if (!config.buryNewSiblings && !config.buryReviewSiblings && !config.buryInterdayLearningSiblings)
        return buried;
    CardRepository cards(m_db);
    UndoLog undoLog(m_db);
    Result<std::vector<CardId>> siblings = cards.siblingsToBury(card.noteId, card.id, config.buryNewSiblings,
                                                                config.buryReviewSiblings,
                                                                config.buryInterdayLearningSiblings);
    if (!siblings)
        return siblings.error();
    for (CardId sibling : *siblings) {
        Result<QJsonObject> row = undoLog.snapshotCard(sibling);
        if (!row)
            return row.error();
        buried.append(*row);
        if (Result<void> r = cards.bury(sibling, untilDay); !r)
            return r.error();
    }
    return buried;
}

Result<QJsonObject> AnswerUndo::tagLeech(NoteId id)
{
    NoteRepository notes(m_db);
    Result<std::optional<Note>> found = notes.find(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(Error::Kind::NotFound, tr("No note with id %1").arg(id));
    Note &n = **found;
    if (n.tags.contains(QLatin1String("leech")))
        return QJsonObject();
    QJsonObject old{{QStringLiteral("id"), QString::number(n.id)},
                    {QStringLiteral("tags"), NoteRepository::joinTags(n.tags)},
                    {QStringLiteral("mod"), QString::number(n.modifiedSecs)}};
    n.tags.append(QStringLiteral("leech"));
    Result<bool> updated = notes.update(n);
    if (!updated)
        return updated.error();
    if (!*updated)
        return makeError(Error::Kind::NotFound, tr("No note with id %1").arg(id));
    return old;
}

Result<CardId> AnswerUndo::revert(qint64 undoId)
{
    UndoLog undoLog(m_db);
    Result<std::optional<UndoLog::Record>> found = undoLog.find(undoId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(Error::Kind::NotFound, tr("No undo record with id %1").arg(undoId));
    const UndoLog::Record &record = **found;
    const QJsonObject &undo = record.undo;
    if (!undo.value(QStringLiteral("card")).isObject())
        return makeError(Error::Kind::Corrupt, tr("Undo record %1 is damaged").arg(undoId));

    // Restoring old rows over a later answer of the same cards (another session, the CLI) would
    // silently throw that answer away.
    std::vector<qint64> touched{record.cardId};
    for (const QJsonValue &sibling : undo.value(QStringLiteral("siblings")).toArray())
        touched.push_back(qint64(sibling.toObject().value(QStringLiteral("id")).toDouble()));
    for (qint64 id : touched) {
        Result<bool> since = undoLog.answeredSince(undoId, id);
        if (!since)
            return since.error();
        if (*since)
            return makeError(Error::Kind::InvalidInput,
                             tr("Card %1 was answered again since; that answer cannot be undone").arg(id));
    }

    if (Result<void> r = undoLog.restoreCard(undo.value(QStringLiteral("card")).toObject()); !r)
        return r.error();
    for (const QJsonValue &sibling : undo.value(QStringLiteral("siblings")).toArray()) {
        if (Result<void> r = undoLog.restoreCard(sibling.toObject()); !r)
            return r.error();
    }
    if (const QJsonObject note = undo.value(QStringLiteral("note")).toObject(); !note.isEmpty()) {
        Result<void> r = NoteRepository(m_db).setTagText(note.value(QStringLiteral("id")).toString().toLongLong(),
                                                         note.value(QStringLiteral("tags")).toString(),
                                                         note.value(QStringLiteral("mod")).toString().toLongLong());
        if (!r)
            return r.error();
    }
    if (Result<void> r = ReviewLogRepository(m_db).remove(record.revlogId); !r)
        return r.error();
    if (Result<void> r = undoLog.remove(undoId); !r)
        return r.error();
    return record.cardId;
}

} // namespace debrief
