#include "importwitness.h"

#include "decks/builtinnotetypes.h"
#include "decks/deckexporter.h"
#include "decks/deckimporter.h"
#include "decks/deckparser.h"
#include "import/ankipackageimporter.h"
#include "scheduling/scheduler.h"
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
    void cancelledUpdateChangesNothing();
    void exportRoundTrips();
    void exportOfAnkiNotesReadsBack();
    void bundledDecksInstallIdempotent();
    void mergedAndSplitNotesKeepProgress();
    void olderNotetypeGainsPointsField();

private:
    QString writeDeck(const QString &name, const QString &text);
    std::map<int, Card> cardsByOrd(const QString &id);
    Card answer(const Card &card, Rating rating);

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

// Answers a card the way the study screen does: the scheduler's next state, stored with its log row.
Card TestDeckImport::answer(const Card &card, Rating rating)
{
    const Scheduler scheduler{SchedulerConfig()};
    AnswerContext ctx;
    ctx.now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC).addSecs(60 * card.reps);
    Card after = card;
    after.state = scheduler.answer(card.state, rating, ctx);
    after.reps += 1;
    after.modifiedSecs = ctx.now.toSecsSinceEpoch();
    ReviewLogEntry log = scheduler.reviewLogEntry(card.id, card.state, after.state, rating, ctx, 8000);
    log.id = ctx.now.toMSecsSinceEpoch() + card.id;
    auto recorded = m_col->recordAnswer(card, after, log, int(scheduler.today(ctx)));
    if (!recorded)
        qWarning() << recorded.error().message;
    return *m_col->card(card.id);
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

