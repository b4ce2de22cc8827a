#include "import/ankipackageimporter.h"

#include "import/ankipackagereader.h"
#include "import/foreigndataimporter.h"
#include "import/importtemp.h"
#include "import/protoreader.h"
#include "import/zipreader.h"
#include "storage/collection.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QFile>
#include <QFileInfo>

namespace debrief {

namespace {

// The importer's one boundary from errors to issues: importIssueKind(), the file name in front.
ImportResult fail(ImportResult r, const Error &e, const QString &path)
{
    r.addError(importIssueKind(e.kind), QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), e.message));
    return r;
}

} // namespace

ImportResult AnkiPackageImporter::importFile(Collection &collection, const QString &path, const ImportOptions &options,
                                             const ProgressFn &progress)
{
    ImportResult result;
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        // A file that is there but cannot be read is an I/O error, not a missing one.
        return fail(result, makeError(QFileInfo::exists(path) ? Error::Kind::Io : Error::Kind::NotFound,
                                      tr("Cannot open the file")), path);
    const QByteArray head = probe.read(16);
    probe.close();

    // Extracted members go in the data dir's own temp folder, never the system's.
    ImportTemp temp(collection);
    QString dbPath;

    AnkiPackage pkg;
    std::unique_ptr<ZipReader> zip;
    if (head.startsWith("SQLite format 3")) {
        // A bare collection file (.anki2) or an Anki 1.2 deck (.anki): read in place; the
        // foreign mode writes nothing beside it.
        dbPath = path;
    } else if (head.startsWith("PK")) {
        Result<QString> tempPath = temp.path();
        if (!tempPath)
            return fail(result, makeError(Error::Kind::Internal, tempPath.error().message), path);
        dbPath = *tempPath + QLatin1String("/collection.db");
        auto opened = ZipReader::open(path);
        if (!opened)
            return fail(result, makeError(opened.error().kind, opened.error().message), path);
        zip = std::move(*opened);
        for (const auto &e : zip->entries())
            if (!e.safeName)
                return fail(result, makeError(Error::Kind::Unsafe, tr("The package holds a member with an unsafe name: %1").arg(e.name)), path);
        QString member;
        if (const auto meta = zip->indexOf(QStringLiteral("meta"))) {
            auto raw = zip->readAll(*meta, 1024);
            if (!raw)
                return fail(result, makeError(raw.error().kind, raw.error().message), path);
            ProtoReader r(*raw);
            quint64 version = 0;
            while (r.next()) {
                if (r.field() == 1)
                    version = r.varint();
                else
                    r.skip();
            }
            if (r.error())
                return fail(result, makeError(Error::Kind::Corrupt, tr("The package description (meta) is damaged")), path);
            if (version == 1)
                member = QStringLiteral("collection.anki2");
            else if (version == 2)
                member = QStringLiteral("collection.anki21");
            else if (version == 3)
                member = QStringLiteral("collection.anki21b");
            else
                return fail(result, makeError(Error::Kind::TooNew, tr("The package was made by a newer Anki (format %1)").arg(version)), path);
        } else {
            member = zip->indexOf(QStringLiteral("collection.anki21")) ? QStringLiteral("collection.anki21")
                                                                        : QStringLiteral("collection.anki2");
        }
        pkg.latest = member.endsWith(QLatin1Char('b'));
        const auto idx = zip->indexOf(member);
        if (!idx)
            return fail(result, makeError(Error::Kind::Corrupt, tr("The package has no %1").arg(member)), path);
        if (Result<void> f = AnkiPackageReader::extractCollection(*zip, *idx, pkg.latest, dbPath); !f)
            return fail(result, f.error(), path);
        if (Result<void> f = AnkiPackageReader::readMediaMap(*zip, pkg.latest, pkg); !f)
            return fail(result, f.error(), path);
    } else {
        return fail(result, makeError(Error::Kind::UnknownFormat, tr("This is neither an Anki package nor an Anki collection")), path);
    }

    {
        Database::ForeignLimits limits;
        if (progress)   // Cancel works while a (possibly hostile) query runs, too.
            limits.cancelled = [&progress]() { return !progress(0, 0); };
        auto db = temp.openForeign(dbPath, limits);
        if (!db)
            return fail(result, AnkiPackageReader::foreignDbError(db.error(), QString()), path);
        if (Result<void> f = AnkiPackageReader::readCollection(**db, pkg, !options.scheduleAsNew); !f)
            return fail(result, f.error(), path);
    }

    const ForeignData data = AnkiPackageReader::foreignData(std::move(pkg), zip.get());
    ForeignDataImporter writer(collection, options, SystemClock().now());
    if (Result<void> r = writer.write(data, result, progress, QFileInfo(path).fileName()); !r)
        result.addError(importIssueKind(r.error().kind), r.error().message);
    return result;
}

} // namespace debrief
