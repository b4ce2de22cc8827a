// debrief-cli import: Anki packages, Debrief decks, CSV/TSV text and Mnemosyne files.
#include "clicontext.h"

#include "dispatch/importdispatcher.h"
#include "import/textimporter.h"
#include "storage/collection.h"

#include <QFileInfo>

#include <unistd.h>

namespace debrief {

static const CommandHelp kImportHelp{
    "debrief-cli import [--deck NAME] [--notetype NAME] [--map COL=FIELD,...] [--separator C]\n"
    "    [--header] [--as-new] [--update if-newer|always|never] FILE...",
    QT_TRANSLATE_NOOP("debrief-cli",
            "Imports each FILE (.apkg .colpkg .anki2 .deck .txt .csv .tsv .xml .cards .db) in its own transaction:\n"
            "a file that fails changes nothing. Before importing into a collection that has notes, a backup is\n"
            "written to <data dir>/backups/. One result line per file on stdout; problems on stderr as\n"
            "file:line: message."),
    {
        {"--deck NAME", QT_TRANSLATE_NOOP("debrief-cli", "target deck for text files (default: the file's #deck header, else Default)")},
        {"--notetype NAME", QT_TRANSLATE_NOOP("debrief-cli", "notetype for text files (default: #notetype header, else Basic)")},
        {"--map COL=FIELD,...", QT_TRANSLATE_NOOP("debrief-cli",
                "text columns (1-based) to fields; FIELD may be tags, deck, guid, notetype;\n"
                "columns not listed are skipped")},
        {"--separator C", QT_TRANSLATE_NOOP("debrief-cli", "text separator: a character or tab, comma, semicolon, pipe, colon, space")},
        {"--header", QT_TRANSLATE_NOOP("debrief-cli", "the first text row holds column labels")},
        {"--as-new", QT_TRANSLATE_NOOP("debrief-cli", "drop imported scheduling and review history")},
        {"--update POLICY", QT_TRANSLATE_NOOP("debrief-cli", "existing notes: if-newer (default), always, never")}},
    {"debrief-cli import ~/Downloads/deck.apkg", "debrief-cli import --deck Vocabulary --map 1=Front,2=Back,3=tags --header words.csv"}};

static int runImport(CliContext &ctx, const QStringList &args)
{
    ImportOptions options;
    QStringList files;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= args.size())
                return false;
            *out = args.at(++i);
            return true;
        };
        QString v;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printCommandHelp(ctx.out, kImportHelp);
            return 0;
        } else if (a == QLatin1String("--deck")) {
            if (!value(&options.deckName)) return ctx.fail(QCoreApplication::translate("debrief-cli", "import: --deck needs a name"), kExitUsage);
        } else if (a == QLatin1String("--notetype")) {
            if (!value(&options.notetypeName)) return ctx.fail(QCoreApplication::translate("debrief-cli", "import: --notetype needs a name"), kExitUsage);
        } else if (a == QLatin1String("--map")) {
            if (!value(&v)) return ctx.fail(QCoreApplication::translate("debrief-cli", "import: --map needs COL=FIELD,..."), kExitUsage);
            for (const QString &pair : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const int eq = pair.indexOf(QLatin1Char('='));
                bool ok = false;
                const int col = eq > 0 ? pair.left(eq).trimmed().toInt(&ok) : 0;
                if (!ok || col < 1 || col > 1000)
                    return ctx.fail(QCoreApplication::translate("debrief-cli", "import: --map: '%1' is not COL=FIELD with a column number from 1").arg(pair), kExitUsage);
                while (options.fieldMap.size() < col)
                    options.fieldMap << QString();
                options.fieldMap[col - 1] = pair.mid(eq + 1).trimmed();
            }
        } else if (a == QLatin1String("--separator")) {
            if (!value(&v)) return ctx.fail(QCoreApplication::translate("debrief-cli", "import: --separator needs a character"), kExitUsage);
            options.separator = TextImporter::separatorFromName(v == QLatin1String("\\t") ? QStringLiteral("tab") : v);
            if (options.separator.isNull())
                return ctx.fail(QCoreApplication::translate("debrief-cli", "import: --separator: '%1' is not a character or a separator name").arg(v), kExitUsage);
        } else if (a == QLatin1String("--header")) {
            options.firstLineIsHeader = true;
        } else if (a == QLatin1String("--as-new")) {
            options.scheduleAsNew = true;
        } else if (a == QLatin1String("--update")) {
            if (!value(&v)) return ctx.fail(QCoreApplication::translate("debrief-cli", "import: --update needs if-newer, always or never"), kExitUsage);
            if (v == QLatin1String("if-newer")) options.update = UpdatePolicy::IfNewer;
            else if (v == QLatin1String("always")) options.update = UpdatePolicy::Always;
            else if (v == QLatin1String("never")) options.update = UpdatePolicy::Never;
            else return ctx.fail(QCoreApplication::translate("debrief-cli", "import: --update: '%1' is not if-newer, always or never").arg(v), kExitUsage);
        } else if (a.startsWith(QLatin1String("--"))) {
            //: %1 is the command (import, lint, replay, search), %2 the option the user typed
            return ctx.fail(QCoreApplication::translate("debrief-cli", "%1: unknown option %2 (see debrief-cli %1 --help)").arg(QStringLiteral("import"), a), kExitUsage);
        } else {
            files << a;
        }
    }
    if (files.isEmpty())
        return ctx.fail(QCoreApplication::translate("debrief-cli", "import: no FILE given (see debrief-cli import --help)"), kExitUsage);

    auto col = ctx.openCollection(true);
    if (!col)
        return ctx.fail(col.error().message);

    const bool tty = isatty(STDERR_FILENO);
    bool anyFailed = false;
    for (const QString &file : files) {
        const QString name = QFileInfo(file).fileName();
        ProgressFn progress;
        if (tty)
            progress = [&ctx, &name](qint64 done, qint64 total) {
                ctx.err << "\r" << name << ": " << done;
                if (total > 0)
                    ctx.err << "/" << total;
                ctx.err.flush();
                return true;
            };
        const ImportResult r = ImportDispatcher::importFile(**col, file, options, progress, ctx.clock->now());
        if (tty)
            ctx.err << "\r\033[K";
        for (const ImportIssue &i : r.issues)
            ctx.err << i.message << Qt::endl;   // already "file:line: message"
        if (!r.ok()) {
            anyFailed = true;
            ctx.out << file << ": failed, nothing imported" << Qt::endl;
            continue;
        }
        const ImportCounts &c = r.counts;
        ctx.out << file << ": added " << c.notesAdded << ", updated " << c.notesUpdated << ", unchanged "
                << c.notesUnchanged << ", skipped " << c.notesSkipped << " (cards " << c.cardsAdded << ", reviews "
                << c.reviewsAdded << ", media " << c.mediaAdded << ")" << Qt::endl;
    }
    return anyFailed ? kExitFailure : 0;
}

static const bool registered =
    registerCommand({QStringLiteral("import"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Import Anki, deck, CSV/TSV or Mnemosyne files")), &runImport});

} // namespace debrief
