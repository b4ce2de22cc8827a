#include "report/csvreportwriter.h"

#include "report/statscalculator.h"
#include "storage/collection.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <vector>

namespace debrief {

namespace {

const char *const kReviewKinds[] = {"learn", "review", "relearn", "cram", "manual"};

Result<void> writeAll(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return makeError(Error::Kind::Io, QCoreApplication::translate("CsvReportWriter", "cannot write the CSV: %1").arg(out.errorString()));
    return {};
}

QString line(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << CsvReportWriter::field(f);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString cell(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QString();
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const int t = v.typeId();
#else
    const int t = int(v.type());
#endif
    if (t == QMetaType::Double)
        return QString::number(v.toDouble(), 'f', 4);
    if (t == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    return v.toString();
}

} // namespace

QString CsvReportWriter::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString q = value;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

int CsvReportWriter::offsetAt(qint64 ms, const StatsScope &scope)
{
    int offset = scope.offsets.empty() ? 0 : scope.offsets.front().second;
    for (const auto &seg : scope.offsets)
        if (ms >= seg.first)
            offset = seg.second;
    return offset;
}

namespace {

// "2026-03-28T04:30:00+02:00" into buf (at least 32 bytes); returns the length. Formatted by
// hand: QDateTime::toString costs more than the rest of a review-log row. Same text as
// Qt::ISODate: seconds precision, "Z" for UTC.
int formatLocal(char *buf, size_t size, qint64 ms, int offset)
{
    const qint64 local = (ms >= 0 ? ms / 1000 : (ms - 999) / 1000) + offset;
    qint64 days = local / 86400, secs = local % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    const QDate date = QDate::fromJulianDay(2440588 + days);
    int n = std::snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d", date.year(), date.month(), date.day(),
                          int(secs / 3600), int(secs / 60 % 60), int(secs % 60));
    if (offset == 0)
        n += std::snprintf(buf + n, size - size_t(n), "Z");
    else
        n += std::snprintf(buf + n, size - size_t(n), "%c%02d:%02d", offset < 0 ? '-' : '+', std::abs(offset) / 3600,
                           std::abs(offset) / 60 % 60);
    return n;
}

void appendField(QByteArray &out, const QByteArray &utf8)
{
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        QByteArray q = utf8;
        q.replace('"', "\"\"");
        out += '"';
        out += q;
        out += '"';
    } else {
        out += utf8;
    }
}

} // namespace

QString CsvReportWriter::localTime(qint64 ms, const StatsScope &scope)
{
    char buf[40];
    const int n = formatLocal(buf, sizeof buf, ms, offsetAt(ms, scope));
    return QString::fromLatin1(buf, n);
}

QStringList CsvReportWriter::reviewLogHeaders()
{
    return {QStringLiteral("card_id"), QStringLiteral("note_id"), QStringLiteral("deck"), QStringLiteral("sort_field"),
            QStringLiteral("tags"), QStringLiteral("card_kind"), QStringLiteral("time"), QStringLiteral("review_kind"),
            QStringLiteral("rating"), QStringLiteral("interval_before"), QStringLiteral("interval_after"),
            QStringLiteral("ease"), QStringLiteral("taken_ms")};
}

namespace {

// Appends the decimal digits of `v` at `p`; returns the end.
char *appendInt(char *p, qint64 v)
{
    char digits[24];
    int n = 0;
    quint64 u = v < 0 ? 0 - quint64(v) : quint64(v);
    do {
        digits[n++] = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *p++ = '-';
    while (n)
        *p++ = digits[--n];
    return p;
}

char *appendTwo(char *p, int v)
{
    *p++ = char('0' + v / 10);
    *p++ = char('0' + v % 10);
    return p;
}

// The review log's text per row, with what repeats worked out once: the offset segment (answers
// come in time order), the date per local day, the offset suffix, the ease per value. A million
// rows spent more in snprintf, QDate and QByteArray::number than in SQLite.
class RowFormatter {
public:
    explicit RowFormatter(const StatsScope &scope) : m_offsets(scope.offsets) {}

    // Same text as formatLocal() (and Qt::ISODate).
    char *time(char *p, qint64 ms)
    {
        const int offset = offsetAt(ms);
        const qint64 local = (ms >= 0 ? ms / 1000 : (ms - 999) / 1000) + offset;
        qint64 days = local / 86400, secs = local % 86400;
        if (secs < 0) {
            secs += 86400;
            --days;
        }
        if (days != m_day || m_dateLength == 0) {
            const QDate date = QDate::fromJulianDay(2440588 + days);
            m_dateLength = std::snprintf(m_date, sizeof m_date, "%04d-%02d-%02dT", date.year(), date.month(), date.day());
            m_day = days;
        }
        if (offset != m_offset || m_suffixLength == 0) {
            m_suffixLength = offset == 0 ? std::snprintf(m_suffix, sizeof m_suffix, "Z")
                                         : std::snprintf(m_suffix, sizeof m_suffix, "%c%02d:%02d", offset < 0 ? '-' : '+',
                                                         std::abs(offset) / 3600, std::abs(offset) / 60 % 60);
            m_offset = offset;
        }
        std::memcpy(p, m_date, size_t(m_dateLength));
        p += m_dateLength;
        p = appendTwo(p, int(secs / 3600));
        *p++ = ':';
        p = appendTwo(p, int(secs / 60 % 60));
        *p++ = ':';
        p = appendTwo(p, int(secs % 60));
        std::memcpy(p, m_suffix, size_t(m_suffixLength));
        return p + m_suffixLength;
    }

    // QByteArray::number(permille / 1000.0, 'f', 2), kept per value: eases take few values.
    char *ease(char *p, int permille)
    {
        if (permille < 0 || permille >= kEases) {
            const QByteArray text = QByteArray::number(permille / 1000.0, 'f', 2);
            std::memcpy(p, text.constData(), size_t(text.size()));
            return p + text.size();
        }
        if (m_eases.empty())
            m_eases.resize(kEases);
        QByteArray &text = m_eases[size_t(permille)];
        if (text.isEmpty())
            text = QByteArray::number(permille / 1000.0, 'f', 2);
        std::memcpy(p, text.constData(), size_t(text.size()));
        return p + text.size();
    }

private:
    // As CsvReportWriter::offsetAt: the last segment starting at or before `ms`, else the first.
    int offsetAt(qint64 ms)
    {
        if (m_offsets.empty())
            return 0;
        while (m_segment + 1 < m_offsets.size() && ms >= m_offsets[m_segment + 1].first)
            ++m_segment;
        while (m_segment > 0 && ms < m_offsets[m_segment].first)
            --m_segment;
        return m_offsets[m_segment].second;
    }

    static constexpr int kEases = 20000;
    const std::vector<std::pair<qint64, int>> &m_offsets;
    size_t m_segment = 0;
    qint64 m_day = 0;
    char m_date[24] = {};
    int m_dateLength = 0;
    int m_offset = 0;
    char m_suffix[16] = {};
    int m_suffixLength = 0;
    std::vector<QByteArray> m_eases;
};

} // namespace

namespace {

// Asks the CPU to start loading `length` bytes at `p` (a hint; no effect where unsupported).
void prefetchBytes(const void *p, int length)
{
#if defined(__GNUC__) || defined(__clang__)
    const char *c = static_cast<const char *>(p);
    for (int offset = 0; offset < length; offset += 64)
        __builtin_prefetch(c + offset);
    __builtin_prefetch(c + length - 1);
#else
    Q_UNUSED(p);
    Q_UNUSED(length);
#endif
}

// Each card's first six review-log fields ("card,note,deck,sort field,tags,kind,"), encoded and
// quoted once, side by side in one array, found through an open-addressing table of card ids.
// Each answer looks its card up at random: one probe and one copy instead of a QHash node, a
// QByteArray header and its data (three cache misses).
class CardPrefixes {
public:
    void add(CardId card, const QByteArray &prefix)
    {
        if (card == 0)   // not kept: find() sends it to the lookup of cards not found
            return;
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        Slot &slot = m_slots[probe(card)];
        if (slot.card == 0)
            ++m_count;
        slot = {card, m_text.size(), int(prefix.size())};
        m_text += prefix;
    }
    // Starts reading the slot of `card` into the cache.
    void prefetch(CardId card) const
    {
        if (!m_slots.empty())
            prefetchBytes(&m_slots[home(card)], int(sizeof(Slot)));
    }
    // The prefix of `card`, or false.
    bool find(CardId card, const char *&text, int &length) const
    {
        if (m_slots.empty() || card == 0)
            return false;
        const Slot &slot = m_slots[probe(card)];
        if (slot.card != card)
            return false;
        text = m_text.constData() + slot.offset;
        length = slot.length;
        return true;
    }

private:
    struct Slot {
        CardId card = 0;   // 0: empty (card ids are creation times in ms)
        qint64 offset = 0;
        int length = 0;
    };

