#include "decks/deckparser.h"
#include "decks/deckwriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;

// Parser and writer of the .deck format: every kind round-trips, and the details of the
// format (multi-line values, fences, nested branches) are read as docs/deck-format.md says.
class TestDeckParser : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void multiLineValues();
    void fenceHidesFieldLines();
    void treeBranchesNest();
    void layersRead();
    void pointsRead();
    void pointsErrors_data();
    void pointsErrors();
    void headerTagsAndComments();
    void clozeBalance_data();
    void clozeBalance();
    void clozeNumbers_data();
    void clozeNumbers();
    void bundledDecksRoundTrip_data();
    void bundledDecksRoundTrip();
    void writeFileThenParseFile();
};

static const char *kHeader = "format: 1\ndeck: Test::Deck\ndescription: A test deck.\ntags: t1 t2\n\n";

void TestDeckParser::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("basic") << QStringLiteral("## basic b-one\ntags: x y\ncovers: S0-K1\nFront: What?\nBack: **This**.\n")
                           << int(DeckKind::Basic);
    QTest::newRow("reversed") << QStringLiteral("## reversed r-one\nFront: Term\nBack: Definition\nwith a second line\n")
                              << int(DeckKind::Reversed);
    QTest::newRow("cloze with extra") << QStringLiteral("## cloze c-one\nText: A {{c1::cat}} and a {{c2::dog::animal}}.\nExtra: Pets.\n")
                                      << int(DeckKind::Cloze);
    QTest::newRow("cloze without extra") << QStringLiteral("## cloze c-two\nText: Only {{c1::one}}.\n") << int(DeckKind::Cloze);
    QTest::newRow("pair") << QStringLiteral("## pair p-one\ncovers: S0-P1 S1-C2\nQuestion: Q?\nWeak: W.\nStrong: S.\nWhy: Y.\n")
                          << int(DeckKind::Pair);
    QTest::newRow("tree, three levels")
        << QStringLiteral("## tree t-one\ncovers: S1-F1\nRoot: R\nBranches:\n- A\n  detect: da\n  fix: fa\n  covers: S1-F1.1\n"
                          "  - A1\n    detect: da1\n    fix: fa1\n    - A1x\n      detect: d\n      fix: f\n- B\n  detect: db\n  fix: fb\n")
        << int(DeckKind::Tree);
    QTest::newRow("layers") << QStringLiteral("## layers l-one\nQuestion: Q?\nLayers:\n- Business\n  metrics: m1\n  drives: d1\n  covers: S1-M1.1\n"
                                              "- Model\n  metrics: m2\n  drives: d2\n")
                            << int(DeckKind::Layers);
    QTest::newRow("fenced code in a value")
        << QStringLiteral("## basic code-one\nFront: What does this print?\n\n```python\nBack: 1\nprint(1)\n```\nBack: 1\n")
        << int(DeckKind::Basic);
    QTest::newRow("list value") << QStringLiteral("## basic list-one\nFront: Name three.\nBack:\n- a\n- b\n- c\n") << int(DeckKind::Basic);
    QTest::newRow("pair with model answer and points")
        << QStringLiteral("## pair p-two\nQuestion: Q?\nWeak: W.\nStrong: S.\nWhy: Y.\nModel: A longer answer\nover two lines.\n"
                          "points:\n- first point\n- second point\n")
        << int(DeckKind::Pair);
    QTest::newRow("tree with points")
        << QStringLiteral("## tree t-two\nRoot: R\nBranches:\n- A\n  detect: d\n  fix: f\npoints:\n- names A\n- says how to detect it\n")
        << int(DeckKind::Tree);
    QTest::newRow("layers with points")
        << QStringLiteral("## layers l-three\nQuestion: Q?\nLayers:\n- A\n  metrics: m\n  drives: d\npoints:\n- one\n- two\n")
        << int(DeckKind::Layers);
}

void TestDeckParser::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    const DeckParseResult first = DeckParser::parse(QLatin1String(kHeader) + text, QStringLiteral("t.deck"));
    for (const auto &i : first.issues)
        qWarning() << i.line << i.message;
    QVERIFY(first.ok());
    QCOMPARE(first.deck.notes.size(), size_t(1));
    QCOMPARE(int(first.deck.notes.front().kind), kind);

    const QString written = DeckWriter::write(first.deck);
    const DeckParseResult second = DeckParser::parse(written);
    QVERIFY(second.ok());
    QVERIFY(second.deck == first.deck);
    QCOMPARE(DeckWriter::write(second.deck), written);   // stable
}

