// Benchmark of the browser on a generated 100,000-card collection: opening the window and showing
// a `deck:X` search, a free-text search, and re-sorting by each column (each a header click: a new
// SQL query plus the visible rows read). Prints figures; asserts nothing.
// Usage: QT_QPA_PLATFORM=offscreen bench_browser [cards]
#include "browserwindow.h"
#include "cardtablemodel.h"

#include "storage/collection.h"
#include "storage/collectiongenerator.h"
#include "util/clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace debrief;

namespace {

// CPU time of this process in ms: on a shared machine, far less disturbed by load than wall time.
qint64 cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// Until the window has painted, so the lazily read rows are part of the figure.
void settle(QWidget &w)
{
    w.repaint();
    QApplication::processEvents();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DebriefBench"));
    QTextStream out(stdout);
    const int cards = app.arguments().size() > 1 ? app.arguments()[1].toInt() : 100000;
    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("collection.sqlite"));
    Result<GeneratedCollection> gen = CollectionGenerator(now, 0).generate(path, cards, 100000, 42);
    if (!gen) {
        out << "generate failed: " << gen.error().message << Qt::endl;
        return 1;
    }
    auto col = Collection::open(path);
    if (!col) {
        out << col.error().message << Qt::endl;
        return 1;
    }
    FixedClock clock(now);
    auto decks = (*col)->decks();
    // The deck with the most cards below it is the slowest honest case: pick the top-level one.
    QString deck = decks->front().name.section(QStringLiteral("::"), 0, 0);
    for (const Deck &d : *decks)
        if (!d.name.contains(QLatin1String("::")) && d.name != QLatin1String("Default"))
            deck = d.name;
    out << "collection: " << gen->cards << " cards, " << gen->notes << " notes, " << gen->decks << " decks\n";

    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer t;
        t.start();
        qint64 cpu = cpuMs();
        BrowserWindow w(**col, clock);
        w.searchLine()->setText(QStringLiteral("deck:\"%1\"").arg(deck));
        w.search();
        w.show();
        settle(w);
        const qint64 openMs = t.elapsed();
        const qint64 openCpu = cpuMs() - cpu;
        const int rows = w.model()->rowCount();

        t.restart();
        cpu = cpuMs();
        w.searchLine()->setText(QStringLiteral("front:*1*"));
        w.search();
        settle(w);
        const qint64 textMs = t.elapsed();
        const qint64 textCpu = cpuMs() - cpu;
        const int textRows = w.model()->rowCount();

        w.searchLine()->setText(QString());
        w.search();
        settle(w);
        QString sorts;
        for (int c = 0; c < CardTableModel::ColumnCount; ++c) {
            t.restart();
            cpu = cpuMs();
            w.table()->horizontalHeader()->setSortIndicator(c, Qt::DescendingOrder);
            settle(w);
            const qint64 clickMs = t.elapsed();
            const qint64 clickCpu = cpuMs() - cpu;
            // The same query again without the click and repaint: the SQL part of the figure.
            t.restart();
            w.search();
            sorts += QStringLiteral(" %1 %2 ms, CPU %6 ms (search alone %3 ms, %4 rows, first %5);")
                         .arg(w.model()->headerData(c, Qt::Horizontal).toString())
                         .arg(clickMs)
                         .arg(t.elapsed())
                         .arg(w.model()->rowCount())
                         .arg(w.model()->index(0, c).data().toString())
                         .arg(clickCpu);
            if (w.errorLabel()->isVisible())
                sorts += w.errorLabel()->text();
        }
        out << "run " << run << ": open + deck:\"" << deck << "\" (" << rows << " rows) " << openMs << " ms, CPU " << openCpu << " ms; "
            << "text search (" << textRows << " rows) " << textMs << " ms, CPU " << textCpu << " ms; sort of all " << w.model()->rowCount()
            << " cards:" << sorts << Qt::endl;
        w.close();
    }
    return 0;
}
