// debrief-cli export: notes to CSV/TSV, Anki .apkg or a Debrief .deck file.
#include "clicontext.h"

#include "decks/deckexporter.h"
#include "export/apkgexporter.h"
#include "export/textexporter.h"
#include "storage/collection.h"

namespace debrief {

static const CommandHelp kExportHelp{
    "debrief-cli export --format apkg|csv|tsv|deck [--deck NAME] [--with-scheduling]\n"
    "    --out FILE",
    QT_TRANSLATE_NOOP("debrief-cli", "Exports notes to a file that Anki, a spreadsheet or Debrief can read back."),
    {
        {"--format FORMAT", QT_TRANSLATE_NOOP("debrief-cli",
                "csv/tsv: Anki \"Notes in Plain Text\" with #guid/#notetype/#deck/#tags columns\n"
                "(re-importable); apkg: Anki package; deck: Debrief deck file (needs --deck)")},
        {"--deck NAME", QT_TRANSLATE_NOOP("debrief-cli", "only this deck and its subdecks (default: everything)")},
        {"--with-scheduling", QT_TRANSLATE_NOOP("debrief-cli", "apkg: keep scheduling and review history (default: cards leave as new)")},
        {"--out FILE", QT_TRANSLATE_NOOP("debrief-cli", "where to write")}},
    {"debrief-cli export --format apkg --with-scheduling --out all.apkg"}};

static int runExport(CliContext &ctx, const QStringList &args)
{
    QString format, deckName, out;
    bool withScheduling = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto value = [&](QString *v) {
            if (i + 1 >= args.size())
                return false;
            *v = args.at(++i);
            return true;
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printCommandHelp(ctx.out, kExportHelp);
            return 0;
        } else if (a == QLatin1String("--format")) {
            if (!value(&format)) return ctx.fail(QCoreApplication::translate("debrief-cli", "export: --format needs a value"), kExitUsage);
        } else if (a == QLatin1String("--deck")) {
            if (!value(&deckName)) return ctx.fail(QCoreApplication::translate("debrief-cli", "export: --deck needs a name"), kExitUsage);
        } else if (a == QLatin1String("--out")) {
            if (!value(&out)) return ctx.fail(QCoreApplication::translate("debrief-cli", "export: --out needs a file"), kExitUsage);
        } else if (a == QLatin1String("--with-scheduling")) {
            withScheduling = true;
        } else {
            return ctx.fail(QCoreApplication::translate("debrief-cli", "export: unexpected argument '%1' (see debrief-cli export --help)").arg(a), kExitUsage);
        }
    }
    format = format.toLower();
    if (out.isEmpty() || !QStringList{QStringLiteral("apkg"), QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("deck")}.contains(format))
        return ctx.fail(QCoreApplication::translate("debrief-cli", "export: need --format apkg|csv|tsv|deck and --out FILE"), kExitUsage);

    auto col = ctx.openCollectionForReading();
    if (!col)
        return ctx.fail(col.error().message);
    const auto found = CliContext::deckIdFor(**col, deckName, QStringLiteral("export"));
    if (!found)
        return ctx.fail(found.error().message);
    const std::optional<DeckId> deck = *found;

    if (format == QLatin1String("csv") || format == QLatin1String("tsv")) {
        auto r = TextExporter::exportFile(**col, out, format == QLatin1String("csv") ? TextExporter::Format::Csv
                                                                                   : TextExporter::Format::Tsv, deck);
        if (!r)
            return ctx.fail(r.error().message);
        ctx.out << out << ": " << r->notes << " notes" << Qt::endl;
    } else if (format == QLatin1String("apkg")) {
        ApkgExportOptions o;
        o.deckId = deck;
        o.includeScheduling = withScheduling;
        o.now = ctx.clock->now();
        o.utcOffsetSecs = ctx.clock->utcOffsetSecs(o.now);
        auto r = ApkgExporter::exportFile(**col, out, o);
        if (!r)
            return ctx.fail(r.error().message);
        ctx.out << out << ": " << r->notes << " notes, " << r->cards << " cards, " << r->reviews << " reviews, "
                << r->media << " media" << Qt::endl;
    } else {
        if (!deck)
            return ctx.fail(QCoreApplication::translate("debrief-cli", "export: --format deck needs --deck NAME"), kExitUsage);
        auto r = DeckExporter::exportDeck(**col, *deck, out);
        if (!r)
            return ctx.fail(r.error().message);
        ctx.out << out << ": written" << Qt::endl;
    }
    return 0;
}

static const bool registered =
    registerCommand({QStringLiteral("export"), QStringLiteral(QT_TRANSLATE_NOOP("debrief-cli", "Export notes as CSV/TSV, Anki .apkg or a .deck file")), &runExport});

} // namespace debrief
