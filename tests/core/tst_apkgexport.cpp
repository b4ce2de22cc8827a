// .apkg export: package layout, export → import round trips (notes, cards, scheduling, media), and
// what Anki sees in the package: a template for every card, Debrief's notes as HTML, due days and
// queues as Anki computes them from crt in the exporting machine's time zone.
#include "decks/deckimporter.h"
#include "export/apkgexporter.h"
#include "import/ankipackageimporter.h"
#include "import/zipreader.h"
#include "render/ankitemplate.h"
#include "render/cardrenderer.h"
#include "scheduling/studyday.h"
#include "storage/collection.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>
#include <set>

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

// The package's collection as Anki reads it: the raw collection.anki21 and its col row.
struct AnkiSide {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 crt = 0;
    QJsonObject conf;
    QJsonObject models;

    bool load(const QString &package)
    {
        auto zip = ZipReader::open(package);
        if (!zip)
            return false;
        const std::optional<int> member = (*zip)->indexOf(QStringLiteral("collection.anki21"));
        if (!member)
            return false;
        auto bytes = (*zip)->readAll(*member, 1 << 30);
        if (!bytes)
            return false;
        const QString file = dir.filePath(QStringLiteral("collection.anki21"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size())
            return false;
        f.close();
        auto opened = Database::open(file, Database::Mode::ReadOnly);
        if (!opened)
            return false;
        db = std::move(*opened);
        auto s = db->prepare(QStringLiteral("SELECT crt, conf, models FROM col"));
        if (!s || !*s->step())
            return false;
        crt = s->int64(0);
        conf = QJsonDocument::fromJson(s->text(1).toUtf8()).object();
        models = QJsonDocument::fromJson(s->text(2).toUtf8()).object();
        return true;
    }

    // Anki's days_elapsed (rslib scheduler/timing.rs, sched_timing_today_v2_new): calendar days
    // from crt's date in the creation zone to now's date in the current zone, minus one before
    // the rollover hour, never below 0. Offsets are minutes west of UTC, as Anki stores them.
    qint64 daysElapsed(qint64 nowSecs, int nowMinsWest) const
    {
        const int creationMinsWest = conf.value(QLatin1String("creationOffset")).toInt();
        const int rollover = conf.value(QLatin1String("rollover")).toInt();
        const QDate created = QDateTime::fromSecsSinceEpoch(crt - creationMinsWest * 60, Qt::UTC).date();
        const QDateTime now = QDateTime::fromSecsSinceEpoch(nowSecs - nowMinsWest * 60, Qt::UTC);
        qint64 days = created.daysTo(now.date());
        if (now.time().hour() < rollover)
            --days;
        return std::max<qint64>(days, 0);
    }
};

// A plain Anki-style Basic notetype and `n` notes with one card each in deck "Zones".
std::vector<Card> addBasicCards(Collection &c, int n)
{
    Notetype nt;
    nt.name = QStringLiteral("Basic");
    nt.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
    nt.templates.push_back({QStringLiteral("Card 1"), QStringLiteral("{{Front}}"), QStringLiteral("{{FrontSide}}<hr id=answer>{{Back}}")});
    const Notetype added = *c.addNotetype(nt);
    const Deck deck = *c.ensureDeck(QStringLiteral("Zones"));
    std::vector<Card> cards;
    for (int i = 0; i < n; ++i) {
        Note note;
        note.notetypeId = added.id;
        note.fields = QStringList{QStringLiteral("Q%1").arg(i), QStringLiteral("A%1").arg(i)};
        const Note stored = *c.addNote(note);
        Card card;
        card.noteId = stored.id;
        card.deckId = deck.id;
        cards.push_back(*c.addCard(card));
    }
    return cards;
}

const char *const kCraftedDeck = R"(format: 1
deck: Crafted
description: lists, line breaks, code and a tree

## basic crafted-basic
Front: What does this print?
Back:
First line
second line

- one
- two

```python
def f(x):
    return "hi"  # greet
```

## tree crafted-tree
Root: The service is slow
Branches:
- Cause alpha
  detect: alpha detector
  fix: alpha fix
- Cause beta
  detect: beta detector
  fix: beta fix
- Cause gamma
  detect: gamma detector
  fix: gamma fix

## cloze crafted-cloze
Text: The answer is {{c1::**forty-two**}} and {{c2::seven::a number}}.
Extra: A *hint* here.
)";

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
    void everyCardHasItsTemplate();
    void debriefNotesLookTheSame();
    void craftedFieldsAreHtml();
    void reimportKeepsMarkdownNotes();
    void endedBurialsAreNotExported();
    void dueDaysInEveryZone_data();
    void dueDaysInEveryZone();
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
    auto adb = Database::open(db, Database::Mode::ReadOnly);
    QVERIFY(adb);
    auto q = (*adb)->prepare(QStringLiteral("SELECT ver, models, decks, dconf FROM col"));
    QVERIFY(q && *q->step());
    QCOMPARE(q->int64(0), qint64(11));
    QVERIFY(q->text(1).contains(QLatin1String("\"tmpls\"")));
    QVERIFY(q->text(2).contains(QLatin1String("\"Default\"")));
    QVERIFY(q->text(3).contains(QLatin1String("\"lapse\"")));
    auto n = (*adb)->prepare(QStringLiteral("SELECT flds, sfld, csum FROM notes"));
    QVERIFY(n && *n->step());
    QVERIFY(n->text(0).contains(QLatin1String("[sound:foo.wav]")));
    QVERIFY(n->int64(2) != 0);
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

