// Anki card templates: replacements, sections, filters, cloze, special fields, and real fixtures.
#include "import/ankipackageimporter.h"
#include "render/ankitemplate.h"
#include "storage/collection.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;

class TestAnkiTemplate : public QObject {
    Q_OBJECT

private:
    static AnkiCardContext basicContext()
    {
        AnkiCardContext ctx;
        ctx.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back"), QStringLiteral("Extra"),
                                     QStringLiteral("Text")};
        ctx.fieldValues = QStringList{QStringLiteral("<b>Hello</b>"), QStringLiteral("World"), QStringLiteral("<br>"),
                                      QStringLiteral("{{c1::Paris::city}} is in {{c2::France}}")};
        ctx.tags = QStringList{QStringLiteral("geo"), QStringLiteral("eu::fr")};
        ctx.notetypeName = QStringLiteral("Basic");
        ctx.deckName = QStringLiteral("Languages::French");
        ctx.templateName = QStringLiteral("Card 1");
        ctx.cardOrd = 0;
        ctx.flag = 3;
        ctx.cardId = 42;
        return ctx;
    }

private slots:
    void render_data();
    void render();
    void errors_data();
    void errors();
    void frontSideOnAnswer();
    void hintOpensThroughDataAttribute();
    void clozeNumbers();
    void fixtureCloze();
};

void TestAnkiTemplate::render_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("answer");
    QTest::addColumn<QString>("expected");

    QTest::newRow("field is inserted unescaped") << "Q: {{Front}}" << false << "Q: <b>Hello</b>";
    QTest::newRow("whitespace inside braces is trimmed") << "{{ Back }}" << false << "World";
    QTest::newRow("section shown when field non-empty") << "{{#Back}}has back{{/Back}}" << false << "has back";
    QTest::newRow("section hidden when field is only <br>") << "{{#Extra}}x{{/Extra}}" << false << "";
    QTest::newRow("inverted section when empty") << "{{^Extra}}no extra{{/Extra}}" << false << "no extra";
    QTest::newRow("inverted section hidden when filled") << "{{^Front}}x{{/Front}}" << false << "";
    QTest::newRow("nested sections") << "{{#Front}}[{{#Back}}{{Back}}{{/Back}}]{{/Front}}" << false << "[World]";
    QTest::newRow("text filter strips HTML") << "{{text:Front}}" << false << "Hello";
    QTest::newRow("unknown filter passes the text through") << "{{nosuchfilter:Back}}" << false << "World";
    QTest::newRow("filters apply right to left") << "{{nosuch:text:Front}}" << false << "Hello";
    QTest::newRow("cloze question, active with hint") << "{{cloze:Text}}" << false
        << "<span class=\"cloze\" data-cloze=\"Paris\" data-ordinal=\"1\">[city]</span> is in "
           "<span class=\"cloze-inactive\" data-ordinal=\"2\">France</span>";
    QTest::newRow("cloze answer shows the answer") << "{{cloze:Text}}" << true
        << "<span class=\"cloze\" data-ordinal=\"1\">Paris</span> is in "
           "<span class=\"cloze-inactive\" data-ordinal=\"2\">France</span>";
    QTest::newRow("cloze-only gives the active text") << "{{cloze-only:Text}}" << true << "Paris";
    QTest::newRow("Tags special field") << "{{Tags}}" << false << "geo eu::fr";
    QTest::newRow("Type special field") << "{{Type}}" << false << "Basic";
    QTest::newRow("Deck special field") << "{{Deck}}" << false << "Languages::French";
    QTest::newRow("Subdeck special field") << "{{Subdeck}}" << false << "French";
    QTest::newRow("Card special field") << "{{Card}}" << false << "Card 1";
    QTest::newRow("CardFlag special field") << "{{CardFlag}}" << false << "flag3";
    QTest::newRow("HTML comments are dropped with handles in them") << "a<!-- {{Front}} -->b" << false << "ab";
    QTest::newRow("alternate delimiters") << "{{=<% %>=}}<%Back%> {{Back}}" << false << "World {{Back}}";
    QTest::newRow("unknown field is reported inline") << "{{Nope}}" << false << "{unknown field Nope}";
    QTest::newRow("type box on the question") << "{{type:Back}}" << false
        << "<input type=\"text\" id=\"typeans\" data-field=\"Back\" />";
    QTest::newRow("type answer on the back") << "{{type:Back}}" << true << "<div id=\"typeans\" class=\"typeans\">World</div>";
    QTest::newRow("sound tag becomes an audio element") << "[sound:a b.mp3]" << false
        << "<audio class=\"sound\" controls preload=\"none\" src=\"a%20b.mp3\"></audio>";
    QTest::newRow("furigana ruby") << "{{furigana:Back}}" << false << "World";
}

