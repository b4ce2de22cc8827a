#include "storage/collectionprivate.h"

#include "storage/presetcodec.h"

#include <QCoreApplication>

#include <algorithm>

namespace debrief {

Result<qint64> Collection::Private::freeId(const char *existsSql, qint64 start)
{
    qint64 candidate = std::max(start, lastIds[existsSql] + 1);
    for (;;) {
        Result<Statement> s = db->cached(existsSql);
        if (!s)
            return s.error();
        s->bind(1, candidate);
        Result<std::optional<bool>> taken = s->firstRow([](const Statement &) { return true; });
        if (!taken)
            return taken.error();
        if (!*taken)
            break;
        ++candidate;
    }
    lastIds[existsSql] = candidate;
    return candidate;
}

Result<void> Collection::Private::canWrite() const
{
    if (txDepth > 0 && beginError)
        return makeError(beginError->kind,
                         QCoreApplication::translate("Collection", "Nothing was saved: %1").arg(beginError->message));
    return {};
}

void Collection::Private::clearCaches()
{
    configCache.clear();
    presetCache.clear();
    rollover.reset();
    todayDone = TodayDone{};
    todayDoneChanges = -1;
}

bool Collection::Private::todayDoneIsRight()
{
    if (todayDoneChanges != db->totalChanges())
        return false;
    Result<qint64> version = db->dataVersion();
    return version && *version == todayDoneVersion;
}

void Collection::Private::todayDoneIsRightNow()
{
    Result<qint64> version = db->dataVersion();
    todayDoneChanges = version ? db->totalChanges() : -1;
    todayDoneVersion = version ? *version : -1;
}

Result<int> Collection::Private::rolloverHour()
{
    if (rollover)
        return *rollover;
    Result<Statement> s = db->cached("SELECT config FROM presets WHERE id = 1");
    if (!s)
        return s.error();
    Result<std::optional<QString>> json = s->firstRow([](const Statement &r) { return r.text(0); });
    if (!json)
        return json.error();
    std::optional<SchedulerConfig> config;
    if (*json)
        config = PresetCodec::fromJson((*json)->toUtf8());
    rollover = config ? config->rolloverHour : SchedulerConfig{}.rolloverHour;
    return *rollover;
}

Result<std::vector<DeckNode>> Collection::Private::studyTree(const QDateTime &now, int utcOffsetSecs,
                                                             std::optional<DeckId> countedDeck)
{
    Result<int> hour = rolloverHour();
    if (!hour)
        return hour.error();
    if (!todayDoneIsRight())
        todayDone = TodayDone{};
    Result<std::vector<DeckNode>> tree = StudyRepository(*db).tree(now, utcOffsetSecs, *hour, countedDeck, &todayDone);
    if (tree)
        todayDoneIsRightNow();
    return tree;
}

// ---- Transactions ----

Collection::Transaction::Transaction(Collection &c) : m_c(c)
{
    m_outer = c.d->txDepth == 0;
    if (m_outer) {
        c.d->rollbackOnly = false;
        c.d->beginError.reset();
        // IMMEDIATE takes the write lock now, so a busy writer elsewhere shows up here (after the
        // busy timeout) instead of as a failed upgrade halfway through.
        c.d->fallbackBegun = false;
        if (Result<void> r = c.d->db->exec(QStringLiteral("BEGIN IMMEDIATE")); !r) {
            c.d->beginError = r.error();
            // A deferred BEGIN takes no lock, so it works where IMMEDIATE was busy. It keeps any
            // write that slips past canWrite() (say, through database()) inside a transaction that
            // is rolled back, instead of letting it autocommit.
            c.d->fallbackBegun = !c.d->db->inTransaction() && c.d->db->exec(QStringLiteral("BEGIN")).ok();
        }
    }
    ++c.d->txDepth;
}

Collection::Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_c.d->txDepth;
    if (m_outer) {
        if (!m_c.d->beginError || m_c.d->fallbackBegun)
            (void)m_c.d->db->exec(QStringLiteral("ROLLBACK"));   // best effort
        m_c.d->clearCaches();   // a rolled-back preset change must not linger in the cache
    } else {
        m_c.d->rollbackOnly = true;
    }
}

Result<void> Collection::Transaction::commit()
{
    if (m_done)
        return {};
    m_done = true;
    --m_c.d->txDepth;
    if (!m_outer)
        return {};
    if (m_c.d->beginError) {
        if (m_c.d->fallbackBegun)
            (void)m_c.d->db->exec(QStringLiteral("ROLLBACK"));   // best effort
        m_c.d->clearCaches();
        return makeError(m_c.d->beginError->kind,
                         QCoreApplication::translate("Collection", "Nothing was saved: %1").arg(m_c.d->beginError->message));
    }
    if (m_c.d->rollbackOnly) {
        (void)m_c.d->db->exec(QStringLiteral("ROLLBACK"));   // best effort
        m_c.d->clearCaches();
        return makeError(Error::Kind::Internal, QCoreApplication::translate("Collection", "A nested step failed; nothing was saved"));
    }
    if (Result<void> r = m_c.d->db->exec(QStringLiteral("COMMIT")); !r) {
        // A busy COMMIT leaves the transaction open; an I/O error may already have ended it. Either
        // way nothing of it is in the file, so reporting the failure is the truth.
        if (m_c.d->db->inTransaction())
            (void)m_c.d->db->exec(QStringLiteral("ROLLBACK"));   // best effort
        m_c.d->clearCaches();
        return r;
    }
    return {};
}

} // namespace debrief