namespace {

// One card of the package rendered as Anki would: its notetype's template for its ord (the one
// template of a cloze notetype), with the note's fields. nullopt when the template is missing.
std::optional<RenderedCard> ankiRender(AnkiSide &anki, qint64 cardId, QString *why)
{
    auto s = anki.db->prepare(QStringLiteral("SELECT c.ord, n.mid, n.flds FROM cards c JOIN notes n ON n.id = c.nid WHERE c.id = ?"));
    s->bind(1, cardId);
    if (!*s->step()) {
        *why = QStringLiteral("card %1 missing").arg(cardId);
        return std::nullopt;
    }
    const int ord = s->integer(0);
    const QJsonObject model = anki.models.value(QString::number(s->int64(1))).toObject();
    const QJsonArray tmpls = model.value(QLatin1String("tmpls")).toArray();
    const int index = model.value(QLatin1String("type")).toInt() == 1 ? 0 : ord;
    if (index >= tmpls.size() || tmpls.at(index).toObject().value(QLatin1String("ord")).toInt() != index) {
        *why = QStringLiteral("card %1 of \"%2\" has ord %3 but the notetype has %4 templates")
                   .arg(cardId).arg(model.value(QLatin1String("name")).toString()).arg(ord).arg(tmpls.size());
        return std::nullopt;
    }
    AnkiCardContext ctx;
    for (const QJsonValue &f : model.value(QLatin1String("flds")).toArray())
        ctx.fieldNames << f.toObject().value(QLatin1String("name")).toString();
    ctx.fieldValues = s->text(2).split(QChar(0x1f));
    ctx.cardOrd = ord;
    const QJsonObject t = tmpls.at(index).toObject();
    auto rendered = AnkiTemplate::renderCard({t.value(QLatin1String("name")).toString(), t.value(QLatin1String("qfmt")).toString(),
                                              t.value(QLatin1String("afmt")).toString()},
                                             ctx);
    if (!rendered) {
        *why = rendered.error().message;
        return std::nullopt;
    }
    return *rendered;
}

// Debrief's day number for `now` at UTC offset `offsetSecs` and a 04:00 rollover, worked out by
// hand: days since 1970-01-01 of the local date, one less before 04:00.
qint64 dayByHand(const QDateTime &now, int offsetSecs)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() + offsetSecs, Qt::UTC);
    return QDate(1970, 1, 1).daysTo(local.date()) - (local.time().hour() < 4 ? 1 : 0);
}

} // namespace

