// CardRenderer on a real collection file: edited note types show at once, and hostile cards end
// in a "too large or complex" message instead of a frozen or crashed review screen.
#include "decks/builtinnotetypes.h"
#include "render/cardrenderer.h"
#include "storage/collection.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;

class TestCardRenderer : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEditedTemplateOnNextCard();
    void refusesRenderBombs_data();
    void refusesRenderBombs();
    void rendersLongButHarmlessFields_data();
    void rendersLongButHarmlessFields();

private:
    // A note of a new note type with these templates and one card of template `ord`.
    Card addCard(Notetype nt, const QStringList &fields, int ord = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Collection> m_c;
};

static QString repeated(const QString &unit, int times)
{
    QString out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

static Notetype basic(const QString &question, const QString &answer = QStringLiteral("{{FrontSide}}<hr id=answer>{{Back}}"))
{
    Notetype nt;
    nt.name = QStringLiteral("Basic");
    nt.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
    nt.templates = {CardTemplate{QStringLiteral("Card 1"), question, answer}};
    return nt;
}

static Notetype cloze()
{
    Notetype nt;
    nt.name = QStringLiteral("Cloze");
    nt.kind = NotetypeKind::Cloze;
    nt.fieldNames = QStringList{QStringLiteral("Text"), QStringLiteral("Extra")};
    nt.templates = {CardTemplate{QStringLiteral("Cloze"), QStringLiteral("{{cloze:Text}}"), QStringLiteral("{{cloze:Text}}<br>{{Extra}}")}};
    return nt;
}

void TestCardRenderer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto c = Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite")));
    QVERIFY(c.ok());
    m_c = std::move(*c);
}

void TestCardRenderer::cleanup()
{
    m_c.reset();
    m_dir.reset();
}

Card TestCardRenderer::addCard(Notetype nt, const QStringList &fields, int ord)
{
    auto type = m_c->addNotetype(nt);
    if (!type)
        qFatal("addNotetype: %s", qPrintable(type.error().message));
    auto deck = m_c->ensureDeck(QStringLiteral("Default"));
    if (!deck)
        qFatal("ensureDeck: %s", qPrintable(deck.error().message));
    Note n;
    n.notetypeId = type->id;
    n.fields = fields;
    auto note = m_c->addNote(n);
    if (!note)
        qFatal("addNote: %s", qPrintable(note.error().message));
    Card card;
    card.noteId = note->id;
    card.deckId = deck->id;
    card.ord = ord;
    auto added = m_c->addCard(card);
    if (!added)
        qFatal("addCard: %s", qPrintable(added.error().message));
    return *added;
}

// One renderer lives as long as the review screen; an import or edit in between must show.
void TestCardRenderer::showsEditedTemplateOnNextCard()
{
    Notetype nt = basic(QStringLiteral("Old: {{Front}}"));
    nt.modifiedSecs = 1700000000;
    const Card card = addCard(nt, {QStringLiteral("capital of France"), QStringLiteral("Paris")});
    CardRenderer renderer(*m_c);
    auto before = renderer.render(card);
    QVERIFY(before.ok());
    QCOMPARE(before->question, QStringLiteral("Old: capital of France"));

    // As an import of the same note type does: same id, same (Anki) modification time.
    auto stored = m_c->notetype(m_c->note(card.noteId)->notetypeId);
    QVERIFY(stored.ok());
    Notetype edited = *stored;
    edited.templates[0].questionFormat = QStringLiteral("New: {{Front}}?");
    edited.css = QStringLiteral(".card { color: red }");
    QVERIFY(m_c->updateNotetype(edited).ok());

    auto after = renderer.render(card);
    QVERIFY(after.ok());
    QCOMPARE(after->question, QStringLiteral("New: capital of France?"));
    QCOMPARE(after->css, QStringLiteral(".card { color: red }"));
}

void TestCardRenderer::refusesRenderBombs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("questionFormat");
    QTest::addColumn<QString>("field");
    QTest::newRow("a million {{c1:: in a cloze field") << "cloze" << QString() << repeated(QStringLiteral("{{c1::"), 1000000);
    QTest::newRow("a million {{c1:: in a Debrief cloze") << "debrief-cloze" << QString() << repeated(QStringLiteral("{{c1::"), 1000000);
    QTest::newRow("a million nested {{#Front}} sections")
        << "basic" << repeated(QStringLiteral("{{#Front}}"), 1000000) + QStringLiteral("x") + repeated(QStringLiteral("{{/Front}}"), 1000000)
        << QStringLiteral("front");
    QTest::newRow("a thousand nested {{#Front}} sections")
        << "basic" << repeated(QStringLiteral("{{#Front}}"), 1000) + QStringLiteral("x") + repeated(QStringLiteral("{{/Front}}"), 1000)
        << QStringLiteral("front");
    QTest::newRow("a million unclosed {{#Front}}") << "basic" << repeated(QStringLiteral("{{#Front}}"), 1000000) << QStringLiteral("front");
    QTest::newRow("a 100 KB field repeated 100 times") << "basic" << repeated(QStringLiteral("{{Front}}"), 100)
                                                        << repeated(QStringLiteral("x"), 100000);
    QTest::newRow("a million nested divs in a field") << "basic" << QStringLiteral("{{Front}}") << repeated(QStringLiteral("<div>"), 1000000);
}

void TestCardRenderer::refusesRenderBombs()
{
    QFETCH(QString, kind);
    QFETCH(QString, questionFormat);
    QFETCH(QString, field);
    Card card;
    if (kind == QLatin1String("cloze"))
        card = addCard(cloze(), {field, QString()});
    else if (kind == QLatin1String("debrief-cloze"))
        card = addCard(BuiltinNotetypes::make(DeckKind::Cloze), {field, QString()});
    else
        card = addCard(basic(questionFormat), {field, QStringLiteral("back")});
    CardRenderer renderer(*m_c);
    auto out = renderer.render(card);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind, Error::Kind::Unsafe);
    QVERIFY2(out.error().message.contains(QLatin1String("too large or complex")), qPrintable(out.error().message));
}

// Under the limits, shapes that were quadratic or recursive render, their braces as text.
void TestCardRenderer::rendersLongButHarmlessFields_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expectedStart");
    QTest::newRow("100000 unclosed {{c1::") << "cloze" << repeated(QStringLiteral("{{c1::"), 100000) + QStringLiteral("{{c1::x}}")
                                            << QStringLiteral("{{c1::{{c1::");
    QTest::newRow("100000 unclosed {{c1:: in a Debrief cloze") << "debrief-cloze" << repeated(QStringLiteral("{{c1::"), 100000)
                                                               << QStringLiteral("<div class=\"question\"><p>{{c1::{{c1::");
    QTest::newRow("clozes nested 40 deep") << "cloze"
                                           << repeated(QStringLiteral("{{c1::a"), 40) + repeated(QStringLiteral("}}"), 40)
                                           << QStringLiteral("<span class=\"cloze\" data-cloze=\"a");
}

void TestCardRenderer::rendersLongButHarmlessFields()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, expectedStart);
    const Card card = kind == QLatin1String("cloze") ? addCard(cloze(), {field, QString()})
                                                     : addCard(BuiltinNotetypes::make(DeckKind::Cloze), {field, QString()});
    CardRenderer renderer(*m_c);
    auto out = renderer.render(card);
    QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
    QVERIFY2(out->question.startsWith(expectedStart), qPrintable(out->question.left(200)));
}

QTEST_GUILESS_MAIN(TestCardRenderer)
#include "tst_cardrenderer.moc"
