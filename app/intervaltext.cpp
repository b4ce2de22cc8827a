#include "intervaltext.h"

#include <QLocale>
#include <QRegularExpression>

namespace debrief {

QString IntervalText::localized(const QString &label)
{
    if (label == QLatin1String("End"))
        return tr("End");
    static const QRegularExpression format(QStringLiteral("^(<?)(\\d+(?:\\.\\d)?)(s|m|h|d|mo|y)$"));
    const QRegularExpressionMatch m = format.match(label);
    if (!m.hasMatch())
        return label;
    const QString digits = m.captured(2);
    const int decimals = digits.contains(QLatin1Char('.')) ? 1 : 0;
    const QString number = QLocale().toString(digits.toDouble(), 'f', decimals);
    const QString unit = m.captured(3);
    QString text;
    if (unit == QLatin1String("s"))
        text = tr("%1s", "seconds").arg(number);
    else if (unit == QLatin1String("m"))
        text = tr("%1m", "minutes").arg(number);
    else if (unit == QLatin1String("h"))
        text = tr("%1h", "hours").arg(number);
    else if (unit == QLatin1String("d"))
        text = tr("%1d", "days").arg(number);
    else if (unit == QLatin1String("mo"))
        text = tr("%1mo", "months").arg(number);
    else
        text = tr("%1y", "years").arg(number);
    return m.captured(1) + text;
}

} // namespace debrief