void TestApkgExport::everyCardHasItsTemplate()
{
    auto a = fresh();
    QVERIFY(installBundledDecks(*a, QStringLiteral(DEBRIEF_SOURCE_DIR "/decks")).ok());
    const QString pkg = m_dir.filePath(QStringLiteral("bundled.apkg"));
    ApkgExportOptions o;
    o.now = kNow;
    auto exported = ApkgExporter::exportFile(*a, pkg, o);
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    QCOMPARE(qint64(exported->cards), *a->count(QStringLiteral("cards")));

    AnkiSide anki;
    QVERIFY(anki.load(pkg));
    qint64 seen = 0;
    int branchOrLayerCards = 0;
    std::map<qint64, std::set<int>> ordsOfNote;
    auto s = anki.db->prepare(QStringLiteral("SELECT c.id, c.ord, n.id, n.mid FROM cards c JOIN notes n ON n.id = c.nid"));
    while (*s->step()) {
        ++seen;
        ordsOfNote[s->int64(2)].insert(s->integer(1));
        if (s->integer(1) >= 2)
            ++branchOrLayerCards;
        QString why;
        const auto card = ankiRender(anki, s->int64(0), &why);
        QVERIFY2(card, qPrintable(why));
        // An empty question is what Anki's Empty Cards lists and Check Database deletes.
        QVERIFY2(!AnkiTemplate::fieldIsEmpty(card->question), qPrintable(QStringLiteral("card %1 is empty").arg(s->int64(0))));
    }
    QCOMPARE(seen, *a->count(QStringLiteral("cards")));
    QVERIFY(branchOrLayerCards > 0);   // the bundled trees and layers were exported

    // A template whose ord is not a card of the note renders empty there, so editing the note in
    // Anki does not create cards Debrief never had.
    auto n = anki.db->prepare(QStringLiteral("SELECT id, mid, flds FROM notes"));
    while (*n->step()) {
        const QJsonObject model = anki.models.value(QString::number(n->int64(1))).toObject();
        if (model.value(QLatin1String("type")).toInt() == 1)
            continue;
        AnkiCardContext ctx;
        for (const QJsonValue &f : model.value(QLatin1String("flds")).toArray())
            ctx.fieldNames << f.toObject().value(QLatin1String("name")).toString();
        ctx.fieldValues = n->text(2).split(QChar(0x1f));
        const QJsonArray tmpls = model.value(QLatin1String("tmpls")).toArray();
        for (int ord = 0; ord < tmpls.size(); ++ord) {
            const auto q = AnkiTemplate::render(tmpls.at(ord).toObject().value(QLatin1String("qfmt")).toString(), ctx, false);
            QVERIFY(q);
            QCOMPARE(!AnkiTemplate::fieldIsEmpty(*q), ordsOfNote[n->int64(0)].count(ord) == 1);
        }
    }
}

void TestApkgExport::debriefNotesLookTheSame()
{
    auto a = fresh();
    QVERIFY(installBundledDecks(*a, QStringLiteral(DEBRIEF_SOURCE_DIR "/decks")).ok());
    const QString deckFile = m_dir.filePath(QStringLiteral("crafted.deck"));
    QFile f(deckFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kCraftedDeck);
    f.close();
    QVERIFY(DeckImporter::importFile(*a, deckFile).ok());
    const QString pkg = m_dir.filePath(QStringLiteral("looks.apkg"));
    ApkgExportOptions o;
    o.now = kNow;
    QVERIFY(ApkgExporter::exportFile(*a, pkg, o));
    auto b = fresh();
    QVERIFY(AnkiPackageImporter::importFile(*b, pkg, {}).ok());

    // Every card of ours, drawn by Debrief from Markdown, against the same card drawn from the
    // package's HTML and template.
    CardRenderer ra(*a), rb(*b);
    int compared = 0;
    auto s = a->database().prepare(QStringLiteral("SELECT id FROM notes"));
    while (*s->step()) {
        const Note note = *a->note(s->int64(0));
        const bool cloze = a->notetype(note.notetypeId)->kind == NotetypeKind::Cloze;
        const auto other = b->noteByGuid(note.guid);
        QVERIFY(other && other->has_value());
        const auto theirCards = b->cardsOfNote((*other)->id);
        std::map<int, Card> byOrd;
        for (const Card &c : *theirCards)
            byOrd[c.ord] = c;
        const auto ourCards = a->cardsOfNote(note.id);
        for (const Card &c : *ourCards) {
            QVERIFY(byOrd.count(c.ord));
            const auto mine = ra.render(c);
            const auto theirs = rb.render(byOrd[c.ord]);
            QVERIFY2(mine && theirs, qPrintable(theirs ? QString() : theirs.error().message));
            if (cloze) {
                // Anki's cloze spans carry extra attributes; the text and the marked deletion agree.
                QCOMPARE(AnkiTemplate::stripHtml(theirs->question), AnkiTemplate::stripHtml(mine->question));
                QCOMPARE(AnkiTemplate::stripHtml(theirs->answer), AnkiTemplate::stripHtml(mine->answer));
                QVERIFY(theirs->question.contains(QLatin1String("class=\"cloze\"")));
            } else {
                QCOMPARE(theirs->question, mine->question);
                QCOMPARE(theirs->answer, mine->answer);
            }
            ++compared;
        }
    }
    QCOMPARE(qint64(compared), *a->count(QStringLiteral("cards")));
}

