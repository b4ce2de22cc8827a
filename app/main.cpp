#include "mainwindow.h"
#include "preferencesdialog.h"
#include "singleinstance.h"
#include "theme.h"
#include "webenginegraphics.h"

#include "decks/deckimporter.h"

#include "storage/collection.h"
#include "translations.h"
#include "util/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

#include <unistd.h>

using namespace debrief;

// --help and --version only print: they run without a window system (over ssh, in a build
// container, for help2man), so no QApplication is created for them.
static bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *opt : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], opt) == 0)
                return true;
    }
    return false;
}

namespace {

// Runs `then` once, from the event loop after the first paint of the widget it filters (so the
// paint has finished): work the first screen does not need waits until it is drawn.
class AfterFirstPaint : public QObject {
public:
    explicit AfterFirstPaint(std::function<void()> then) : m_then(std::move(then)) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            QTimer::singleShot(0, this, m_then);
            m_then = nullptr;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

} // namespace

// --lang must be known before the parser is built, since its help text is translated.
static QString languageArgument(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    return QString();
}

// Installs or updates the bundled decks; true when that changed the collection.
static bool installBundled(Collection &collection, QWidget *parent)
{
    const ImportResult bundled = installBundledDecks(collection, QStringLiteral(":/decks"));
    if (!bundled.ok() && !bundled.issues.empty())
        QMessageBox::warning(parent, QObject::tr("Debrief"),
                             QObject::tr("The bundled decks could not be updated: %1").arg(bundled.issues.front().message));
    const ImportCounts &n = bundled.counts;
    return n.decksAdded + n.notesAdded + n.notesUpdated + n.notesRetired + n.cardsAdded > 0;
}

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // QtWebEngine shares GL contexts with the widgets; the shared one is made with the first card
    // view, not with the app (see WebEngineGraphics), so starting up loads no GL driver.
    WebEngineGraphics::reserve();
    // Chromium refuses to start as root with its sandbox on, and the card view would die with it
    // (containers, CI, `sudo scripts/run.sh`). Card pages are already locked down by the URL
    // interceptor and their Content-Security-Policy.
    if (geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    const bool gui = !onlyPrints(argc, argv);
    std::unique_ptr<QCoreApplication> app(gui ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Debrief"));
    QCoreApplication::setApplicationName(QStringLiteral("Debrief"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QString language = languageArgument(QCoreApplication::arguments());
    const bool languageGiven = !language.isEmpty();
    if (!languageGiven)
        language = Translations::savedLanguage();
    Translations::install(language == QLatin1String("system") ? QString() : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Spaced repetition for AI/ML interview preparation."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("main", "Collection folder (default: $DEBRIEF_DATA_DIR, else the app data folder)."),
                                     QStringLiteral("DIR"));
    parser.addOption(dataDirOption);
    QCommandLineOption langOption(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "User interface language: %1, or \"system\" (the default); remembered for later starts.")
                                      .arg(QStringList(Translations::available() << QStringLiteral("en")).join(QLatin1String(", "))),
                                  QStringLiteral("LANG"));
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("files"),   // notr: the argument's name, as in the synopsis
                                 QCoreApplication::translate("main", "Decks to import (.apkg, .colpkg, .deck, CSV/TSV, Mnemosyne); "
                                                                     "a running Debrief imports them in its window."),
                                 QStringLiteral("[FILE...]"));
    parser.process(*app);
    if (languageGiven)
        Translations::saveLanguage(language == QLatin1String("system") ? QString() : language);

    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("DEBRIEF_DATA_DIR");
    if (dataDir.isEmpty())
        dataDir = PreferencesDialog::savedCollectionDir();   // Preferences > Collection > Move…
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QStringList files = parser.positionalArguments();

    // A Debrief already open on this collection holds its write lock: give it the files (the
    // desktop file opens a double-clicked .apkg this way) and let it come to the front.
    SingleInstance instance(dataDir);
    if (instance.sendToRunning(files)) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Debrief is already running on this collection: passed the request to it.")));
        return 0;
    }

    auto fail = [](const QString &message) {
        QMessageBox::critical(nullptr, QObject::tr("Debrief"), message);
        return 1;
    };
    if (QFileInfo(dataDir).exists() && !QFileInfo(dataDir).isDir())
        return fail(QObject::tr("The data folder %1 is a file, not a folder.").arg(dataDir));
    if (!QDir().mkpath(dataDir))
        return fail(QObject::tr("Cannot create the data folder %1.").arg(dataDir));

    auto collection = Collection::open(QDir(dataDir).filePath(QStringLiteral("collection.sqlite")));
    if (!collection)
        return fail(collection.error().message);
    instance.listen();

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/debrief.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.debrief.Debrief"));

    // First start and upgrades: install or update the bundled decks. When they are current this
    // changes nothing but still parses every file and looks up every note (about 70 ms on a
    // 100,000-card collection), so only a new collection (nothing but Default) waits for it;
    // an existing one gets it just after the deck list is shown.
    const auto existingDecks = (*collection)->decks();
    const bool newCollection = !existingDecks || existingDecks->size() <= 1;
    if (newCollection)
        installBundled(**collection, nullptr);

    Theme::applySaved();
    MainWindow window(std::move(*collection), std::make_unique<SystemClock>());
    AfterFirstPaint bundledLater([&window] {
        if (installBundled(window.collection(), &window) && !window.isStudying())
            window.refresh();
    });
    if (!newCollection)
        window.deckTree()->viewport()->installEventFilter(&bundledLater);
    // DEBRIEF_BENCH_STARTUP=1 (tests/bench/bench_startup): print how long main() took to the deck
    // list's first paint, and quit. Installed last, so it is asked first and prints first.
    AfterFirstPaint benchProbe([&sinceMain] {
        std::printf("deck list painted %lld ms after main()\n", static_cast<long long>(sinceMain.elapsed()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    if (qEnvironmentVariableIsSet("DEBRIEF_BENCH_STARTUP"))
        window.deckTree()->viewport()->installEventFilter(&benchProbe);
    window.show();
    QObject::connect(&instance, &SingleInstance::filesReceived, &window, [&window](const QStringList &received) {
        window.activateWindow();
        window.raise();
        // After the socket's slot has returned: the import dialogs are modal.
        if (!received.isEmpty())
            QTimer::singleShot(0, &window, [&window, received] {
                if (window.isStudying())
                    window.showDecks();   // as after Esc: the answer so far is already committed
                window.importFiles(received);
            });
    });
    if (!files.isEmpty()) {
        QStringList absolute;
        for (const QString &file : files)
            absolute << QFileInfo(file).absoluteFilePath();
        QTimer::singleShot(0, &window, [&window, absolute] { window.importFiles(absolute); });
    }
    return app->exec();
}
