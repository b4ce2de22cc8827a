#include "storage/undolog.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace debrief {

namespace {

// Marks user-facing messages for lupdate; context = the class whose messages these are.
QString tr(const char *s) { return QCoreApplication::translate("UndoLog", s); }

} // namespace

Result<QJsonObject> UndoLog::snapshotCard(CardId id)
{
    Result<Statement> s = m_db.cached("SELECT * FROM cards WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    Result<std::optional<QJsonObject>> o = s->firstRow([](const Statement &row) {
        QJsonObject columns;
        for (int i = 0; i < row.columnCount(); ++i)
            columns.insert(row.columnName(i), QJsonValue(row.int64(i)));
        return columns;
    });
    if (!o)
        return o.error();
    if (!*o)
        return makeError(Error::Kind::NotFound, tr("No card with id %1").arg(id));
    return **o;
}

Result<void> UndoLog::restoreCard(const QJsonObject &row)
{
    if (!m_columns) {
        Result<Statement> s = m_db.prepare(QStringLiteral("PRAGMA table_info(cards)"));
        if (!s)
            return s.error();
        std::vector<QString> columns;
        if (Result<void> r = s->forEachRow([&](const Statement &c) { columns.push_back(c.text(1)); }); !r)
            return r;
        m_columns = std::move(columns);
    }
    QStringList sets;
    std::vector<qint64> values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key() == QLatin1String("id") || std::find(m_columns->begin(), m_columns->end(), it.key()) == m_columns->end())
            continue;
        sets << it.key() + QStringLiteral(" = ?");
        values.push_back(qint64(it.value().toDouble()));
    }
    if (sets.isEmpty())
        return {};
    Result<Statement> s = m_db.prepare(QStringLiteral("UPDATE cards SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    if (!s)
        return s.error();
    int i = 1;
    for (qint64 v : values)
        s->bind(i++, v);
    s->bind(i, qint64(row.value(QStringLiteral("id")).toDouble()));
    return s->run();
}

Result<void> UndoLog::addAnswer(CardId card, ReviewId revlog, const QJsonObject &undo, qint64 createdSecs)
{
    Result<Statement> u = m_db.cached(
        "INSERT INTO undo_log (kind, card_id, revlog_id, snapshot, created) VALUES ('answer', ?, ?, ?, ?)");
    if (!u)
        return u.error();
    u->bind(1, card).bind(2, revlog).bind(3, QString::fromUtf8(QJsonDocument(undo).toJson(QJsonDocument::Compact)));
    u->bind(4, createdSecs);
    if (Result<void> r = u->run(); !r)
        return r;
    Result<Statement> prune = m_db.cached("DELETE FROM undo_log WHERE id <= ?");
    if (!prune)
        return prune.error();
    prune->bind(1, m_db.lastInsertRowId() - kDepth);
    return prune->run();
}

Result<std::optional<qint64>> UndoLog::lastAnswer()
{
    Result<qint64> last = m_db.queryInt(QStringLiteral("SELECT max(id) FROM undo_log WHERE kind = 'answer'"));
    if (!last)
        return last.error();
    return *last == 0 ? std::optional<qint64>() : std::optional<qint64>(*last);
}

Result<std::optional<qint64>> UndoLog::answerOf(ReviewId review)
{
    Result<Statement> s = m_db.cached("SELECT id FROM undo_log WHERE kind = 'answer' AND revlog_id = ?");
    if (!s)
        return s.error();
    s->bind(1, review);
    return s->firstRow([](const Statement &row) { return row.int64(0); });
}

Result<std::optional<UndoLog::Record>> UndoLog::find(qint64 id)
{
    Result<Statement> s = m_db.cached("SELECT card_id, revlog_id, snapshot FROM undo_log WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    return s->firstRow([id](const Statement &row) {
        return Record{id, row.int64(0), row.int64(1), QJsonDocument::fromJson(row.text(2).toUtf8()).object()};
    });
}

Result<bool> UndoLog::answeredSince(qint64 id, CardId card)
{
    Result<Statement> s = m_db.cached("SELECT 1 FROM undo_log WHERE id > ? AND card_id = ?");
    if (!s)
        return s.error();
    s->bind(1, id).bind(2, card);
    Result<std::optional<bool>> row = s->firstRow([](const Statement &) { return true; });
    if (!row)
        return row.error();
    return row->has_value();
}

Result<void> UndoLog::remove(qint64 id)
{
    Result<Statement> s = m_db.cached("DELETE FROM undo_log WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    return s->run();
}

Result<void> UndoLog::clear() { return m_db.exec(QStringLiteral("DELETE FROM undo_log")); }

Result<std::vector<UndoLog::Row>> UndoLog::rows()
{
    Result<Statement> s = m_db.prepare(QStringLiteral("SELECT id, kind, card_id, revlog_id, snapshot, created FROM undo_log ORDER BY id"));
    if (!s)
        return s.error();
    std::vector<Row> out;
    while (true) {
        Result<bool> more = s->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        out.push_back(Row{s->int64(0), s->text(1), s->int64(2), s->int64(3), s->text(4), s->int64(5)});
    }
    return out;
}

Result<void> UndoLog::reinsert(const std::vector<Row> &rows)
{
    for (const Row &row : rows) {
        Result<Statement> s = m_db.cached(
            "INSERT OR IGNORE INTO undo_log (id, kind, card_id, revlog_id, snapshot, created) VALUES (?, ?, ?, ?, ?, ?)");
        if (!s)
            return s.error();
        s->bind(1, row.id).bind(2, row.kind).bind(3, row.cardId).bind(4, row.revlogId).bind(5, row.snapshot).bind(6, row.created);
        if (Result<void> r = s->run(); !r)
            return r;
    }
    return {};
}

} // namespace debrief
