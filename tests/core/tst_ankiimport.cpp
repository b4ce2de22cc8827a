// Anki package import: every fixture, scheduling, updates by GUID, media, and hostile input.
#include "importwitness.h"

#include "import/ankipackageimporter.h"
#include "import/zipreader.h"
#include "import/zstddecoder.h"
#include "storage/collection.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

#include <cmath>

#include <zip.h>
#include <zstd.h>

using namespace debrief;

Q_DECLARE_METATYPE(debrief::ImportIssue::Kind)

namespace {

const QString kAnki = QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/anki/");
const QString kCommunity = QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/community/");

struct Member {
    QString name;
    QByteArray data;
    bool compress = true;
};

// Writes a zip with exactly these members (names taken verbatim, however hostile).
void writeZip(const QString &path, const QList<Member> &members)
{
    int err = 0;
    zip *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    QVERIFY(z);
    for (const Member &m : members) {
        zip_source_t *src = zip_source_buffer(z, m.data.constData(), zip_uint64_t(m.data.size()), 0);
        const zip_int64_t idx = zip_file_add(z, m.name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        QVERIFY(idx >= 0);
        zip_set_file_compression(z, zip_uint64_t(idx), m.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    }
    QCOMPARE(zip_close(z), 0);
}

QByteArray memberOf(const QString &package, const QString &name)
{
    auto zip = ZipReader::open(package);
    if (!zip)
        return {};
    auto idx = (*zip)->indexOf(name);
    if (!idx)
        return {};
    auto bytes = (*zip)->readAll(*idx, qint64(1) << 30);
    return bytes ? *bytes : QByteArray();
}

// The plain bytes of a zstd frame.
QByteArray zstdPlain(const QByteArray &in)
{
    auto out = ZstdDecoder::decompress(in, qint64(1) << 30);
    return out ? *out : QByteArray();
}

QByteArray zstd(const QByteArray &in)
{
    QByteArray out(int(ZSTD_compressBound(size_t(in.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compress(out.data(), size_t(out.size()), in.constData(), size_t(in.size()), 3);
    out.resize(int(n));
    return out;
}

// update1.apkg's collection, edited with `sql` and returned as bytes.
QByteArray editedCollection(const QString &dir, const QStringList &sql)
{
    const QString file = dir + QStringLiteral("/edit.anki2");
    QFile::remove(file);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(memberOf(kAnki + QStringLiteral("update1.apkg"), QStringLiteral("collection.anki2")));
    f.close();
    {
        auto db = Database::open(file, Database::Mode::ReadWrite);
        if (!db)
            return {};
        // Back to the rollback journal Anki's legacy files use (Database switched it to WAL).
        if (!(*db)->exec(QStringLiteral("PRAGMA journal_mode=DELETE")))
            return {};
        for (const QString &s : sql)
            if (Result<void> ok = (*db)->exec(s); !ok)
                qFatal("editedCollection: %s", qPrintable(ok.error().message));
    }
    QFile r(file);
    r.open(QIODevice::ReadOnly);
    return r.readAll();
}

// What "the collection is unchanged" means: row counts plus every media file's name and bytes.
QString snapshot(Collection &c)
{
    QStringList parts;
    for (const char *t : {"notes", "cards", "revlog", "notetypes", "decks", "media"})
        parts << QStringLiteral("%1=%2").arg(QLatin1String(t)).arg(*c.count(QLatin1String(t)));
    QCryptographicHash h(QCryptographicHash::Sha1);
    QDirIterator it(c.mediaDir(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &p : files) {
        h.addData(p.toUtf8());
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
    }
    parts << QString::fromLatin1(h.result().toHex());
    return parts.join(QLatin1Char(' '));
}

bool hasIssue(const ImportResult &r, ImportIssue::Kind kind)
{
    for (const auto &i : r.issues)
        if (i.kind == kind && i.severity == Severity::Error)
            return true;
    return false;
}

QString describe(const ImportResult &r)
{
    QStringList s;
    for (const auto &i : r.issues)
        s << QStringLiteral("[%1/%2] %3").arg(int(i.kind)).arg(int(i.severity)).arg(i.message);
    return s.join(QLatin1String("; "));
}

} // namespace

class TestAnkiImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // The system temp folder for this process (TMPDIR), watched: an import may write only inside
    // the collection's data dir.
    QTemporaryDir m_systemTemp;
    std::unique_ptr<Collection> m_col;
    int m_n = 0;

    Collection &fresh()
    {
        m_col.reset();
        const QString sub = m_dir.filePath(QStringLiteral("c%1").arg(++m_n));
        QDir().mkpath(sub);
        auto c = Collection::open(sub + QStringLiteral("/collection.sqlite"));
        if (!c)
            qFatal("cannot open collection: %s", qPrintable(c.error().message));
        m_col = std::move(*c);
        return *m_col;
    }
    // A collection that already holds notes and media, for the "unchanged" checks.
    Collection &populated()
    {
        Collection &c = fresh();
        ImportResult a = AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("update1.apkg"), {});
        ImportResult b = AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("media.apkg"), {});
        if (!a.ok() || !b.ok())
            qFatal("cannot populate: %s %s", qPrintable(describe(a)), qPrintable(describe(b)));
        return c;
    }
    QList<Card> allCards(Collection &c)
    {
        QList<Card> out;
        auto s = c.database().prepare(QStringLiteral("SELECT id FROM cards ORDER BY id"));
        while (*s->step())
            out << *c.card(s->int64(0));
        return out;
    }

private slots:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void schedulingFromLatest();
    void updateByGuid();
    void legacy2ReadsRealCollection_data();
    void legacy2ReadsRealCollection();
    void mediaRenamedOnClash();
    void importAsNew();
    void cancelRollsBack();
    void failureWhileWritingChangesNothing_data();
    void failureWhileWritingChangesNothing();
    void hostile_data();
    void hostile();
    void manyMembersLookedUpByName();
    void mediaNamesMadeSafe();
    void bareCollectionLeavesNothingBeside();
    void killedImportLeftoversRemovedAtOpen();
};

void TestAnkiImport::initTestCase()
{
    QVERIFY(m_systemTemp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_systemTemp.path()));
    QCOMPARE(QDir(QDir::tempPath()).canonicalPath(), QDir(m_systemTemp.path()).canonicalPath());
}

void TestAnkiImport::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ImportIssue::Kind>("failure");
    QTest::addColumn<int>("notes");
    QTest::addColumn<int>("cards");
    QTest::addColumn<int>("revlog");
    QTest::addColumn<int>("media");

    struct Row { const char *file; int notes, cards, revlog, media; };
    // Expected counts from fixtures/anki/SOURCE.md and fixtures/community/INDEX.md. Media count
    // what is copied: referenced files plus static "_"/"latex-" names.
    const Row good[] = {
        {"diffmodels2-1.apkg", 1, 1, 0, 0},
        {"diffmodels2-2.apkg", 1, 2, 0, 0},
        {"diffmodeltemplates-1.apkg", 1, 1, 0, 2},
        {"diffmodeltemplates-2.apkg", 1, 1, 0, 2},
        {"media.apkg", 1, 1, 0, 1},
        {"mediacheck.anki2", 3, 3, 2, 0},
        {"update1.apkg", 1, 1, 0, 0},
        {"update2.apkg", 1, 1, 0, 0},
        {"synthetic/synthetic-latest.apkg", 3, 4, 6, 2},
        {"synthetic/synthetic-latest.colpkg", 3, 4, 6, 2},
        {"synthetic/synthetic-legacy2-update2.apkg", 1, 1, 0, 0},
        {"synthetic/synthetic-legacy2-nometa-update2.apkg", 1, 1, 0, 0},
    };
    const Row community[] = {
        {"system_design.apkg", 42, 42, 0, 0},
        {"advanced_ml_mathjax.apkg", 234, 234, 0, 57},
        {"chinese_pleco_anki21.apkg", 7, 14, 103, 0},
        {"english_vocab_cloze.apkg", 22, 44, 94, 0},
        {"cpp_interview.apkg", 85, 85, 72, 1},
        {"spanish_audio_cloze.apkg", 5, 7, 0, 7},
        {"japanese_vocab_legacy.colpkg", 195, 390, 51, 0},
        {"sat_math_vocab.colpkg", 1558, 1590, 4240, 24},
    };
    QSet<QString> covered;
    for (const Row &r : good) {
        QTest::newRow(r.file) << kAnki + QLatin1String(r.file) << true << ImportIssue::Kind::Internal << r.notes << r.cards
                              << r.revlog << r.media;
        covered << QFileInfo(kAnki + QLatin1String(r.file)).canonicalFilePath();
    }
    for (const Row &r : community)
        QTest::newRow(qPrintable(QStringLiteral("community/%1").arg(QLatin1String(r.file))))
            << kCommunity + QLatin1String(r.file) << true << ImportIssue::Kind::Internal << r.notes << r.cards << r.revlog
            << r.media;
    // Every other file in fixtures/anki and fixtures/anki/synthetic must be refused, and how.
    for (const QString &dir : {kAnki, kAnki + QStringLiteral("synthetic/")}) {
        for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files, QDir::Name)) {
            if (covered.contains(fi.canonicalFilePath()))
                continue;
            ImportIssue::Kind kind = ImportIssue::Kind::UnknownFormat;   // text files, mnemo.db, fake.png, SOURCE.md
            if (fi.suffix() == QLatin1String("anki") || fi.fileName() == QLatin1String("anki2-alpha.anki2"))
                kind = ImportIssue::Kind::TooOld;   // Anki 1.2 decks and the 2.0 alpha (col.ver 1)
            const QString name = QDir(kAnki).relativeFilePath(fi.filePath());
            QTest::newRow(qPrintable(QStringLiteral("refused %1").arg(name))) << fi.filePath() << false << kind << 0 << 0 << 0 << 0;
        }
    }
}

