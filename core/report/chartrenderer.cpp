#include "report/chartrenderer.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace debrief {

namespace {

// Plot area inside the chart rectangle: room for the title, the legend, the y labels and x labels.
struct Geometry {
    QRectF plot;
    double max = 1;
    double barWidth = 0;
    double step = 0;
};

double stackedMax(const Chart &c)
{
    double m = 0;
    for (int i = 0; i < c.labels.size(); ++i) {
        double sum = 0;
        for (const ChartSeries &s : c.series)
            sum += s.values.size() > size_t(i) ? s.values[size_t(i)] : 0;
        m = std::max(m, sum);
    }
    return m;
}

Geometry geometry(const Chart &c, const QRectF &r)
{
    Geometry g;
    const double fontH = r.height() * 0.06;
    g.plot = QRectF(r.left() + fontH * 3.2, r.top() + fontH * 3.2, r.width() - fontH * 3.6, r.height() - fontH * 5.2);
    g.max = ChartRenderer::niceMax(stackedMax(c));
    const int n = std::max(1, int(c.labels.size()));
    g.step = g.plot.width() / n;
    g.barWidth = std::max(0.5, g.step * 0.8);
    return g;
}

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString num(double v) { return QString::number(v, 'f', 1); }

QString tickText(double v)
{
    if (v >= 10000)
        return QString::number(v / 1000, 'f', 0) + QLatin1Char('k');
    return QString::number(v, 'g', 6);
}

} // namespace

double ChartRenderer::niceMax(double value)
{
    if (value <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(value)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= value)
            return m * p;
    return 10 * p;
}

QString ChartRenderer::svg(const Chart &c, int width, int height)
{
    const QRectF r(0, 0, width, height);
    const Geometry g = geometry(c, r);
    const double fontH = height * 0.06;
    QString s;
    s += QStringLiteral("<svg class=\"chart\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\">")
             .arg(width).arg(height).arg(esc(c.title));
    s += QStringLiteral("<text x=\"0\" y=\"%1\" class=\"title\">%2</text>").arg(num(fontH * 1.2), esc(c.title));
    // Legend on the title line's right.
    double lx = width;
    for (auto it = c.series.rbegin(); it != c.series.rend(); ++it) {
        lx -= fontH * (1.8 + 0.55 * it->name.size());
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" fill=\"%4\"/><text x=\"%5\" y=\"%6\" class=\"lbl\">%7</text>")
                 .arg(num(lx), num(fontH * 0.4), num(fontH * 0.8), it->color.name(), num(lx + fontH), num(fontH * 1.15), esc(it->name));
    }
    for (int t = 0; t <= 4; ++t) {
        const double v = g.max * t / 4;
        const double y = g.plot.bottom() - g.plot.height() * t / 4;
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" class=\"grid\"/><text x=\"%4\" y=\"%5\" class=\"lbl\" text-anchor=\"end\">%6</text>")
                 .arg(num(g.plot.left()), num(y), num(g.plot.right()), num(g.plot.left() - 4), num(y + fontH * 0.35), tickText(v));
    }
    for (int i = 0; i < c.labels.size(); ++i) {
        const double x = g.plot.left() + g.step * i + (g.step - g.barWidth) / 2;
        double base = g.plot.bottom();
        for (const ChartSeries &series : c.series) {
            const double v = series.values.size() > size_t(i) ? series.values[size_t(i)] : 0;
            if (v <= 0)
                continue;
            const double h = g.plot.height() * v / g.max;
            base -= h;
            s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6 %7: %8</title></rect>")
                     .arg(num(x), num(base), num(g.barWidth), num(h), series.color.name(), esc(c.labels[i]), esc(series.name),
                          QString::number(v, 'g', 10));
        }
        if (i % std::max(1, c.labelEvery) == 0)
            s += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"lbl\" text-anchor=\"middle\">%3</text>")
                     .arg(num(x + g.barWidth / 2), num(g.plot.bottom() + fontH * 1.3), esc(c.labels[i]));
    }
    s += QStringLiteral("</svg>");
    return s;
}

void ChartRenderer::paint(const Chart &c, QPainter &p, const QRectF &r)
{
    const Geometry g = geometry(c, r);
    const double fontH = r.height() * 0.06;
    p.save();
    QFont f = p.font();
    f.setPixelSize(std::max(1, int(fontH)));
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(QPointF(r.left(), r.top() + fontH * 1.2), c.title);
    f.setBold(false);
    f.setPixelSize(std::max(1, int(fontH * 0.8)));
    p.setFont(f);
    const QFontMetricsF fm(f);
    double lx = r.right();
    for (auto it = c.series.rbegin(); it != c.series.rend(); ++it) {
        lx -= fontH * 1.4 + fm.horizontalAdvance(it->name);
        p.fillRect(QRectF(lx, r.top() + fontH * 0.4, fontH * 0.8, fontH * 0.8), it->color);
        p.drawText(QPointF(lx + fontH, r.top() + fontH * 1.15), it->name);
    }
    for (int t = 0; t <= 4; ++t) {
        const double y = g.plot.bottom() - g.plot.height() * t / 4;
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
        p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        p.setPen(Qt::black);
        const QString label = tickText(g.max * t / 4);
        p.drawText(QPointF(g.plot.left() - 4 - fm.horizontalAdvance(label), y + fontH * 0.3), label);
    }
    for (int i = 0; i < c.labels.size(); ++i) {
        const double x = g.plot.left() + g.step * i + (g.step - g.barWidth) / 2;
        double base = g.plot.bottom();
        for (const ChartSeries &series : c.series) {
            const double v = series.values.size() > size_t(i) ? series.values[size_t(i)] : 0;
            if (v <= 0)
                continue;
            const double h = g.plot.height() * v / g.max;
            base -= h;
            p.fillRect(QRectF(x, base, g.barWidth, h), series.color);
        }
        if (i % std::max(1, c.labelEvery) == 0) {
            const double w = fm.horizontalAdvance(c.labels[i]);
            p.drawText(QPointF(x + g.barWidth / 2 - w / 2, g.plot.bottom() + fontH * 1.2), c.labels[i]);
        }
    }
    p.restore();
}

} // namespace debrief
