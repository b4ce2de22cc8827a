#include "render/markdown.h"

#include "render/codehighlighter.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace debrief {

namespace {

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

bool isItem(const QString &line)
{
    const QString t = line.mid(indentOf(line));
    return t.startsWith(QLatin1String("- ")) || t == QLatin1String("-");
}

QString emphasis(const QString &escaped)
{
    static const QRegularExpression bold(QStringLiteral("\\*\\*(\\S(?:.*?\\S)?)\\*\\*"));
    static const QRegularExpression italic(QStringLiteral("\\*(\\S(?:[^*]*?\\S)?)\\*"));
    QString s = escaped;
    s.replace(bold, QStringLiteral("<strong>\\1</strong>"));
    s.replace(italic, QStringLiteral("<em>\\1</em>"));
    return s;
}

} // namespace

QString Markdown::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString Markdown::inlineToHtml(const QString &text)
{
    // Code spans and math are cut out first so their '*' and '`' stay literal.
    QString out;
    QString plain;
    int i = 0;
    const int n = text.size();
    auto flush = [&]() {
        out += emphasis(escape(plain));
        plain.clear();
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('`')) {
            const int end = text.indexOf(QLatin1Char('`'), i + 1);
            if (end > i) {
                flush();
                out += QLatin1String("<code>") + escape(text.mid(i + 1, end - i - 1)) + QLatin1String("</code>");
                i = end + 1;
                continue;
            }
        } else if (c == QLatin1Char('\\') && i + 1 < n
                   && (text.at(i + 1) == QLatin1Char('(') || text.at(i + 1) == QLatin1Char('['))) {
            const QString close = text.at(i + 1) == QLatin1Char('(') ? QStringLiteral("\\)") : QStringLiteral("\\]");
            const int end = text.indexOf(close, i + 2);
            if (end > i) {
                flush();
                out += escape(text.mid(i, end + 2 - i));
                i = end + 2;
                continue;
            }
        }
        plain += c;
        ++i;
    }
    flush();
    return out;
}

QString Markdown::toHtml(const QString &source)
{
    QStringList lines = source.split(QLatin1Char('\n'));
    for (QString &l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);

    QString out;
    bool inPara = false;
    std::vector<int> listIndents;   // one open <ul> per entry, each with an open <li>

    auto closePara = [&]() {
        if (inPara)
            out += QLatin1String("</p>");
        inPara = false;
    };
    auto closeLists = [&](int downTo) {
        while (int(listIndents.size()) > downTo) {
            out += QLatin1String("</li></ul>");
            listIndents.pop_back();
        }
    };

    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();

        if (trimmed.startsWith(QLatin1String("```"))) {
            closePara();
            closeLists(0);
            static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_+#.-]"));
            QString lang = trimmed.mid(3).trimmed();
            lang.remove(unsafe);
            QStringList code;
            int j = i + 1;
            while (j < lines.size() && !lines.at(j).trimmed().startsWith(QLatin1String("```")))
                code << lines.at(j++);
            out += lang.isEmpty() ? QStringLiteral("<pre><code>")
                                  : QStringLiteral("<pre><code class=\"language-%1\">").arg(lang);
            out += CodeHighlighter::toHtml(code.join(QLatin1Char('\n')), lang) + QLatin1String("</code></pre>");
            i = j;   // the closing fence (or the end)
            continue;
        }
        if (trimmed.isEmpty()) {
            closePara();
            closeLists(0);
            continue;
        }
        if (isItem(line)) {
            closePara();
            const int indent = indentOf(line);
            while (!listIndents.empty() && indent < listIndents.back())
                closeLists(int(listIndents.size()) - 1);
            if (listIndents.empty() || indent > listIndents.back()) {
                out += QLatin1String("<ul><li>");
                listIndents.push_back(indent);
            } else {
                out += QLatin1String("</li><li>");
            }
            out += inlineToHtml(line.mid(indent + 1).trimmed());
            continue;
        }
        if (!listIndents.empty() && indentOf(line) > listIndents.back()) {
            out += QLatin1String("<br>") + inlineToHtml(trimmed);   // continuation of a list item
            continue;
        }
        closeLists(0);
        if (inPara) {
            out += QLatin1String("<br>");
        } else {
            out += QLatin1String("<p>");
            inPara = true;
        }
        out += inlineToHtml(trimmed);
    }
    closePara();
    closeLists(0);
    return out;
}

} // namespace debrief