void TestAnkiImport::fixtures()
{
    QFETCH(QString, path);
    QFETCH(bool, ok);
    QFETCH(ImportIssue::Kind, failure);
    QFETCH(int, notes);
    QFETCH(int, cards);
    QFETCH(int, revlog);
    QFETCH(int, media);

    Collection &c = fresh();
    const QString before = snapshot(c);
    const ImportResult r = AnkiPackageImporter::importFile(c, path, {});
    if (!ok) {
        QVERIFY2(!r.ok(), qPrintable(describe(r)));
        QVERIFY2(hasIssue(r, failure), qPrintable(describe(r)));
        QCOMPARE(snapshot(c), before);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.counts.notesAdded, notes);
    QCOMPARE(r.counts.cardsAdded, cards);
    QCOMPARE(r.counts.reviewsAdded, revlog);
    QCOMPARE(r.counts.mediaAdded, media);
    QCOMPARE(*c.count(QStringLiteral("notes")), qint64(notes));
    QCOMPARE(*c.count(QStringLiteral("cards")), qint64(cards));
    QCOMPARE(*c.count(QStringLiteral("revlog")), qint64(revlog));
    QCOMPARE(*c.count(QStringLiteral("media")), qint64(media));
    QCOMPARE(QDir(c.mediaDir()).entryList(QDir::Files).size(), media);
    QVERIFY(c.check()->empty());

    // A second import of the same file adds nothing.
    const ImportResult again = AnkiPackageImporter::importFile(c, path, {});
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again.counts.notesAdded, 0);
    QCOMPARE(again.counts.cardsAdded, 0);
    QCOMPARE(again.counts.mediaAdded, 0);
    QCOMPARE(again.counts.notesUnchanged, notes);
    QCOMPARE(*c.count(QStringLiteral("notes")), qint64(notes));
}

