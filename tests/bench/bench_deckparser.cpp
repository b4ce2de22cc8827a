// Prints how long parsing, writing and linting (with the copy check) take on the bundled decks.
// Usage: bench_deckparser [DECKS_DIR [SEEDS_DIR]]
#include "decks/decklinter.h"
#include "decks/deckparser.h"
#include "decks/deckwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace debrief;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString decksDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(DEBRIEF_SHARED_DIR "/../main/decks");
    const QString seedsDir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(DEBRIEF_SHARED_DIR "/seeds");
    const QStringList files = DeckLinter::deckFiles({decksDir}, nullptr);
    QStringList texts;
    qint64 bytes = 0;
    for (const QString &f : files) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray b = file.readAll();
            bytes += b.size();
            texts << QString::fromUtf8(b);
        }
    }
    if (texts.isEmpty()) {
        std::fprintf(stderr, "no decks in %s\n", qPrintable(decksDir));
        return 1;
    }
    const int rounds = 50;
    int notes = 0;
    QElapsedTimer t;
    t.start();
    for (int r = 0; r < rounds; ++r)
        for (const QString &text : texts)
            notes += int(DeckParser::parse(text).deck.notes.size());
    const double parseMs = t.nsecsElapsed() / 1e6 / rounds;
    std::printf("parse: %d files, %lld KiB, %d notes: %.2f ms per pass (%.0f notes/s)\n", int(texts.size()),
                bytes / 1024, notes / rounds, parseMs, notes / rounds / (parseMs / 1000.0));

    t.restart();
    for (int r = 0; r < rounds; ++r)
        for (const QString &text : texts)
            DeckWriter::write(DeckParser::parse(text).deck);
    std::printf("parse + write: %.2f ms per pass\n", t.nsecsElapsed() / 1e6 / rounds);

    LintOptions options;
    options.seedsDir = seedsDir;
    options.checklistPath = QStringLiteral(DEBRIEF_SHARED_DIR "/docs/deck-coverage.md");
    t.restart();
    const LintReport report = DeckLinter::lint({decksDir}, options);
    std::printf("lint with coverage and copy check: %.1f ms, %d problem(s)\n", t.nsecsElapsed() / 1e6,
                int(report.issues.size()));
    return 0;
}