void TestAnkiTemplate::render()
{
    QFETCH(QString, format);
    QFETCH(bool, answer);
    QFETCH(QString, expected);
    const auto out = AnkiTemplate::render(format, basicContext(), answer);
    QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
    QCOMPARE(*out, expected);
}

// {{hint:}} must work under the card view's CSP, which refuses inline handlers: the link names
// its hint in data-hint and the view's own script opens it.
void TestAnkiTemplate::hintOpensThroughDataAttribute()
{
    const auto out = AnkiTemplate::render(QStringLiteral("{{hint:Back}}"), basicContext(), false);
    QVERIFY(out.ok());
    QVERIFY2(!out->contains(QLatin1String("onclick"), Qt::CaseInsensitive), qPrintable(*out));
    static const QRegularExpression shape(QStringLiteral(
        "^<a class=\"hint\" href=\"#\" data-hint=\"(hint\\d+)\">Back</a><div id=\"\\1\" class=\"hint\" style=\"display: none\">World</div>$"));
    QVERIFY2(shape.match(*out).hasMatch(), qPrintable(*out));
}

void TestAnkiTemplate::errors_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("unclosed section") << "{{#Front}}x";
    QTest::newRow("mismatched close") << "{{#Front}}x{{/Back}}";
    QTest::newRow("close without open") << "x{{/Front}}";
}

void TestAnkiTemplate::errors()
{
    QFETCH(QString, format);
    const auto out = AnkiTemplate::render(format, basicContext(), false);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind, Error::Kind::InvalidInput);
}

void TestAnkiTemplate::frontSideOnAnswer()
{
    const CardTemplate t{QStringLiteral("Card 1"), QStringLiteral("{{Front}}{{type:Back}}"),
                         QStringLiteral("{{FrontSide}}<hr id=answer>{{Back}}")};
    const auto card = AnkiTemplate::renderCard(t, basicContext());
    QVERIFY(card.ok());
    QCOMPARE(card->answer, QStringLiteral("<b>Hello</b><hr id=answer>World"));
}

void TestAnkiTemplate::clozeNumbers()
{
    QCOMPARE(AnkiTemplate::clozeNumbers(QStringLiteral("{{c1::a}} {{c3::b {{c2::c}}}} {{c1,4::d}} {{c0::z}}")),
             (QList<int>{1, 2, 3, 4}));
    // Nested: card 2 hides the inner cloze and shows the outer answer.
    QCOMPARE(AnkiTemplate::clozeOnly(QStringLiteral("{{c1::outer {{c2::inner}}}}"), 2), QStringLiteral("inner"));
}

void TestAnkiTemplate::fixtureCloze()
{
    QTemporaryDir dir;
    auto col = Collection::open(dir.filePath(QStringLiteral("collection.sqlite")));
    QVERIFY(col);
    Collection &c = **col;
    const ImportResult r = AnkiPackageImporter::importFile(
        c, QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/anki/synthetic/synthetic-latest.apkg"), {});
    QVERIFY(r.ok());
    auto nt = c.notetypeByName(QStringLiteral("Cloze"));
    QVERIFY(nt && nt->has_value());
    auto s = c.database().prepare(QStringLiteral("SELECT id FROM notes WHERE notetype_id = ?"));
    s->bind(1, (*nt)->id);
    QVERIFY(*s->step());
    const Note note = *c.note(s->int64(0));
    const auto cards = *c.cardsOfNote(note.id);
    QCOMPARE(int(cards.size()), 2);
    QStringList questions, answers;
    for (const Card &card : cards) {
        const auto deck = c.deck(card.deckId);
        const auto rendered = AnkiTemplate::renderCard((*nt)->templates.front(),
                                                       AnkiTemplate::context(note, **nt, card, deck->name));
        QVERIFY(rendered.ok());
        questions << rendered->question;
        answers << rendered->answer;
    }
    QVERIFY2(questions[0].contains(QLatin1String("[city]")), qPrintable(questions[0]));
    QVERIFY2(questions[1].contains(QLatin1String("[...]")), qPrintable(questions[1]));
    QVERIFY(!questions[0].contains(QLatin1String(">Paris<")));
    QVERIFY(answers[0].contains(QLatin1String("Paris")));
    QVERIFY(answers[1].contains(QLatin1String("France")));
}

QTEST_GUILESS_MAIN(TestAnkiTemplate)
#include "tst_ankitemplate.moc"