void TestAnkiImport::schedulingFromLatest()
{
    Collection &c = fresh();
    const QString pkg = kAnki + QStringLiteral("synthetic/synthetic-latest.apkg");
    const ImportResult r = AnkiPackageImporter::importFile(c, pkg, {});
    QVERIFY2(r.ok(), qPrintable(describe(r)));

    // The source's day 0, from its crt and creationOffset, read independently here.
    QTemporaryDir tmp;
    const QString dbFile = tmp.filePath(QStringLiteral("c.db"));
    auto plain = ZstdDecoder::decompress(memberOf(pkg, QStringLiteral("collection.anki21b")), qint64(1) << 30);
    QVERIFY(plain);
    QFile f(dbFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(*plain);
    f.close();
    qint64 crt = 0, offsetMins = 0;
    {
        auto db = Database::openForeign(dbFile, {});
        QVERIFY(db);
        crt = *(*db)->queryInt(QStringLiteral("SELECT crt FROM col"));
        auto o = (*db)->prepare(QStringLiteral("SELECT val FROM config WHERE KEY = 'creationOffset'"));
        QVERIFY(o);
        if (*o->step())
            offsetMins = o->text(0).toLongLong();
    }
    const qint64 dayZero = qint64(std::floor(double(crt - offsetMins * 60 - 4 * 3600) / 86400.0));

    int review = 0, learning = 0, suspendedNew = 0, plainNew = 0;
    for (const Card &card : allCards(c)) {
        if (const auto *rv = std::get_if<ReviewState>(&card.state)) {
            ++review;
            QCOMPARE(rv->intervalDays, 10);
            QCOMPARE(rv->easePermille, 2500);
            QCOMPARE(rv->dueDay, dayZero + 43);
            QCOMPARE(card.queue, CardQueue::Normal);
        } else if (const auto *l = std::get_if<LearningState>(&card.state)) {
            ++learning;
            QCOMPARE(l->remainingSteps, 1);   // left 1001
            QVERIFY(l->due.toSecsSinceEpoch() > crt);
        } else if (const auto *n = std::get_if<NewState>(&card.state)) {
            if (card.queue == CardQueue::Suspended) {
                ++suspendedNew;
            } else {
                ++plainNew;
                QCOMPARE(n->position, qint64(3));
            }
        }
    }
    QCOMPARE(review, 1);
    QCOMPARE(learning, 1);
    QCOMPARE(suspendedNew, 1);
    QCOMPARE(plainNew, 1);

    // Decks: the 0x1F name became "::", with its description.
    auto french = c.deckByName(QStringLiteral("Languages::French"));
    QVERIFY(french && french->has_value());
    QVERIFY(!(*french)->description.isEmpty());
    // Notetypes: Basic and Cloze with the right kinds.
    auto cloze = c.notetypeByName(QStringLiteral("Cloze"));
    QVERIFY(cloze && cloze->has_value());
    QCOMPARE((*cloze)->kind, NotetypeKind::Cloze);
    QVERIFY(!(*cloze)->markdownFields);
}

void TestAnkiImport::updateByGuid()
{
    Collection &c = fresh();
    ImportResult r = AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("update1.apkg"), {});
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.counts.notesAdded, 1);

    r = AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("update2.apkg"), {});
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.counts.notesAdded, 0);
    QCOMPARE(r.counts.notesUpdated, 1);
    QCOMPARE(*c.count(QStringLiteral("notes")), qint64(1));
    QCOMPARE(*c.count(QStringLiteral("cards")), qint64(1));
    auto note = c.noteByGuid(QStringLiteral("cU1%zNUzk1"));
    QVERIFY(note && note->has_value());
    QCOMPARE((*note)->fields.value(0), QStringLiteral("goodbye"));

    r = AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("update2.apkg"), {});
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.counts.notesUnchanged, 1);
    QCOMPARE(r.counts.notesUpdated, 0);

    // The older update1 does not overwrite the newer note (IfNewer) ...
    r = AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("update1.apkg"), {});
    QCOMPARE(r.counts.notesUnchanged, 1);
    QCOMPARE((*c.noteByGuid(QStringLiteral("cU1%zNUzk1")))->fields.value(0), QStringLiteral("goodbye"));
    // ... unless told to always update.
    ImportOptions always;
    always.update = UpdatePolicy::Always;
    r = AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("update1.apkg"), always);
    QCOMPARE(r.counts.notesUpdated, 1);
    QCOMPARE((*c.noteByGuid(QStringLiteral("cU1%zNUzk1")))->fields.value(0), QStringLiteral("hello"));

    // Same notetype, changed template text: updated in place, no second notetype.
    const qint64 ntBefore = *c.count(QStringLiteral("notetypes"));
    QVERIFY(AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("diffmodeltemplates-1.apkg"), {}).ok());
    QVERIFY(AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("diffmodeltemplates-2.apkg"), {}).ok());
    QCOMPARE(*c.count(QStringLiteral("notetypes")), ntBefore + 1);
    auto testt = c.notetypeByName(QStringLiteral("testt"));
    QVERIFY(testt && testt->has_value());
    QVERIFY((*testt)->templates.front().questionFormat.contains(QLatin1String("Changed Front Template")));

    // A notetype whose schema changed (1 → 2 templates) becomes a second notetype; the note
    // already on the old one is skipped with a warning rather than duplicated.
    QVERIFY(AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("diffmodels2-1.apkg"), {}).ok());
    const qint64 notes = *c.count(QStringLiteral("notes"));
    r = AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("diffmodels2-2.apkg"), {});
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.counts.notesSkipped, 1);
    QCOMPARE(*c.count(QStringLiteral("notes")), notes);
}