    size_t home(CardId card) const { return size_t((quint64(card) * 0x9E3779B97F4A7C15ULL) >> 20) & (m_slots.size() - 1); }
    size_t probe(CardId card) const
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = home(card);
        while (m_slots[i].card != 0 && m_slots[i].card != card)
            i = (i + 1) & mask;
        return i;
    }

    void grow()
    {
        std::vector<Slot> old(std::max<size_t>(1024, m_slots.size() * 2));
        old.swap(m_slots);
        for (const Slot &s : old)
            if (s.card != 0)
                m_slots[probe(s.card)] = s;
    }

    std::vector<Slot> m_slots;
    size_t m_count = 0;
    QByteArray m_text;
};

} // namespace

Result<qint64> CsvReportWriter::writeReviewLog(Collection &collection, const ReportData &data, QIODevice &out, bool bom)
{
    StatsQueries q(collection.database());
    QHash<DeckId, QByteArray> decks;
    for (const auto &d : data.deckNames) {
        QByteArray name;
        appendField(name, d.second.toUtf8());
        decks.insert(d.first, name);
    }
    QByteArray kinds[6];
    for (int k = -1; k <= 4; ++k)
        kinds[k + 1] = StatsCalculator::kindName(k).toLatin1();
    const auto prefixOf = [&](CardId id, const ReviewCard &card) {
        QByteArray prefix = QByteArray::number(id);
        prefix += ',';
        if (card.note)
            prefix += QByteArray::number(card.note);
        prefix += ',';
        prefix += decks.value(card.deck);
        prefix += ',';
        appendField(prefix, card.sortField.toUtf8());
        prefix += ',';
        appendField(prefix, card.tags.toUtf8());
        prefix += ',';
        prefix += kinds[qBound(-1, card.notetypeKind, 4) + 1];
        prefix += ',';
        return prefix;
    };
    // Every card of the scope in one joined scan (about 70 bytes a card); answers of cards
    // deleted since get theirs when they come.
    CardPrefixes cards;
    if (Result<void> r = q.forEachReviewCard(data.scope, [&](CardId id, const ReviewCard &card) { cards.add(id, prefixOf(id, card)); });
        !r)
        return r.error();

    // Rows are put together in a plain buffer and written in chunks of about 1 MB.
    constexpr int kChunk = 1 << 20;
    std::vector<char> buffer(size_t(kChunk) + 4096);
    size_t used = 0;
    Result<void> ioError;
    const auto flush = [&] {
        if (ioError && used > 0)
            ioError = writeAll(out, QByteArray::fromRawData(buffer.data(), int(used)));
        used = 0;
        return ioError.ok();
    };
    const auto put = [&](const char *text, int length) {
        if (used + size_t(length) > buffer.size() && !flush())
            return;
        if (size_t(length) > buffer.size()) {   // a huge sort field: straight through
            ioError = writeAll(out, QByteArray::fromRawData(text, length));
            return;
        }
        std::memcpy(buffer.data() + used, text, size_t(length));
        used += size_t(length);
    };
    QByteArray head;
    if (bom)
        head += "\xEF\xBB\xBF";
    head += line(reviewLogHeaders()).toUtf8();
    put(head.constData(), int(head.size()));

    qint64 rows = 0;
    Result<void> lookupError;
    RowFormatter format(data.scope);
    // Answers are written in batches: the card prefixes of a whole batch are located and fetched
    // into the cache first, so their memory reads overlap instead of stalling each row in turn.
    constexpr size_t kBatch = 64;
    std::vector<ReviewRow> batch;
    batch.reserve(kBatch);
    struct Located {
        const char *text;
        int length;
        bool found;
    };
    Located located[kBatch];
    const auto writeBatch = [&]() -> bool {
        for (const ReviewRow &row : batch)
            cards.prefetch(row.card);
        for (size_t i = 0; i < batch.size(); ++i) {
            Located &l = located[i];
            l.found = cards.find(batch[i].card, l.text, l.length);
            if (l.found)
                prefetchBytes(l.text, l.length);
        }
        for (size_t i = 0; i < batch.size(); ++i) {
            const ReviewRow &row = batch[i];
            if (located[i].found) {
                put(located[i].text, located[i].length);
            } else {
                Result<ReviewCard> card = q.reviewCard(row.card);
                if (!card) {
                    lookupError = card.error();
                    return false;
                }
                const QByteArray text = prefixOf(row.card, *card);
                put(text.constData(), int(text.size()));
            }
            // Intervals as stored: days when positive, seconds when negative (Anki's convention).
            char text[192];
            char *p = format.time(text, row.id);
            *p++ = ',';
            const char *kind = kReviewKinds[qBound(0, row.kind, 4)];
            const size_t kindLength = std::strlen(kind);
            std::memcpy(p, kind, kindLength);
            p += kindLength;
            *p++ = ',';
            p = appendInt(p, row.rating);
            *p++ = ',';
            p = appendInt(p, row.intervalBefore);
            *p++ = ',';
            p = appendInt(p, row.intervalAfter);
            *p++ = ',';
            p = format.ease(p, row.easePermille);
            *p++ = ',';
            p = appendInt(p, row.takenMs);
            *p++ = '\r';
            *p++ = '\n';
            put(text, int(p - text));
            ++rows;
        }
        batch.clear();
        // The writes are where a cancelled export stops (see ReportFileWriter).
        return ioError.ok() && (used < size_t(kChunk) || flush());
    };
    Result<void> r = q.forEachAnswer(data.scope, [&](const ReviewRow &row) {
        batch.push_back(row);
        return batch.size() < kBatch || writeBatch();
    });
    if (r && lookupError && ioError && !batch.empty())
        writeBatch();
    if (!r)
        return r.error();
    if (!lookupError)
        return lookupError.error();
    if (!flush())
        return ioError.error();
    return rows;
}

Result<void> CsvReportWriter::writeTable(const ReportTable &table, QIODevice &out, bool bom)
{
    QByteArray bytes;
    if (bom)
        bytes += "\xEF\xBB\xBF";
    bytes += line(table.headers).toUtf8();
    for (const auto &row : table.rows) {
        QStringList fields;
        for (const QVariant &v : row)
            fields << cell(v);
        bytes += line(fields).toUtf8();
    }
    return writeAll(out, bytes);
}

} // namespace debrief
