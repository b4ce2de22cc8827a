#include "decks/builtinnotetypes.h"
#include "decks/deckimporter.h"
#include "decks/deckparser.h"
#include "render/debriefcardrenderer.h"

#include <QtTest>

using namespace debrief;

// Question/answer HTML for each card of Debrief's own kinds: what must (and must not) be shown.
class TestDebriefCardRenderer : public QObject {
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void pairLayout();
    void wholeTreeHidesBranches();
    void branchCardShowsItsChain();
    void layersAsBands();
};

namespace {

RenderedCard renderBlock(const QString &block, int ord)
{
    const DeckParseResult parsed = DeckParser::parse(QStringLiteral("deck: R\n\n") + block);
    if (!parsed.ok())
        return {};
    const DeckNote &dn = parsed.deck.notes.front();
    Note note;
    note.fields = DeckImporter::noteFields(dn);
    return DebriefCardRenderer::render(note, BuiltinNotetypes::make(dn.kind), ord);
}

const QString kTree = QStringLiteral("## tree t-one\nRoot: Bot fails\nBranches:\n- Retrieval misses\n  detect: recall drops\n  fix: hybrid search\n"
                                     "  - Tables cut\n    detect: table pages\n    fix: table chunking\n- Ignores context\n  detect: spot checks\n  fix: cite\n");

} // namespace

void TestDebriefCardRenderer::pairLayout()
{
    const QString block = QStringLiteral(
        "## pair p-two\nQuestion: How do you open?\nWeak: The stack tour\nStrong: The user problem\nWhy: Ownership\n"
        "Model: I start with who was hurting and what it cost them.\npoints:\n- opens with the user\n- names the budget\n");
    const RenderedCard card = renderBlock(block, 0);
    QVERIFY(card.question.contains(QLatin1String("class=\"dbf-typein\"")));
    QVERIFY(!card.question.contains(QLatin1String("dbf-strong")));
    const QString back = card.answer.mid(card.answer.indexOf(QLatin1String("<hr id=\"answer\">")));
    QVERIFY(back.contains(QLatin1String("class=\"dbf-typed\"")));
    // Strong first, then the model answer, then the weak one marked as the trap, then why.
    const int strong = back.indexOf(QLatin1String("The user problem"));
    const int model = back.indexOf(QLatin1String("who was hurting"));
    const int trap = back.indexOf(QLatin1String("dbf-trap"));
    const int weak = back.indexOf(QLatin1String("The stack tour"));
    const int why = back.indexOf(QLatin1String("Ownership"));
    QVERIFY(strong > 0);
    QVERIFY(model > strong);
    QVERIFY(trap > model);
    QVERIFY(weak > trap);
    QVERIFY(why > weak);
    // The rubric points are for rehearsal, never card text.
    for (const QString &side : {card.question, card.answer}) {
        QVERIFY(!side.contains(QLatin1String("opens with the user")));
        QVERIFY(!side.contains(QLatin1String("names the budget")));
    }
    QVERIFY(card.css.contains(QLatin1String("body.dark .dbf-trap")));
    // Without a Model field there is no empty model box.
    QVERIFY(!renderBlock(QStringLiteral("## pair p-three\nQuestion: Q?\nWeak: W\nStrong: S\nWhy: Y\n"), 0).answer.contains(
        QLatin1String("dbf-model")));
}

void TestDebriefCardRenderer::wholeTreeHidesBranches()
{
    const RenderedCard card = renderBlock(kTree, 0);
    // Three branches at two depths, each hidden until the learner asks for the next one.
    QCOMPARE(card.answer.count(QLatin1String("<li class=\"dbf-branch dbf-hidden\">")), 3);
    QCOMPARE(card.answer.count(QLatin1String("class=\"dbf-cols\"")), 3);
    QCOMPARE(card.answer.count(QLatin1String("class=\"dbf-detect\"")), 3);
    QCOMPARE(card.answer.count(QLatin1String("class=\"dbf-fix\"")), 3);
    // The sub-branch is nested inside its parent's item, after the parent's columns.
    const int parent = card.answer.indexOf(QLatin1String("Retrieval misses"));
    const int child = card.answer.indexOf(QLatin1String("Tables cut"));
    const int sibling = card.answer.indexOf(QLatin1String("Ignores context"));
    QVERIFY(parent > 0 && child > card.answer.indexOf(QLatin1String("hybrid search")) && sibling > child);
    QVERIFY(!card.question.contains(QLatin1String("dbf-branch")));
    // The back names the root once (the question above the rule already shows it).
    QCOMPARE(card.answer.count(QLatin1String("Bot fails")), 1);
    // The hint counts the branches shown: one sentence per count 0..3, the "0 of 3" one showing
    // until the card view's script moves the mark as N reveals branches.
    QCOMPARE(card.answer.count(QLatin1String("class=\"dbf-shown")), 4);
    QVERIFY(card.answer.contains(QLatin1String("<span class=\"dbf-shown dbf-current\">0 of 3 cause(s) shown.")));
    QVERIFY(card.answer.contains(QLatin1String("<span class=\"dbf-shown\">3 of 3 cause(s) shown.")));
}

