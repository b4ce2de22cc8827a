#include "decks/copychecker.h"
#include "decks/coveragechecker.h"
#include "decks/decklinter.h"
#include "decks/deckparser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;

Q_DECLARE_METATYPE(debrief::DeckIssue::Kind)

// Lint: each class of mistake is reported with its kind and the line a person must fix.
class TestDeckLint : public QObject {
    Q_OBJECT

private slots:
    void catchesError_data();
    void catchesError();
    void cleanDeckHasNoIssues();
    void duplicateIdAcrossFiles();
    void directoryIsExpanded();
    void coverageListsUncoveredIds();
    void copyCheckFindsCopiedRun();
    void copyCheckSeesThroughCloze();
    void authoringRules_data();
    void authoringRules();
    void checklistDefinesIds();
    void bundledDecksLintClean();
    void bundledDecksCoverChecklist();

private:
    static QString write(const QTemporaryDir &dir, const QString &name, const QString &text);
};

// Line 1-3 header; blocks start at line 5.
static const char *kHead = "format: 1\ndeck: Lint\ntags: x\n\n";

QString TestDeckLint::write(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
}

void TestDeckLint::catchesError_data()
{
    QTest::addColumn<QString>("text");   // the whole file
    QTest::addColumn<int>("line");
    QTest::addColumn<DeckIssue::Kind>("kind");
    const QString h = QLatin1String(kHead);
    using K = DeckIssue::Kind;
    QTest::newRow("missing deck header") << QStringLiteral("format: 1\n\n## basic aaa\nFront: f\nBack: b\n") << 1 << K::BadHeader;
    QTest::newRow("unknown header key") << QStringLiteral("format: 1\ndeck: D\nauthor: me\n") << 3 << K::BadHeader;
    QTest::newRow("unknown format") << QStringLiteral("format: 2\ndeck: D\n") << 1 << K::BadHeader;
    QTest::newRow("unknown kind") << h + QStringLiteral("## flashcard abc-1\nFront: f\nBack: b\n") << 5 << K::UnknownKind;
    QTest::newRow("id with capitals") << h + QStringLiteral("## basic Bad-Id\nFront: f\nBack: b\n") << 5 << K::BadId;
    QTest::newRow("id too short") << h + QStringLiteral("## basic ab\nFront: f\nBack: b\n") << 5 << K::BadId;
    QTest::newRow("block line without id") << h + QStringLiteral("## basic\nFront: f\nBack: b\n") << 5 << K::BadId;
    QTest::newRow("duplicate id in one file")
        << h + QStringLiteral("## basic same-id\nFront: f\nBack: b\n\n## basic same-id\nFront: f\nBack: b\n") << 9 << K::DuplicateId;
    QTest::newRow("missing required field") << h + QStringLiteral("## basic abc\nFront: f\n") << 5 << K::MissingField;
    QTest::newRow("empty required field") << h + QStringLiteral("## basic abc\nFront: f\nBack:\n") << 7 << K::MissingField;
    QTest::newRow("pair without Why") << h + QStringLiteral("## pair abc\nQuestion: q\nWeak: w\nStrong: s\n") << 5 << K::MissingField;
    QTest::newRow("other kind's field") << h + QStringLiteral("## basic abc\nFront: f\nBack: b\nWhy: because\n") << 8 << K::UnknownField;
    QTest::newRow("wrong-case field") << h + QStringLiteral("## basic abc\nfront: f\nBack: b\n") << 6 << K::UnknownField;
    QTest::newRow("text before the first field") << h + QStringLiteral("## basic abc\nhello\nFront: f\nBack: b\n") << 6 << K::UnknownField;
    QTest::newRow("field given twice") << h + QStringLiteral("## basic abc\nFront: f\nBack: b\nFront: g\n") << 8 << K::UnknownField;
    QTest::newRow("cloze without deletion") << h + QStringLiteral("## cloze abc\nText: no deletion here\n") << 6 << K::BadCloze;
    QTest::newRow("cloze with unbalanced braces") << h + QStringLiteral("## cloze abc\ntags: t\nText: a {{c1::b}\n") << 7 << K::BadCloze;
    QTest::newRow("branch without fix")
        << h + QStringLiteral("## tree abc\nRoot: r\nBranches:\n- cause\n  detect: d\n") << 8 << K::BadStructure;
    QTest::newRow("sub-branch without detect")
        << h + QStringLiteral("## tree abc\nRoot: r\nBranches:\n- a\n  detect: d\n  fix: f\n  - b\n    fix: f\n") << 11 << K::BadStructure;
    QTest::newRow("tree without branches") << h + QStringLiteral("## tree abc\nRoot: r\nBranches:\n") << 7 << K::BadStructure;
    QTest::newRow("branch key outside a branch")
        << h + QStringLiteral("## tree abc\nRoot: r\nBranches:\n  detect: d\n") << 8 << K::BadStructure;
    QTest::newRow("unknown branch key")
        << h + QStringLiteral("## tree abc\nRoot: r\nBranches:\n- a\n  detect: d\n  fix: f\n  cost: c\n") << 11 << K::BadStructure;
    QTest::newRow("branch skips a level")
        << h + QStringLiteral("## tree abc\nRoot: r\nBranches:\n- a\n  detect: d\n  fix: f\n    - b\n      detect: d\n      fix: f\n") << 11 << K::BadIndent;
    QTest::newRow("odd indentation")
        << h + QStringLiteral("## tree abc\nRoot: r\nBranches:\n- a\n   detect: d\n  fix: f\n") << 9 << K::BadIndent;
    QTest::newRow("tab indentation")
        << h + QStringLiteral("## tree abc\nRoot: r\nBranches:\n- a\n\tdetect: d\n  fix: f\n") << 9 << K::BadIndent;
    QTest::newRow("layer without drives")
        << h + QStringLiteral("## layers abc\nQuestion: q\nLayers:\n- Business\n  metrics: m\n") << 8 << K::BadStructure;
    QTest::newRow("nested layer")
        << h + QStringLiteral("## layers abc\nQuestion: q\nLayers:\n- A\n  metrics: m\n  drives: d\n  - B\n") << 11 << K::BadIndent;
    QTest::newRow("bad note covers id") << h + QStringLiteral("## basic abc\ncovers: S1-F1 s1-x\nFront: f\nBack: b\n") << 6 << K::BadCovers;
    QTest::newRow("bad branch covers id")
        << h + QStringLiteral("## tree abc\nRoot: r\nBranches:\n- a\n  detect: d\n  fix: f\n  covers: S1-Q1\n") << 11 << K::BadCovers;
    QTest::newRow("unclosed fence") << h + QStringLiteral("## basic abc\nFront: f\nBack:\n```python\nx = 1\n") << 8 << K::BadFence;
}

