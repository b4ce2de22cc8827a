// debrief-cli replay: run a review history through the scheduler alone (no collection) and
// print each card's state after every answer, for checking our SM-2 against other tools.

#include "clicontext.h"

#include "scheduling/scheduler.h"
#include "scheduling/studyday.h"

#include <QFile>

#include <limits>
#include <unordered_map>

namespace debrief {

namespace {

const QLatin1String kHeader("card_id,review_time,rating");

struct CardRun {
    CardState state = NewState {};
    int reps = 0;
};

struct Row {
    CardId cardId = 0;
    qint64 time = 0;
    int rating = 0;
};

// Parses one data line; returns an empty string or what is wrong with it.
QString parseRow(const QString &line, Row &row)
{
    const QStringList fields = line.split(QLatin1Char(','));
    if (fields.size() != 3)
        return QCoreApplication::translate("debrief-cli", "expected 3 columns (card_id,review_time,rating), found %1").arg(fields.size());
    bool ok = false;
    row.cardId = fields[0].trimmed().toLongLong(&ok);
    if (!ok)
        return QCoreApplication::translate("debrief-cli", "card_id '%1' is not a whole number").arg(fields[0].trimmed());
    row.time = fields[1].trimmed().toLongLong(&ok);
    if (!ok)
        return QCoreApplication::translate("debrief-cli", "review_time '%1' is not a whole number of seconds").arg(fields[1].trimmed());
    row.rating = fields[2].trimmed().toInt(&ok);
    if (!ok || row.rating < 1 || row.rating > 4)
        return QCoreApplication::translate("debrief-cli", "rating '%1' is not 1, 2, 3 or 4").arg(fields[2].trimmed());
    return {};
}

const CommandHelp kReplayHelp{
    "debrief-cli replay [--no-fuzz] FILE.csv",
    QT_TRANSLATE_NOOP("debrief-cli",
            "Replays answers through the SM-2 scheduler with Anki's default options, every card starting\n"
            "new, days rolling over at 04:00 UTC. No collection is read or written.\n"
            "\n"
            "Input:  card_id,review_time,rating (unix seconds UTC; 1 again, 2 hard, 3 good, 4 easy;\n"
            "        rows in time order, cards interleaved; FILE may be - for stdin)\n"
            "Output: card_id,review_time,rating,state,interval_days,ease,due\n"
            "        state learning/review/relearning; interval_days 0 until the card first graduates;\n"
            "        ease in permille; due in unix seconds (a learning step's instant, or 04:00 UTC of\n"
            "        the review day)."),
    {
        {"--no-fuzz", QT_TRANSLATE_NOOP("debrief-cli", "exact intervals (default: Anki's fuzz, seeded from card id + review count)")}},
    {"debrief-cli replay --no-fuzz history.csv"}};

int runReplay(CliContext &ctx, const QStringList &args)
{
    bool fuzz = true;
    QString path;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printCommandHelp(ctx.out, kReplayHelp);
            return 0;
        }
        if (arg == QLatin1String("--no-fuzz")) {
            fuzz = false;
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unknown option %2 (see debrief-cli %1 --help)").arg(QStringLiteral("replay"), arg), kExitUsage);
        } else if (path.isEmpty()) {
            path = arg;
        } else {
            return ctx.fail(QCoreApplication::translate("debrief-cli", "replay: one input file only, got '%1' and '%2'").arg(path, arg), kExitUsage);
        }
    }
    if (path.isEmpty()) {
        printCommandHelp(ctx.err, kReplayHelp);
        return kExitUsage;
    }

    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return ctx.fail(QCoreApplication::translate("debrief-cli", "replay: cannot read %1: %2").arg(path, file.errorString()), kExitFailure);

    // The replay contract: Anki's default preset, rollover 04:00 in UTC.
    const SchedulerConfig config;
    const Scheduler scheduler(config);
    std::unordered_map<CardId, CardRun> cards;

    QString output;
    QTextStream out(&output);
    out << kHeader << ",state,interval_days,ease,due\n";

    int lineNo = 0;
    bool sawHeader = false;
    qint64 lastTime = std::numeric_limits<qint64>::min();
    const auto bad = [&](const QString &what) {
        return ctx.fail(QCoreApplication::translate("debrief-cli", "replay: %1, line %2: %3").arg(path).arg(lineNo).arg(what), kExitUsage);
    };
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        ++lineNo;
        if (lineNo == 1 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        line = line.trimmed();   // also drops \r\n from files written on Windows
        if (!sawHeader) {
            if (line != kHeader)
                return bad(QCoreApplication::translate("debrief-cli", "expected the header '%1', found '%2'").arg(kHeader, line));
            sawHeader = true;
            continue;
        }
        if (line.isEmpty())
            continue;
        Row row;
        const QString problem = parseRow(line, row);
        if (!problem.isEmpty())
            return bad(problem);
        if (row.time < lastTime)
            return bad(QCoreApplication::translate("debrief-cli", "review_time %1 is earlier than the row before (%2); rows must be in time order")
                           .arg(row.time).arg(lastTime));
        lastTime = row.time;

        CardRun &card = cards[row.cardId];
        AnswerContext answerCtx;
        answerCtx.now = QDateTime::fromSecsSinceEpoch(row.time, Qt::UTC);
        answerCtx.utcOffsetSecs = 0;
        if (fuzz)
            answerCtx.fuzzFactor = Scheduler::fuzzFactorFor(row.cardId, card.reps);
        card.state = scheduler.answer(card.state, Rating(row.rating), answerCtx);
        ++card.reps;

        QString state;
        int interval = 0;
        int ease = config.startingEasePermille;
        qint64 due = 0;
        if (const auto *l = std::get_if<LearningState>(&card.state)) {
            state = QStringLiteral("learning");
            due = l->due.toSecsSinceEpoch();
        } else if (const auto *r = std::get_if<ReviewState>(&card.state)) {
            state = QStringLiteral("review");
            interval = r->intervalDays;
            ease = r->easePermille;
            due = StudyDay::dayStart(r->dueDay, 0, config.rolloverHour).toSecsSinceEpoch();
        } else if (const auto *rl = std::get_if<RelearningState>(&card.state)) {
            state = QStringLiteral("relearning");
            interval = rl->review.intervalDays;
            ease = rl->review.easePermille;
            due = rl->learning.due.toSecsSinceEpoch();
        }
        out << row.cardId << ',' << row.time << ',' << row.rating << ',' << state << ',' << interval << ','
            << ease << ',' << due << '\n';
    }
    if (!sawHeader) {
        lineNo = 1;
        return bad(QCoreApplication::translate("debrief-cli", "the file is empty; expected the header '%1'").arg(kHeader));
    }
    out.flush();
    // Printed only once the whole file has been read, so a bad line leaves no half output.
    ctx.out << output;
    return 0;
}

const bool registered = registerCommand({QStringLiteral("replay"),
                                         QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Replay a review history CSV through the scheduler")),
                                         &runReplay});

} // namespace

} // namespace debrief
