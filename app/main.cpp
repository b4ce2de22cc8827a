#include "mainwindow.h"
#include "theme.h"

#include "decks/deckimporter.h"

#include "storage/collection.h"
#include "util/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>

#include <unistd.h>

using namespace debrief;

int main(int argc, char **argv)
{
    // QtWebEngine shares GL contexts with the widgets; it must be said before the app exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // Chromium refuses to start as root with its sandbox on, and the card view would die with it
    // (containers, CI, `sudo scripts/run.sh`). Card pages are already locked down by the URL
    // interceptor and their Content-Security-Policy.
    if (geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Debrief"));
    QApplication::setApplicationName(QStringLiteral("Debrief"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/debrief.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.debrief.Debrief"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Spaced repetition for AI/ML interview preparation."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                     QStringLiteral("Collection folder (default: $DEBRIEF_DATA_DIR, else the app data folder)."),
                                     QStringLiteral("DIR"));
    parser.addOption(dataDirOption);
    parser.process(app);

    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("DEBRIEF_DATA_DIR");
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

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

    // First start and upgrades: install or update the bundled decks (a no-op when current).
    const ImportResult bundled = installBundledDecks(**collection, QStringLiteral(":/decks"));
    if (!bundled.ok() && !bundled.issues.empty())
        QMessageBox::warning(nullptr, QObject::tr("Debrief"),
                             QObject::tr("The bundled decks could not be updated: %1").arg(bundled.issues.front().message));

    Theme::applySaved();
    MainWindow window(std::move(*collection), std::make_unique<SystemClock>());
    window.show();
    return app.exec();
}