void TestAnkiImport::legacy2ReadsRealCollection_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("legacy 2 with meta 08 02") << QStringLiteral("synthetic/synthetic-legacy2-update2.apkg");
    QTest::newRow("legacy 2 without meta") << QStringLiteral("synthetic/synthetic-legacy2-nometa-update2.apkg");
}

void TestAnkiImport::legacy2ReadsRealCollection()
{
    QFETCH(QString, file);
    Collection &c = fresh();
    const ImportResult r = AnkiPackageImporter::importFile(c, kAnki + file, {});
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    auto note = c.noteByGuid(QStringLiteral("cU1%zNUzk1"));
    QVERIFY(note && note->has_value());
    QCOMPARE((*note)->fields.value(0), QStringLiteral("goodbye"));
    // sample.png is neither referenced nor static: not copied.
    QCOMPARE(r.counts.mediaAdded, 0);
}

void TestAnkiImport::mediaRenamedOnClash()
{
    Collection &c = fresh();
    QDir().mkpath(c.mediaDir());
    QFile local(c.mediaDir() + QStringLiteral("/foo.wav"));
    QVERIFY(local.open(QIODevice::WriteOnly));
    local.write("local bytes");
    local.close();

    const ImportResult r = AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("media.apkg"), {});
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    const QString sha1 = QString::fromLatin1(QCryptographicHash::hash("abc\n", QCryptographicHash::Sha1).toHex());
    const QString renamed = QStringLiteral("foo-%1.wav").arg(sha1);
    QVERIFY(QFile::exists(c.mediaDir() + QLatin1Char('/') + renamed));
    QFile kept(c.mediaDir() + QStringLiteral("/foo.wav"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("local bytes"));
    auto s = c.database().prepare(QStringLiteral("SELECT fields FROM notes"));
    QVERIFY(*s->step());
    QVERIFY2(s->text(0).contains(QStringLiteral("[sound:%1]").arg(renamed)), qPrintable(s->text(0)));
    // No staging folder left behind.
    QCOMPARE(QDir(c.mediaDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).size(), 0);
}

void TestAnkiImport::importAsNew()
{
    Collection &c = fresh();
    ImportOptions o;
    o.scheduleAsNew = true;
    const ImportResult r = AnkiPackageImporter::importFile(c, kAnki + QStringLiteral("synthetic/synthetic-latest.apkg"), o);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.counts.reviewsAdded, 0);
    QCOMPARE(*c.count(QStringLiteral("revlog")), qint64(0));
    for (const Card &card : allCards(c)) {
        QVERIFY(std::holds_alternative<NewState>(card.state));
        QCOMPARE(card.reps, 0);
    }
}

void TestAnkiImport::cancelRollsBack()
{
    Collection &c = populated();
    const QString before = snapshot(c);
    int calls = 0;
    const ImportResult r = AnkiPackageImporter::importFile(
        c, kCommunity + QStringLiteral("sat_math_vocab.colpkg"), {}, [&](qint64 done, qint64) {
            ++calls;
            return done < 1000;   // cancel part-way through
        });
    QVERIFY(!r.ok());
    QVERIFY(hasIssue(r, ImportIssue::Kind::Cancelled));
    QVERIFY(calls > 1);
    QCOMPARE(snapshot(c), before);
}

void TestAnkiImport::failureWhileWritingChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("cancelAt");   // notes done when progress says cancel; -1 = never
    QTest::addColumn<ImportIssue::Kind>("kind");
    QTemporaryDir *dir = new QTemporaryDir;   // lives until the process ends; rows refer to it
    // update1's collection plus 200 notes that each show pic.png, all valid for the reader. In
    // "broken", the last note's card sits in deck "Broken::", which the collection refuses
    // (a name with an empty part): the writer fails at the last of 202 notes, after the others,
    // their cards and the staged picture, and everything must go.
    const auto package = [&](const QString &name, bool broken) {
        QStringList sql{
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 201) "
                           "INSERT INTO notes SELECT 1900000000000 + i, 'mid-import ' || i, mid, mod, usn, tags, "
                           "'front ' || i || ' <img src=\"pic.png\">' || char(31) || 'back', sfld, csum, flags, data "
                           "FROM notes, n WHERE notes.id = (SELECT min(id) FROM notes)"),
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 201) "
                           "INSERT INTO cards SELECT 1900000000000 + i, 1900000000000 + i, "
                           "CASE WHEN i = 201 THEN 99 ELSE 1 END, 0, mod, usn, 0, 0, i, 0, 0, 0, 0, 0, 0, 0, 0, '' "
                           "FROM cards, n WHERE cards.id = (SELECT min(id) FROM cards)")};
        if (broken)
            sql << QStringLiteral("UPDATE col SET decks = json_insert(decks, '$.\"99\"', "
                                  "json('{\"id\": 99, \"name\": \"Broken::\", \"dyn\": 0}'))");
        const QByteArray coll = editedCollection(dir->path(), sql);
        const QString file = dir->filePath(name);
        writeZip(file, {{QStringLiteral("collection.anki2"), coll},
                        {QStringLiteral("0"), QByteArray("a picture")},
                        {QStringLiteral("media"), QByteArray("{\"0\": \"pic.png\"}")}});
        return file;
    };
    QTest::newRow("the collection refuses the last note's deck") << package(QStringLiteral("broken.apkg"), true) << -1
                                                                  << ImportIssue::Kind::Corrupt;
    QTest::newRow("cancel after 64 notes") << package(QStringLiteral("fine.apkg"), false) << 64
                                           << ImportIssue::Kind::Cancelled;
}

