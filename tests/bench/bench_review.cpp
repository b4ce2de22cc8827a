// Benchmark of studying in the desktop app on a generated 100,000-card collection, through the
// real MainWindow and ReviewWidget (ReviewSession, CardRenderer, the QtWebEngine card view):
//   - answer -> next card, at two paces (see the loop): the Good button's slot, i.e. the committed answer (synchronous=FULL),
//     the next card picked and rendered and its HTML handed to the view; then, separately, the
//     same without the commit (ReviewSession::nextCardWithCounts + CardRenderer::render, next to
//     the earlier path that read the counts and the note a second time), and the time until
//     the page reports the card shown (CardView::cardShown, the script call's round trip);
//   - memory: VmRSS summed over this process and all its descendants (QtWebEngineProcess and its
//     zygote, renderer and utility children) after N answers.
// The collection is made by `debrief-cli generate` in its own process, so the generator's
// memory is not in the figure. Prints figures; asserts nothing.
// Usage: QT_QPA_PLATFORM=offscreen bench_review [answers per pace] [existing data dir]
#include "mainwindow.h"
#include "cardview.h"
#include "reviewwidget.h"
#include "webenginegraphics.h"
#include "percentiles.h"

#include "render/cardrenderer.h"
#include "storage/collection.h"
#include "study/reviewsession.h"
#include "study/sessioncounts.h"
#include "util/clock.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeWidget>

#include <algorithm>
#include <map>
#include <vector>

#include <ctime>

using namespace debrief;

namespace {

// pid -> (parent pid, VmRSS in KiB, name) for every process we may read.
struct Proc {
    int ppid = 0;
    qint64 rssKiB = 0;
    qint64 pssKiB = 0;   // shared pages divided among their users: the fair share of the total
    qint64 anonKiB = 0;  // anonymous (heap, stacks): the rest of RSS is file pages (libraries), which the kernel can drop
    QString name;
};

std::map<int, Proc> processes()
{
    std::map<int, Proc> all;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const int pid = entry.toInt(&isPid);
        if (!isPid)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        Proc p;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Name:"))
                p.name = QString::fromUtf8(line.mid(5).trimmed());
            else if (line.startsWith("PPid:"))
                p.ppid = line.mid(5).trimmed().toInt();
            else if (line.startsWith("VmRSS:"))
                p.rssKiB = line.mid(6).trimmed().split(' ').front().toLongLong();
        }
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
        if (rollup.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : rollup.readAll().split('\n')) {
                if (line.startsWith("Pss:"))
                    p.pssKiB = line.mid(4).trimmed().split(' ').front().toLongLong();
                else if (line.startsWith("Anonymous:"))
                    p.anonKiB = line.mid(10).trimmed().split(' ').front().toLongLong();
            }
        }
        all[pid] = p;
    }
    return all;
}

// This process and its descendants: the app and every QtWebEngineProcess it started.
QString treeRss(qint64 *totalKiB)
{
    const std::map<int, Proc> all = processes();
    std::vector<int> tree {int(QCoreApplication::applicationPid())};
    for (size_t i = 0; i < tree.size(); ++i)
        for (const auto &[pid, p] : all)
            if (p.ppid == tree[i])
                tree.push_back(pid);
    QStringList parts;
    *totalKiB = 0;
    qint64 pss = 0;
    for (int pid : tree) {
        const Proc &p = all.at(pid);
        *totalKiB += p.rssKiB;
        pss += p.pssKiB;
        parts << QStringLiteral("%1 %2 MiB (anonymous %3)").arg(p.name).arg(p.rssKiB / 1024.0, 0, 'f', 1).arg(p.anonKiB / 1024.0, 0, 'f', 1);
    }
    return parts.join(QStringLiteral(", ")) + QStringLiteral("; PSS sum %1 MiB").arg(pss / 1024);
}

// CPU time of the calling (GUI) thread in ms: far less disturbed by other processes' load than wall time.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000 + double(ts.tv_nsec) / 1e6;
}

// Lets the event loop run (the page draws, the idle checkpoint may fire) for `ms`.
void idle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace

