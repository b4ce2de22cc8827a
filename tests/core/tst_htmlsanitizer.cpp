// Card HTML from imported decks: what could run code goes, the rest stays byte for byte.
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
    QTest::newRow("tables and code") << "<table><tr><td><pre><code>int main() { return 0; }</code></pre></td></tr></table>";
}

void TestHtmlSanitizer::keepsMarkup()
{
    QFETCH(QString, html);
    QCOMPARE(HtmlSanitizer::sanitize(html), html);
}

QTEST_APPLESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
