#include "report/pdfreportwriter.h"

#include "report/chartrenderer.h"
#include "report/reportlayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace debrief {

namespace {

// Lays out pages in points (the writer runs at 72 dpi, so one device unit is one point).
class PageFlow {
public:
    PageFlow(QPdfWriter &writer, QPainter &painter, const ReportDocument &doc)
        : m_writer(writer), m_p(painter), m_doc(doc)
    {
        const QRectF page = QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        m_body = page.adjusted(0, 0, 0, -kFooter);
        m_y = m_body.top();
    }

    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = m_body.top();
    }
    void finish() { footer(); }
    void ensure(double height)
    {
        if (m_y + height > m_body.bottom() && m_y > m_body.top())
            newPage();
    }
    double y() const { return m_y; }
    void advance(double h) { m_y += h; }
    QRectF body() const { return m_body; }

    void setFont(double size, bool bold)
    {
        QFont f(QStringLiteral("sans-serif"));
        f.setPixelSize(int(size));
        f.setBold(bold);
        m_p.setFont(f);
    }
    void text(const QString &s, double size, bool bold, double gapAfter = 4)
    {
        setFont(size, bold);
        const QRectF need = m_p.boundingRect(QRectF(m_body.left(), 0, m_body.width(), 1e6), Qt::TextWordWrap, s);
        ensure(need.height());
        m_p.drawText(QRectF(m_body.left(), m_y, m_body.width(), need.height()), Qt::TextWordWrap, s);
        m_y += need.height() + gapAfter;
    }

private:
    void footer()
    {
        setFont(8, false);
        m_p.setPen(Qt::darkGray);
        const QRectF f(m_body.left(), m_body.bottom() + 10, m_body.width(), kFooter - 10);
        m_p.drawText(f, Qt::AlignLeft | Qt::AlignTop, m_doc.generatedLine);
        m_p.drawText(f, Qt::AlignRight | Qt::AlignTop, QStringLiteral("Page %1").arg(m_page));
        m_p.setPen(Qt::black);
    }

    static constexpr double kFooter = 28;
    QPdfWriter &m_writer;
    QPainter &m_p;
    const ReportDocument &m_doc;
    QRectF m_body;
    double m_y = 0;
    int m_page = 1;
};

void drawTable(PageFlow &flow, QPainter &p, const ReportTable &t)
{
    flow.ensure(60);
    flow.text(t.title, 13, true, 6);
    // Wide tables (the readiness table has 12 columns) get a smaller type to elide less.
    const double fontSize = t.headers.size() >= 10 ? 6.5 : 7.5;
    flow.setFont(fontSize, false);
    const QFontMetricsF fm(p.font());
    const double rowH = fm.height() + 5;
    const int cols = t.headers.size();
    // Columns as wide as their widest cell, squeezed proportionally when the page is too narrow.
    std::vector<double> width(size_t(cols), 0);
    std::vector<std::vector<QString>> cells;
    for (const auto &row : t.rows) {
        std::vector<QString> texts;
        for (int c = 0; c < cols; ++c) {
            const bool pct = size_t(c) < t.percent.size() && t.percent[size_t(c)];
            texts.push_back(size_t(c) < row.size() ? ReportLayout::cellText(row[size_t(c)], pct) : QString());
            width[size_t(c)] = std::max(width[size_t(c)], fm.horizontalAdvance(texts.back()) + 8);
        }
        cells.push_back(texts);
    }
    for (int c = 0; c < cols; ++c)
        width[size_t(c)] = std::max(width[size_t(c)], fm.horizontalAdvance(t.headers[c]) + 8);
    // Too wide for the page: cap the widest columns at one common width (their text is elided),
    // so narrow number columns keep their full width.
    const double available = flow.body().width();
    const auto sumCapped = [&](double cap) {
        double sum = 0;
        for (double w : width)
            sum += std::min(w, cap);
        return sum;
    };
    if (sumCapped(1e9) > available) {
        double lo = 0, hi = available;
        for (int i = 0; i < 40; ++i) {
            const double mid = (lo + hi) / 2;
            (sumCapped(mid) > available ? hi : lo) = mid;
        }
        for (double &w : width)
            w = std::min(w, lo);
    }
    double total = 0;
    for (double w : width)
        total += w;

    const auto drawRow = [&](const QStringList &texts, bool header) {
        flow.ensure(rowH);
        double x = flow.body().left();
        const double y = flow.y();
        if (header)
            p.fillRect(QRectF(x, y, total, rowH), QColor(0xee, 0xee, 0xee));
        for (int c = 0; c < cols; ++c) {
            const QRectF cell(x, y, width[size_t(c)], rowH);
            p.setPen(QColor(0xcc, 0xcc, 0xcc));
            p.drawRect(cell);
            p.setPen(Qt::black);
            p.drawText(cell.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(texts.value(c), Qt::ElideRight, cell.width() - 8));
            x += width[size_t(c)];
        }
        flow.advance(rowH);
    };
    drawRow(t.headers, true);
    for (const auto &row : cells) {
        if (flow.y() + rowH > flow.body().bottom()) {
            flow.newPage();
            flow.setFont(fontSize, false);
            drawRow(t.headers, true);
        }
        drawRow(QStringList(row.begin(), row.end()), false);
    }
    if (cells.empty())
        drawRow({QStringLiteral("none")}, false);
    flow.advance(14);
}

} // namespace

