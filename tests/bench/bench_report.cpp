// Report benchmark: statistics and every report format on the generated 100,000-card /
// 1,000,000-answer collection, and a 20-learner cohort. Prints figures; asserts nothing.
// Targets (issue 10): statistics data <= 1 s, each format <= 2 s, peak memory <= 100 MiB,
// 20-learner cohort <= 10 s.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include "report/reportbuilder.h"
#include "storage/collection.h"
#include "storage/collectiongenerator.h"

using namespace debrief;

namespace {

QTextStream out(stdout);

double cpuSecondsOfSelf()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

double cpuSecondsOfChildren()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

// Runs debrief-cli under GNU time (when present) for its peak resident memory.
void timeCli(const QString &label, const QStringList &args)
{
    const QString gnuTime = QStandardPaths::findExecutable(QStringLiteral("time"), {QStringLiteral("/usr/bin")});
    QProcess p;
    QStringList all = args;
    QString program = QStringLiteral(DEBRIEF_CLI_PATH);
    if (!gnuTime.isEmpty()) {
        all.prepend(program);
        all.prepend(QStringLiteral("%M"));
        all.prepend(QStringLiteral("-f"));
        program = gnuTime;
    }
    const double cpuBefore = cpuSecondsOfChildren();
    QElapsedTimer t;
    t.start();
    p.start(program, all);
    p.waitForFinished(-1);
    const qint64 ms = t.elapsed();
    const double cpu = cpuSecondsOfChildren() - cpuBefore;
    const QStringList errLines = QString::fromUtf8(p.readAllStandardError()).trimmed().split(QLatin1Char('\n'));
    const QString peak = gnuTime.isEmpty() ? QStringLiteral("n/a") : QString::number(errLines.last().toLongLong() / 1024.0, 'f', 1);
    out << label.leftJustified(34) << QStringLiteral("%1 ms wall, %2 s cpu, peak %3 MiB, exit %4")
                                          .arg(ms).arg(cpu, 0, 'f', 2).arg(peak).arg(p.exitCode())
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = now.toString(Qt::ISODate);

    const QString big = tmp.filePath(QStringLiteral("big"));
    QDir().mkpath(big);
    QElapsedTimer t;
    t.start();
    Result<GeneratedCollection> gen = CollectionGenerator(now).generate(QDir(big).filePath(QStringLiteral("collection.sqlite")), 100000, 1000000, 7);
    if (!gen) {
        out << "generate failed: " << gen.error().message << Qt::endl;
        return 1;
    }
    out << "generated 100,000 cards / 1,000,000 answers in " << t.elapsed() << " ms" << Qt::endl;

    {
        auto col = Collection::openReadOnly(QDir(big).filePath(QStringLiteral("collection.sqlite")));
        FixedClock clock(now);
        // CPU time as well as wall time: on a loaded machine the wall clock mostly measures the others.
        for (int run = 1; run <= 2; ++run) {
            t.restart();
            const double cpu = cpuSecondsOfSelf();
            Result<ReportData> data = ReportBuilder::build(**col, ReportOptions{}, clock);
            out << QStringLiteral("statistics (ReportBuilder), run %1").arg(run).leftJustified(34) << t.elapsed() << " ms wall, "
                << QString::number(cpuSecondsOfSelf() - cpu, 'f', 2) << " s cpu, " << (data ? data->totals.total() : -1)
                << " answers" << Qt::endl;
        }
        ReportOptions lastMonth;
        lastMonth.since = now.date().addDays(-30);
        t.restart();
        const double cpu = cpuSecondsOfSelf();
        Result<ReportData> data = ReportBuilder::build(**col, lastMonth, clock);
        out << QStringLiteral("statistics, last 30 days").leftJustified(34) << t.elapsed() << " ms wall, "
            << QString::number(cpuSecondsOfSelf() - cpu, 'f', 2) << " s cpu" << Qt::endl;
    }

    for (const char *fmt : {"json", "html", "pdf", "xlsx", "csv"}) {
        const QString file = tmp.filePath(QStringLiteral("report.%1").arg(QLatin1String(fmt)));
        timeCli(QStringLiteral("report --format %1").arg(QLatin1String(fmt)),
                {QStringLiteral("--data-dir"), big, QStringLiteral("--now"), nowText, QStringLiteral("report"), QStringLiteral("--format"),
                 QLatin1String(fmt), QStringLiteral("--out"), file});
    }
    timeCli(QStringLiteral("report --format csv --summary"),
            {QStringLiteral("--data-dir"), big, QStringLiteral("--now"), nowText, QStringLiteral("report"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--summary"), QStringLiteral("--out"), tmp.filePath(QStringLiteral("summary.csv"))});

    // A cohort of 20 learners, each with a 5,000-card / 50,000-answer collection.
    const QString learner = tmp.filePath(QStringLiteral("learner"));
    QDir().mkpath(learner);
    if (auto g = CollectionGenerator(now).generate(QDir(learner).filePath(QStringLiteral("collection.sqlite")), 5000, 50000, 11); !g) {
        out << "generate failed: " << g.error().message << Qt::endl;
        return 1;
    }
    QStringList cohort;
    for (int i = 1; i <= 20; ++i) {
        const QString dir = tmp.filePath(QStringLiteral("cohort/learner%1").arg(i, 2, 10, QLatin1Char('0')));
        QDir().mkpath(dir);
        QFile::copy(QDir(learner).filePath(QStringLiteral("collection.sqlite")), QDir(dir).filePath(QStringLiteral("collection.sqlite")));
        cohort << dir;
    }
    for (const char *fmt : {"json", "pdf"})
        timeCli(QStringLiteral("cohort of 20, --format %1").arg(QLatin1String(fmt)),
                QStringList{QStringLiteral("--now"), nowText, QStringLiteral("report"), QStringLiteral("--format"), QLatin1String(fmt),
                            QStringLiteral("--out"), tmp.filePath(QStringLiteral("cohort.%1").arg(QLatin1String(fmt))), QStringLiteral("--cohort")}
                    + cohort);
    return 0;
}
