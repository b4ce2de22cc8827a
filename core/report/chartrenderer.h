#pragma once

#include "report/reportdocument.h"

#include <QRectF>

class QPainter;

namespace debrief {

// Draws a Chart as stacked bars: as inline SVG text for HTML, or with a QPainter (vector on a
// QPdfWriter). Both share the same geometry so the two formats look alike.
class ChartRenderer {
public:
    static QString svg(const Chart &chart, int width, int height);
    static void paint(const Chart &chart, QPainter &painter, const QRectF &rect);
    // A round axis maximum >= `value` (1, 2 or 5 times a power of ten).
    static double niceMax(double value);
};

} // namespace debrief