void TestApkgExport::craftedFieldsAreHtml()
{
    auto a = fresh();
    const QString deckFile = m_dir.filePath(QStringLiteral("crafted2.deck"));
    QFile f(deckFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kCraftedDeck);
    f.close();
    QVERIFY(DeckImporter::importFile(*a, deckFile).ok());
    const QString pkg = m_dir.filePath(QStringLiteral("crafted.apkg"));
    ApkgExportOptions o;
    o.now = kNow;
    QVERIFY(ApkgExporter::exportFile(*a, pkg, o));
    AnkiSide anki;
    QVERIFY(anki.load(pkg));

    auto fieldsOf = [&](const QString &guid) {
        auto s = anki.db->prepare(QStringLiteral("SELECT flds, mid FROM notes WHERE guid = ?"));
        s->bind(1, guid);
        return *s->step() ? std::make_pair(s->text(0).split(QChar(0x1f)), s->int64(1)) : std::make_pair(QStringList(), qint64(0));
    };
    const auto [basic, basicMid] = fieldsOf(QStringLiteral("debrief:crafted-basic"));
    QVERIFY(!basic.isEmpty());
    const QString back = basic.value(1);
    QVERIFY2(back.contains(QLatin1String("<li>one</li>")) && back.contains(QLatin1String("<ul")), qPrintable(back));
    QVERIFY2(back.contains(QLatin1String("First line<br")), qPrintable(back));
    QVERIFY2(back.contains(QLatin1String("<pre><code class=\"language-python\">")), qPrintable(back));
#ifdef DEBRIEF_EXPECT_HIGHLIGHTING
    QVERIFY2(back.contains(QLatin1String("<span class=\"hl-")), qPrintable(back));
#endif
    for (const QString &field : basic) {
        QVERIFY2(!field.contains(QLatin1String("```")) && !field.contains(QLatin1String("\n- ")), qPrintable(field));
    }
    const QString css = anki.models.value(QString::number(basicMid)).toObject().value(QLatin1String("css")).toString();
    QVERIFY(css.contains(QLatin1String(".hl-Keyword")));
    QVERIFY(css.contains(QLatin1String(".nightMode .hl-Keyword")));
    QVERIFY(css.contains(QLatin1String("pre{")));

    const auto [cloze, clozeMid] = fieldsOf(QStringLiteral("debrief:crafted-cloze"));
    QVERIFY2(cloze.value(0).contains(QLatin1String("{{c1::<b>forty-two</b>}}")) || cloze.value(0).contains(QLatin1String("{{c1::<strong>forty-two</strong>}}")),
             qPrintable(cloze.value(0)));
    QVERIFY2(cloze.value(0).contains(QLatin1String("{{c2::seven::a number}}")), qPrintable(cloze.value(0)));
    QVERIFY2(cloze.value(1).contains(QLatin1String("<i>hint</i>")) || cloze.value(1).contains(QLatin1String("<em>hint</em>")),
             qPrintable(cloze.value(1)));
    Q_UNUSED(clozeMid);

    // A branch card shows its own branch only: question and answer name "beta", never its siblings.
    auto s = anki.db->prepare(QStringLiteral("SELECT c.id, c.ord FROM cards c JOIN notes n ON n.id = c.nid WHERE n.guid = ? ORDER BY c.ord"));
    s->bind(1, QStringLiteral("debrief:crafted-tree"));
    const QStringList causes{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};
    int branches = 0;
    while (*s->step()) {
        const int ord = s->integer(1);
        QString why;
        const auto card = ankiRender(anki, s->int64(0), &why);
        QVERIFY2(card, qPrintable(why));
        if (ord == 0) {
            for (const QString &c : causes)
                QVERIFY(card->answer.contains(c + QLatin1String(" detector")));
            continue;
        }
        ++branches;
        for (int i = 0; i < causes.size(); ++i) {
            const bool own = i == ord - 1;
            QCOMPARE(card->question.contains(QLatin1String("Cause ") + causes[i]), own);
            QCOMPARE(card->answer.contains(causes[i] + QLatin1String(" detector")), own);
            QCOMPARE(card->answer.contains(causes[i] + QLatin1String(" fix")), own);
        }
    }
    QCOMPARE(branches, 3);
}

