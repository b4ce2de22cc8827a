// Card HTML from imported decks: what could run code goes, the rest stays as written (up to the
// parser's own normalisation, such as the <tbody> every browser adds).
#include "render/htmlsanitizer.h"

#include <QRegularExpression>
#include <QtTest>

using namespace debrief;

class TestHtmlSanitizer : public QObject {
    Q_OBJECT

private slots:
    void removesCode_data();
    void removesCode();
    void keepsMarkup_data();
    void keepsMarkup();
    void neutralises_data();
    void neutralises();
    void refusesBombs_data();
    void refusesBombs();
    void linearOnHostileText();
    void keepsLargeOrdinaryCards();
};

void TestHtmlSanitizer::removesCode_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("script element") << "a<script>alert(1)</script>b";
    QTest::newRow("script split around another") << "<scr<script>ipt>alert(1)</scr<script>ipt>";
    QTest::newRow("unclosed script") << "<script src=\"x.js\">";
    QTest::newRow("handler after a space") << "<img src=x onerror=alert(1)>";
    QTest::newRow("handler after a slash") << "<svg/onload=alert(1)>";
    QTest::newRow("handler right after a quote") << "<img src=\"x\"onerror=\"alert(1)\">";
    QTest::newRow("two handlers, mixed case") << "<div OnClick='a()' onMouseOver=\"b()\">x</div>";
    QTest::newRow("javascript: URL") << "<a href=\" javascript:alert(1)\">x</a>";
    QTest::newRow("iframe") << "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>";
    QTest::newRow("base and meta") << "<base href=\"http://evil/\"><meta http-equiv=\"refresh\" content=\"0;url=http://evil\">";
}

void TestHtmlSanitizer::removesCode()
{
    QFETCH(QString, html);
    const QString out = HtmlSanitizer::sanitize(html);
    static const QRegularExpression handler(QStringLiteral("<[^>]*[\\s/\"']on[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dangerous(QStringLiteral("<\\s*/?\\s*(script|iframe|object|embed|base|meta)\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!handler.match(out).hasMatch(), qPrintable(out));
    QVERIFY2(!dangerous.match(out).hasMatch(), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("javascript:"), Qt::CaseInsensitive), qPrintable(out));
}

void TestHtmlSanitizer::keepsMarkup_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("styles and images") << "<b style=\"color:red\">x</b><img src=\"paste-1.jpg\">";
    QTest::newRow("audio from a sound tag") << "<audio class=\"sound\" controls preload=\"none\" src=\"a%20b.mp3\"></audio>";
    QTest::newRow("words that start with on") << "<p>Turn it on = one more online option</p>";
    QTest::newRow("MathJax") << "\\(x < y\\) and \\[\\frac{1}{2}\\]";
    QTest::newRow("tables and code") << "<table><tbody><tr><td><pre><code>int main() { return 0; }</code></pre></td></tr></tbody></table>";
    QTest::newRow("entities and a bare ampersand") << "<p>A &amp; B &lt;tag&gt; &nbsp;C &amp; D</p>";
    QTest::newRow("hint link") << "<a class=\"hint\" href=\"#\" data-hint=\"hint1\">Notes</a><div id=\"hint1\" class=\"hint\" style=\"display: none\">x</div>";
    QTest::newRow("inline SVG") << "<svg viewBox=\"0 0 10 10\"><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"red\"/></linearGradient><use xlink:href=\"#g\"/></svg>";
    QTest::newRow("links and a data: image") << "<a href=\"https://example.org/\">x</a><img src=\"data:image/png;base64,AAAA\">";
}

void TestHtmlSanitizer::keepsMarkup()
{
    QFETCH(QString, html);
    QCOMPARE(HtmlSanitizer::sanitize(html), html);
}

