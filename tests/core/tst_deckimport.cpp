#include "decks/deckexporter.h"
#include "decks/deckimporter.h"
#include "decks/deckparser.h"
#include "import/ankipackageimporter.h"
#include "storage/collection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace debrief;

// Importing a .deck file into a real collection, and re-importing a changed version: progress is
// kept, new notes and branches arrive, removed notes are retired, nothing is duplicated.
class TestDeckImport : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cardsPerKind_data();
    void cardsPerKind();
    void updateKeepsProgress();
    void shrinkingTreeSuspendsExtraCards();
    void brokenFileWritesNothing();
    void exportRoundTrips();
    void exportOfAnkiNotesReadsBack();
    void bundledDecksInstallIdempotent();

private:
    QString writeDeck(const QString &name, const QString &text);
    std::map<int, Card> cardsByOrd(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Collection> m_col;
};

static const char *kV1 =
    "format: 1\ndeck: Prep::Update\ndescription: v1\ntags: prep\n\n"
    "## basic keep-basic\ntags: one\nFront: What is kept?\nBack: The schedule.\n\n"
    "## tree keep-tree\nRoot: It broke\nBranches:\n- First cause\n  detect: d1\n  fix: f1\n  - Sub cause\n    detect: d11\n    fix: f11\n\n"
    "## cloze gone-cloze\nText: {{c1::A}} and {{c2::B}}\n\n"
    "## pair keep-pair\nQuestion: Q\nWeak: W\nStrong: S\nWhy: Y\n";

static const char *kV2 =
    "format: 1\ndeck: Prep::Update\ndescription: v2\ntags: prep\n\n"
    "## basic keep-basic\ntags: one\nFront: What is kept?\nBack: The schedule, **always**.\n\n"
    "## tree keep-tree\nRoot: It broke\nBranches:\n- First cause\n  detect: d1\n  fix: f1\n  - Sub cause\n    detect: d11\n    fix: f11\n"
    "- Second cause\n  detect: d2\n  fix: f2\n\n"
    "## pair keep-pair\nQuestion: Q\nWeak: W\nStrong: S\nWhy: Y\n\n"
    "## layers new-layers\nQuestion: Which layers?\nLayers:\n- Business\n  metrics: m1\n  drives: d1\n- Model\n  metrics: m2\n  drives: d2\n";

void TestDeckImport::init()
{
    m_col.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto col = Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite")));
    QVERIFY2(col.ok(), col.ok() ? "" : qPrintable(col.error().message));
    m_col = std::move(col.value());
}

QString TestDeckImport::writeDeck(const QString &name, const QString &text)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(text.toUtf8());
    return path;
}

std::map<int, Card> TestDeckImport::cardsByOrd(const QString &id)
{
    std::map<int, Card> out;
    auto note = m_col->noteByGuid(QStringLiteral("debrief:") + id);
    if (!note.ok() || !note.value())
        return out;
    auto cards = m_col->cardsOfNote(note.value()->id);
    if (cards.ok())
        for (const Card &c : cards.value())
            out[c.ord] = c;
    return out;
}

void TestDeckImport::cardsPerKind_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<QList<int>>("ords");
    QTest::newRow("basic: one card") << QStringLiteral("## basic k-basic\nFront: f\nBack: b\n") << QList<int>{0};
    QTest::newRow("reversed: two") << QStringLiteral("## reversed k-rev\nFront: f\nBack: b\n") << QList<int>{0, 1};
    QTest::newRow("cloze: one per number, ord = n-1")
        << QStringLiteral("## cloze k-cloze\nText: {{c1::a}} {{c3::b}} {{c1::c}}\n") << QList<int>{0, 2};
    QTest::newRow("pair: two") << QStringLiteral("## pair k-pair\nQuestion: q\nWeak: w\nStrong: s\nWhy: y\n") << QList<int>{0, 1};
    QTest::newRow("tree: whole + each branch at any depth")
        << QStringLiteral("## tree k-tree\nRoot: r\nBranches:\n- a\n  detect: d\n  fix: f\n  - a1\n    detect: d\n    fix: f\n- b\n  detect: d\n  fix: f\n")
        << QList<int>{0, 1, 2, 3};
    QTest::newRow("layers: whole + each layer")
        << QStringLiteral("## layers k-layers\nQuestion: q\nLayers:\n- A\n  metrics: m\n  drives: d\n- B\n  metrics: m\n  drives: d\n")
        << QList<int>{0, 1, 2};
}

