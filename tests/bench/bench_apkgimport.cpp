// Times AnkiPackageImporter on a generated 50,000-note legacy (collection.anki21) package with
// review history and media. Target: import <= 3 s. Prints figures; asserts nothing about speed.
// Usage: bench_apkgimport [notes]
#include "export/apkgexporter.h"
#include "storage/database.h"
#include "import/ankipackageimporter.h"
#include "storage/collection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <zip.h>

using namespace debrief;

namespace {

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// A V11 collection written straight with SQL: one Basic notetype, `notes` notes, one card
// each (a third of them in review with two revlog rows), and a sound reference every 100 notes.
bool generate(const QString &dbFile, int notes)
{
    auto db = Database::createScratch(dbFile);
    if (!db)
        return false;
    Database &d = **db;
    const char *ddl =
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;"
        "CREATE TABLE col (id integer primary key, crt integer, mod integer, scm integer, ver integer, dty integer,"
        " usn integer, ls integer, conf text, models text, decks text, dconf text, tags text);"
        "CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer, tags text,"
        " flds text, sfld integer, csum integer, flags integer, data text);"
        "CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer, mod integer, usn integer,"
        " type integer, queue integer, due integer, ivl integer, factor integer, reps integer, lapses integer,"
        " left integer, odue integer, odid integer, flags integer, data text);"
        "CREATE TABLE revlog (id integer primary key, cid integer, usn integer, ease integer, ivl integer,"
        " lastIvl integer, factor integer, time integer, type integer);"
        "CREATE TABLE graves (usn integer, oid integer, type integer);";
    if (!d.exec(QString::fromLatin1(ddl)))
        return false;
    const QString models = QStringLiteral(
        "{\"1700000000000\":{\"id\":1700000000000,\"name\":\"Basic\",\"type\":0,\"mod\":1700000000,\"sortf\":0,"
        "\"flds\":[{\"name\":\"Front\",\"ord\":0},{\"name\":\"Back\",\"ord\":1}],"
        "\"tmpls\":[{\"name\":\"Card 1\",\"ord\":0,\"qfmt\":\"{{Front}}\",\"afmt\":\"{{FrontSide}}<hr id=answer>{{Back}}\"}],"
        "\"css\":\".card{}\"}}");
    const QString decks = QStringLiteral("{\"1\":{\"id\":1,\"name\":\"Default\",\"dyn\":0},"
                                         "\"2\":{\"id\":2,\"name\":\"Bench::Generated\",\"dyn\":0}}");
    Result<Statement> colQ = d.prepare(QStringLiteral("INSERT INTO col VALUES (1, 1700000000, 0, 0, 11, 0, 0, 0, "
                                                      "'{\"schedVer\":2,\"creationOffset\":0}', ?, ?, '{}', '{}')"));
    Result<Statement> nQ = d.prepare(QStringLiteral("INSERT INTO notes VALUES (?, ?, 1700000000000, 1700000000, 0, ' bench gen ', ?, '', 0, 0, '')"));
    Result<Statement> cQ = d.prepare(QStringLiteral("INSERT INTO cards VALUES (?, ?, 2, 0, 0, 0, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, '')"));
    Result<Statement> rQ = d.prepare(QStringLiteral("INSERT INTO revlog VALUES (?, ?, 0, 3, ?, ?, 2500, 4000, 1)"));
    if (!colQ || !nQ || !cQ || !rQ)
        return false;
    Statement &col = *colQ, &n = *nQ, &c = *cQ, &r = *rQ;
    col.bind(1, models);
    col.bind(2, decks);
    if (!col.run())
        return false;
    for (int i = 0; i < notes; ++i) {
        const qint64 id = 1600000000000LL + i;
        QString front = QStringLiteral("Question %1: what is the <b>capital</b> of country number %1?").arg(i);
        if (i % 100 == 0)
            front += QStringLiteral(" [sound:clip%1.mp3]").arg(i / 100 % 10);
        n.bind(1, id);
        n.bind(2, QStringLiteral("bench%1").arg(i));
        n.bind(3, front + QChar(0x1f) + QStringLiteral("Answer %1 with a few more words of text").arg(i));
        if (!n.run())
            return false;
        n.reset();
        const bool review = i % 3 == 0;
        c.bind(1, id);
        c.bind(2, id);
        c.bind(3, review ? 2 : 0);
        c.bind(4, review ? 2 : 0);
        c.bind(5, review ? 100 + i % 50 : i);
        c.bind(6, review ? 10 + i % 30 : 0);
        c.bind(7, review ? 2500 : 0);
        c.bind(8, review ? 2 : 0);
        if (!c.run())
            return false;
        c.reset();
        if (review)
            for (int k = 0; k < 2; ++k) {
                r.bind(1, id * 10 + k);
                r.bind(2, id);
                r.bind(3, k ? 10 : 1);
                r.bind(4, k ? 1 : -600);
                if (!r.run())
                    return false;
                r.reset();
            }
    }
    return bool(d.exec(QStringLiteral("COMMIT")));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int notes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50000;
    QTemporaryDir dir;
    const QString dbFile = dir.filePath(QStringLiteral("collection.anki21"));
    const QString pkg = dir.filePath(QStringLiteral("bench.apkg"));

    QElapsedTimer t;
    t.start();
    if (!generate(dbFile, notes)) {
        out << "generation failed\n";
        return 1;
    }
    int err = 0;
    zip *z = zip_open(QFile::encodeName(pkg).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    zip_file_add(z, "collection.anki21", zip_source_file(z, QFile::encodeName(dbFile).constData(), 0, -1), 0);
    QByteArray map("{");
    QList<QByteArray> clips;
    for (int i = 0; i < 10; ++i) {
        clips << QByteArray(200 * 1024, char('a' + i));   // 200 KB "audio" each
        zip_int64_t idx = zip_file_add(z, QByteArray::number(i).constData(),
                                       zip_source_buffer(z, clips.last().constData(), zip_uint64_t(clips.last().size()), 0), 0);
        zip_set_file_compression(z, zip_uint64_t(idx), ZIP_CM_STORE, 0);
        map += QStringLiteral("%1\"%2\":\"clip%2.mp3\"").arg(i ? QStringLiteral(",") : QString()).arg(i).toUtf8();
    }
    map += '}';
    zip_file_add(z, "media", zip_source_buffer(z, map.constData(), zip_uint64_t(map.size()), 0), 0);
    zip_close(z);
    const qint64 genMs = t.elapsed();

    auto col = Collection::open(dir.filePath(QStringLiteral("target/collection.sqlite")));
    if (!col) {
        out << "cannot open collection: " << col.error().message << "\n";
        return 1;
    }
    const long rssBefore = peakRssKb();
    t.restart();
    int progressCalls = 0;
    const ImportResult r = AnkiPackageImporter::importFile(**col, pkg, {}, [&](qint64, qint64) {
        ++progressCalls;
        return true;
    });
    const qint64 importMs = t.elapsed();
    if (!r.ok()) {
        out << "import failed: " << r.issues.front().message << "\n";
        return 1;
    }
    out << "bench_apkgimport: " << notes << " notes, package " << QFileInfo(pkg).size() / 1024 << " KiB, generated in "
        << genMs << " ms\n";
    out << "  import: " << importMs << " ms (target <= 3000 ms), " << (notes * 1000.0 / qMax<qint64>(importMs, 1))
        << " notes/s\n";
    out << "  added: notes " << r.counts.notesAdded << ", cards " << r.counts.cardsAdded << ", revlog "
        << r.counts.reviewsAdded << ", media " << r.counts.mediaAdded << ", progress calls " << progressCalls << "\n";
    out << "  peak RSS: " << rssBefore / 1024 << " MiB before import, " << peakRssKb() / 1024 << " MiB after\n";

    t.restart();
    const ImportResult again = AnkiPackageImporter::importFile(**col, pkg, {});
    out << "  re-import (all unchanged): " << t.elapsed() << " ms, unchanged " << again.counts.notesUnchanged << "\n";

    t.restart();
    ApkgExportOptions o;
    o.now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    auto exported = ApkgExporter::exportFile(**col, dir.filePath(QStringLiteral("export.apkg")), o);
    out << "  export: " << t.elapsed() << " ms, " << (exported ? exported->notes : -1) << " notes\n";
    return 0;
}
