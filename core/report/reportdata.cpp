#include "report/reportdata.h"

#include <numeric>

namespace debrief {

static std::optional<double> ratio(int passed, int count)
{
    if (count <= 0)
        return std::nullopt;
    return double(passed) / count;
}

std::optional<double> Retention::young() const { return ratio(youngPassed, youngCount); }
std::optional<double> Retention::mature() const { return ratio(maturePassed, matureCount); }
std::optional<double> Retention::overall() const { return ratio(passed(), count()); }

void Retention::add(bool isMature, int n, int nPassed)
{
    (isMature ? matureCount : youngCount) += n;
    (isMature ? maturePassed : youngPassed) += nPassed;
}

int ReportData::forecast30() const
{
    return std::accumulate(forecast.begin(), forecast.begin() + std::min<size_t>(30, forecast.size()), 0);
}

int ReportData::forecast90() const { return std::accumulate(forecast.begin(), forecast.end(), 0); }

QString ReportData::deckNameOf(DeckId id) const
{
    for (const auto &d : deckNames)
        if (d.first == id)
            return d.second;
    return QString();
}

} // namespace debrief
