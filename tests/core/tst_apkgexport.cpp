// .apkg export: package layout, and export → import round trips (notes, cards, scheduling, media).
#include "export/apkgexporter.h"
#include "import/ankidb.h"
#include "import/ankipackageimporter.h"
#include "import/zipreader.h"
#include "storage/collection.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;

namespace {

const QString kAnki = QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/anki/");
const QString kCommunity = QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/community/");
const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

QString stateText(const CardState &s, bool withRelearnDay)
{
    if (const auto *n = std::get_if<NewState>(&s))
        return QStringLiteral("new %1").arg(n->position);
    if (const auto *l = std::get_if<LearningState>(&s))
        return QStringLiteral("learn %1 %2").arg(l->remainingSteps).arg(l->due.toSecsSinceEpoch());
    if (const auto *r = std::get_if<ReviewState>(&s))
        return QStringLiteral("review %1 %2 %3 %4").arg(r->intervalDays).arg(r->easePermille).arg(r->lapses).arg(r->dueDay);
    const auto &rl = std::get<RelearningState>(s);
    return QStringLiteral("relearn %1 %2 %3 %4 %5")
        .arg(rl.learning.remainingSteps)
        .arg(rl.learning.due.toSecsSinceEpoch())
        .arg(rl.review.intervalDays)
        .arg(rl.review.easePermille)
        .arg(withRelearnDay ? rl.review.dueDay : 0);
}

// Everything a user would notice, keyed by GUID so ids may differ between the collections.
QStringList describe(Collection &c, bool scheduling)
{
    QStringList out;
    auto s = c.database().prepare(QStringLiteral("SELECT id FROM notes"));
    while (*s->step()) {
        const Note n = *c.note(s->int64(0));
        const Notetype nt = *c.notetype(n.notetypeId);
        QStringList tmpl;
        for (const auto &t : nt.templates)
            tmpl << t.name + QLatin1Char('|') + t.questionFormat + QLatin1Char('|') + t.answerFormat;
        QString line = QStringLiteral("%1 [%2] {%3} %4 kind=%5 fields=%6 tmpl=%7 css=%8")
                           .arg(n.guid, n.fields.join(QLatin1String("||")), n.tags.join(QLatin1Char(',')), nt.name)
                           .arg(int(nt.kind))
                           .arg(nt.fieldNames.join(QLatin1Char(',')), tmpl.join(QLatin1String(";")),
                                QString::number(qHash(nt.css)));
        const auto cards = c.cardsOfNote(n.id);   // keep the Result alive for the loop
        for (const Card &card : *cards) {
            line += QStringLiteral(" <card %1 deck=%2 flags=%3").arg(card.ord).arg(c.deck(card.deckId)->name).arg(card.flags);
            if (scheduling)
                line += QStringLiteral(" %1 q=%2 reps=%3").arg(stateText(card.state, false)).arg(int(card.queue)).arg(card.reps);
            line += QLatin1Char('>');
        }
        out << line;
    }
    out.sort();
    return out;
}

QStringList mediaFiles(Collection &c)
{
    QStringList out;
    const QDir d(c.mediaDir());
    for (const QString &f : d.entryList(QDir::Files, QDir::Name)) {
        QFile file(d.filePath(f));
        file.open(QIODevice::ReadOnly);
        out << f + QLatin1Char(' ') + QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex());
    }
    return out;
}

// The media a package export must carry: files named in a note field, a template or the CSS.
// Unreferenced files (add-on data such as "_ViewSizeAdjustAddon.dat") stay behind, as in Anki.
QStringList referencedMediaFiles(Collection &c)
{
    QString text;
    auto s = c.database().prepare(QStringLiteral("SELECT id FROM notes"));
    while (*s->step())
        text += c.note(s->int64(0))->fields.join(QLatin1Char(' '));
    for (const Notetype &nt : *c.notetypes()) {
        text += nt.css;
        for (const auto &t : nt.templates)
            text += t.questionFormat + t.answerFormat;
    }
    QStringList out;
    for (const QString &entry : mediaFiles(c))
        if (text.contains(entry.section(QLatin1Char(' '), 0, -2)))
            out << entry;
    return out;
}

} // namespace

class TestApkgExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Collection> fresh()
    {
        const QString sub = m_dir.filePath(QStringLiteral("c%1").arg(++m_n));
        QDir().mkpath(sub);
        auto c = Collection::open(sub + QStringLiteral("/collection.sqlite"));
        if (!c)
            qFatal("cannot open collection: %s", qPrintable(c.error().message));
        return std::move(*c);
    }

private slots:
    void roundTrip_data();
    void roundTrip();
    void packageLayout();
    void withoutScheduling();
    void oneDeckOnly();
};

void TestApkgExport::roundTrip_data()
{
    QTest::addColumn<QStringList>("sources");
    QTest::newRow("latest fixture: review, learning, suspended, cloze, media")
        << QStringList{kAnki + QStringLiteral("synthetic/synthetic-latest.apkg")};
    QTest::newRow("sound media and static files")
        << QStringList{kAnki + QStringLiteral("media.apkg"), kAnki + QStringLiteral("diffmodeltemplates-1.apkg")};
    QTest::newRow("community cloze deck with nested decks and history")
        << QStringList{kCommunity + QStringLiteral("english_vocab_cloze.apkg")};
    QTest::newRow("community anki21b with filtered-deck cards")
        << QStringList{kCommunity + QStringLiteral("cpp_interview.apkg")};
}