Result<void> PdfReportWriter::write(const ReportDocument &doc, const QString &path, QPageSize::PageSizeId pageSize)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(72);
    writer.setTitle(doc.title + QStringLiteral(": ") + doc.subtitle);
    writer.setCreator(QStringLiteral("Debrief"));
    QPainter p;
    if (!p.begin(&writer))
        return makeError(Error::Kind::Io, QCoreApplication::translate("PdfReportWriter", "cannot write %1").arg(path));
    PageFlow flow(writer, p, doc);

    // Title page.
    flow.advance(flow.body().height() * 0.15);
    flow.text(doc.title, 26, true, 8);
    flow.text(doc.subtitle, 15, false, 24);
    flow.setFont(10, true);
    double labelW = 0;
    for (const auto &f : doc.facts)
        labelW = std::max(labelW, QFontMetricsF(p.font()).horizontalAdvance(f.first));
    flow.setFont(10, false);
    const QFontMetricsF fm(p.font());
    for (const auto &f : doc.facts) {
        flow.setFont(10, true);
        p.drawText(QPointF(flow.body().left(), flow.y() + fm.ascent()), f.first);
        flow.setFont(10, false);
        const QRectF valueRect(flow.body().left() + labelW + 16, flow.y(), flow.body().width() - labelW - 16, 1e6);
        const QRectF need = p.boundingRect(valueRect, Qt::TextWordWrap, f.second);
        p.drawText(QRectF(valueRect.topLeft(), QSizeF(valueRect.width(), need.height())), Qt::TextWordWrap, f.second);
        flow.advance(std::max(need.height(), fm.height()) + 4);
    }

    // Charts, three to a page.
    flow.newPage();
    const double chartH = (flow.body().height() - 40) / 3;
    for (const Chart &c : doc.charts) {
        flow.ensure(chartH);
        ChartRenderer::paint(c, p, QRectF(flow.body().left(), flow.y(), flow.body().width(), chartH - 16));
        flow.advance(chartH);
    }
    flow.newPage();
    for (const ReportTable &t : doc.tables)
        drawTable(flow, p, t);
    flow.finish();
    if (!p.end())
        return makeError(Error::Kind::Io, QCoreApplication::translate("PdfReportWriter", "cannot finish %1").arg(path));
    if (!QFile::exists(path))
        return makeError(Error::Kind::Io, QCoreApplication::translate("PdfReportWriter", "cannot write %1").arg(path));
    return {};
}

} // namespace debrief
