#include "report/csvreportwriter.h"

#include "report/statscalculator.h"
#include "storage/collection.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <cstdio>
#include <cstdlib>

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

Result<qint64> CsvReportWriter::writeReviewLog(Collection &collection, const ReportData &data, QIODevice &out, bool bom)
{
    QByteArray buffer;
    if (bom)
        buffer += "\xEF\xBB\xBF";
    buffer += line(reviewLogHeaders()).toUtf8();
    qint64 rows = 0;
    Result<void> ioError;
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
    Result<void> r = q.forEachReview(data.scope, [&](const ReviewRow &row) {
        // Intervals as stored: days when positive, seconds when negative (Anki's convention).
        char time[40];
        const int timeLength = formatLocal(time, sizeof time, row.id, offsetAt(row.id, data.scope));
        buffer += QByteArray::number(row.card);
        buffer += ',';
        if (row.note)
            buffer += QByteArray::number(row.note);
        buffer += ',';
        buffer += decks.value(row.deck);
        buffer += ',';
        appendField(buffer, row.sortField.toUtf8());
        buffer += ',';
        appendField(buffer, row.tags.toUtf8());
        buffer += ',';
        buffer += kinds[qBound(-1, row.notetypeKind, 4) + 1];
        buffer += ',';
        buffer.append(time, timeLength);
        buffer += ',';
        buffer += kReviewKinds[qBound(0, row.kind, 4)];
        buffer += ',';
        buffer += QByteArray::number(row.rating);
        buffer += ',';
        buffer += QByteArray::number(row.intervalBefore);
        buffer += ',';
        buffer += QByteArray::number(row.intervalAfter);
        buffer += ',';
        buffer += QByteArray::number(row.easePermille / 1000.0, 'f', 2);
        buffer += ',';
        buffer += QByteArray::number(row.takenMs);
        buffer += "\r\n";
        ++rows;
        if (buffer.size() > (1 << 20)) {
            ioError = writeAll(out, buffer);
            buffer.clear();
            return ioError.ok();
        }
        return true;
    });
    if (!r)
        return r.error();
    if (!ioError)
        return ioError.error();
    if (Result<void> w = writeAll(out, buffer); !w)
        return w.error();
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
