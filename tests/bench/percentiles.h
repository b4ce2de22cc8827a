#pragma once

#include <QString>

#include <algorithm>
#include <vector>

// The app benchmarks' one way of printing a set of timings: p50, p90, p99 and max in ms.
inline QString percentiles(std::vector<double> ms)
{
    if (ms.empty())
        return QStringLiteral("no samples");
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(double(ms.size()) * q))]; };
    return QStringLiteral("p50 %1 ms, p90 %2 ms, p99 %3 ms, max %4 ms (%5 samples)")
        .arg(ms[ms.size() / 2], 0, 'f', 2)
        .arg(at(0.9), 0, 'f', 2)
        .arg(at(0.99), 0, 'f', 2)
        .arg(ms.back(), 0, 'f', 2)
        .arg(ms.size());
}