// Item 1 of the one import pipeline: an error or a cancel while ForeignDataImporter writes an Anki
// package leaves the collection file byte for byte as it was, and the media folder too.
void TestAnkiImport::failureWhileWritingChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(int, cancelAt);
    QFETCH(ImportIssue::Kind, kind);
    const QString colPath = populated().path();
    m_col.reset();   // closed: the WAL is checkpointed, so the file alone holds the collection
    const QString dataDir = QFileInfo(colPath).absolutePath();
    const QString before = importwitness::digest(dataDir);

    auto c = Collection::open(colPath);
    QVERIFY(c);
    qint64 furthest = 0;
    const ImportResult r = AnkiPackageImporter::importFile(**c, file, {}, [&](qint64 done, qint64) {
        furthest = std::max(furthest, done);
        return cancelAt < 0 || done < cancelAt;
    });
    c->reset();
    QVERIFY2(!r.ok(), "the import was expected to fail");
    QVERIFY2(hasIssue(r, kind), qPrintable(describe(r)));
    QVERIFY2(r.issues.back().message.contains(QFileInfo(file).fileName()), qPrintable(r.issues.back().message));
    QCOMPARE(r.counts.notesAdded, 0);
    QVERIFY2(furthest >= 64, "the writer had not started on the notes");
    QCOMPARE(importwitness::digest(dataDir), before);

    // The same notes without the broken deck import: the failure came part-way through the writing.
    Collection &fine = fresh();
    QString good = file;
    good.replace(QLatin1String("broken.apkg"), QLatin1String("fine.apkg"));
    const ImportResult ok = AnkiPackageImporter::importFile(fine, good, {});
    QVERIFY2(ok.ok(), qPrintable(describe(ok)));
    QCOMPARE(ok.counts.notesAdded, 202);
    QCOMPARE(ok.counts.mediaAdded, 1);
}