void TestDeckImport::cardsPerKind()
{
    QFETCH(QString, block);
    QFETCH(QList<int>, ords);
    const QString path = writeDeck(QStringLiteral("k.deck"), QStringLiteral("format: 1\ndeck: Kinds\n\n") + block);
    const ImportResult r = DeckImporter::importFile(*m_col, path);
    QVERIFY(r.ok());
    QCOMPARE(r.counts.notesAdded, 1);
    QCOMPARE(r.counts.cardsAdded, ords.size());
    const QString id = block.section(QLatin1Char(' '), 2, 2).section(QLatin1Char('\n'), 0, 0);
    QList<int> got;
    for (const auto &entry : cardsByOrd(id))
        got << entry.first;
    QCOMPARE(got, ords);
    auto note = m_col->noteByGuid(QStringLiteral("debrief:") + id);
    QVERIFY(note.ok() && note.value());
    auto nt = m_col->notetype(note.value()->notetypeId);
    QVERIFY(nt.ok());
    QVERIFY(nt->markdownFields);
}

void TestDeckImport::updateKeepsProgress()
{
    const QString path = writeDeck(QStringLiteral("u.deck"), QLatin1String(kV1));
    ImportResult first = DeckImporter::importFile(*m_col, path);
    QVERIFY(first.ok());
    QCOMPARE(first.counts.notesAdded, 4);
    QCOMPARE(first.counts.cardsAdded, 1 + 3 + 2 + 2);
    QCOMPARE(first.counts.decksAdded, 1);

    // Study: the basic card and the tree's sub-branch card graduate.
    const ReviewState basicState{12, 2650, 1, false, 20400};
    const ReviewState branchState{3, 2500, 0, false, 20390};
    Card basic = cardsByOrd(QStringLiteral("keep-basic")).at(0);
    basic.state = basicState;
    basic.reps = 5;
    QVERIFY(m_col->updateCard(basic).ok());
    Card branch = cardsByOrd(QStringLiteral("keep-tree")).at(2);
    branch.state = branchState;
    QVERIFY(m_col->updateCard(branch).ok());

    writeDeck(QStringLiteral("u.deck"), QLatin1String(kV2));
    const ImportResult second = DeckImporter::importFile(*m_col, path);
    QVERIFY(second.ok());
    QCOMPARE(second.counts.notesAdded, 1);       // new-layers
    QCOMPARE(second.counts.notesUpdated, 2);     // keep-basic (text), keep-tree (new branch)
    QCOMPARE(second.counts.notesUnchanged, 1);   // keep-pair
    QCOMPARE(second.counts.notesRetired, 1);     // gone-cloze
    QCOMPARE(second.counts.cardsAdded, 1 + 3);   // the new branch, the layers note
    QCOMPARE(second.counts.decksAdded, 0);

    // Scheduling kept, text updated.
    const Card basicAfter = cardsByOrd(QStringLiteral("keep-basic")).at(0);
    QCOMPARE(basicAfter.id, basic.id);
    QVERIFY(std::holds_alternative<ReviewState>(basicAfter.state));
    QVERIFY(std::get<ReviewState>(basicAfter.state) == basicState);
    QCOMPARE(basicAfter.reps, 5);
    auto basicNote = m_col->noteByGuid(QStringLiteral("debrief:keep-basic"));
    QCOMPARE(basicNote.value()->fields.value(1), QStringLiteral("The schedule, **always**."));
    QVERIFY(basicNote.value()->tags.contains(QStringLiteral("prep")));
    QVERIFY(basicNote.value()->tags.contains(QStringLiteral("one")));

    // Branch cards keep their place; the appended branch is a new card.
    const auto tree = cardsByOrd(QStringLiteral("keep-tree"));
    QCOMPARE(tree.size(), size_t(4));
    QCOMPARE(tree.at(2).id, branch.id);
    QVERIFY(std::get<ReviewState>(tree.at(2).state) == branchState);
    QVERIFY(std::holds_alternative<NewState>(tree.at(3).state));

    // The removed note is retired, not deleted.
    const auto gone = cardsByOrd(QStringLiteral("gone-cloze"));
    QCOMPARE(gone.size(), size_t(2));
    for (const auto &entry : gone)
        QCOMPARE(entry.second.queue, CardQueue::Suspended);
    QVERIFY(m_col->noteByGuid(QStringLiteral("debrief:gone-cloze")).value()->tags.contains(QStringLiteral("debrief::retired")));

    // Nothing duplicated.
    QCOMPARE(m_col->count(QStringLiteral("notes")).value(), qint64(5));
    QCOMPARE(m_col->count(QStringLiteral("cards")).value(), qint64(8 + 4));
    auto deck = m_col->deckByName(QStringLiteral("Prep::Update"));
    QCOMPARE(deck.value()->description, QStringLiteral("v2"));

    // Same file again: a no-op.
    const ImportResult third = DeckImporter::importFile(*m_col, path);
    QVERIFY(third.ok());
    QCOMPARE(third.counts.notesUnchanged, 4);
    QCOMPARE(third.counts.notesAdded + third.counts.notesUpdated + third.counts.notesRetired + third.counts.cardsAdded, 0);

    // The id comes back: its cards return to study.
    writeDeck(QStringLiteral("u.deck"), QLatin1String(kV1));
    const ImportResult fourth = DeckImporter::importFile(*m_col, path);
    QVERIFY(fourth.ok());
    for (const auto &entry : cardsByOrd(QStringLiteral("gone-cloze")))
        QCOMPARE(entry.second.queue, CardQueue::Normal);
    QVERIFY(!m_col->noteByGuid(QStringLiteral("debrief:gone-cloze")).value()->tags.contains(QStringLiteral("debrief::retired")));
}