void TestDeckParser::multiLineValues()
{
    const auto r = DeckParser::parse(QLatin1String(kHeader)
                                     + QStringLiteral("## basic m-one\nFront: line one\nline two\n\nsecond paragraph\n\n\nBack: b   \n\n"));
    QVERIFY(r.ok());
    const DeckNote &n = r.deck.notes.front();
    QCOMPARE(n.field(QStringLiteral("Front")), QStringLiteral("line one\nline two\n\nsecond paragraph"));
    QCOMPARE(n.field(QStringLiteral("Back")), QStringLiteral("b"));
    QCOMPARE(n.line, 6);
    QCOMPARE(n.fieldLines.value(QStringLiteral("Back")), 13);
}

void TestDeckParser::fenceHidesFieldLines()
{
    const auto r = DeckParser::parse(QLatin1String(kHeader)
                                     + QStringLiteral("## basic f-one\nFront: Q\nBack:\n```yaml\nFront: not a field\n## basic not-a-block\n```\nafter\n"));
    QVERIFY(r.ok());
    QCOMPARE(r.deck.notes.size(), size_t(1));
    QCOMPARE(r.deck.notes.front().field(QStringLiteral("Front")), QStringLiteral("Q"));
    QCOMPARE(r.deck.notes.front().field(QStringLiteral("Back")),
             QStringLiteral("```yaml\nFront: not a field\n## basic not-a-block\n```\nafter"));
}

void TestDeckParser::treeBranchesNest()
{
    const auto r = DeckParser::parse(QLatin1String(kHeader)
                                     + QStringLiteral("## tree t-two\nRoot: R\nBranches:\n- A\n  detect: da\n  fix: fa\n  - A1\n    detect: d1\n"
                                                      "    fix: f1\n  covers: S1-F1.1\n- B\n  detect: db\n  fix: fb\n"));
    QVERIFY(r.ok());
    const DeckNote &n = r.deck.notes.front();
    QCOMPARE(n.branches.size(), size_t(2));
    QCOMPARE(n.branches[0].cause, QStringLiteral("A"));
    QCOMPARE(n.branches[0].covers, QStringList{QStringLiteral("S1-F1.1")});   // a key after the sub-branch
    QCOMPARE(n.branches[0].children.size(), size_t(1));
    QCOMPARE(n.branches[0].children[0].detect, QStringLiteral("d1"));
    QCOMPARE(n.branches[0].children[0].line, 12);
    QCOMPARE(n.branches[1].fix, QStringLiteral("fb"));
    QVERIFY(!n.fields.contains(QStringLiteral("Branches")));
}

void TestDeckParser::layersRead()
{
    const auto r = DeckParser::parse(QLatin1String(kHeader)
                                     + QStringLiteral("## layers l-two\nQuestion: Q\nLayers:\n- Business\n  metrics: cost\n  drives: budget\n"
                                                      "  covers: S1-M1.1 S1-M1.2\n"));
    QVERIFY(r.ok());
    const DeckNote &n = r.deck.notes.front();
    QCOMPARE(n.layers.size(), size_t(1));
    QCOMPARE(n.layers[0].metrics, QStringLiteral("cost"));
    QCOMPARE(n.layers[0].covers, (QStringList{QStringLiteral("S1-M1.1"), QStringLiteral("S1-M1.2")}));
}

void TestDeckParser::pointsRead()
{
    // points: may come before the fields; a deeper-indented line continues the point above.
    const auto r = DeckParser::parse(QLatin1String(kHeader)
                                     + QStringLiteral("## pair p-three\npoints:\n- opens with the user\n  and their problem\n\n- names the budget\n"
                                                      "Question: Q\nWeak: W\nStrong: S\nWhy: Y\n"));
    QVERIFY(r.ok());
    const DeckNote &n = r.deck.notes.front();
    QCOMPARE(n.points, (QStringList{QStringLiteral("opens with the user and their problem"), QStringLiteral("names the budget")}));
    QVERIFY(!n.fields.contains(QStringLiteral("Points")));
    QVERIFY(!n.fields.contains(QStringLiteral("points")));
    QCOMPARE(n.field(QStringLiteral("Why")), QStringLiteral("Y"));
}

void TestDeckParser::pointsErrors_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<int>("line");   // the header is 4 lines and a blank; the block starts at line 6
    QTest::addColumn<int>("kind");
    QTest::newRow("text that is not a point") << QStringLiteral("## pair p-four\nQuestion: Q\nWeak: W\nStrong: S\nWhy: Y\npoints: one, two\n")
                                              << 11 << int(DeckIssue::Kind::BadPoints);
    QTest::newRow("empty point") << QStringLiteral("## pair p-four\nQuestion: Q\nWeak: W\nStrong: S\nWhy: Y\npoints:\n- a\n-\n")
                                 << 13 << int(DeckIssue::Kind::BadPoints);
    QTest::newRow("points on a basic note") << QStringLiteral("## basic b-four\nFront: F\nBack: B\npoints:\n- a\n- b\n")
                                            << 9 << int(DeckIssue::Kind::UnknownField);
    QTest::newRow("capitalised Points") << QStringLiteral("## pair p-four\nQuestion: Q\nWeak: W\nStrong: S\nWhy: Y\nPoints:\n- a\n- b\n")
                                        << 11 << int(DeckIssue::Kind::UnknownField);
    QTest::newRow("Model on a basic note") << QStringLiteral("## basic b-four\nFront: F\nBack: B\nModel: m\n")
                                           << 9 << int(DeckIssue::Kind::UnknownField);
}

