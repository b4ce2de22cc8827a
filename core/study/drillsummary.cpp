#include "study/drillsummary.h"

#include <map>

namespace debrief {

DrillSummary DrillSummary::of(const std::vector<DrillAnswer> &answers)
{
    DrillSummary s;
    s.answers = answers;
    std::map<QString, TopicCoverage> topics;
    for (size_t i = 0; i < answers.size(); ++i) {
        const DrillAnswer &a = answers[i];
        TopicCoverage &t = topics[a.topic];
        t.topic = a.topic;
        t.ticked += a.ticked;
        t.total += a.total;
        if (!s.slowest || a.durationMs > answers[*s.slowest].durationMs)
            s.slowest = i;
        // Shares compared by cross-multiplying, so 2/4 and 1/2 tie exactly.
        if (a.total > 0) {
            const DrillAnswer *w = s.weakest ? &answers[*s.weakest] : nullptr;
            if (!w || qint64(a.ticked) * w->total < qint64(w->ticked) * a.total)
                s.weakest = i;
        }
    }
    for (auto &t : topics)
        s.perTopic.push_back(t.second);
    return s;
}

} // namespace debrief