void TestApkgExport::roundTrip()
{
    QFETCH(QStringList, sources);
    auto a = fresh();
    for (const QString &s : sources) {
        const ImportResult r = AnkiPackageImporter::importFile(*a, s, {});
        QVERIFY(r.ok());
    }
    const QString pkg = m_dir.filePath(QStringLiteral("out%1.apkg").arg(m_n));
    ApkgExportOptions o;
    o.now = kNow;
    auto exported = ApkgExporter::exportFile(*a, pkg, o);
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    QCOMPARE(qint64(exported->notes), *a->count(QStringLiteral("notes")));
    QCOMPARE(qint64(exported->cards), *a->count(QStringLiteral("cards")));

    auto b = fresh();
    const ImportResult r = AnkiPackageImporter::importFile(*b, pkg, {});
    QVERIFY(r.ok());
    QCOMPARE(describe(*b, true), describe(*a, true));
    QCOMPARE(*b->count(QStringLiteral("revlog")), *a->count(QStringLiteral("revlog")));
    QCOMPARE(mediaFiles(*b), referencedMediaFiles(*a));
}

void TestApkgExport::packageLayout()
{
    auto a = fresh();
    QVERIFY(AnkiPackageImporter::importFile(*a, kAnki + QStringLiteral("media.apkg"), {}).ok());
    const QString pkg = m_dir.filePath(QStringLiteral("layout.apkg"));
    ApkgExportOptions o;
    o.now = kNow;
    QVERIFY(ApkgExporter::exportFile(*a, pkg, o));
    auto zip = ZipReader::open(pkg);
    QVERIFY(zip);
    QStringList names;
    for (const auto &e : (*zip)->entries())
        names << e.name;
    QCOMPARE(names, (QStringList{QStringLiteral("meta"), QStringLiteral("collection.anki21"),
                                 QStringLiteral("collection.anki2"), QStringLiteral("0"), QStringLiteral("media")}));
    QCOMPARE(*(*zip)->readAll(0, 16), QByteArray("\x08\x02", 2));
    QCOMPARE(*(*zip)->readAll(3, 16), QByteArray("abc\n"));
    QCOMPARE(*(*zip)->readAll(4, 1024), QByteArray("{\"0\":\"foo.wav\"}"));

    // The real collection is V11 with JSON models/decks/dconf, as Anki 2.1 writes it.
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("c.anki21"));
    QFile f(db);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(*(*zip)->readAll(1, 1 << 30));
    f.close();
    auto adb = AnkiDb::open(db, true);
    QVERIFY(adb);
    AnkiDb::Query q(**adb, QStringLiteral("SELECT ver, models, decks, dconf FROM col"));
    QVERIFY(q.step());
    QCOMPARE(q.i64(0), qint64(11));
    QVERIFY(q.text(1).contains(QLatin1String("\"tmpls\"")));
    QVERIFY(q.text(2).contains(QLatin1String("\"Default\"")));
    QVERIFY(q.text(3).contains(QLatin1String("\"lapse\"")));
    AnkiDb::Query n(**adb, QStringLiteral("SELECT flds, sfld, csum FROM notes"));
    QVERIFY(n.step());
    QVERIFY(n.text(0).contains(QLatin1String("[sound:foo.wav]")));
    QVERIFY(n.i64(2) != 0);
}

void TestApkgExport::withoutScheduling()
{
    auto a = fresh();
    QVERIFY(AnkiPackageImporter::importFile(*a, kAnki + QStringLiteral("synthetic/synthetic-latest.apkg"), {}).ok());
    const QString pkg = m_dir.filePath(QStringLiteral("nosched.apkg"));
    ApkgExportOptions o;
    o.now = kNow;
    o.includeScheduling = false;
    auto exported = ApkgExporter::exportFile(*a, pkg, o);
    QVERIFY(exported);
    QCOMPARE(exported->reviews, 0);
    auto b = fresh();
    const ImportResult r = AnkiPackageImporter::importFile(*b, pkg, {});
    QVERIFY(r.ok());
    QCOMPARE(describe(*b, false), describe(*a, false));
    QCOMPARE(*b->count(QStringLiteral("revlog")), qint64(0));
    auto s = b->database().prepare(QStringLiteral("SELECT id FROM cards"));
    while (*s->step())
        QVERIFY(std::holds_alternative<NewState>(b->card(s->int64(0))->state));
}

void TestApkgExport::oneDeckOnly()
{
    auto a = fresh();
    QVERIFY(AnkiPackageImporter::importFile(*a, kAnki + QStringLiteral("synthetic/synthetic-latest.apkg"), {}).ok());
    QVERIFY(AnkiPackageImporter::importFile(*a, kAnki + QStringLiteral("diffmodeltemplates-1.apkg"), {}).ok());
    auto deck = a->deckByName(QStringLiteral("testdeck"));
    QVERIFY(deck && deck->has_value());
    const QString pkg = m_dir.filePath(QStringLiteral("onedeck.apkg"));
    ApkgExportOptions o;
    o.now = kNow;
    o.deckId = (*deck)->id;
    auto exported = ApkgExporter::exportFile(*a, pkg, o);
    QVERIFY(exported);
    QCOMPARE(exported->notes, 1);
    QCOMPARE(exported->cards, 1);
    auto b = fresh();
    QVERIFY(AnkiPackageImporter::importFile(*b, pkg, {}).ok());
    QCOMPARE(*b->count(QStringLiteral("notes")), qint64(1));
    QVERIFY(b->deckByName(QStringLiteral("testdeck"))->has_value());
}

QTEST_GUILESS_MAIN(TestApkgExport)
#include "tst_apkgexport.moc"