void TestAnkiImport::hostile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ImportIssue::Kind>("kind");
    using K = ImportIssue::Kind;
    QTemporaryDir *dir = new QTemporaryDir;   // lives until the process ends; rows refer to it
    auto path = [&](const char *name) { return dir->filePath(QLatin1String(name)); };
    const QByteArray coll = memberOf(kAnki + QStringLiteral("update1.apkg"), QStringLiteral("collection.anki2"));
    const QByteArray emptyMap("{}");
    QVERIFY(!coll.isEmpty());

    QFile junk(path("junk.apkg"));
    junk.open(QIODevice::WriteOnly);
    junk.write("this is not a zip file at all");
    junk.close();
    QTest::newRow("not a zip") << path("junk.apkg") << K::UnknownFormat;

    QFile pk(path("pk.apkg"));
    pk.open(QIODevice::WriteOnly);
    pk.write("PK\x03\x04 garbage that only looks like a zip");
    pk.close();
    QTest::newRow("zip magic, no zip") << path("pk.apkg") << K::Corrupt;

    QFile src(kAnki + QStringLiteral("update1.apkg"));
    src.open(QIODevice::ReadOnly);
    const QByteArray whole = src.readAll();
    QFile cut(path("truncated.apkg"));
    cut.open(QIODevice::WriteOnly);
    cut.write(whole.left(whole.size() / 2));
    cut.close();
    QTest::newRow("truncated zip") << path("truncated.apkg") << K::Corrupt;

    writeZip(path("nocoll.apkg"), {{QStringLiteral("media"), emptyMap}});
    QTest::newRow("missing collection member") << path("nocoll.apkg") << K::Corrupt;

    writeZip(path("bomb.apkg"), {{QStringLiteral("collection.anki2"), coll}, {QStringLiteral("media"), emptyMap},
                                 {QStringLiteral("0"), QByteArray(20 * 1024 * 1024, '\0')}});
    QTest::newRow("zip bomb (ratio > 200:1)") << path("bomb.apkg") << K::Unsafe;

    for (const char *bad : {"../x", "/abs", "a/b"}) {
        const QString f = dir->filePath(QStringLiteral("member%1.apkg").arg(QString::number(qHash(QLatin1String(bad)))));
        writeZip(f, {{QStringLiteral("collection.anki2"), coll}, {QStringLiteral("media"), emptyMap},
                     {QLatin1String(bad), QByteArray("x")}});
        QTest::newRow(qPrintable(QStringLiteral("member name %1").arg(QLatin1String(bad)))) << f << K::Unsafe;
        const QString g = dir->filePath(QStringLiteral("media%1.apkg").arg(QString::number(qHash(QLatin1String(bad)))));
        writeZip(g, {{QStringLiteral("collection.anki2"), coll},
                     {QStringLiteral("0"), QByteArray("x")},
                     {QStringLiteral("media"), QStringLiteral("{\"0\": \"%1\"}").arg(QLatin1String(bad)).toUtf8()}});
        QTest::newRow(qPrintable(QStringLiteral("media name %1").arg(QLatin1String(bad)))) << g << K::Unsafe;
    }

    writeZip(path("badsqlite.apkg"), {{QStringLiteral("collection.anki2"), QByteArray("SQLite format 3\0", 16) + QByteArray(4000, 'z')},
                                      {QStringLiteral("media"), emptyMap}});
    QTest::newRow("corrupt SQLite member") << path("badsqlite.apkg") << K::Corrupt;

    const QByteArray foreign = editedCollection(dir->path(), {QStringLiteral("DROP TABLE col"), QStringLiteral("DROP TABLE notes")});
    QVERIFY(!foreign.isEmpty());
    writeZip(path("schema.apkg"), {{QStringLiteral("collection.anki2"), foreign}, {QStringLiteral("media"), emptyMap}});
    QTest::newRow("unknown schema (no col table)") << path("schema.apkg") << K::UnknownFormat;

    const QByteArray noNotes = editedCollection(dir->path(), {QStringLiteral("DROP TABLE notes")});
    writeZip(path("nonotes.apkg"), {{QStringLiteral("collection.anki2"), noNotes}, {QStringLiteral("media"), emptyMap}});
    QTest::newRow("unknown schema (no notes table)") << path("nonotes.apkg") << K::Corrupt;

    const QByteArray v13 = editedCollection(dir->path(), {QStringLiteral("UPDATE col SET ver = 13")});
    writeZip(path("v13.apkg"), {{QStringLiteral("collection.anki2"), v13}, {QStringLiteral("media"), emptyMap}});
    QTest::newRow("schema 13 is too new") << path("v13.apkg") << K::TooNew;

    writeZip(path("meta.apkg"), {{QStringLiteral("meta"), QByteArray("\x08", 1)}, {QStringLiteral("collection.anki2"), coll}});
    QTest::newRow("broken protobuf meta") << path("meta.apkg") << K::Corrupt;
    writeZip(path("meta9.apkg"), {{QStringLiteral("meta"), QByteArray("\x08\x09", 2)}, {QStringLiteral("collection.anki2"), coll}});
    QTest::newRow("meta version from the future") << path("meta9.apkg") << K::TooNew;

    // Latest-generation packages with a broken media map.
    const QString latest = kAnki + QStringLiteral("synthetic/synthetic-latest.apkg");
    const QByteArray latestColl = memberOf(latest, QStringLiteral("collection.anki21b"));
    const QByteArray meta3("\x08\x03", 2);
    writeZip(path("map1.apkg"), {{QStringLiteral("meta"), meta3}, {QStringLiteral("collection.anki21b"), latestColl, false},
                                 {QStringLiteral("media"), zstd(QByteArray("\x0a\x7f\x0a", 3))}});
    QTest::newRow("broken protobuf media map") << path("map1.apkg") << K::Corrupt;
    writeZip(path("map2.apkg"), {{QStringLiteral("meta"), meta3}, {QStringLiteral("collection.anki21b"), latestColl, false},
                                 {QStringLiteral("media"), QByteArray("not zstd at all")}});
    QTest::newRow("media map not zstd") << path("map2.apkg") << K::Corrupt;
    writeZip(path("map3.apkg"), {{QStringLiteral("meta"), meta3}, {QStringLiteral("collection.anki21b"), latestColl, false},
                                 {QStringLiteral("0"), zstd("x")},
                                 {QStringLiteral("media"), zstd(QByteArray("\x0a\x06\x0a\x04\xff\xfe.a", 8))}});
    QTest::newRow("invalid UTF-8 media name (protobuf)") << path("map3.apkg") << K::BadEncoding;
    writeZip(path("map4.apkg"), {{QStringLiteral("collection.anki2"), coll}, {QStringLiteral("0"), QByteArray("x")},
                                 {QStringLiteral("media"), QByteArray("{\"0\": \"\xff\xfe.png\"}")}});
    QTest::newRow("invalid UTF-8 media name (JSON)") << path("map4.apkg") << K::BadEncoding;
    writeZip(path("trunc-zstd.apkg"), {{QStringLiteral("meta"), meta3},
                                       {QStringLiteral("collection.anki21b"), latestColl.left(latestColl.size() / 2), false}});
    QTest::newRow("truncated zstd collection") << path("trunc-zstd.apkg") << K::Corrupt;

    // A 17 MiB field of incompressible text (so the zip-bomb check stays quiet).
    QByteArray big;
    big.reserve(17 * 1024 * 1024 + 64);
    quint32 x = 12345;
    while (big.size() < 17 * 1024 * 1024) {
        x = x * 1103515245u + 12345u;
        big.append(char('a' + (x >> 16) % 26));
    }
    const QByteArray huge = editedCollection(
        dir->path(), {QStringLiteral("UPDATE notes SET flds = '%1' || char(31) || 'world'").arg(QString::fromLatin1(big))});
    QVERIFY(!huge.isEmpty());
    writeZip(path("huge.apkg"), {{QStringLiteral("collection.anki2"), huge, false}, {QStringLiteral("media"), emptyMap}});
    QTest::newRow("gigantic field (> 16 MiB)") << path("huge.apkg") << K::Unsafe;

    const QByteArray dup = editedCollection(
        dir->path(), {QStringLiteral("INSERT INTO notes SELECT id + 1, guid, mid, mod + 1, usn, tags, 'x' || char(31) || 'y', "
                                     "sfld, csum, flags, data FROM notes")});
    writeZip(path("dup.apkg"), {{QStringLiteral("collection.anki2"), dup}, {QStringLiteral("media"), emptyMap}});
    QTest::newRow("duplicate GUIDs") << path("dup.apkg") << K::Duplicate;

    // SQL inside the file (issue 8 item 15): each would run the file author's SQL, some forever.
    auto crafted = [&](const char *name, const QStringList &sql) {
        const QByteArray bytes = editedCollection(dir->path(), sql);
        QVERIFY(!bytes.isEmpty());
        writeZip(path(name), {{QStringLiteral("collection.anki2"), bytes}, {QStringLiteral("media"), emptyMap}});
    };
    crafted("view.apkg", {QStringLiteral("DROP TABLE notes"),
                          QStringLiteral("CREATE VIEW notes AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                         "SELECT x AS id, 'g' || x AS guid, 1 AS mid, 0 AS mod, '' AS tags, 'a' AS flds FROM c")});
    QTest::newRow("notes is a view with an endless recursive CTE") << path("view.apkg") << K::Unsafe;
    crafted("generated.apkg", {QStringLiteral("ALTER TABLE cards ADD COLUMN junk BLOB AS (zeroblob(2000000000)) VIRTUAL")});
    QTest::newRow("cards has a virtual generated column") << path("generated.apkg") << K::Unsafe;
    crafted("trigger.apkg", {QStringLiteral("CREATE TRIGGER t AFTER INSERT ON notes BEGIN DELETE FROM cards; END")});
    QTest::newRow("notes has a trigger") << path("trigger.apkg") << K::Unsafe;
    crafted("virtual.apkg", {QStringLiteral("DROP TABLE revlog"),
                             QStringLiteral("CREATE VIRTUAL TABLE revlog USING fts4(id, cid, ease, ivl, lastIvl, factor, time, type)")});
    QTest::newRow("revlog is a virtual table") << path("virtual.apkg") << K::Unsafe;

    // 64-bit numbers (item 12): narrowed to int they would wrap; in date arithmetic, overflow.
    crafted("ord.apkg", {QStringLiteral("UPDATE cards SET ord = 4294967296")});
    QTest::newRow("template number 2^32 (wraps to 0 as int)") << path("ord.apkg") << K::Corrupt;
    crafted("ivl.apkg", {QStringLiteral("UPDATE cards SET type = 2, queue = 2, ivl = 4294967297")});
    QTest::newRow("interval 2^32 + 1") << path("ivl.apkg") << K::Corrupt;
    crafted("due.apkg", {QStringLiteral("UPDATE cards SET type = 2, queue = 2, ivl = 3, due = 9223372036854775000")});
    QTest::newRow("review due near 2^63 (dayZero + due overflows)") << path("due.apkg") << K::Corrupt;
    crafted("learn.apkg", {QStringLiteral("UPDATE cards SET type = 1, queue = 3, due = -9223372036854775000")});
    QTest::newRow("learning due near -2^63 (crt + due * 86400 overflows)") << path("learn.apkg") << K::Corrupt;
    crafted("crt.apkg", {QStringLiteral("UPDATE col SET crt = 9223372036854775000")});
    QTest::newRow("creation time near 2^63") << path("crt.apkg") << K::Corrupt;
    crafted("reps.apkg", {QStringLiteral("UPDATE cards SET reps = 8589934593")});
    QTest::newRow("review count 2^33 + 1") << path("reps.apkg") << K::Corrupt;

    // Decompression budget (item 16): zstd output counts, and so does its ratio.
    QByteArray padded = zstdPlain(latestColl);
    QVERIFY(!padded.isEmpty());
    padded.append(QByteArray(64 * 1024 * 1024, '\0'));   // still a valid database: SQLite ignores the tail
    writeZip(path("zstdbomb.apkg"), {{QStringLiteral("meta"), meta3}, {QStringLiteral("collection.anki21b"), zstd(padded), false},
                                     {QStringLiteral("media"), zstd(QByteArray())}});
    QTest::newRow("zstd collection bomb (64 MiB of zeros)") << path("zstdbomb.apkg") << K::Unsafe;
    // A static media file ("_" prefix: always copied) that unpacks from a few KiB to 40 MiB.
    const QByteArray bombName("_bomb.png");
    const QByteArray entry = QByteArray("\x0a", 1) + char(bombName.size()) + bombName;
    writeZip(path("mediabomb.apkg"), {{QStringLiteral("meta"), meta3}, {QStringLiteral("collection.anki21b"), latestColl, false},
                                      {QStringLiteral("0"), zstd(QByteArray(40 * 1024 * 1024, '\0')), false},
                                      {QStringLiteral("media"), zstd(QByteArray("\x0a", 1) + char(entry.size()) + entry)}});
    QTest::newRow("zstd media bomb (40 MiB of zeros)") << path("mediabomb.apkg") << K::Unsafe;
}

void TestAnkiImport::hostile()
{
    QFETCH(QString, file);
    QFETCH(ImportIssue::Kind, kind);
    const QString colPath = populated().path();
    m_col.reset();   // closed: the WAL is checkpointed, so the file alone holds the collection
    const QString dataDir = QFileInfo(colPath).absolutePath();
    const QString before = importwitness::digest(dataDir);
    const QString tempBefore = importwitness::digest(m_systemTemp.path());   // holds `file` too

    auto c = Collection::open(colPath);
    QVERIFY(c);
    const qint64 cpuBefore = importwitness::cpuMs();
    const ImportResult r = AnkiPackageImporter::importFile(**c, file, {});
    const qint64 ms = importwitness::cpuMs() - cpuBefore;
    c->reset();

    QVERIFY2(!r.ok(), "a hostile package was accepted");
    QVERIFY2(hasIssue(r, kind), qPrintable(describe(r)));
    QCOMPARE(int(std::count_if(r.issues.begin(), r.issues.end(), [](const ImportIssue &i) { return i.severity == Severity::Error; })), 1);
    QVERIFY2(r.issues.front().message.contains(QFileInfo(file).fileName()), qPrintable(r.issues.front().message));
    QCOMPARE(importwitness::digest(dataDir), before);
    QCOMPARE(importwitness::digest(m_systemTemp.path()), tempBefore);
    // The issue's budget for a refused hostile file; the endless CTE would otherwise never end.
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms of CPU").arg(ms)));
}

void TestAnkiImport::manyMembersLookedUpByName()
{
    // 200,000 members listed in the media map (item 19): a linear scan per name took minutes.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("many.apkg"));
    const QByteArray coll = memberOf(kAnki + QStringLiteral("update1.apkg"), QStringLiteral("collection.anki2"));
    QList<Member> members{{QStringLiteral("collection.anki2"), coll}};
    QByteArray map("{");
    const int n = 200000 - 2;
    for (int i = 0; i < n; ++i) {
        members.append({QString::number(i), QByteArray(), false});
        map += (i ? ",\"" : "\"") + QByteArray::number(i) + "\":\"unused" + QByteArray::number(i) + ".png\"";
    }
    map += '}';
    members.append({QStringLiteral("media"), map});
    writeZip(file, members);

    Collection &c = fresh();
    const qint64 cpuBefore = importwitness::cpuMs();
    const ImportResult r = AnkiPackageImporter::importFile(c, file, {});
    const qint64 ms = importwitness::cpuMs() - cpuBefore;
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.counts.notesAdded, 1);
    QCOMPARE(r.counts.mediaAdded, 0);   // none is referenced
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms of CPU").arg(ms)));
}

void TestAnkiImport::mediaNamesMadeSafe()
{
    // Item 20. Names that are awkward but not hostile get a deterministic safe name, the note is
    // rewritten to it, and the result says so.
    const QString longName = QString(300, QLatin1Char('a')) + QStringLiteral(".png");
    const QString longSafe = QString(251, QLatin1Char('a')) + QStringLiteral(".png");   // 255 bytes
    const QString longer = QString(250, QLatin1Char('b')) + QStringLiteral(".png");     // 254 bytes: fits, until hashed
    const QString nfc = QStringLiteral("caf\u00e9.png");
    const QString nfd = QStringLiteral("cafe\u0301.png");
    const QString bidi = QStringLiteral("photo\u202Egnp.exe");
    const QString bidiSafe = QStringLiteral("photognp.exe");
    const QList<QPair<QString, QByteArray>> files{{longName, "long"}, {longer, "longer"}, {nfc, "composed"},
                                                  {nfd, "decomposed"}, {bidi, "bidi"}};
    QString field;
    QJsonObject map;
    QList<Member> members;
    for (int i = 0; i < files.size(); ++i) {
        field += QStringLiteral("<img src=\"%1\">").arg(files[i].first);
        map.insert(QString::number(i), files[i].first);
        members.append({QString::number(i), files[i].second});
    }
    QTemporaryDir dir;
    const QByteArray coll = editedCollection(
        dir.path(), {QStringLiteral("UPDATE notes SET flds = '%1' || char(31) || 'back'").arg(field)});
    QVERIFY(!coll.isEmpty());
    members.append({QStringLiteral("collection.anki2"), coll});
    members.append({QStringLiteral("media"), QJsonDocument(map).toJson()});
    const QString file = dir.filePath(QStringLiteral("names.apkg"));
    writeZip(file, members);

    Collection &c = fresh();
    // A local file already holds `longer` with other bytes: the import's copy gets a hash suffix,
    // which must still fit in 255 bytes.
    QDir().mkpath(c.mediaDir());
    QFile local(c.mediaDir() + QLatin1Char('/') + longer);
    QVERIFY(local.open(QIODevice::WriteOnly));
    local.write("local");
    local.close();

    const ImportResult r = AnkiPackageImporter::importFile(c, file, {});
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    int warnings = 0;
    for (const ImportIssue &i : r.issues)
        warnings += i.severity == Severity::Warning;
    QVERIFY2(warnings >= 3, qPrintable(describe(r)));   // long name, NFD spelling, bidi control

    auto s = c.database().prepare(QStringLiteral("SELECT fields FROM notes"));
    QVERIFY(*s->step());
    const QString stored = s->text(0);
    // Every reference in the note names a file in the media folder holding that file's bytes.
    static const QRegularExpression src(QStringLiteral("<img src=\"([^\"]*)\">"));
    QStringList names;
    auto it = src.globalMatch(stored);
    while (it.hasNext())
        names << it.next().captured(1);
    QCOMPARE(names.size(), files.size());
    for (int i = 0; i < files.size(); ++i) {
        QVERIFY2(names[i].toUtf8().size() <= 255, qPrintable(names[i]));
        QFile f(c.mediaDir() + QLatin1Char('/') + names[i]);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(names[i]));
        QCOMPARE(f.readAll(), files[i].second);
    }
    QCOMPARE(names[0], longSafe);
    QCOMPARE(names[2], nfc);
    QVERIFY(names[3] != nfc);          // the NFD file did not overwrite the NFC one
    QCOMPARE(names[4], bidiSafe);
    QVERIFY(names[1] != longer);       // hash-suffixed beside the local file
}

