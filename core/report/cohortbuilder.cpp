#include "report/cohortbuilder.h"

#include "report/reportbuilder.h"
#include "storage/collection.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace debrief {

CohortData CohortBuilder::build(const QStringList &dataDirs, const ReportOptions &options, const Clock &clock)
{
    CohortData cohort;
    cohort.generated = clock.now();
    cohort.targetDate = options.targetDate;
    for (const QString &dir : dataDirs) {
        CohortMember m;
        m.dataDir = dir;
        m.name = QFileInfo(dir).fileName();
        const QString path = QDir(dir).filePath(QStringLiteral("collection.sqlite"));
        Result<std::unique_ptr<Collection>> col = Collection::openReadOnly(path);
        if (!col) {
            m.error = col.error().message;
        } else {
            Result<ReportData> data = ReportBuilder::build(**col, options, clock);
            if (!data) {
                m.error = data.error().message;
            } else {
                if (!data->learnerName.isEmpty())
                    m.name = data->learnerName;
                if (!cohort.targetDate)
                    cohort.targetDate = data->targetDate;
                m.report = std::move(*data);
            }
        }
        cohort.members.push_back(std::move(m));
    }
    summarize(cohort);
    return cohort;
}

void CohortBuilder::summarize(CohortData &cohort)
{
    struct Sum {
        int learners = 0, behind = 0, reviews = 0, passed = 0;
        double known = 0, seen = 0;
    };
    std::map<QString, Sum> sums;
    cohort.behindPace.clear();
    for (const CohortMember &m : cohort.members) {
        if (!m.report)
            continue;
        if (m.report->onPace && !*m.report->onPace)
            cohort.behindPace.push_back(m.name);
        for (const TopicReadiness &t : m.report->topics) {
            Sum &s = sums[t.topic];
            ++s.learners;
            s.known += t.expectedKnown;
            s.seen += t.seenShare();
            s.reviews += t.retention.count();
            s.passed += t.retention.passed();
            if (t.onPace && !*t.onPace)
                ++s.behind;
        }
    }
    cohort.topics.clear();
    for (const auto &e : sums) {
        CohortData::Topic t;
        t.topic = e.first;
        t.learners = e.second.learners;
        t.meanExpectedKnown = e.second.known / e.second.learners;
        t.meanSeenShare = e.second.seen / e.second.learners;
        if (e.second.reviews > 0)
            t.retention = double(e.second.passed) / e.second.reviews;
        t.behindPace = e.second.behind;
        cohort.topics.push_back(t);
    }
    std::sort(cohort.topics.begin(), cohort.topics.end(), [](const CohortData::Topic &a, const CohortData::Topic &b) {
        if (a.meanExpectedKnown != b.meanExpectedKnown)
            return a.meanExpectedKnown < b.meanExpectedKnown;
        return a.topic < b.topic;
    });
}

} // namespace debrief