void TestApkgExport::reimportKeepsMarkdownNotes()
{
    // Importing our own export back, even with "always update", must not write the HTML into the
    // Markdown notes it came from (they would then show escaped tags).
    auto a = fresh();
    const QString deckFile = m_dir.filePath(QStringLiteral("crafted3.deck"));
    QFile f(deckFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kCraftedDeck);
    f.close();
    QVERIFY(DeckImporter::importFile(*a, deckFile).ok());
    const QStringList before = describe(*a, true);
    const QString pkg = m_dir.filePath(QStringLiteral("reimport.apkg"));
    ApkgExportOptions o;
    o.now = kNow;
    QVERIFY(ApkgExporter::exportFile(*a, pkg, o));
    ImportOptions always;
    always.update = UpdatePolicy::Always;
    AnkiPackageImporter::importFile(*a, pkg, always);
    for (const char *guid : {"debrief:crafted-basic", "debrief:crafted-tree", "debrief:crafted-cloze"}) {
        const auto note = a->noteByGuid(QLatin1String(guid));
        QVERIFY(note && note->has_value());
        QVERIFY(a->notetype((*note)->notetypeId)->markdownFields);
        for (const QString &field : (*note)->fields)
            QVERIFY2(!field.contains(QLatin1Char('<')), qPrintable(field));
    }
    QCOMPARE(describe(*a, true), before);
}

void TestApkgExport::endedBurialsAreNotExported()
{
    auto a = fresh();
    std::vector<Card> cards = addBasicCards(*a, 4);
    const qint64 today = QDate(1970, 1, 1).daysTo(kNow.date());   // kNow is 12:00 UTC, past 04:00
    const int todayInt = int(today);
    cards[0].queue = CardQueue::SiblingBuried;    // buried yesterday, back today
    cards[0].buriedUntilDay = todayInt;
    cards[1].queue = CardQueue::ManuallyBuried;   // burial ended days ago
    cards[1].buriedUntilDay = todayInt - 2;
    cards[2].queue = CardQueue::ManuallyBuried;   // buried today, back tomorrow
    cards[2].buriedUntilDay = todayInt + 1;
    cards[3].queue = CardQueue::SiblingBuried;    // an overdue review card whose burial ended
    cards[3].buriedUntilDay = todayInt;
    cards[3].state = ReviewState{10, 2500, 0, false, today - 1};
    for (const Card &c : cards)
        QVERIFY(a->updateCard(c));
    const QString pkg = m_dir.filePath(QStringLiteral("buried.apkg"));
    ApkgExportOptions o;
    o.now = kNow;
    o.utcOffsetSecs = 0;
    QVERIFY(ApkgExporter::exportFile(*a, pkg, o));
    AnkiSide anki;
    QVERIFY(anki.load(pkg));
    auto queueOf = [&](const Card &c) {
        auto s = anki.db->prepare(QStringLiteral("SELECT queue FROM cards WHERE id = ?"));
        s->bind(1, c.id);
        return *s->step() ? s->integer(0) : 99;
    };
    QCOMPARE(queueOf(cards[0]), 0);
    QCOMPARE(queueOf(cards[1]), 0);
    QCOMPARE(queueOf(cards[2]), -3);
    QCOMPARE(queueOf(cards[3]), 2);
}

