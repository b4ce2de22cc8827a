#include "import/mediarefs.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace debrief {

namespace {

const QRegularExpression &soundRe()
{
    static const QRegularExpression re(QStringLiteral("\\[sound:([^\\]]+)\\]"));
    return re;
}

const QRegularExpression &tagRe()
{
    static const QRegularExpression re(
        QStringLiteral("<(?:img|audio|video|object|source)\\b[^>]*?\\b(?:src|data)\\s*=\\s*"
                       "(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool mayHoldRefs(const QString &html)
{
    return html.contains(QLatin1String("[sound:")) || html.contains(QLatin1Char('<'));
}

} // namespace

QString MediaRefs::decodeEntities(QString s)
{
    if (!s.contains(QLatin1Char('&')))
        return s;
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&nbsp;"), QString(QChar(0xa0)));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

void MediaRefs::collect(const QString &html, QSet<QString> &out)
{
    if (!mayHoldRefs(html))
        return;
    auto it = soundRe().globalMatch(html);
    while (it.hasNext())
        out.insert(decodeEntities(it.next().captured(1)));
    auto jt = tagRe().globalMatch(html);
    while (jt.hasNext()) {
        const auto m = jt.next();
        for (int g = 1; g <= 3; ++g)
            if (m.capturedStart(g) >= 0)
                out.insert(decodeEntities(m.captured(g)));
    }
}

QString MediaRefs::rewrite(const QString &html, const QHash<QString, QString> &renamed)
{
    if (renamed.isEmpty() || !mayHoldRefs(html))
        return html;
    struct Span {
        int start;
        int len;
        QString replacement;
    };
    std::vector<Span> spans;
    auto consider = [&](const QRegularExpressionMatch &m, int g) {
        if (m.capturedStart(g) < 0)
            return;
        const auto r = renamed.constFind(decodeEntities(m.captured(g)));
        if (r != renamed.constEnd())
            spans.push_back({int(m.capturedStart(g)), int(m.capturedLength(g)), *r});
    };
    auto it = soundRe().globalMatch(html);
    while (it.hasNext())
        consider(it.next(), 1);
    auto jt = tagRe().globalMatch(html);
    while (jt.hasNext()) {
        const auto m = jt.next();
        for (int g = 1; g <= 3; ++g)
            consider(m, g);
    }
    if (spans.empty())
        return html;
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start > b.start; });
    QString out = html;
    for (const Span &s : spans)
        out.replace(s.start, s.len, s.replacement);
    return out;
}

bool MediaRefs::isStatic(const QString &name)
{
    return name.startsWith(QLatin1Char('_')) || name.startsWith(QLatin1String("latex-"));
}

} // namespace debrief
