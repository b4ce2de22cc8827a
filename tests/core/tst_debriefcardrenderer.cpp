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
};

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
