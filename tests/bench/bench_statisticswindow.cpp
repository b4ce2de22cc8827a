// Benchmark of Tools ▸ Statistics on the generated 100,000-card / 1,000,000-answer collection:
// from creating the window to its figures shown (the worker's ReportBuilder plus the charts and
// table filled on the GUI thread), for each period of the picker. Prints wall time and the
// process's CPU time (all threads). Asserts nothing.
// Usage: QT_QPA_PLATFORM=offscreen bench_statisticswindow [existing collection.sqlite]
#include "statisticswindow.h"

#include "storage/collectiongenerator.h"
#include "util/clock.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace debrief;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DebriefBench"));
    QTextStream out(stdout);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTemporaryDir dir;
    QString path = app.arguments().size() > 1 ? app.arguments()[1] : QString();
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("collection.sqlite"));
        Result<GeneratedCollection> gen = CollectionGenerator(now).generate(path, 100000, 1000000, 7);
        if (!gen) {
            out << "generate failed: " << gen.error().message << Qt::endl;
            return 1;
        }
    }
    FixedClock clock(now);

    for (int run = 1; run <= 2; ++run) {
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds();
        StatisticsWindow w(path, clock);
        QSignalSpy computed(&w, &StatisticsWindow::computed);
        w.show();
        computed.wait(60000);
        QApplication::processEvents();   // the charts' first paint
        out << QStringLiteral("open, last 3 months, run %1").arg(run).leftJustified(36) << t.elapsed() << " ms wall, "
            << QString::number(cpuSeconds() - cpu, 'f', 2) << " s cpu" << (w.data() ? "" : " (failed)") << Qt::endl;

        auto *period = w.findChild<QComboBox *>(QStringLiteral("periodPicker"));
        const QString names[] = {QStringLiteral("last month"), QStringLiteral("last 3 months"), QStringLiteral("last year"),
                                 QStringLiteral("all time")};
        for (int p : {0, 2, 3}) {
            t.restart();
            const double c = cpuSeconds();
            period->setCurrentIndex(p);
            computed.wait(60000);
            QApplication::processEvents();
            out << QStringLiteral("switch to %1").arg(names[p]).leftJustified(36) << t.elapsed() << " ms wall, "
                << QString::number(cpuSeconds() - c, 'f', 2) << " s cpu" << Qt::endl;
        }
    }
    return 0;
}
