// Code blocks in deck fields: highlighted spans with KDE Syntax-Highlighting (the Qt 5 flavour
// builds with KF5 and must really highlight), escaped plain text without it.
#include "render/codehighlighter.h"
#include "render/markdown.h"

#include <QRegularExpression>
#include <QtTest>

using namespace debrief;

namespace {

QString stripSpans(QString html)
{
    static const QRegularExpression spans(QStringLiteral("</?span[^>]*>"));
    return html.remove(spans);
}

} // namespace

class TestCodeHighlighter : public QObject {
    Q_OBJECT

private slots:
    void availability();
    void highlightsTokens_data();
    void highlightsTokens();
    void keepsTheTextExactly_data();
    void keepsTheTextExactly();
    void unknownLanguageIsEscapedOnly();
    void markdownFenceUsesIt();
};

void TestCodeHighlighter::availability()
{
#ifdef DEBRIEF_EXPECT_HIGHLIGHTING
    QVERIFY(CodeHighlighter::available());
    QVERIFY(CodeHighlighter::knowsLanguage(QStringLiteral("python")));
#else
    QVERIFY(!CodeHighlighter::available());
    QVERIFY(!CodeHighlighter::knowsLanguage(QStringLiteral("python")));
#endif
    QVERIFY(!CodeHighlighter::knowsLanguage(QStringLiteral("no-such-language")));
    QVERIFY(CodeHighlighter::styleSheet().contains(QLatin1String("body.dark .hl-Keyword")));
}

void TestCodeHighlighter::highlightsTokens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expected");   // spans that must appear
    QTest::newRow("python keyword, string, comment")
        << "python" << "def recall(hits, k):\n    return \"ok\"  # fraction"
        << QStringList{QStringLiteral("<span class=\"hl-Keyword\">def</span>"),
                       QStringLiteral("<span class=\"hl-String\">"), QStringLiteral("<span class=\"hl-Comment\">")};
    QTest::newRow("file extension as the name") << "py" << "import numpy as np"
        << QStringList{QStringLiteral("<span class=\"hl-Import\">import</span>")};
    QTest::newRow("C++ by extension") << "cpp" << "int main() { return 0; }"
        << QStringList{QStringLiteral("<span class=\"hl-DataType\">int</span>"), QStringLiteral("<span class=\"hl-DecVal\">0</span>")};
    QTest::newRow("SQL, any case") << "SQL" << "SELECT id FROM cards WHERE due < 10"
        << QStringList{QStringLiteral("<span class=\"hl-Keyword\">SELECT</span>")};
}

void TestCodeHighlighter::highlightsTokens()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QStringList, expected);
    const QString html = CodeHighlighter::toHtml(code, language);
#ifdef DEBRIEF_EXPECT_HIGHLIGHTING
    for (const QString &span : expected)
        QVERIFY2(html.contains(span), qPrintable(html));
#else
    QCOMPARE(html, Markdown::escape(code));
#endif
}

void TestCodeHighlighter::keepsTheTextExactly_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::newRow("markup characters are escaped") << "cpp" << "if (a < b && c > d) { s = \"<b>\"; }";
    QTest::newRow("blank and indented lines") << "python" << "x = 1\n\n    y = '&amp;'\n";
    QTest::newRow("unterminated string spills into the next line") << "python" << "s = '''open\nstill open";
}

void TestCodeHighlighter::keepsTheTextExactly()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QCOMPARE(stripSpans(CodeHighlighter::toHtml(code, language)), Markdown::escape(code));
}

void TestCodeHighlighter::unknownLanguageIsEscapedOnly()
{
    const QString code = QStringLiteral("<script>alert(1)</script>");
    QCOMPARE(CodeHighlighter::toHtml(code, QStringLiteral("klingon")), Markdown::escape(code));
    QCOMPARE(CodeHighlighter::toHtml(code, QString()), Markdown::escape(code));
}

void TestCodeHighlighter::markdownFenceUsesIt()
{
    const QString html = Markdown::toHtml(QStringLiteral("Recall:\n\n```python\nreturn hits / k\n```"));
    QVERIFY2(html.contains(QLatin1String("<pre><code class=\"language-python\">")), qPrintable(html));
#ifdef DEBRIEF_EXPECT_HIGHLIGHTING
    QVERIFY2(html.contains(QLatin1String("<span class=\"hl-ControlFlow\">return</span>"))
                 || html.contains(QLatin1String("<span class=\"hl-Keyword\">return</span>")),
             qPrintable(html));
#else
    QVERIFY2(html.contains(QLatin1String("return hits / k</code>")), qPrintable(html));
#endif
}

QTEST_GUILESS_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