void TestDeckImport::shrinkingTreeSuspendsExtraCards()
{
    const QString path = writeDeck(QStringLiteral("s.deck"), QLatin1String(kV2));
    QVERIFY(DeckImporter::importFile(*m_col, path).ok());
    QString v3 = QLatin1String(kV2);
    v3.replace(QStringLiteral("- Second cause\n  detect: d2\n  fix: f2\n"), QString());
    writeDeck(QStringLiteral("s.deck"), v3);
    const ImportResult r = DeckImporter::importFile(*m_col, path);
    QVERIFY(r.ok());
    QCOMPARE(r.counts.notesUpdated, 1);
    const auto tree = cardsByOrd(QStringLiteral("keep-tree"));
    QCOMPARE(tree.size(), size_t(4));   // never deleted
    QCOMPARE(tree.at(3).queue, CardQueue::Suspended);
    QCOMPARE(tree.at(1).queue, CardQueue::Normal);
}

void TestDeckImport::brokenFileWritesNothing()
{
    const QString path = writeDeck(QStringLiteral("b.deck"),
                                   QStringLiteral("format: 1\ndeck: Broken\n\n## basic fine-note\nFront: f\nBack: b\n\n## basic bad-note\nFront: f\n"));
    const ImportResult r = DeckImporter::importFile(*m_col, path);
    QVERIFY(!r.ok());
    QCOMPARE(r.issues.front().kind, ImportIssue::Kind::MissingField);
    QCOMPARE(r.issues.front().line, 8);
    QCOMPARE(m_col->count(QStringLiteral("notes")).value(), qint64(0));
    QVERIFY(!m_col->deckByName(QStringLiteral("Broken")).value().has_value());
}

