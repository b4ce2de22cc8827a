// Benchmark of the SQLite collection at scale: generates 100,000 cards and 1,000,000 review-log
// rows, then times deckCounts, dueCards, answering through ReviewSession (schedule + commit, the
// GUI's path), bare recordAnswer, undo, check, backup and whole `debrief-cli due` processes.
// Prints figures; asserts nothing. Usage: bench_collection [cards] [revlogRows] [answers]
#include "storage/collection.h"
#include "study/studyqueue.h"
#include "storage/collectiongenerator.h"
#include "storage/database.h"
#include "scheduling/studyday.h"
#include "study/reviewsession.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace debrief;

namespace {

struct Stats {
    double p50 = 0, p99 = 0, max = 0, mean = 0;
    int over5 = 0;   // calls above the 5 ms answer budget
};

Stats statsOf(std::vector<double> ms)
{
    Stats s;
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.p50 = ms[ms.size() / 2];
    s.p99 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.99))];
    s.max = ms.back();
    double sum = 0;
    for (double v : ms)
        sum += v;
    s.mean = sum / double(ms.size());
    s.over5 = int(std::count_if(ms.begin(), ms.end(), [](double v) { return v > 5.0; }));
    return s;
}

QString fmt(const Stats &s)
{
    return QStringLiteral("p50 %1 ms, p99 %2 ms, max %3 ms, mean %4 ms, %5 over 5 ms")
        .arg(s.p50, 0, 'f', 3)
        .arg(s.p99, 0, 'f', 3)
        .arg(s.max, 0, 'f', 3)
        .arg(s.mean, 0, 'f', 3)
        .arg(s.over5);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int cards = args.size() > 1 ? args[1].toInt() : 100000;
    const int revlog = args.size() > 2 ? args[2].toInt() : 1000000;
    const int answers = args.size() > 3 ? args[3].toInt() : 1000;
    // A fixed instant keeps runs comparable; the generator lays out due dates around it.
    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    const int offset = 0;

    QTemporaryDir dir;
    // The CLI's file name, so `debrief-cli --data-dir` can be timed on the same collection.
    const QString path = dir.filePath(QStringLiteral("collection.sqlite"));
    CollectionGenerator generator(now, offset);
    Result<GeneratedCollection> gen = generator.generate(path, cards, revlog, 42);
    if (!gen) {
        out << "generate failed: " << gen.error().message << Qt::endl;
        return 1;
    }
    out << "generated " << gen->cards << " cards, " << gen->notes << " notes, " << gen->reviewLogRows
        << " review-log rows, " << gen->decks << " decks in " << gen->elapsedMs << " ms ("
        << QFileInfo(path).size() / (1024 * 1024) << " MiB)" << Qt::endl;

    QElapsedTimer t;
    t.start();
    Result<std::unique_ptr<Collection>> opened = Collection::open(path);
    if (!opened) {
        out << "open failed: " << opened.error().message << Qt::endl;
        return 1;
    }
    Collection &c = **opened;
    out << "open: " << t.nsecsElapsed() / 1e6 << " ms" << Qt::endl;

    std::vector<double> times;
    Result<std::vector<DeckCounts>> counts = c.deckCounts(now, offset);
    for (int i = 0; i < 20; ++i) {
        t.restart();
        counts = c.deckCounts(now, offset);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    if (!counts) {
        out << "deckCounts failed: " << counts.error().message << Qt::endl;
        return 1;
    }
    out << "deckCounts (" << counts->size() << " decks), 20 runs: " << fmt(statsOf(times)) << "  [target <= 50 ms]"
        << Qt::endl;
    for (const DeckCounts &dc : *counts)
        if (!dc.name.contains(QStringLiteral("::")))
            out << "    " << dc.name << ": new " << dc.newCount << ", learn " << dc.learnCount << ", review "
                << dc.reviewCount << Qt::endl;

    times.clear();
    Result<std::vector<CardId>> due = StudyQueue::dueCards(c, std::nullopt, now, offset, 0);
    for (int i = 0; i < 20; ++i) {
        t.restart();
        due = StudyQueue::dueCards(c, std::nullopt, now, offset, 0);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    out << "dueCards (all decks, " << due->size() << " cards), 20 runs: " << fmt(statsOf(times)) << Qt::endl;
    times.clear();
    const DeckId firstTop = counts->front().deckId == 1 ? (*counts)[1].deckId : counts->front().deckId;
    for (int i = 0; i < 20; ++i) {
        t.restart();
        Result<std::vector<CardId>> one = StudyQueue::dueCards(c, firstTop, now, offset, 50);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    out << "dueCards (one deck tree, limit 50), 20 runs: " << fmt(statsOf(times)) << Qt::endl;

    // The real answer path: ReviewSession picks the next card, schedules it with its deck's preset
    // and commits card + log + undo record. Only answer() is timed (nextCard separately). Run
    // twice: back to back (SQLite checkpoints only at its 10,000-page valve), and as the app
    // runs, with the idle checkpoint between answers (untimed; a person is reading the card).
    for (const bool idleCheckpoint : {false, true}) {
        FixedClock clock(now, offset);
        ReviewSession session(c, clock);
        std::vector<double> nextTimes;
        times.clear();
        const Rating ratings[] = {Rating::Good, Rating::Good, Rating::Again, Rating::Hard, Rating::Easy};
        for (int i = 0; i < answers; ++i) {
            t.restart();
            Result<std::optional<Card>> next = session.nextCard();
            nextTimes.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!next || !next->has_value())
                break;
            t.restart();
            Result<ReviewId> r = session.answer(**next, ratings[i % 5], 4000);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!r) {
                out << "ReviewSession::answer failed: " << r.error().message << Qt::endl;
                return 1;
            }
            if (idleCheckpoint)
                (void)c.checkpoint();   // best effort, as the app's idle checkpoint
            clock.advanceSecs(5);
        }
        const QString how = idleCheckpoint ? QStringLiteral("with idle checkpoints") : QStringLiteral("back to back");
        out << "ReviewSession::nextCard, " << nextTimes.size() << " calls: " << fmt(statsOf(nextTimes)) << Qt::endl;
        out << "ReviewSession::answer (schedule + commit), " << times.size() << " answers " << how << ": "
            << fmt(statsOf(times)) << "  [target p99 <= 5 ms]" << Qt::endl;
        for (size_t i = 0; i < times.size(); ++i)
            if (Result<std::optional<CardId>> u = c.undoLastAnswer(); !u) {
                out << "undoLastAnswer failed: " << u.error().message << Qt::endl;
                return 1;
            }
        (void)c.checkpoint();
    }

    // Precompute the answers so only recordAnswer is timed: the due cards first, then any cards.
    std::vector<CardId> ids = *due;
    if (int(ids.size()) < answers) {
        Result<Statement> s = c.database().prepare(QStringLiteral("SELECT id FROM cards WHERE queue = 0 ORDER BY id"));
        while (int(ids.size()) < answers && *s->step())
            ids.push_back(s->int64(0));
    }
    ids.resize(std::min<size_t>(ids.size(), size_t(answers)));
    const int day = int(StudyDay::dayNumber(now, offset, 4));
    std::vector<std::pair<Card, Card>> planned;
    for (CardId id : ids) {
        Card before = *c.card(id);
        Card after = before;
        after.state = ReviewState{3, 2500, 0, false, day + 3};
        after.reps += 1;
        after.modifiedSecs = now.toSecsSinceEpoch();
        planned.emplace_back(before, after);
    }
    times.clear();
    qint64 logId = now.toMSecsSinceEpoch();
    for (const auto &p : planned) {
        ReviewLogEntry log;
        log.id = logId += 7000;
        log.rating = 3;
        log.intervalAfter = 3;
        log.kind = ReviewKind::Review;
        t.restart();
        Result<ReviewId> r = c.recordAnswer(p.first, p.second, log, day);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r) {
            out << "recordAnswer failed: " << r.error().message << Qt::endl;
            return 1;
        }
    }
    out << "recordAnswer, " << times.size() << " answers (each committed, WAL, synchronous=FULL): "
        << fmt(statsOf(times)) << "  [target p99 <= 5 ms]" << Qt::endl;

    times.clear();
    for (int i = 0; i < 50; ++i) {
        t.restart();
        const bool undone = bool(c.undoLastAnswer());
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!undone) {
            out << "undoLastAnswer failed" << Qt::endl;
            return 1;
        }
    }
    out << "undoLastAnswer, 50 undos: " << fmt(statsOf(times)) << Qt::endl;

    t.restart();
    Result<std::vector<CheckProblem>> problems = c.check();
    out << "check(): " << t.nsecsElapsed() / 1e6 << " ms, " << (problems ? int(problems->size()) : -1) << " problems"
        << Qt::endl;
    t.restart();
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    Result<void> b = c.backupTo(backup);
    out << "backupTo: " << t.nsecsElapsed() / 1e6 << " ms" << (b ? "" : " FAILED") << Qt::endl;

    // Whole `debrief-cli due` processes on the closed collection: start-up, open, count, exit.
    opened = makeError(Error::Kind::Internal, QString());   // closes the collection and its lock
    times.clear();
    for (int i = 0; i < 10; ++i) {
        QProcess p;
        t.restart();
        p.start(QStringLiteral(DEBRIEF_CLI_PATH),
                {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--now"), now.toString(Qt::ISODate), QStringLiteral("due")});
        p.waitForFinished(30000);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (p.exitCode() != 0) {
            out << "debrief-cli due failed: " << p.readAllStandardError() << Qt::endl;
            return 1;
        }
        if (i == 0)
            out << "debrief-cli due printed: " << QString::fromUtf8(p.readAllStandardOutput()).trimmed() << Qt::endl;
    }
    out << "debrief-cli due, whole process, first run " << QString::number(times.front(), 'f', 1) << " ms; 10 runs: "
        << fmt(statsOf(times)) << "  [target <= 150 ms]" << Qt::endl;
    return 0;
}
