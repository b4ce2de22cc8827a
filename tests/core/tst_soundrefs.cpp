// Which sounds a card side plays: read from HTML rendered as the review screen gets it
// (Anki template, then the sanitiser), never from hand-written <audio> markup alone.
#include "model/stocknotetypes.h"
#include "render/ankitemplate.h"
#include "render/htmlsanitizer.h"
#include "render/soundrefs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;

class TestSoundRefs : public QObject {
    Q_OBJECT

private:
    // Both sides of a Basic card, as CardRenderer makes them; a non-empty format replaces Basic's.
    static RenderedCard render(const QString &front, const QString &back, const QString &questionFormat = QString(),
                               const QString &answerFormat = QString())
    {
        CardTemplate tmpl = StockNotetypes::basic().templates.front();
        if (!questionFormat.isEmpty())
            tmpl.questionFormat = questionFormat;
        if (!answerFormat.isEmpty())
            tmpl.answerFormat = answerFormat;
        AnkiCardContext ctx;
        ctx.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
        ctx.fieldValues = QStringList{front, back};
        auto card = AnkiTemplate::renderCard(tmpl, ctx);
        if (!card)
            qFatal("%s", qPrintable(card.error().message));
        card->question = HtmlSanitizer::sanitize(card->question);
        card->answer = HtmlSanitizer::sanitize(card->answer);
        return *card;
    }

private slots:
    void question_data();
    void question();
    void answer_data();
    void answer();
    void answerReplay();
    void handWrittenAudio_data();
    void handWrittenAudio();
    void resolve();
};

void TestSoundRefs::question_data()
{
    QTest::addColumn<QString>("front");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no sounds") << "<b>What is recall?</b>" << QStringList{};
    QTest::newRow("one sound") << "Listen [sound:a.mp3]" << QStringList{"a.mp3"};
    QTest::newRow("sounds in the order they appear") << "[sound:b.mp3] then [sound:a.mp3]" << QStringList{"b.mp3", "a.mp3"};
    QTest::newRow("a repeated sound plays twice, as in Anki") << "[sound:a.mp3][sound:a.mp3]" << QStringList{"a.mp3", "a.mp3"};
    QTest::newRow("spaces and non-ASCII survive percent-encoding") << "[sound:héllo wörld.mp3]" << QStringList{"héllo wörld.mp3"};
    QTest::newRow("HTML entity in the name names the file") << "[sound:rock&amp;roll.mp3]" << QStringList{"rock&roll.mp3"};
    QTest::newRow("dots inside a name are fine") << "[sound:a..b.mp3]" << QStringList{"a..b.mp3"};
    QTest::newRow("../ is ignored, the rest still plays") << "[sound:../secret.mp3][sound:a.mp3]" << QStringList{"a.mp3"};
    QTest::newRow("a folder in the name is ignored") << "[sound:sub/a.mp3]" << QStringList{};
    QTest::newRow("an absolute path is ignored") << "[sound:/etc/passwd]" << QStringList{};
    QTest::newRow("a backslash is ignored") << "[sound:..\\a.mp3]" << QStringList{};
    QTest::newRow("a drive letter is ignored") << "[sound:C:a.mp3]" << QStringList{};
    QTest::newRow(".. alone is ignored") << "[sound:..]" << QStringList{};
}

void TestSoundRefs::question()
{
    QFETCH(QString, front);
    QFETCH(QStringList, expected);
    const RenderedCard card = render(front, QStringLiteral("back"));
    QCOMPARE(SoundRefs::forQuestion(card.question), expected);
}

void TestSoundRefs::answer_data()
{
    QTest::addColumn<QString>("front");
    QTest::addColumn<QString>("back");
    QTest::addColumn<QString>("questionFormat");   // empty: Basic's {{Front}}
    QTest::addColumn<QString>("answerFormat");     // empty: Basic's {{FrontSide}}<hr id=answer>{{Back}}
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no sounds") << "Q" << "A" << "" << "" << QStringList{};
    QTest::newRow("the question's sound is not replayed") << "[sound:a.mp3]" << "A" << "" << "" << QStringList{};
    QTest::newRow("only the back's sound plays") << "[sound:a.mp3]" << "[sound:b.mp3]" << "" << "" << QStringList{"b.mp3"};
    QTest::newRow("back sounds in order") << "[sound:a.mp3][sound:b.mp3]" << "[sound:c.mp3] and [sound:d.mp3]" << "" << ""
                                          << QStringList{"c.mp3", "d.mp3"};
    QTest::newRow("the back repeating the front's sound plays it once") << "[sound:a.mp3]" << "[sound:a.mp3]" << "" << ""
                                                                      << QStringList{"a.mp3"};
    QTest::newRow("duplicates on the back both play") << "Q" << "[sound:b.mp3][sound:b.mp3]" << "" << ""
                                                      << QStringList{"b.mp3", "b.mp3"};
    QTest::newRow("unsafe names on the back are ignored") << "Q" << "[sound:../b.mp3][sound:x/b.mp3][sound:b.mp3]" << "" << ""
                                                          << QStringList{"b.mp3"};
    QTest::newRow("an answer template without FrontSide") << "[sound:a.mp3]" << "[sound:b.mp3]" << "" << "{{Back}}"
                                                          << QStringList{"b.mp3"};
    // HTML cannot tell {{Front}} from {{FrontSide}}: either way the question's sounds stay quiet
    // (Anki would replay {{Front}}'s).
    QTest::newRow("{{Front}} on the back counts as the question") << "[sound:a.mp3]" << "[sound:b.mp3]"
                                                                   << "" << "{{Front}}<hr id=answer>{{Back}}" << QStringList{"b.mp3"};
    // {{FrontSide}} drops the type-in box, so the answer does not repeat the question verbatim.
    QTest::newRow("type-in answer box on the question") << "[sound:a.mp3]" << "[sound:b.mp3]"
                                                        << "{{Front}}{{type:Back}}" << "" << QStringList{"b.mp3"};
}

