#include "study/rubric.h"

#include <algorithm>

namespace debrief {

QStringList Rubric::parsePoints(const QString &pointsField)
{
    QStringList points;
    for (const QString &raw : pointsField.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (!raw.startsWith(QLatin1Char(' ')) && line.startsWith(QLatin1String("- ")))
            points << line.mid(2).trimmed();
        else if (line == QLatin1String("-"))
            points << QString();
        else if (!points.isEmpty())
            points.last() += (points.last().isEmpty() ? QString() : QStringLiteral(" ")) + line;
        else
            points << line;   // a list without dashes: one point per line
    }
    points.removeAll(QString());
    return points;
}

int Rubric::scorePermille(int ticked, int total)
{
    if (total <= 0)
        return 0;
    return std::clamp(ticked, 0, total) * 1000 / total;
}

Rating Rubric::proposedRating(int ticked, int total, bool overTime)
{
    if (total <= 0)
        return Rating::Good;
    // Compare in integers (ticked * 4 against total * k) so 3 of 4 is exactly 75 %.
    const int t = std::clamp(ticked, 0, total);
    if (t * 2 < total)
        return Rating::Again;
    if (t * 4 < total * 3)
        return Rating::Hard;
    if (t < total || overTime)
        return Rating::Good;
    return Rating::Easy;
}

} // namespace debrief
