#include "model/storabletext.h"

namespace debrief {

int StorableText::badCharAt(const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x1f))
            return i;
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;   // a pair: one character outside the BMP
            else
                return i;
        } else if (c.isLowSurrogate()) {
            return i;
        }
    }
    return -1;
}

QString StorableText::problem(const QString &where, const QString &text)
{
    const int i = badCharAt(text);
    if (i < 0)
        return QString();
    const QString code = QStringLiteral("U+%1").arg(uint(text.at(i).unicode()), 4, 16, QLatin1Char('0')).toUpper();
    const QString what = text.at(i) == QChar(0x1f) ? tr("the control character %1, which separates a note's fields").arg(code)
                                                   : tr("%1, half of a character pair without its other half").arg(code);
    return tr("%1: character %2 is %3; a note cannot store it. Remove it (retype the text around it).")
        .arg(where)
        .arg(i + 1)
        .arg(what);
}

} // namespace debrief