void TestDebriefCardRenderer::branchCardShowsItsChain()
{
    const RenderedCard card = renderBlock(kTree, 2);   // "Tables cut", under "Retrieval misses"
    QVERIFY(card.question.contains(QLatin1String("<li class=\"dbf-branch dbf-context\"><div class=\"dbf-cause\">Retrieval misses")));
    QVERIFY(card.question.contains(QLatin1String("<li class=\"dbf-branch dbf-target\"><div class=\"dbf-cause\">Tables cut")));
    QVERIFY(!card.question.contains(QLatin1String("Ignores context")));   // siblings are not its context
    QVERIFY(!card.question.contains(QLatin1String("recall drops")));     // nor the parent's answer
    QVERIFY(!card.question.contains(QLatin1String("dbf-detect")));
    const QString back = card.answer.mid(card.answer.indexOf(QLatin1String("<hr id=\"answer\">")));
    QVERIFY(back.contains(QLatin1String("table pages")));
    QVERIFY(back.contains(QLatin1String("table chunking")));
    QVERIFY(!back.contains(QLatin1String("hybrid search")));
    // The chain appears once on the back, revealed, not the question's copy and then its own.
    QCOMPARE(card.answer.count(QLatin1String("Bot fails")), 1);
    QCOMPARE(card.answer.count(QLatin1String("Tables cut")), 1);
}

void TestDebriefCardRenderer::layersAsBands()
{
    const QString block = QStringLiteral("## layers l-two\nQuestion: Which layers?\nLayers:\n- Business\n  metrics: cost per ticket\n  drives: budget\n"
                                         "- Product\n  metrics: resolution rate\n  drives: roadmap\n"
                                         "- Model\n  metrics: accuracy\n  drives: ship gate\n");
    const RenderedCard whole = renderBlock(block, 0);
    // From the decision-making end (band 0) down to the diagnostic end (band 4), in file order.
    const int business = whole.answer.indexOf(QLatin1String("<div class=\"dbf-band dbf-band-0\"><div class=\"dbf-layer\">Business"));
    const int product = whole.answer.indexOf(QLatin1String("<div class=\"dbf-band dbf-band-2\"><div class=\"dbf-layer\">Product"));
    const int model = whole.answer.indexOf(QLatin1String("<div class=\"dbf-band dbf-band-4\"><div class=\"dbf-layer\">Model"));
    QVERIFY(business > 0);
    QVERIFY(product > business);
    QVERIFY(model > product);
    QCOMPARE(whole.answer.count(QLatin1String("class=\"dbf-drives\"")), 3);
    QVERIFY(!whole.question.contains(QLatin1String("dbf-band")));

    const RenderedCard one = renderBlock(block, 2);   // Product
    QVERIFY(one.question.contains(QLatin1String("<div class=\"dbf-band dbf-band-2 dbf-asked\"><div class=\"dbf-layer\">Product</div></div>")));
    QVERIFY(one.question.contains(QLatin1String("Business")));   // the stack is shown as context
    QVERIFY(!one.question.contains(QLatin1String("resolution rate")));
    QVERIFY(one.answer.contains(QLatin1String("resolution rate")));
    QVERIFY(!one.answer.contains(QLatin1String("cost per ticket")));   // only the asked layer opens
}