void TestDeckLint::catchesError()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(DeckIssue::Kind, kind);
    const DeckParseResult r = DeckParser::parse(text, QStringLiteral("t.deck"));
    QVERIFY2(!r.issues.empty(), "no issue reported");
    bool found = false;
    QStringList got;
    for (const DeckIssue &i : r.issues) {
        got << QStringLiteral("%1:%2 %3").arg(int(i.kind)).arg(i.line).arg(i.message);
        if (i.kind == kind && i.line == line)
            found = true;
    }
    QVERIFY2(found, qPrintable(got.join(QLatin1String(" | "))));
}

void TestDeckLint::cleanDeckHasNoIssues()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("a.deck"),
                               QLatin1String(kHead) + QStringLiteral("## basic abc\nNote: a remark\nFront: f\nNote: inside a value is text\nBack: b\n"));
    const LintReport report = DeckLinter::lint({path});
    // "Note:" before the first field is outside any field; inside a value it is plain text.
    QCOMPARE(report.issues.size(), size_t(1));
    QCOMPARE(report.issues[0].line, 6);
    const QString clean = write(dir, QStringLiteral("b.deck"), QLatin1String(kHead) + QStringLiteral("## basic abd\nFront: f\nBack: b\n"));
    QVERIFY(DeckLinter::lint({clean}).clean());
}

