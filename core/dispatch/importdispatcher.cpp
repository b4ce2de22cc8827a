#include "dispatch/importdispatcher.h"

#include "decks/deckimporter.h"
#include "import/ankipackageimporter.h"
#include "import/mnemosyneimporter.h"
#include "import/textimporter.h"
#include "storage/backup.h"
#include "storage/collection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace debrief {

ImportDispatcher::Format ImportDispatcher::detect(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("apkg") || ext == QLatin1String("colpkg") || ext == QLatin1String("anki2")
        || ext == QLatin1String("anki21"))
        return Format::AnkiPackage;
    if (ext == QLatin1String("deck"))
        return Format::Deck;
    if (ext == QLatin1String("txt") || ext == QLatin1String("csv") || ext == QLatin1String("tsv"))
        return Format::Text;
    if (ext == QLatin1String("xml") || ext == QLatin1String("cards") || ext == QLatin1String("db"))
        return Format::Mnemosyne;

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Format::Unknown;
    const QByteArray head = f.read(512);
    if (head.startsWith("PK\x03\x04")) {
        // A Mnemosyne .cards zip has cards.xml; everything else zipped is taken for an Anki package.
        return head.contains("cards.xml") || head.contains("METADATA") ? Format::Mnemosyne : Format::AnkiPackage;
    }
    if (head.startsWith("SQLite format 3"))
        return Format::Mnemosyne;   // Anki collections are named .anki2; other names are Mnemosyne's
    if (head.contains("<mnemosyne") || head.contains("<openSM2sync"))
        return Format::Mnemosyne;
    return Format::Text;
}

ImportResult ImportDispatcher::importFile(Collection &collection, const QString &path, const ImportOptions &options,
                                          const ProgressFn &progress, const QDateTime &now)
{
    ImportResult result;
    const QFileInfo info(path);
    // Say which: a folder, a device or pipe (which could stream forever), a missing or unreadable file.
    if (!info.exists()) {
        result.addError(ImportIssue::Kind::NotFound, QCoreApplication::translate("ImportDispatcher", "%1: no such file").arg(path));
        return result;
    }
    if (info.isDir() || !info.isFile()) {
        result.addError(ImportIssue::Kind::UnknownFormat,
                        info.isDir() ? QCoreApplication::translate("ImportDispatcher", "%1: is a folder, not a file").arg(path)
                                     : QCoreApplication::translate("ImportDispatcher", "%1: not a regular file (a device or pipe)").arg(path));
        return result;
    }
    if (!info.isReadable()) {
        result.addError(ImportIssue::Kind::Io, QCoreApplication::translate("ImportDispatcher", "%1: not readable (permissions)").arg(path));
        return result;
    }
    const Format format = detect(path);

    QString backup;
    if (options.takeBackup) {
        auto notes = collection.count(QStringLiteral("notes"));
        if (!notes || *notes > 0) {
            Result<QString> path = Backup::automaticPath(collection.path(), now);
            Result<void> r = path ? collection.backupTo(*path) : Result<void>(path.error());
            if (!r) {
                result.addError(ImportIssue::Kind::Internal,
                                QCoreApplication::translate("ImportDispatcher", "%1: could not back up the collection first, so nothing was imported: %2")
                                    .arg(info.fileName(), r.error().message));
                return result;
            }
            backup = *path;
        }
    }

    switch (format) {
    case Format::AnkiPackage: result = AnkiPackageImporter::importFile(collection, path, options, progress); break;
    case Format::Deck: result = DeckImporter::importFile(collection, path, options, progress); break;
    case Format::Text: result = TextImporter::importFile(collection, path, options, progress, now); break;
    case Format::Mnemosyne: result = MnemosyneImporter::importFile(collection, path, options, progress, now); break;
    case Format::Unknown:
        result.addError(ImportIssue::Kind::UnknownFormat, QCoreApplication::translate("ImportDispatcher", "%1: not a format Debrief can import").arg(info.fileName()));
        break;
    }
    result.backupPath = backup;
    return result;
}

} // namespace debrief
