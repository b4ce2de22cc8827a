#pragma once

#include "model/ids.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>   // messages for people: QCoreApplication::translate("debrief-cli", ...)
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace debrief {

class Collection;

// What every debrief-cli command gets: the global options already parsed, the streams, and
// helpers for the conventions (data on stdout, errors on stderr, exit 0 only on success).
struct CliContext {
    QString dataDir;                 // --data-dir, $DEBRIEF_DATA_DIR, or AppDataLocation
    std::unique_ptr<Clock> clock;    // FixedClock for --now, SystemClock otherwise
    QTextStream &out;
    QTextStream &err;

    QString collectionPath() const;  // <dataDir>/collection.sqlite
    // Prints "debrief-cli: <message>" on stderr and returns `code`.
    int fail(const QString &message, int code = 1) const;
    // Opens the collection in dataDir; `create` makes the folder and a new collection when absent.
    Result<std::unique_ptr<Collection>> openCollection(bool create) const;
    // Opens the existing collection read-only, for commands that only read (decks, due, export):
    // they then work while the app holds the collection open for writing.
    Result<std::unique_ptr<Collection>> openCollectionForReading() const;
    // Resolves a --deck NAME: nullopt for an empty name (all decks); "<command>: no deck named …"
    // when it does not exist.
    static Result<std::optional<DeckId>> deckIdFor(Collection &collection, const QString &name, const QString &command);
    static bool wantsHelp(const QStringList &args);
};

// A command's own --help. The synopsis, option names and examples are what users type, so they
// stay as they are; the prose is marked with QT_TRANSLATE_NOOP("debrief-cli", ...) and translated
// when printed. The bash completion and the man page read this text (in the C locale).
struct CommandHelp {
    const char *synopsis;      // printed after "Usage: "
    const char *description;   // may hold several lines
    std::vector<std::pair<const char *, const char *>> options;   // {"--deck NAME", what it does}
    std::vector<const char *> examples;                           // whole command lines
};
// Prints usage, description, options (plus --help), and examples on `s`.
void printCommandHelp(QTextStream &s, const CommandHelp &help);

// Exit codes: 0 success, 1 failure while working, 2 bad usage or malformed input.
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

using CommandFn = std::function<int(CliContext &ctx, const QStringList &args)>;

struct CommandInfo {
    QString name;
    QString summary;   // one line for `debrief-cli --help`
    CommandFn run;     // args exclude the command name; must handle --help itself
};

// Commands register themselves from their own cmd_*.cpp file:
//   static const bool registered = registerCommand({"decks", "List decks", &runDecks});
bool registerCommand(CommandInfo info);
const std::vector<CommandInfo> &commands();

} // namespace debrief
