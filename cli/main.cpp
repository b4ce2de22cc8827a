#include "clicontext.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <map>

namespace debrief {

static std::vector<CommandInfo> &registry()
{
    static std::vector<CommandInfo> r;
    return r;
}

bool registerCommand(CommandInfo info)
{
    registry().push_back(std::move(info));
    return true;
}

const std::vector<CommandInfo> &commands()
{
    auto &r = registry();
    std::sort(r.begin(), r.end(), [](const CommandInfo &a, const CommandInfo &b) { return a.name < b.name; });
    return r;
}

QString CliContext::collectionPath() const { return QDir(dataDir).filePath(QStringLiteral("collection.sqlite")); }

int CliContext::fail(const QString &message, int code) const
{
    err << "debrief-cli: " << message << Qt::endl;
    return code;
}

} // namespace debrief

using namespace debrief;

static void printUsage(QTextStream &s)
{
    s << QCoreApplication::translate("debrief-cli", "Usage: debrief-cli [--data-dir DIR] [--now ISO8601] COMMAND [ARGS...]") << "\n\n"
      << QCoreApplication::translate("debrief-cli", "Global options:") << "\n"
      << "  --data-dir DIR   " << QCoreApplication::translate("debrief-cli", "collection folder (default: $DEBRIEF_DATA_DIR, else the app data folder)") << "\n"
      << "  --now ISO8601    " << QCoreApplication::translate("debrief-cli", "pretend the current time is this instant (for scripts and tests)") << "\n"
      << "  --help           " << QCoreApplication::translate("debrief-cli", "this text; COMMAND --help for a command's own") << "\n"
      << "  --version        " << QCoreApplication::translate("debrief-cli", "the version of debrief-cli") << "\n\n"
      << QCoreApplication::translate("debrief-cli", "Commands:") << "\n";
    for (const auto &c : commands())
        s << "  " << c.name.leftJustified(10) << " " << QCoreApplication::translate("debrief-cli", c.summary.toUtf8().constData()) << "\n";
    s.flush();
}

// `report` draws PDF text, which needs fonts and so a QGuiApplication; the CLI shows no window,
// so it runs on the offscreen platform unless told otherwise. Other commands, and every --help,
// stay GUI-free.
static std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0)
            return std::make_unique<QCoreApplication>(argc, argv);
    }
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "report") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Debrief"));
    QCoreApplication::setApplicationName(QStringLiteral("Debrief"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    Translations::install();   // the system locale; the CLI's output stays parseable either way

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);

    QString dataDir = qEnvironmentVariable("DEBRIEF_DATA_DIR");
    QString nowText;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            printUsage(out);
            return 0;
        }
        if (opt == QLatin1String("--version")) {
            out << "debrief-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (opt == QLatin1String("--data-dir") || opt == QLatin1String("--now")) {
            if (args.isEmpty()) {
                err << "debrief-cli: " << QCoreApplication::translate("debrief-cli", "%1 needs a value").arg(opt) << Qt::endl;
                return kExitUsage;
            }
            (opt == QLatin1String("--data-dir") ? dataDir : nowText) = args.takeFirst();
            continue;
        }
        err << "debrief-cli: " << QCoreApplication::translate("debrief-cli", "unknown option %1 (see debrief-cli --help)").arg(opt) << Qt::endl;
        return kExitUsage;
    }
    if (args.isEmpty()) {
        printUsage(err);
        return kExitUsage;
    }

    std::unique_ptr<Clock> clock;
    if (!nowText.isEmpty()) {
        QDateTime now = QDateTime::fromString(nowText, Qt::ISODateWithMs);
        if (!now.isValid()) {
            err << "debrief-cli: "
                << QCoreApplication::translate("debrief-cli", "--now: '%1' is not an ISO 8601 date-time (e.g. 2026-01-31T09:00:00Z)").arg(nowText)
                << Qt::endl;
            return kExitUsage;
        }
        // An instant without an offset is taken as UTC, so scripts behave the same everywhere.
        if (now.timeSpec() == Qt::LocalTime)
            now = QDateTime(now.date(), now.time(), Qt::UTC);
        clock = std::make_unique<FixedClock>(now, now.offsetFromUtc());
    } else {
        clock = std::make_unique<SystemClock>();
    }
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    CliContext ctx{dataDir, std::move(clock), out, err};
    const QString name = args.takeFirst();
    for (const auto &c : commands()) {
        if (c.name == name) {
            const int rc = c.run(ctx, args);
            out.flush();
            err.flush();
            return rc;
        }
    }
    err << "debrief-cli: " << QCoreApplication::translate("debrief-cli", "unknown command '%1' (see debrief-cli --help)").arg(name) << Qt::endl;
    return kExitUsage;
}