void TestDeckLint::duplicateIdAcrossFiles()
{
    QTemporaryDir dir;
    const QString a = write(dir, QStringLiteral("a.deck"), QLatin1String(kHead) + QStringLiteral("## basic shared-id\nFront: f\nBack: b\n"));
    const QString b = write(dir, QStringLiteral("b.deck"),
                            QLatin1String(kHead) + QStringLiteral("## basic other\nFront: f\nBack: b\n\n## basic shared-id\nFront: f\nBack: b\n"));
    const LintReport report = DeckLinter::lint({a, b});
    QCOMPARE(report.issues.size(), size_t(1));
    QCOMPARE(report.issues[0].kind, DeckIssue::Kind::DuplicateId);
    QCOMPARE(report.issues[0].file, b);
    QCOMPARE(report.issues[0].line, 9);
    QVERIFY(DeckLinter::format(report.issues[0]).startsWith(b + QStringLiteral(":9: ")));
}

void TestDeckLint::directoryIsExpanded()
{
    QTemporaryDir dir;
    write(dir, QStringLiteral("a.deck"), QLatin1String(kHead) + QStringLiteral("## basic one-a\nFront: f\nBack: b\n"));
    write(dir, QStringLiteral("b.deck"), QLatin1String(kHead) + QStringLiteral("## basic one-b\nFront: f\n"));
    write(dir, QStringLiteral("notes.txt"), QStringLiteral("not a deck"));
    const LintReport report = DeckLinter::lint({dir.path(), dir.filePath(QStringLiteral("missing.deck"))});
    QCOMPARE(report.files, 2);
    QCOMPARE(report.notes, 2);
    QCOMPARE(report.issues.size(), size_t(2));
    QCOMPARE(report.issues[0].kind, DeckIssue::Kind::Io);   // the missing path comes first
    QCOMPARE(report.issues[1].kind, DeckIssue::Kind::MissingField);
}

void TestDeckLint::coverageListsUncoveredIds()
{
    QTemporaryDir dir;
    const QString checklist = write(dir, QStringLiteral("c.md"),
                                    QStringLiteral("# C\n- **S1-F1** — tree\n  - **S1-F1.1** — branch\n  - **S1-F1.2** — branch\n"
                                                   "- **S1-M1** — layers\n  - **S1-M1.1** — layer\n- see **S1-F1** (a reference)\n- **S2-K1** — fact\n"));
    const QString deck = write(dir, QStringLiteral("d.deck"),
                               QLatin1String(kHead)
                                   + QStringLiteral("## tree abc\ncovers: S1-F1\nRoot: r\nBranches:\n- a\n  detect: d\n  fix: f\n  covers: S1-F1.1\n"
                                                    "  - a1\n    detect: d\n    fix: f\n    covers: S1-F1.2\n\n"
                                                    "## layers abd\ncovers: S1-M1\nQuestion: q\nLayers:\n- L\n  metrics: m\n  drives: d\n  covers: S1-M1.1\n"));
    LintOptions options;
    options.checklistPath = checklist;
    const LintReport report = DeckLinter::lint({deck}, options);
    QCOMPARE(report.issues.size(), size_t(1));
    QCOMPARE(report.issues[0].kind, DeckIssue::Kind::Uncovered);
    QCOMPARE(report.issues[0].file, checklist);
    QCOMPARE(report.issues[0].line, 8);
}