void TestDeckImport::exportRoundTrips()
{
    const QString path = writeDeck(QStringLiteral("e.deck"), QLatin1String(kV2));
    QVERIFY(DeckImporter::importFile(*m_col, path).ok());
    auto deck = m_col->deckByName(QStringLiteral("Prep::Update"));
    QVERIFY(deck.ok() && deck.value());
    const QString out = m_dir->filePath(QStringLiteral("out.deck"));
    QVERIFY(DeckExporter::exportDeck(*m_col, deck.value()->id, out).ok());

    const DeckParseResult original = DeckParser::parseFile(path);
    const DeckParseResult exported = DeckParser::parseFile(out);
    QVERIFY(exported.ok());
    QCOMPARE(exported.deck.deck, original.deck.deck);
    QCOMPARE(exported.deck.notes.size(), original.deck.notes.size());
    for (const DeckNote &n : original.deck.notes) {
        const auto it = std::find_if(exported.deck.notes.begin(), exported.deck.notes.end(),
                                     [&](const DeckNote &e) { return e.id == n.id; });
        QVERIFY(it != exported.deck.notes.end());
        QCOMPARE(it->kind, n.kind);
        QCOMPARE(it->fields, n.fields);
        QVERIFY(it->branches == n.branches);
        QVERIFY(it->layers == n.layers);
    }
    // Re-importing the export is a no-op.
    const ImportResult again = DeckImporter::importFile(*m_col, out);
    QVERIFY(again.ok());
    QCOMPARE(again.counts.notesAdded + again.counts.notesRetired + again.counts.cardsAdded, 0);
}

// Notes from Anki decks have other notetypes: cloze notes must stay cloze, a vocabulary note keeps
// all its fields, and the file must read back (an empty "Back Extra" once made it unreadable).
void TestDeckImport::exportOfAnkiNotesReadsBack()
{
    for (const char *fixture : {"english_vocab_cloze.apkg", "sat_math_vocab.colpkg"}) {
        const QString pkg = QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/community/") + QLatin1String(fixture);
        QVERIFY(AnkiPackageImporter::importFile(*m_col, pkg, {}).ok());
    }
    for (const QString &name : {QStringLiteral("spoken-languages::english::Vocab::2023"),
                                QStringLiteral("Formulas for the SAT Math Section")}) {
        auto deck = m_col->deckByName(name);
        QVERIFY(deck.ok() && deck.value());
        const QString out = m_dir->filePath(QStringLiteral("anki.deck"));
        QFile::remove(out);
        QVERIFY(DeckExporter::exportDeck(*m_col, deck.value()->id, out).ok());
        const DeckParseResult parsed = DeckParser::parseFile(out);
        QVERIFY2(parsed.ok(), qPrintable(parsed.issues.empty() ? QString() : parsed.issues.front().message));
        int clozes = 0;
        for (const DeckNote &n : parsed.deck.notes)
            clozes += n.kind == DeckKind::Cloze;
        QVERIFY2(clozes > 0, qPrintable(name));
        auto fresh = Collection::open(m_dir->filePath(QStringLiteral("fresh-%1.sqlite").arg(qHash(name))));
        QVERIFY(fresh.ok());
        const ImportResult r = DeckImporter::importFile(**fresh, out);
        QVERIFY(r.ok());
        QCOMPARE(r.counts.notesAdded, int(parsed.deck.notes.size()));
    }
}

void TestDeckImport::bundledDecksInstallIdempotent()
{
    const QString dir = QStringLiteral(DEBRIEF_SOURCE_DIR "/decks");
    const ImportResult first = installBundledDecks(*m_col, dir);
    QStringList problems;
    for (const ImportIssue &i : first.issues)
        problems << i.message;
    QVERIFY2(first.ok(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(first.counts.notesAdded > 0);
    const qint64 cards = m_col->count(QStringLiteral("cards")).value();
    const ImportResult second = installBundledDecks(*m_col, dir);
    QVERIFY(second.ok());
    QCOMPARE(second.counts.notesAdded + second.counts.notesUpdated + second.counts.notesRetired + second.counts.cardsAdded, 0);
    QCOMPARE(second.counts.notesUnchanged, first.counts.notesAdded);
    QCOMPARE(m_col->count(QStringLiteral("cards")).value(), cards);
}

QTEST_GUILESS_MAIN(TestDeckImport)
#include "tst_deckimport.moc"