void TestAnkiImport::bareCollectionLeavesNothingBeside()
{
    // A bare .anki2 in WAL mode is read in place: no -wal/-shm may appear beside the user's file
    // and nothing in the system temp folder.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("user.anki2"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(memberOf(kAnki + QStringLiteral("update1.apkg"), QStringLiteral("collection.anki2")));
    out.close();
    {
        auto db = Database::open(file, Database::Mode::ReadWrite);   // switches the file to WAL
        QVERIFY(db);
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(before, QStringList{QStringLiteral("user.anki2")});
    const QString tempBefore = importwitness::digest(m_systemTemp.path());
    const ImportResult r = AnkiPackageImporter::importFile(fresh(), file, {});
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.counts.notesAdded, 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    QCOMPARE(importwitness::digest(m_systemTemp.path()), tempBefore);
}

void TestAnkiImport::killedImportLeftoversRemovedAtOpen()
{
    // A killed import leaves its extracted collection in <data dir>/tmp; the next open removes it.
    const QString colPath = fresh().path();
    const QString leftover = m_col->tempDir() + QStringLiteral("/import-abc123/collection.db");
    m_col.reset();
    QVERIFY(QDir().mkpath(QFileInfo(leftover).absolutePath()));
    QFile f(leftover);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto c = Collection::open(colPath);
    QVERIFY(c);
    QVERIFY(!QFileInfo::exists(leftover));
    QVERIFY(!QFileInfo::exists((*c)->tempDir()));
    // An import then leaves nothing there either.
    const ImportResult r = AnkiPackageImporter::importFile(**c, kAnki + QStringLiteral("update1.apkg"), {});
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY(!QFileInfo::exists((*c)->tempDir()));
}

QTEST_GUILESS_MAIN(TestAnkiImport)
#include "tst_ankiimport.moc"