void TestDeckLint::copyCheckFindsCopiedRun()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("seeds")));
    write(dir, QStringLiteral("seeds/s.txt"),
          QStringLiteral("Intro. The quick brown fox jumps over the lazy dog near the <b>river</b> bank today. End."));
    const QString deck = write(dir, QStringLiteral("d.deck"),
                               QLatin1String(kHead)
                                   + QStringLiteral("## basic abc\nFront: What happened?\nBack: **The quick** brown fox, jumps\nover the lazy dog near the river!\n\n"
                                                    "## basic abd\nFront: The quick brown fox jumps over a lazy dog near the river\nBack: b\n"));
    LintOptions options;
    options.seedsDir = dir.filePath(QStringLiteral("seeds"));
    const LintReport report = DeckLinter::lint({deck}, options);
    QCOMPARE(report.issues.size(), size_t(1));
    QCOMPARE(report.issues[0].kind, DeckIssue::Kind::Copied);
    QCOMPARE(report.issues[0].line, 7);
    QCOMPARE(CopyChecker::words(QStringLiteral("It’s <i>50%</i> of $3,000!")),
             (QStringList{QStringLiteral("its"), QStringLiteral("50%"), QStringLiteral("of"), QStringLiteral("$3"), QStringLiteral("000")}));
}

void TestDeckLint::copyCheckSeesThroughCloze()
{
    // "{{c2::" used to become the word "c2" and cut a copied run in two.
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("seeds")));
    write(dir, QStringLiteral("seeds/s.txt"), QStringLiteral("Staged rollout goes 1% to 10% with automated guardrail monitoring and a rollback trigger at each stage."));
    const QString deck = write(dir, QStringLiteral("d.deck"),
                               QLatin1String(kHead)
                                   + QStringLiteral("## cloze abc\nText: It goes {{c1::1% to 10%}} with {{c2::automated guardrail monitoring::what watches}}\n"
                                                    "and a rollback trigger at each stage.\n"));
    LintOptions options;
    options.seedsDir = dir.filePath(QStringLiteral("seeds"));
    const LintReport report = DeckLinter::lint({deck}, options);
    QCOMPARE(report.issues.size(), size_t(1));
    QCOMPARE(report.issues[0].kind, DeckIssue::Kind::Copied);
    QCOMPARE(report.issues[0].line, 6);
    QCOMPARE(CopyChecker::stripCloze(QStringLiteral("a {{c12::b::hint}} c {{c1::d}}\ne")), QStringLiteral("a  b  c  d \ne"));
}

