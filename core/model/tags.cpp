#include "model/tags.h"

#include <QRegularExpression>

namespace debrief {

QStringList Tags::split(const QString &text)
{
    // \s alone is ASCII white space in QRegularExpression (no UCP), hence U+3000 spelled out.
    static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}]+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace debrief