int main(int argc, char **argv)
{
    WebEngineGraphics::reserve();   // as the app's main() does
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DebriefBench"));
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int answers = args.size() > 1 ? args[1].toInt() : 200;
    QTemporaryDir tmp;
    QString dataDir = args.size() > 2 ? args[2] : tmp.filePath(QStringLiteral("data"));
    if (args.size() <= 2) {
        QProcess gen;
        gen.start(QStringLiteral(DEBRIEF_CLI_PATH), {QStringLiteral("--data-dir"), dataDir, QStringLiteral("generate"),
                                                     QStringLiteral("--cards"), QStringLiteral("100000"),
                                                     QStringLiteral("--revlog"), QStringLiteral("1000000")});
        if (!gen.waitForFinished(600000) || gen.exitCode() != 0) {
            out << "generate failed: " << gen.readAllStandardError() << Qt::endl;
            return 1;
        }
        out << gen.readAllStandardOutput().trimmed() << Qt::endl;
    }
    const QString path = QDir(dataDir).filePath(QStringLiteral("collection.sqlite"));

    qint64 rssKiB = 0;
    QString rssParts = treeRss(&rssKiB);
    out << "RSS before the window: " << rssKiB / 1024 << " MiB (" << rssParts << ")" << Qt::endl;

    auto col = Collection::open(path);
    if (!col) {
        out << col.error().message << Qt::endl;
        return 1;
    }
    // Real time, as in the app: the generator laid out due dates around its own now.
    MainWindow w(std::move(*col), std::make_unique<SystemClock>());
    w.show();
    idle(200);
    rssParts = treeRss(&rssKiB);
    out << "RSS with the deck list shown: " << rssKiB / 1024 << " MiB (" << rssParts << ")" << Qt::endl;

    // The top-level deck with the most due cards.
    QTreeWidgetItem *pick = nullptr;
    int most = -1;
    for (int i = 0; i < w.deckTree()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = w.deckTree()->topLevelItem(i);
        const int due = top->text(1).toInt() + top->text(2).toInt() + top->text(3).toInt();
        if (due > most) {
            most = due;
            pick = top;
        }
    }
    w.deckTree()->setCurrentItem(pick);
    QElapsedTimer t;
    t.start();
    w.studySelected();
    ReviewWidget *review = w.reviewWidget();
    if (!review->view() || !w.isStudying()) {
        out << "nothing to study" << Qt::endl;
        return 1;
    }
    const qint64 startSlotMs = t.elapsed();
    QSignalSpy shown(review->view(), &CardView::cardShown);
    while (shown.isEmpty() && t.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    out << "first study (" << pick->text(0) << ", " << most << " due): Study slot " << startSlotMs
        << " ms (creates the card view), first card shown in the page after " << t.elapsed() << " ms" << Qt::endl;

    // Two paces. Rapid: an answer every ~35 ms, so the WAL only grows (each commit extends the
    // file, and its fsync also writes the file's new size). Paced: a person reads each card for
    // seconds, and after 2 s without an answer the reviewer checkpoints, so the next commit
    // rewrites the start of an emptied WAL; the checkpoint is called here directly instead of
    // waiting those 2 s.
    std::vector<double> slot, slotCpu, toShown;
    std::vector<double> pacedSlot, pacedSlotCpu, pacedToShown;
    for (int i = 0; i < 2 * answers && w.isStudying(); ++i) {
        const bool paced = i >= answers;
        review->showAnswer();
        idle(30);   // the answer side is drawn; a person reads it
        if (paced && !w.collection().checkpoint())
            out << "checkpoint failed" << Qt::endl;
        shown.clear();
        t.restart();
        const double cpu = threadCpuMs();
        review->answer(3);
        (paced ? pacedSlot : slot).push_back(double(t.nsecsElapsed()) / 1e6);
        (paced ? pacedSlotCpu : slotCpu).push_back(threadCpuMs() - cpu);
        while (shown.isEmpty() && t.elapsed() < 5000)
            QApplication::processEvents(QEventLoop::AllEvents, 1);
        (paced ? pacedToShown : toShown).push_back(double(t.nsecsElapsed()) / 1e6);
        if (i + 1 == 50) {
            idle(2500);   // the idle checkpoint runs, as it does while a person reads
            rssParts = treeRss(&rssKiB);
            out << "RSS after 50 answers: " << rssKiB / 1024 << " MiB  [target <= 250 MiB] (" << rssParts << ")" << Qt::endl;
        }
    }
    out << "rapid (an answer every ~35 ms, the WAL growing):" << Qt::endl;
    out << "  answer -> next card handed to the view (Good's slot: commit + next card + render), " << percentiles(slot)
        << "  [target <= 16 ms]" << Qt::endl;
    out << "  the same slot, CPU of the GUI thread (the commit's fsync waits without CPU), " << percentiles(slotCpu) << Qt::endl;
    out << "  answer -> next card shown in the page (cardShown), " << percentiles(toShown) << Qt::endl;
    out << "paced (checkpointed before each answer, as after a person's 2 s of reading):" << Qt::endl;
    out << "  answer -> next card handed to the view, " << percentiles(pacedSlot) << "  [target <= 16 ms]" << Qt::endl;
    out << "  the same slot, CPU of the GUI thread, " << percentiles(pacedSlotCpu) << Qt::endl;
    out << "  answer -> next card shown in the page (cardShown), " << percentiles(pacedToShown) << Qt::endl;
    rssParts = treeRss(&rssKiB);
    out << "RSS after " << slot.size() + pacedSlot.size() << " answers: " << rssKiB / 1024 << " MiB (" << rssParts << ")" << Qt::endl;
    w.showDecks();

    // The part after the commit, on the same collection (all decks): next card + render, as
    // showNext does now (the counts come with the card, the note is read once), alternated with
    // the earlier path (the counts read again from a second deck tree, the note read twice).
    {
        SystemClock clock;
        ReviewSession session(w.collection(), clock);
        CardRenderer renderer(w.collection());
        std::vector<double> next, nextCpu, before, beforeCpu;
        for (int i = 0; i < 200; ++i) {
            t.restart();
            double cpu = threadCpuMs();
            auto withCounts = session.nextCardWithCounts();
            if (!withCounts || !withCounts->card)
                break;
            auto note = w.collection().note(withCounts->card->noteId);
            auto rendered = renderer.render(*withCounts->card, *note);
            next.push_back(double(t.nsecsElapsed()) / 1e6);
            nextCpu.push_back(threadCpuMs() - cpu);

            t.restart();
            cpu = threadCpuMs();
            auto card = session.nextCard();
            auto renderedAgain = renderer.render(**card);
            const QDateTime now = clock.now();
            auto counts = SessionCounts::remaining(w.collection(), std::nullopt, now, clock.utcOffsetSecs(now));
            auto marks = w.collection().note((*card)->noteId);
            before.push_back(double(t.nsecsElapsed()) / 1e6);
            beforeCpu.push_back(threadCpuMs() - cpu);
        }
        out << "nextCardWithCounts + note + render (no commit), wall " << percentiles(next) << Qt::endl;
        out << "  CPU " << percentiles(nextCpu) << Qt::endl;
        out << "earlier path: nextCard + render + SessionCounts::remaining + note again, wall " << percentiles(before) << Qt::endl;
        out << "  CPU " << percentiles(beforeCpu) << Qt::endl;
    }
    return 0;
}