void TestApkgExport::dueDaysInEveryZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("offsetSecs");
    const auto at = [](int day, int hour) { return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC); };
    QTest::newRow("New York, 01:00 local, before the rollover") << QByteArray("America/New_York") << at(23, 6) << -5 * 3600;
    QTest::newRow("New York, 21:00 local, UTC already the next day") << QByteArray("America/New_York") << at(24, 2) << -5 * 3600;
    QTest::newRow("New York, noon") << QByteArray("America/New_York") << at(23, 17) << -5 * 3600;
    QTest::newRow("UTC, 02:00, before the rollover") << QByteArray("UTC") << at(23, 2) << 0;
    QTest::newRow("UTC, noon") << QByteArray("UTC") << at(23, 12) << 0;
    QTest::newRow("Tokyo, 03:00 local, before the rollover") << QByteArray("Asia/Tokyo") << at(23, 18) << 9 * 3600;
    QTest::newRow("Tokyo, 05:00 local, UTC still the day before") << QByteArray("Asia/Tokyo") << at(23, 20) << 9 * 3600;
    QTest::newRow("Tokyo, 23:00 local") << QByteArray("Asia/Tokyo") << at(23, 14) << 9 * 3600;
}

void TestApkgExport::dueDaysInEveryZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, now);
    QFETCH(int, offsetSecs);
    // The exporter takes this machine's zone: switch the process to `zone` for this row.
    const QByteArray oldTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", zone);
    tzset();
    auto restore = qScopeGuard([&] {
        if (hadTz)
            qputenv("TZ", oldTz);
        else
            qunsetenv("TZ");
        tzset();
    });
    QCOMPARE(now.toLocalTime().offsetFromUtc(), offsetSecs);   // the zone took effect

    auto a = fresh();
    std::vector<Card> cards = addBasicCards(*a, 5);
    const qint64 today = dayByHand(now, offsetSecs);
    const std::vector<int> inDays{-2, 0, 1, 7};
    for (size_t i = 0; i < inDays.size(); ++i) {
        cards[i].state = ReviewState{10, 2500, 0, false, today + inDays[i]};
        QVERIFY(a->updateCard(cards[i]));
    }
    cards[4].queue = CardQueue::ManuallyBuried;   // buried today, back tomorrow
    cards[4].buriedUntilDay = int(today + 1);
    QVERIFY(a->updateCard(cards[4]));

    const QString pkg = m_dir.filePath(QStringLiteral("zone%1.apkg").arg(m_n));
    ApkgExportOptions o;
    o.now = now;
    QVERIFY(ApkgExporter::exportFile(*a, pkg, o));
    AnkiSide anki;
    QVERIFY(anki.load(pkg));
    const int minsWest = -offsetSecs / 60;
    auto dueOf = [&](const Card &c) {
        auto s = anki.db->prepare(QStringLiteral("SELECT due, queue FROM cards WHERE id = ?"));
        s->bind(1, c.id);
        return *s->step() ? std::make_pair(s->int64(0), s->integer(1)) : std::make_pair(qint64(-999), 99);
    };
    // Anki opening the package now, and 30 hours later, in the same zone: a card due in N days
    // here is due in N days there.
    for (const qint64 later : {qint64(0), qint64(30 * 3600)}) {
        const QDateTime when = now.addSecs(later);
        const qint64 elapsed = anki.daysElapsed(when.toSecsSinceEpoch(), minsWest);
        const qint64 debriefToday = dayByHand(when, offsetSecs);
        for (size_t i = 0; i < inDays.size(); ++i) {
            const auto [due, queue] = dueOf(cards[i]);
            QCOMPARE(queue, 2);
            QCOMPARE(due - elapsed, today + inDays[i] - debriefToday);
        }
    }
    // The card buried today: buried in Anki now, and unburied (lastUnburied < today) at Anki's
    // next day, which starts at Debrief's next day.
    QCOMPARE(dueOf(cards[4]).second, -3);
    const int lastUnburied = anki.conf.value(QLatin1String("lastUnburied")).toInt();
    QVERIFY(anki.daysElapsed(now.toSecsSinceEpoch(), minsWest) <= lastUnburied);
    const QDateTime nextDay = StudyDay::dayStart(today + 1, offsetSecs, 4);
    QVERIFY(anki.daysElapsed(nextDay.addSecs(-60).toSecsSinceEpoch(), minsWest) <= lastUnburied);
    QVERIFY(anki.daysElapsed(nextDay.addSecs(60).toSecsSinceEpoch(), minsWest) > lastUnburied);
}

QTEST_GUILESS_MAIN(TestApkgExport)
#include "tst_apkgexport.moc"
