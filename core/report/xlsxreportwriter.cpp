#include "report/xlsxreportwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>

#include <xlsxwriter.h>

#include <algorithm>
#include <map>

namespace debrief {

namespace {

int typeOf(const QVariant &v)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return v.typeId();
#else
    return int(v.type());
#endif
}

// Sheet names: at most 31 characters, none of []:*?/\, unique ignoring case.
QString sheetName(QString name, QSet<QString> &used)
{
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, QLatin1Char(' '));
    name = name.left(31).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString candidate = name;
    for (int n = 2; used.contains(candidate.toLower()); ++n)
        candidate = name.left(27) + QStringLiteral(" (%1)").arg(n);
    used.insert(candidate.toLower());
    return candidate;
}

class Book {
public:
    explicit Book(const QString &path)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        m_book = workbook_new_opt(QFileInfo(path).absoluteFilePath().toUtf8().constData(), &options);
        if (!m_book)
            return;
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        format_set_bg_color(m_bold, 0xEEEEEE);
        m_percent = workbook_add_format(m_book);
        format_set_num_format(m_percent, "0.0%");
        m_decimal = workbook_add_format(m_book);
        format_set_num_format(m_decimal, "0.00");
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_dateTime = workbook_add_format(m_book);
        format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    }
    ~Book()
    {
        if (m_book)
            workbook_close(m_book);
    }
    bool ok() const { return m_book != nullptr; }

    lxw_worksheet *sheet(const QString &name, const QStringList &headers, const std::vector<double> &widths)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_book, sheetName(name, m_used).toUtf8().constData());
        for (int c = 0; c < headers.size(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.size() > size_t(c) ? widths[size_t(c)] : 12, nullptr);
        worksheet_freeze_panes(ws, 1, 0);
        for (int c = 0; c < headers.size(); ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), headers[c].toUtf8().constData(), m_bold);
        return ws;
    }

    void cell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QVariant &v, bool percent)
    {
        if (!v.isValid() || v.isNull())
            return;
        switch (typeOf(v)) {
        case QMetaType::Int:
        case QMetaType::LongLong:
            worksheet_write_number(ws, row, col, v.toDouble(), nullptr);
            break;
        case QMetaType::Double:
            worksheet_write_number(ws, row, col, v.toDouble(), percent ? m_percent : m_decimal);
            break;
        case QMetaType::QDate: {
            const QDate d = v.toDate();
            lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
            worksheet_write_datetime(ws, row, col, &dt, m_date);
            break;
        }
        case QMetaType::QDateTime: {
            // Local wall-clock time: spreadsheets have no offsets.
            const QDateTime t = v.toDateTime();
            lxw_datetime dt{t.date().year(), t.date().month(), t.date().day(), t.time().hour(), t.time().minute(),
                            double(t.time().second())};
            worksheet_write_datetime(ws, row, col, &dt, m_dateTime);
            break;
        }
        default:
            worksheet_write_string(ws, row, col, v.toString().toUtf8().constData(), nullptr);
        }
    }

    Result<void> close(const QString &path)
    {
        const lxw_error rc = workbook_close(m_book);
        m_book = nullptr;
        if (rc != LXW_NO_ERROR)
            return makeError(Error::Kind::Io, QCoreApplication::translate("XlsxReportWriter", "cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(rc))));
        return {};
    }

private:
    lxw_workbook *m_book = nullptr;
    lxw_format *m_bold = nullptr, *m_percent = nullptr, *m_decimal = nullptr, *m_date = nullptr, *m_dateTime = nullptr;
    QSet<QString> m_used;
};

} // namespace

Result<void> XlsxReportWriter::write(const ReportDocument &doc, const QString &path, const QStringList &reviewHeaders,
                                     const ReviewSource &reviews, const ReviewCells &cells)
{
    Book book(path);
    if (!book.ok())
        return makeError(Error::Kind::Io, QCoreApplication::translate("XlsxReportWriter", "cannot create %1").arg(path));

    lxw_worksheet *summary = book.sheet(QStringLiteral("Summary"), {QStringLiteral("Item"), QStringLiteral("Value")}, {32, 60});
    lxw_row_t row = 1;
    book.cell(summary, row, 0, doc.title, false);
    book.cell(summary, row++, 1, doc.subtitle, false);
    for (const auto &f : doc.facts) {
        book.cell(summary, row, 0, f.first, false);
        bool isInt = false;
        const qint64 n = f.second.toLongLong(&isInt);
        book.cell(summary, row++, 1, isInt ? QVariant(n) : QVariant(f.second), false);
    }
    book.cell(summary, row, 0, doc.generatedLine, false);

    for (const ReportTable &t : doc.tables) {
        std::vector<double> widths;
        for (int c = 0; c < t.headers.size(); ++c) {
            int w = t.headers[c].size();
            for (const auto &r : t.rows)
                if (size_t(c) < r.size())
                    w = std::max(w, int(r[size_t(c)].toString().size()));
            widths.push_back(std::clamp(w + 2, 8, 60));
        }
        lxw_worksheet *ws = book.sheet(t.sheetName.isEmpty() ? t.title : t.sheetName, t.headers, widths);
        lxw_row_t r = 1;
        for (const auto &cellsOfRow : t.rows) {
            for (size_t c = 0; c < cellsOfRow.size(); ++c)
                book.cell(ws, r, lxw_col_t(c), cellsOfRow[c], c < t.percent.size() && t.percent[c]);
            ++r;
        }
    }

    if (reviews) {
        lxw_worksheet *ws = book.sheet(QStringLiteral("Review log"), reviewHeaders, {16, 16, 24, 40, 20, 10, 20, 10, 8, 10, 10, 8, 10});
        lxw_row_t r = 1;
        Result<void> streamed = reviews([&](const ReviewRow &review) {
            if (qint64(r) >= kMaxRows)
                return false;   // the sheet is full; the CSV has every row
            const std::vector<QVariant> values = cells(review);
            for (size_t c = 0; c < values.size(); ++c)
                book.cell(ws, r, lxw_col_t(c), values[c], false);
            ++r;
            return true;
        });
        if (!streamed)
            return streamed.error();
    }
    return book.close(path);
}

} // namespace debrief