void TestDeckLint::authoringRules_data()
{
    QTest::addColumn<QString>("block");      // one note, starting at line 5
    QTest::addColumn<int>("line");           // 0: lint is clean
    QTest::addColumn<DeckIssue::Kind>("kind");
    using K = DeckIssue::Kind;
    const QString pair = QStringLiteral("## pair abc\nQuestion: q\nWeak: w\nStrong: s\nWhy: y\n");
    const QString model = QStringLiteral("word ").repeated(100).trimmed();
    QTest::newRow("pair with two points") << pair + QStringLiteral("points:\n- a\n- b\n") << 0 << K::BadPoints;
    QTest::newRow("pair with five points") << pair + QStringLiteral("points:\n- a\n- b\n- c\n- d\n- e\n") << 0 << K::BadPoints;
    QTest::newRow("pair without points") << pair << 5 << K::BadPoints;
    QTest::newRow("pair with one point") << pair + QStringLiteral("points:\n- a\n") << 10 << K::BadPoints;
    QTest::newRow("pair with six points") << pair + QStringLiteral("points:\n- a\n- b\n- c\n- d\n- e\n- f\n") << 10 << K::BadPoints;
    QTest::newRow("tree without points is fine")
        << QStringLiteral("## tree abc\nRoot: r\nBranches:\n- a\n  detect: d\n  fix: f\n") << 0 << K::BadPoints;
    QTest::newRow("layers with one point")
        << QStringLiteral("## layers abc\nQuestion: q\nLayers:\n- A\n  metrics: m\n  drives: d\npoints:\n- a\n") << 11 << K::BadPoints;
    QTest::newRow("model of 100 words") << pair + QStringLiteral("Model: ") + model + QStringLiteral("\npoints:\n- a\n- b\n") << 0 << K::BadModel;
    QTest::newRow("model of 3 words") << pair + QStringLiteral("Model: far too short\npoints:\n- a\n- b\n") << 10 << K::BadModel;
    QTest::newRow("coverage id in a field") << QStringLiteral("## basic abc\nFront: f\nBack: see S0-P1 for more\n") << 7 << K::CoverageIdInText;
    QTest::newRow("coverage id in a branch")
        << QStringLiteral("## tree abc\nRoot: r\nBranches:\n- a\n  detect: d\n  fix: f (S1-F1.2)\n") << 8 << K::CoverageIdInText;
    QTest::newRow("coverage id in a layer")
        << QStringLiteral("## layers abc\nQuestion: q\nLayers:\n- A\n  metrics: m\n  drives: as S4-M1.5 says\n") << 8 << K::CoverageIdInText;
    QTest::newRow("coverage id in a point") << pair + QStringLiteral("points:\n- a (S0-P1)\n- b\n") << 10 << K::CoverageIdInText;
    QTest::newRow("coverage id in covers only") << QStringLiteral("## basic abc\ncovers: S0-P1\nFront: f\nBack: b\n") << 0 << K::CoverageIdInText;
}

void TestDeckLint::authoringRules()
{
    QFETCH(QString, block);
    QFETCH(int, line);
    QFETCH(DeckIssue::Kind, kind);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("a.deck"), QLatin1String(kHead) + block);
    // The importer's parser accepts all of these; only lint applies the authoring rules.
    QVERIFY(DeckParser::parseFile(path).ok());
    const LintReport report = DeckLinter::lint({path});
    QStringList got;
    for (const DeckIssue &i : report.issues)
        got << DeckLinter::format(i);
    if (line == 0) {
        QVERIFY2(report.clean(), qPrintable(got.join(QLatin1String(" | "))));
        return;
    }
    QCOMPARE(report.issues.size(), size_t(1));
    QCOMPARE(report.issues[0].kind, kind);
    QCOMPARE(report.issues[0].line, line);
}

void TestDeckLint::checklistDefinesIds()
{
    const auto ids = CoverageChecker::readChecklist(QStringLiteral(DEBRIEF_SHARED_DIR "/docs/deck-coverage.md"));
    QVERIFY(ids.ok());
    // The checklist says it defines 291 ids.
    QCOMPARE(int(ids->size()), 291);
    QCOMPARE(ids->front().id, QStringLiteral("S0-P1"));
}

void TestDeckLint::bundledDecksLintClean()
{
    const LintReport report = DeckLinter::lint({QStringLiteral(DEBRIEF_SOURCE_DIR "/decks")});
    QVERIFY(report.files > 0);
    QStringList lines;
    for (const DeckIssue &i : report.issues)
        lines << DeckLinter::format(i);
    QVERIFY2(report.clean(), qPrintable(lines.join(QLatin1Char('\n'))));
}

void TestDeckLint::bundledDecksCoverChecklist()
{
    LintOptions options;
    options.checklistPath = QStringLiteral(DEBRIEF_SHARED_DIR "/docs/deck-coverage.md");
    const LintReport report = DeckLinter::lint({QStringLiteral(DEBRIEF_SOURCE_DIR "/decks")}, options);
    QStringList uncovered;
    for (const DeckIssue &i : report.issues)
        if (i.kind == DeckIssue::Kind::Uncovered)
            uncovered << DeckLinter::format(i);
    QVERIFY2(uncovered.isEmpty(), qPrintable(uncovered.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDeckLint)
#include "tst_decklint.moc"