// What the old pattern filter let through, each with what must come out.
void TestHtmlSanitizer::neutralises_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("'>' inside a quoted attribute") << "<img alt=\">\" onerror=alert(1)>" << "<img alt=\"&gt;\">";
    QTest::newRow("entity-encoded javascript: URL") << "<a href=\"&#106;avascript:alert(1)\">x</a>" << "<a>x</a>";
    QTest::newRow("tab inside the scheme") << "<a href=\"java&#9;script:alert(1)\">x</a>" << "<a>x</a>";
    QTest::newRow("SVG animation writing a javascript: URL")
        << "<svg><a><animate attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>"
        << "<svg><text>x</text></svg>";
    QTest::newRow("style breaking out of SVG") << "<svg><style><img src=x onerror=alert(1)></style></svg>" << "<svg></svg>";
    QTest::newRow("noscript mutation") << "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>" << "";
    QTest::newRow("data: page as a link") << "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>" << "<a>x</a>";
    QTest::newRow("comment hiding a tag") << "<!--><img src=x onerror=alert(1)>-->" << "<img src=\"x\">--&gt;";
}

void TestHtmlSanitizer::neutralises()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(html), expected);
}

static QString repeated(const QString &unit, int times)
{
    QString out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

// Shapes that cost the HTML5 tree builder tags x depth (or a regex n squared) end in a message.
void TestHtmlSanitizer::refusesBombs_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("a million nested divs") << repeated(QStringLiteral("<div>"), 1000000);
    QTest::newRow("a thousand nested divs") << repeated(QStringLiteral("<div>"), 1000);
    QTest::newRow("formatting reopened after each block") << repeated(QStringLiteral("<div><b id=x></div>x"), 5000);
    QTest::newRow("stray end tags between opens") << repeated(QStringLiteral("<div></span>"), 5000);
    QTest::newRow("self-closing HTML divs nest") << repeated(QStringLiteral("<div/>"), 5000);
    QTest::newRow("breakout from SVG resets the namespace") << QStringLiteral("<svg>") + repeated(QStringLiteral("<p><div/>"), 5000);
    QTest::newRow("a tag with 100000 attributes") << QStringLiteral("<b ") + repeated(QStringLiteral("a "), 100000) + QStringLiteral(">");
    // The old block pattern rescanned to the end from each one: 20000 took 8.7 s, 200000 ~15 min.
    QTest::newRow("200000 unclosed scripts") << repeated(QStringLiteral("<script>"), 200000);
    QTest::newRow("5 million characters") << repeated(QStringLiteral("x"), 5000000);
}

void TestHtmlSanitizer::refusesBombs()
{
    QFETCH(QString, html);
    const auto out = HtmlSanitizer::clean(html);
    QVERIFY(!out);
    QCOMPARE(out.error().kind, Error::Kind::Unsafe);
    QVERIFY(HtmlSanitizer::sanitize(html).startsWith(QLatin1String("<p>")));
}

// Text full of '<' that starts no tag is text, kept as written, in one pass over a megabyte.
void TestHtmlSanitizer::linearOnHostileText()
{
    const QString html = repeated(QStringLiteral("<"), 1000000);
    QCOMPARE(HtmlSanitizer::sanitize(html), html);
    const QString spaced = repeated(QStringLiteral("< on x="), 100000);
    QCOMPARE(HtmlSanitizer::sanitize(spaced), spaced);
}

// Real cards are far below the limits: a long table and a large highlighted code block pass.
void TestHtmlSanitizer::keepsLargeOrdinaryCards()
{
    const QString table = QStringLiteral("<table><tbody>")
        + repeated(QStringLiteral("<tr><td><b>term</b></td><td><i>meaning</i> &amp; more</td></tr>"), 2000)
        + QStringLiteral("</tbody></table>");
    QCOMPARE(HtmlSanitizer::sanitize(table), table);
    const QString code = QStringLiteral("<pre><code>") + repeated(QStringLiteral("<span class=\"kw\">int</span> x = 1;\n"), 5000)
        + QStringLiteral("</code></pre>");
    QCOMPARE(HtmlSanitizer::sanitize(code), code);
}

QTEST_APPLESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