void TestSoundRefs::answer()
{
    QFETCH(QString, front);
    QFETCH(QString, back);
    QFETCH(QString, questionFormat);
    QFETCH(QString, answerFormat);
    QFETCH(QStringList, expected);
    const RenderedCard card = render(front, back, questionFormat, answerFormat);
    QCOMPARE(SoundRefs::forAnswer(card.question, card.answer), expected);
}

void TestSoundRefs::answerReplay()
{
    // R on the answer side: Anki's default replays the question's sounds first.
    const RenderedCard card = render(QStringLiteral("[sound:a.mp3]"), QStringLiteral("[sound:b.mp3]"));
    QCOMPARE(SoundRefs::forAnswerReplay(card.question, card.answer), (QStringList{"a.mp3", "b.mp3"}));
    const RenderedCard silent = render(QStringLiteral("Q"), QStringLiteral("A"));
    QCOMPARE(SoundRefs::forAnswerReplay(silent.question, silent.answer), QStringList{});
}

void TestSoundRefs::handWrittenAudio_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("an <audio> without class sound is the page's") << "<audio controls src=\"x.mp3\"></audio>" << QStringList{};
    QTest::newRow("class sound among others, single quotes") << "<AUDIO class='big sound' src='x.mp3'>" << QStringList{"x.mp3"};
    QTest::newRow("unquoted attributes") << "<audio src=x.mp3 class=sound>" << QStringList{"x.mp3"};
    QTest::newRow("a class that only contains 'sound'") << "<audio class=\"soundtrack\" src=\"x.mp3\">" << QStringList{};
    QTest::newRow("percent-encoded ../ is ignored") << "<audio class=\"sound\" src=\"..%2Fx.mp3\">" << QStringList{};
    QTest::newRow("no src") << "<audio class=\"sound\" controls>" << QStringList{};
}

void TestSoundRefs::handWrittenAudio()
{
    QFETCH(QString, html);
    QFETCH(QStringList, expected);
    QCOMPARE(SoundRefs::inHtml(html), expected);
}

void TestSoundRefs::resolve()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QDir media(root.filePath(QStringLiteral("media")));
    QVERIFY(QDir().mkpath(media.path()));
    for (const QString &name : {QStringLiteral("a.wav"), QStringLiteral("b.wav"), QStringLiteral("../outside.wav")}) {
        QFile f(media.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("RIFF");
    }
    QVERIFY(media.mkdir(QStringLiteral("folder.wav")));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("outside.wav")), media.filePath(QStringLiteral("escape.wav"))));
    QVERIFY(QFile::link(media.filePath(QStringLiteral("a.wav")), media.filePath(QStringLiteral("alias.wav"))));

    const QStringList names{QStringLiteral("b.wav"),       QStringLiteral("missing.wav"), QStringLiteral("a.wav"),
                            QStringLiteral("../outside.wav"), QStringLiteral("folder.wav"), QStringLiteral("escape.wav"),
                            QStringLiteral("alias.wav"),   QStringLiteral("b.wav")};
    const QStringList expected{media.filePath(QStringLiteral("b.wav")), media.filePath(QStringLiteral("a.wav")),
                               media.filePath(QStringLiteral("alias.wav")), media.filePath(QStringLiteral("b.wav"))};
    QCOMPARE(SoundRefs::resolve(names, media.path()), expected);
    QCOMPARE(SoundRefs::resolve(names, root.filePath(QStringLiteral("nonexistent"))), QStringList{});
}

QTEST_GUILESS_MAIN(TestSoundRefs)
#include "tst_soundrefs.moc"