// The deck importer writes through ForeignDataImporter: a cancel at its last progress call, after
// the update, the new note, the new cards and the retirement were written, leaves the collection
// file byte for byte as it was, studied card included.
void TestDeckImport::cancelledUpdateChangesNothing()
{
    const QString path = writeDeck(QStringLiteral("c.deck"), QLatin1String(kV1));
    QVERIFY(DeckImporter::importFile(*m_col, path).ok());
    Card basic = cardsByOrd(QStringLiteral("keep-basic")).at(0);
    basic.state = ReviewState{12, 2650, 1, false, 20400};
    basic.reps = 5;
    QVERIFY(m_col->updateCard(basic).ok());
    writeDeck(QStringLiteral("c.deck"), QLatin1String(kV2));
    const QString colPath = m_col->path();
    m_col.reset();   // closed: the WAL is checkpointed, so the file alone holds the collection
    const QString before = importwitness::digest(m_dir->path());

    auto c = Collection::open(colPath);
    QVERIFY(c);
    qint64 asked = 0;
    const ImportResult r = DeckImporter::importFile(**c, path, {}, [&](qint64 done, qint64 total) {
        ++asked;
        return done < total;
    });
    c->reset();
    QVERIFY(!r.ok());
    QCOMPARE(r.issues.back().kind, ImportIssue::Kind::Cancelled);
    QCOMPARE(r.counts.notesUpdated + r.counts.notesAdded + r.counts.notesRetired + r.counts.cardsAdded, 0);
    QVERIFY(asked >= 2);
    QCOMPARE(importwitness::digest(m_dir->path()), before);

    // Not cancelled, the same import changes the collection (so the cancel came after writing).
    auto again = Collection::open(colPath);
    QVERIFY(again);
    m_col = std::move(*again);
    const ImportResult done = DeckImporter::importFile(*m_col, path);
    QVERIFY(done.ok());
    QCOMPARE(done.counts.notesUpdated, 2);
    QCOMPARE(done.counts.notesRetired, 1);
    QCOMPARE(cardsByOrd(QStringLiteral("keep-basic")).at(0).reps, 5);
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

// A deck revision as the bundled decks had one: a duplicate pair in another file merged into the
// note whose id survives, and a nine-branch-style tree split into its first branches (same id) and
// a new tree. Installed through installBundledDecks, as on an upgrade.
void TestDeckImport::mergedAndSplitNotesKeepProgress()
{
    const QString branches7 = QStringLiteral(
        "- c1\n  detect: d\n  fix: f\n- c2\n  detect: d\n  fix: f\n- c3\n  detect: d\n  fix: f\n- c4\n  detect: d\n  fix: f\n"
        "- c5\n  detect: d\n  fix: f\n- c6\n  detect: d\n  fix: f\n- c7\n  detect: d\n  fix: f\n");
    QDir(m_dir->path()).mkpath(QStringLiteral("v1"));
    QDir(m_dir->path()).mkpath(QStringLiteral("v2"));
    writeDeck(QStringLiteral("v1/answer-pairs.deck"),
              QStringLiteral("format: 1\ndeck: Prep::Pairs\n\n## pair keep-pair\ncovers: S0-P11\nQuestion: Two weeks, no engineers?\n"
                             "Weak: Plan a fine-tune.\nStrong: Vendor API now.\nWhy: Delivery.\n"));
    writeDeck(QStringLiteral("v1/contrasts.deck"),
              QStringLiteral("format: 1\ndeck: Prep::Contrasts\n\n## pair dup-contrast\ncovers: S0-C3\nQuestion: Solving for?\n"
                             "Weak: Perfection.\nStrong: Delivery.\nWhy: Deadline.\n\n"
                             "## pair other-contrast\nQuestion: q\nWeak: w\nStrong: s\nWhy: y\n"));
    writeDeck(QStringLiteral("v1/trees.deck"),
              QStringLiteral("format: 1\ndeck: Prep::Trees\n\n## tree big-tree\nRoot: It broke\nBranches:\n") + branches7);
    const ImportResult first = installBundledDecks(*m_col, m_dir->filePath(QStringLiteral("v1")));
    QVERIFY(first.ok());
    QCOMPARE(first.counts.notesAdded, 4);

    // Study: both pair notes' cards, and branch cards that stay (2, 5) and that move out (6, 7).
    std::map<QString, Card> studied;
    const auto study = [&](const QString &id, int ord) {
        Card c = cardsByOrd(id).at(ord);
        c = answer(c, Rating::Good);
        c = answer(c, Rating::Good);
        QVERIFY2(std::holds_alternative<ReviewState>(c.state), qPrintable(id));
        studied[id + QLatin1Char('/') + QString::number(ord)] = c;
    };
    study(QStringLiteral("keep-pair"), 0);
    study(QStringLiteral("keep-pair"), 1);
    study(QStringLiteral("dup-contrast"), 0);
    for (int ord : {2, 5, 6, 7})
        study(QStringLiteral("big-tree"), ord);
    const qint64 revlog = m_col->count(QStringLiteral("revlog")).value();
    QCOMPARE(revlog, qint64(2 * 7));

    // v2: keep-pair absorbs the contrast (covers both, reworded, with points); dup-contrast is
    // gone; big-tree keeps its first five branches (c2 reworded) and c6, c7 move to a new tree.
    writeDeck(QStringLiteral("v2/answer-pairs.deck"),
              QStringLiteral("format: 1\ndeck: Prep::Pairs\n\n## pair keep-pair\ncovers: S0-P11 S0-C3\nQuestion: Two weeks, no engineers?\n"
                             "Weak: Plan a fine-tune.\nStrong: Solve for delivery: vendor API now.\nWhy: Delivery, not perfection.\n"
                             "points:\n- solves for delivery\n- vendor API now\n"));
    writeDeck(QStringLiteral("v2/contrasts.deck"),
              QStringLiteral("format: 1\ndeck: Prep::Contrasts\n\n## pair other-contrast\nQuestion: q\nWeak: w\nStrong: s\nWhy: y\n"));
    writeDeck(QStringLiteral("v2/trees.deck"),
              QStringLiteral("format: 1\ndeck: Prep::Trees\n\n## tree big-tree\nRoot: It broke (quality)\nBranches:\n"
                             "- c1\n  detect: d\n  fix: f\n- c2, reworded\n  detect: an alert\n  fix: f\n- c3\n  detect: d\n  fix: f\n"
                             "- c4\n  detect: d\n  fix: f\n- c5\n  detect: d\n  fix: f\n\n"
                             "## tree big-tree-b\nRoot: It broke (scale)\nBranches:\n- c6\n  detect: d\n  fix: f\n- c7\n  detect: d\n  fix: f\n"));
    const ImportResult second = installBundledDecks(*m_col, m_dir->filePath(QStringLiteral("v2")));
    QStringList problems;
    for (const ImportIssue &i : second.issues)
        problems << i.message;
    QVERIFY2(second.ok(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(second.counts.notesAdded, 1);       // big-tree-b
    QCOMPARE(second.counts.notesRetired, 1);     // dup-contrast
    QCOMPARE(second.counts.notesUpdated, 2);     // keep-pair, big-tree
    QCOMPARE(second.counts.cardsAdded, 3);       // big-tree-b: whole tree + two branches

    // The surviving ids keep every card, its state and its history.
    const auto kept = [&](const QString &id, int ord) {
        const Card now = cardsByOrd(id).at(ord);
        const Card &before = studied.at(id + QLatin1Char('/') + QString::number(ord));
        return now.id == before.id && now.reps == before.reps && std::holds_alternative<ReviewState>(now.state)
            && std::get<ReviewState>(now.state) == std::get<ReviewState>(before.state);
    };
    const auto queue = [&](const QString &id, int ord) { return cardsByOrd(id).at(ord).queue; };
    for (int ord : {0, 1}) {
        QVERIFY(kept(QStringLiteral("keep-pair"), ord));
        QVERIFY(queue(QStringLiteral("keep-pair"), ord) != CardQueue::Suspended);   // answering buries siblings
    }
    for (int ord : {2, 5}) {
        QVERIFY(kept(QStringLiteral("big-tree"), ord));
        QVERIFY(queue(QStringLiteral("big-tree"), ord) != CardQueue::Suspended);
    }
    const auto pairNote = m_col->noteByGuid(QStringLiteral("debrief:keep-pair"));
    QCOMPARE(pairNote.value()->fields.value(2), QStringLiteral("Solve for delivery: vendor API now."));
    QCOMPARE(pairNote.value()->fields.value(5), QStringLiteral("- solves for delivery\n- vendor API now"));
    QCOMPARE(m_col->noteByGuid(QStringLiteral("debrief:big-tree")).value()->fields.value(0), QStringLiteral("It broke (quality)"));

    // Positions the split removed are suspended with their state (history kept, not studied);
    // the merged-away note is retired the same way. The review log is untouched.
    QCOMPARE(cardsByOrd(QStringLiteral("big-tree")).size(), size_t(8));
    for (int ord : {6, 7}) {
        QVERIFY(kept(QStringLiteral("big-tree"), ord));
        QCOMPARE(queue(QStringLiteral("big-tree"), ord), CardQueue::Suspended);
    }
    QVERIFY(kept(QStringLiteral("dup-contrast"), 0));
    QCOMPARE(queue(QStringLiteral("dup-contrast"), 0), CardQueue::Suspended);
    QVERIFY(m_col->noteByGuid(QStringLiteral("debrief:dup-contrast")).value()->tags.contains(QStringLiteral("debrief::retired")));
    QCOMPARE(m_col->count(QStringLiteral("revlog")).value(), revlog);

    // The new tree starts fresh, in its own deck file's deck.
    const auto fresh = cardsByOrd(QStringLiteral("big-tree-b"));
    QCOMPARE(fresh.size(), size_t(3));
    for (const auto &entry : fresh)
        QVERIFY(std::holds_alternative<NewState>(entry.second.state));

    // And a second install of v2 changes nothing.
    const ImportResult third = installBundledDecks(*m_col, m_dir->filePath(QStringLiteral("v2")));
    QVERIFY(third.ok());
    QCOMPARE(third.counts.notesAdded + third.counts.notesUpdated + third.counts.notesRetired + third.counts.cardsAdded, 0);
}

// A collection created before pair notes had Model and Points: its "Debrief Pair" notetype gets the
// two fields appended on the next deck update, and the existing note keeps its card.
void TestDeckImport::olderNotetypeGainsPointsField()
{
    Notetype old = BuiltinNotetypes::make(DeckKind::Pair);
    old.fieldNames = QStringList{QStringLiteral("Question"), QStringLiteral("Weak"), QStringLiteral("Strong"), QStringLiteral("Why")};
    auto added = m_col->addNotetype(old);
    QVERIFY(added.ok());
    Note note;
    note.guid = QStringLiteral("debrief:old-pair");
    note.notetypeId = added->id;
    note.fields = QStringList{QStringLiteral("q"), QStringLiteral("w"), QStringLiteral("s"), QStringLiteral("y")};
    auto n = m_col->addNote(note);
    QVERIFY(n.ok());
    auto deck = m_col->ensureDeck(QStringLiteral("Old"));
    QVERIFY(deck.ok());
    Card card;
    card.noteId = n->id;
    card.deckId = deck->id;
    card.state = ReviewState{10, 2500, 0, false, 20500};
    auto c = m_col->addCard(card);
    QVERIFY(c.ok());

    const QString path = writeDeck(QStringLiteral("old.deck"),
                                   QStringLiteral("format: 1\ndeck: Old\n\n## pair old-pair\nQuestion: q\nWeak: w\nStrong: s\nWhy: y\n"
                                                  "points:\n- a\n- b\n"));
    const ImportResult r = DeckImporter::importFile(*m_col, path);
    QVERIFY(r.ok());
    QCOMPARE(r.counts.notesUpdated, 1);
    const auto nt = m_col->notetype(added->id);
    QCOMPARE(nt->fieldNames, deckKindFields(DeckKind::Pair));
    const auto after = m_col->noteByGuid(QStringLiteral("debrief:old-pair"));
    QCOMPARE(after.value()->fields.value(5), QStringLiteral("- a\n- b"));
    QVERIFY(std::get<ReviewState>(cardsByOrd(QStringLiteral("old-pair")).at(0).state) == (ReviewState{10, 2500, 0, false, 20500}));
}

QTEST_GUILESS_MAIN(TestDeckImport)
#include "tst_deckimport.moc"
