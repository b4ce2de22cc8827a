#include "render/markdown.h"

#include "render/codehighlighter.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
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

// What the pattern \*\*(\S(?:.*?\S)?)\*\* matched, found in one pass: "**", a non-space, then
// the first "**" after a non-space on the same line (at least two characters in, else the one-
// character "**x**"). The pattern itself rescanned to the end of the line from every unclosed
// "**", so a field of 20000 of them took 9 s. The next candidate close and newline are kept and
// searched again only forward.
QString bold(const QString &s)
{
    const int n = int(s.size());
    auto closesAt = [&](int q) {
        return q >= 1 && q + 1 < n && s.at(q) == QLatin1Char('*') && s.at(q + 1) == QLatin1Char('*') && !s.at(q - 1).isSpace();
    };
    int close = -1, closeScanned = 0;
    auto nextClose = [&](int from) {
        if (close >= from)
            return close;
        for (int q = std::max(from, closeScanned); q + 1 < n; ++q) {
            if (closesAt(q)) {
                close = q;
                closeScanned = q + 1;
                return q;
            }
        }
        closeScanned = n;
        return -1;
    };
    int newline = -1, newlineScanned = 0;
    auto nextNewline = [&](int from) {
        if (newline >= from)
            return newline;
        newline = s.indexOf(QLatin1Char('\n'), std::max(from, newlineScanned));
        newlineScanned = newline < 0 ? n : newline + 1;
        return newline;
    };
    QString out;
    int copied = 0;
    int p = 0;
    while (p + 2 < n) {
        if (s.at(p) != QLatin1Char('*') || s.at(p + 1) != QLatin1Char('*') || s.at(p + 2).isSpace()) {
            ++p;
            continue;
        }
        int q = nextClose(p + 4);
        const int nl = nextNewline(p + 2);
        if (q >= 0 && nl >= 0 && nl < q)
            q = -1;
        if (q < 0 && closesAt(p + 3))
            q = p + 3;
        if (q < 0) {
            ++p;
            continue;
        }
        out += s.mid(copied, p - copied) + QLatin1String("<strong>") + s.mid(p + 2, q - p - 2) + QLatin1String("</strong>");
        p = copied = q + 2;
    }
    return out + s.mid(copied);
}

QString emphasis(const QString &escaped)
{
    static const QRegularExpression italic(QStringLiteral("\\*(\\S(?:[^*]*?\\S)?)\\*"));
    QString s = bold(escaped);
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
