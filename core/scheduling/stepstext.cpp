#include "scheduling/stepstext.h"

#include <QRegularExpression>

#include <cmath>

namespace debrief {

std::optional<std::vector<int>> StepsText::parse(const QString &text, QString *error)
{
    static const QRegularExpression step(QStringLiteral("^(\\d+(?:\\.\\d+)?)([smhd]?)$"), QRegularExpression::CaseInsensitiveOption);
    std::vector<int> out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QRegularExpressionMatch m = step.match(part);
        const QString unit = m.hasMatch() ? m.captured(2).toLower() : QString();
        const double factor = unit == QLatin1String("s") ? 1 : unit == QLatin1String("h") ? 3600 : unit == QLatin1String("d") ? 86400 : 60;
        const double secs = m.hasMatch() ? m.captured(1).toDouble() * factor : 0;
        // Over 365 days a step would outlast any review interval; Anki refuses those too.
        if (!m.hasMatch() || secs < 1 || secs > 365.0 * 86400) {
            if (error)
                *error = tr("\"%1\" is not a step. Write steps like \"1m 10m 1h 1d\": a number and s, m, h or d, "
                            "from 1 second to 365 days, separated by spaces.")
                             .arg(part);
            return std::nullopt;
        }
        out.push_back(int(std::lround(secs)));
    }
    return out;
}

QString StepsText::format(const std::vector<int> &stepsSecs)
{
    QStringList parts;
    for (int secs : stepsSecs) {
        if (secs % 86400 == 0)
            parts << QStringLiteral("%1d").arg(secs / 86400);
        else if (secs % 3600 == 0)
            parts << QStringLiteral("%1h").arg(secs / 3600);
        else if (secs % 60 == 0)
            parts << QStringLiteral("%1m").arg(secs / 60);
        else
            parts << QStringLiteral("%1s").arg(secs);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace debrief