void TestDebriefCardRenderer::render_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<int>("ord");
    QTest::addColumn<QStringList>("inQuestion");
    QTest::addColumn<QStringList>("notInQuestion");
    QTest::addColumn<QStringList>("inAnswer");

    const QString pair = QStringLiteral("## pair p-one\nQuestion: How do you open?\nWeak: The stack tour\nStrong: The user problem\nWhy: Ownership\n");
    QTest::newRow("basic: markdown, html escaped")
        << QStringLiteral("## basic b-one\nFront: What is **bold** <b>?\nBack: This\n") << 0
        << QStringList{QStringLiteral("<strong>bold</strong>"), QStringLiteral("&lt;b&gt;")} << QStringList{QStringLiteral("This")}
        << QStringList{QStringLiteral("This")};
    QTest::newRow("reversed ord 1 asks the back") << QStringLiteral("## reversed r-one\nFront: Term\nBack: Meaning\n") << 1
                                                  << QStringList{QStringLiteral("Meaning")} << QStringList{QStringLiteral("Term")}
                                                  << QStringList{QStringLiteral("Term")};
    QTest::newRow("cloze 1 hides only c1")
        << QStringLiteral("## cloze c-one\nText: {{c1::Paris}} is in {{c2::France::country}}.\nExtra: Geography\n") << 0
        << QStringList{QStringLiteral("[...]"), QStringLiteral("France")} << QStringList{QStringLiteral("Paris")}
        << QStringList{QStringLiteral("<span class=\"cloze\">Paris</span>"), QStringLiteral("Geography")};
    QTest::newRow("cloze 2 shows its hint")
        << QStringLiteral("## cloze c-one\nText: {{c1::Paris}} is in {{c2::France::country}}.\n") << 1
        << QStringList{QStringLiteral("[country]"), QStringLiteral("Paris")} << QStringList{QStringLiteral("France")}
        << QStringList{QStringLiteral("France")};
    QTest::newRow("pair ord 0: question, strong + why + struck weak") << pair << 0 << QStringList{QStringLiteral("How do you open?")}
                                                                      << QStringList{QStringLiteral("The user problem"), QStringLiteral("The stack tour")}
                                                                      << QStringList{QStringLiteral("The user problem"), QStringLiteral("Ownership"),
                                                                                     QStringLiteral("<s>The stack tour</s>")};
    QTest::newRow("pair ord 1: what is weak") << pair << 1 << QStringList{QStringLiteral("What is weak"), QStringLiteral("The stack tour")}
                                              << QStringList{QStringLiteral("The user problem"), QStringLiteral("Ownership")}
                                              << QStringList{QStringLiteral("Ownership"), QStringLiteral("The user problem")};
    const QString tree = QStringLiteral("## tree t-one\nRoot: Bot fails\nBranches:\n- Retrieval misses\n  detect: recall drops\n  fix: hybrid search\n"
                                        "  - Tables cut\n    detect: table pages\n    fix: table chunking\n- Ignores context\n  detect: spot checks\n  fix: cite\n");
    QTest::newRow("tree ord 0: name every cause") << tree << 0 << QStringList{QStringLiteral("Name every cause"), QStringLiteral("Bot fails")}
                                                  << QStringList{QStringLiteral("Retrieval misses")}
                                                  << QStringList{QStringLiteral("Retrieval misses"), QStringLiteral("Tables cut"), QStringLiteral("cite")};
    QTest::newRow("tree ord 2: the sub-branch") << tree << 2 << QStringList{QStringLiteral("Bot fails"), QStringLiteral("Tables cut")}
                                                << QStringList{QStringLiteral("table chunking")}
                                                << QStringList{QStringLiteral("table pages"), QStringLiteral("table chunking")};
    QTest::newRow("tree ord 1 lists its sub-causes") << tree << 1 << QStringList{QStringLiteral("Retrieval misses")}
                                                     << QStringList{QStringLiteral("hybrid search")}
                                                     << QStringList{QStringLiteral("hybrid search"), QStringLiteral("Tables cut")};
    const QString layers = QStringLiteral("## layers l-one\nQuestion: Which layers?\nLayers:\n- Business\n  metrics: cost per ticket\n  drives: budget\n"
                                          "- Model\n  metrics: accuracy\n  drives: ship gate\n");
    QTest::newRow("layers ord 0: the whole stack") << layers << 0 << QStringList{QStringLiteral("Which layers?")}
                                                   << QStringList{QStringLiteral("Business")}
                                                   << QStringList{QStringLiteral("Business"), QStringLiteral("ship gate")};
    QTest::newRow("layers ord 2: one layer") << layers << 2 << QStringList{QStringLiteral("Model")}
                                             << QStringList{QStringLiteral("accuracy")}
                                             << QStringList{QStringLiteral("accuracy"), QStringLiteral("ship gate")};
}

void TestDebriefCardRenderer::render()
{
    QFETCH(QString, block);
    QFETCH(int, ord);
    QFETCH(QStringList, inQuestion);
    QFETCH(QStringList, notInQuestion);
    QFETCH(QStringList, inAnswer);
    const DeckParseResult parsed = DeckParser::parse(QStringLiteral("deck: R\n\n") + block);
    QVERIFY(parsed.ok());
    const DeckNote &dn = parsed.deck.notes.front();
    Note note;
    note.fields = DeckImporter::noteFields(dn);
    const Notetype nt = BuiltinNotetypes::make(dn.kind);
    const RenderedCard card = DebriefCardRenderer::render(note, nt, ord);
    for (const QString &s : inQuestion)
        QVERIFY2(card.question.contains(s), qPrintable(s + QLatin1String(" not in ") + card.question));
    for (const QString &s : notInQuestion)
        QVERIFY2(!card.question.contains(s), qPrintable(s + QLatin1String(" in ") + card.question));
    for (const QString &s : inAnswer)
        QVERIFY2(card.answer.contains(s), qPrintable(s + QLatin1String(" not in ") + card.answer));
}

QTEST_GUILESS_MAIN(TestDebriefCardRenderer)
#include "tst_debriefcardrenderer.moc"