void TestDeckParser::pointsErrors()
{
    QFETCH(QString, block);
    QFETCH(int, line);
    QFETCH(int, kind);
    const auto r = DeckParser::parse(QLatin1String(kHeader) + block, QStringLiteral("t.deck"));
    QStringList got;
    bool found = false;
    for (const DeckIssue &i : r.issues) {
        got << QStringLiteral("%1:%2 %3").arg(int(i.kind)).arg(i.line).arg(i.message);
        found = found || (int(i.kind) == kind && i.line == line);
    }
    QVERIFY2(found, qPrintable(got.join(QLatin1String(" | "))));
}

void TestDeckParser::headerTagsAndComments()
{
    const auto r = DeckParser::parse(QStringLiteral("# a comment\n#\nformat: 1\ndeck: A::B\ntags: one  two\n\n## basic h-one\nFront: f\nBack: b\n"));
    QVERIFY(r.ok());
    QCOMPARE(r.deck.deck, QStringLiteral("A::B"));
    QCOMPARE(r.deck.tags, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
}

void TestDeckParser::clozeBalance_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("balanced");
    QTest::newRow("closed deletion") << QStringLiteral("a {{c1::b}} c") << true;
    QTest::newRow("nested deletions") << QStringLiteral("{{c1::a {{c2::b}} c}}") << true;
    QTest::newRow("never closed") << QStringLiteral("a {{c1::b}") << false;
    QTest::newRow("second one never closed") << QStringLiteral("{{c1::a}} {{c2::b") << false;
    // Anki's reading: the first "}}" closes the deletion, the rest is text (a real SAT deck).
    QTest::newRow("LaTeX braces after the deletion") << QStringLiteral("{{c1::\\(\\frac{-b\\pm\\sqrt{b^2-4ac}}{2a}\\)}}") << true;
    QTest::newRow("stray closer is text") << QStringLiteral("set }} then {{c1::x}}") << true;
    QTest::newRow("braces that are not a deletion") << QStringLiteral("{{Front}} and {{c1::x}}") << true;
}

void TestDeckParser::clozeBalance()
{
    QFETCH(QString, text);
    QFETCH(bool, balanced);
    QCOMPARE(DeckParser::clozeBracesBalanced(text), balanced);
}

void TestDeckParser::clozeNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("numbers");
    QTest::newRow("one") << QStringLiteral("a {{c1::b}}") << QList<int>{1};
    QTest::newRow("repeated and gapped") << QStringLiteral("{{c3::x}} {{c1::y::hint}} {{c3::z}}") << QList<int>{1, 3};
    QTest::newRow("none") << QStringLiteral("{{notacloze}}") << QList<int>{};
}

void TestDeckParser::clozeNumbers()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, numbers);
    const auto got = DeckParser::clozeNumbers(text);
    QCOMPARE(QList<int>(got.begin(), got.end()), numbers);
}

void TestDeckParser::bundledDecksRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(DEBRIEF_SOURCE_DIR "/decks"));
    const QStringList files = dir.entryList({QStringLiteral("*.deck")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("no bundled decks yet");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestDeckParser::bundledDecksRoundTrip()
{
    QFETCH(QString, path);
    const DeckParseResult first = DeckParser::parseFile(path);
    QVERIFY(!first.deck.notes.empty());
    const QString written = DeckWriter::write(first.deck);
    const DeckParseResult second = DeckParser::parse(written);
    QVERIFY(second.deck == first.deck);
    QCOMPARE(DeckWriter::write(second.deck), written);
}

void TestDeckParser::writeFileThenParseFile()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const auto r = DeckParser::parse(QLatin1String(kHeader) + QStringLiteral("## basic w-one\nFront: Ünïcode — ok\nBack: b\n"));
    QVERIFY(r.ok());
    const QString path = tmp.filePath(QStringLiteral("out.deck"));
    QVERIFY(DeckWriter::writeFile(r.deck, path).ok());
    const auto back = DeckParser::parseFile(path);
    QVERIFY(back.ok());
    QVERIFY(back.deck == r.deck);
}

QTEST_GUILESS_MAIN(TestDeckParser)
#include "tst_deckparser.moc"
