#include "clicontext.h"

#include "storage/collection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace debrief {

Result<std::unique_ptr<Collection>> CliContext::openCollection(bool create) const
{
    const QFileInfo dir(dataDir);
    if (dir.exists() && !dir.isDir())
        return makeError(Error::Kind::Io, QCoreApplication::translate("debrief-cli", "data dir %1 is a file, not a folder").arg(dataDir));
    const QString path = collectionPath();
    if (!QFileInfo::exists(path)) {
        if (!create)
            return makeError(Error::Kind::NotFound,
                             QCoreApplication::translate("debrief-cli", "no collection in %1 (create one with: debrief-cli --data-dir %1 init)").arg(dataDir));
        if (!QDir().mkpath(dataDir))
            return makeError(Error::Kind::Io, QCoreApplication::translate("debrief-cli", "cannot create data dir %1").arg(dataDir));
        if (!QFileInfo(dataDir).isWritable())
            return makeError(Error::Kind::Io, QCoreApplication::translate("debrief-cli", "data dir %1 is not writable").arg(dataDir));
    }
    return Collection::open(path);
}

Result<std::unique_ptr<Collection>> CliContext::openCollectionForReading() const
{
    const QFileInfo dir(dataDir);
    if (dir.exists() && !dir.isDir())
        return makeError(Error::Kind::Io, QCoreApplication::translate("debrief-cli", "data dir %1 is a file, not a folder").arg(dataDir));
    const QString path = collectionPath();
    if (!QFileInfo::exists(path))
        return makeError(Error::Kind::NotFound,
                         QCoreApplication::translate("debrief-cli", "no collection in %1 (create one with: debrief-cli --data-dir %1 init)").arg(dataDir));
    // A reader of a WAL database never blocks the writer, so this works while the app is open.
    Result<std::unique_ptr<Collection>> col = Collection::openReadOnly(path);
    // An older schema needs its upgrade first, which takes the writer's lock (and is refused,
    // Locked, while another program writes it; that program has upgraded it anyway).
    if (!col && col.error().kind == Error::Kind::TooOld)
        return Collection::open(path);
    return col;
}

Result<std::optional<DeckId>> CliContext::deckIdFor(Collection &collection, const QString &name, const QString &command)
{
    if (name.isEmpty())
        return std::optional<DeckId>();
    auto deck = collection.deckByName(name);
    if (!deck)
        return deck.error();
    if (!deck->has_value())
        return makeError(Error::Kind::NotFound, QCoreApplication::translate("debrief-cli", "%1: no deck named '%2'").arg(command, name));
    return std::optional<DeckId>((*deck)->id);
}

static QString translated(const char *text) { return QCoreApplication::translate("debrief-cli", text); }

void printCommandHelp(QTextStream &s, const CommandHelp &help)
{
    s << translated(QT_TRANSLATE_NOOP("debrief-cli", "Usage:")) << ' ' << help.synopsis << "\n\n"
      << translated(help.description) << "\n\n"
      << translated(QT_TRANSLATE_NOOP("debrief-cli", "Options:")) << '\n';
    std::vector<std::pair<const char *, const char *>> options = help.options;
    options.emplace_back("-h, --help", QT_TRANSLATE_NOOP("debrief-cli", "show this help and exit"));
    int width = 0;
    for (const auto &o : options)
        width = std::max(width, int(qstrlen(o.first)));
    const QString indent(width + 4, QLatin1Char(' '));
    for (const auto &o : options) {
        // A translation may wrap differently; every line after the first lines up under the first.
        const QStringList lines = translated(o.second).split(QLatin1Char('\n'));
        s << "  " << QString::fromLatin1(o.first).leftJustified(width) << "  " << lines.first() << '\n';
        for (int i = 1; i < lines.size(); ++i)
            s << indent << lines.at(i) << '\n';
    }
    s << '\n'
      << (help.examples.size() == 1 ? translated(QT_TRANSLATE_NOOP("debrief-cli", "Example:"))
                                    : translated(QT_TRANSLATE_NOOP("debrief-cli", "Examples:")))
      << '\n';
    for (const char *example : help.examples)
        s << "  " << example << '\n';
    s.flush();
}

bool CliContext::wantsHelp(const QStringList &args)
{
    return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
}

} // namespace debrief
