// Prints how long the sanitizer and the template engine take on ordinary and hostile card sides.
// Usage: bench_render
#include "render/ankitemplate.h"
#include "render/htmlsanitizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace debrief;

static QString repeated(const QString &unit, int times)
{
    QString out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

static void time(const char *what, const std::function<bool()> &run)
{
    QElapsedTimer t;
    t.start();
    int rounds = 0;
    bool ok = true;
    do {
        ok = run();
        ++rounds;
    } while (t.elapsed() < 300);
    std::printf("%-55s %9.3f ms  (%s)\n", what, t.nsecsElapsed() / 1e6 / rounds, ok ? "shown" : "refused");
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString card = QStringLiteral("<div class=\"question\"><p>What does <b>RAII</b> guarantee?</p></div>"
                                        "<hr id=\"answer\"><div class=\"answer\"><ul><li>release on scope exit</li>"
                                        "<li>even on exceptions</li></ul><pre><code><span class=\"kw\">int</span> x;</code></pre></div>");
    time("sanitize: ordinary card side (300 chars)", [&] { return bool(HtmlSanitizer::clean(card)); });
    const QString table = QStringLiteral("<table><tbody>")
        + repeated(QStringLiteral("<tr><td><b>term</b></td><td><i>meaning</i> &amp; more</td></tr>"), 2000)
        + QStringLiteral("</tbody></table>");
    time("sanitize: 2000-row table (134 KB)", [&] { return bool(HtmlSanitizer::clean(table)); });
    for (int n : {10000, 100000, 1000000})
        time(qPrintable(QStringLiteral("sanitize: %1 '<'").arg(n)), [&, s = repeated(QStringLiteral("<"), n)] { return bool(HtmlSanitizer::clean(s)); });
    time("sanitize: a million nested <div>", [s = repeated(QStringLiteral("<div>"), 1000000)] { return bool(HtmlSanitizer::clean(s)); });
    time("sanitize: 40000 <div></div> siblings", [s = repeated(QStringLiteral("<div></div>"), 40000)] { return bool(HtmlSanitizer::clean(s)); });
    time("sanitize: 250 nested <div> x 150", [s = repeated(repeated(QStringLiteral("<div>"), 250) + repeated(QStringLiteral("</div>"), 250), 150)] {
        return bool(HtmlSanitizer::clean(s));
    });

    AnkiCardContext ctx;
    ctx.fieldNames = QStringList{QStringLiteral("Text"), QStringLiteral("Front")};
    for (int n : {1000, 100000, 1000000}) {
        ctx.fieldValues = QStringList{repeated(QStringLiteral("{{c1::"), n), QStringLiteral("x")};
        time(qPrintable(QStringLiteral("cloze: %1 unclosed {{c1::").arg(n)),
             [&] { return bool(AnkiTemplate::render(QStringLiteral("{{cloze:Text}}"), ctx, false)); });
    }
    ctx.fieldValues = QStringList{QStringLiteral("{{c1::a}} b {{c2::c::hint}}"), QStringLiteral("x")};
    time("cloze: ordinary", [&] { return bool(AnkiTemplate::render(QStringLiteral("{{cloze:Text}}"), ctx, false)); });
    for (int n : {1000, 1000000}) {
        const QString tmpl = repeated(QStringLiteral("{{#Front}}"), n) + QStringLiteral("x") + repeated(QStringLiteral("{{/Front}}"), n);
        time(qPrintable(QStringLiteral("template: %1 nested {{#Front}}").arg(n)),
             [&] { return bool(AnkiTemplate::render(tmpl, ctx, false)); });
    }
    return 0;
}
