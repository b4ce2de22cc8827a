#include "render/ankitemplate.h"

#include "render/renderlimits.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <vector>

namespace debrief {

// Qt 6 renamed the "match only at the start offset" option; both flavours mean the same.
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
constexpr auto kAnchoredAtOffset = QRegularExpression::AnchorAtOffsetMatchOption;
#else
constexpr auto kAnchoredAtOffset = QRegularExpression::AnchoredMatchOption;
#endif

namespace {

// --- template parsing -----------------------------------------------------------------

struct Node {
    enum Type { Text, Replace, Section, Inverted } type = Text;
    QString text;              // Text: literal; others: the field key
    QStringList filters;       // Replace: outermost first, as written
    std::vector<Node> children;
};

struct Token {
    bool handle = false;
    QString text;
};

std::vector<Token> tokenize(QString format)
{
    QString open = QStringLiteral("{{"), close = QStringLiteral("}}");
    // Legacy alternate delimiters, only as the first thing in the template.
    static const QRegularExpression delim(QStringLiteral("^\\s*\\{\\{=(\\S+) (\\S+)=\\}\\}"));
    const auto dm = delim.match(format);
    if (dm.hasMatch()) {
        open = dm.captured(1);
        close = dm.captured(2);
        format = format.mid(dm.capturedLength(0));
    }
    std::vector<Token> out;
    int pos = 0;
    // The next comment is looked up again only once `pos` has passed it: searching from every
    // handle would scan the rest of a comment-free template once per handle.
    int comment = format.indexOf(QLatin1String("<!--"));
    while (pos < format.size()) {
        if (comment >= 0 && comment < pos)
            comment = format.indexOf(QLatin1String("<!--"), pos);
        const int start = format.indexOf(open, pos);
        if (comment >= 0 && (start < 0 || comment < start)) {
            // Comments are dropped whole, handles inside them included.
            out.push_back({false, format.mid(pos, comment - pos)});
            const int end = format.indexOf(QLatin1String("-->"), comment + 4);
            pos = end < 0 ? int(format.size()) : end + 3;
            continue;
        }
        if (start < 0) {
            out.push_back({false, format.mid(pos)});
            break;
        }
        const int end = format.indexOf(close, start + open.size());
        if (end < 0) {
            out.push_back({false, format.mid(pos)});
            break;
        }
        if (start > pos)
            out.push_back({false, format.mid(pos, start - pos)});
        out.push_back({true, format.mid(start + open.size(), end - start - open.size()).trimmed()});
        pos = end + close.size();
    }
    return out;
}

// Builds the section tree with an explicit stack, so the nesting depth is a checked number
// (RenderLimits::kMaxSectionDepth) and never the depth of the C++ call stack.
Result<std::vector<Node>> parse(const std::vector<Token> &tokens)
{
    struct Open {
        Node node;   // the section being filled; the bottom entry holds the top level
    };
    std::vector<Open> stack(1);
    for (const Token &t : tokens) {
        std::vector<Node> &nodes = stack.back().node.children;
        if (!t.handle) {
            nodes.push_back({Node::Text, t.text, {}, {}});
            continue;
        }
        if (t.text.startsWith(QLatin1Char('/'))) {
            const QString key = t.text.mid(1).trimmed();
            const QString closing = stack.size() > 1 ? stack.back().node.text : QString();
            if (stack.size() == 1 || key != closing)
                return makeError(Error::Kind::InvalidInput,
                                 closing.isEmpty() ? AnkiTemplate::tr("Found {{/%1}} without a matching {{#%1}}").arg(key)
                                                   : AnkiTemplate::tr("Found {{/%1}} where {{/%2}} was expected").arg(key, closing));
            Node done = std::move(stack.back().node);
            stack.pop_back();
            stack.back().node.children.push_back(std::move(done));
            continue;
        }
        if (t.text.startsWith(QLatin1Char('#')) || t.text.startsWith(QLatin1Char('^'))) {
            if (int(stack.size()) > RenderLimits::kMaxSectionDepth)
                return RenderLimits::tooComplex(AnkiTemplate::tr("sections nested over %1 deep").arg(RenderLimits::kMaxSectionDepth));
            Open section;
            section.node.type = t.text.startsWith(QLatin1Char('#')) ? Node::Section : Node::Inverted;
            section.node.text = t.text.mid(1).trimmed();
            stack.push_back(std::move(section));
            continue;
        }
        Node n{Node::Replace, {}, {}, {}};
        QStringList parts = t.text.split(QLatin1Char(':'));
        n.text = parts.takeLast().trimmed();
        for (QString &p : parts)
            n.filters << p.trimmed();
        nodes.push_back(std::move(n));
    }
    if (stack.size() > 1)
        return makeError(Error::Kind::InvalidInput, AnkiTemplate::tr("Missing {{/%1}}").arg(stack.back().node.text));
    return std::move(stack.back().node.children);
}

// --- cloze parsing ----------------------------------------------------------------------

struct ClozeNode {
    bool isCloze = false;
    QString text;                   // literal text
    QList<int> ords;                // cloze numbers
    std::vector<ClozeNode> kids;    // cloze body
    QString hint;
    bool hasHint = false;
};

bool closesAt(const QString &s, int pos)
{
    return pos + 1 < s.size() && s.at(pos) == QLatin1Char('}') && s.at(pos + 1) == QLatin1Char('}');
}

// Parses "{{c1::a {{c2::b}}::hint}}" into a tree; unmatched openings stay literal text. One pass
// with an explicit stack: each "}}" closes the innermost open cloze, and openings still open at
// the end are turned back into text where they stood. Openings nested deeper than
// RenderLimits::kMaxClozeDepth are text from the start.
std::vector<ClozeNode> parseCloze(const QString &s)
{
    static const QRegularExpression openRe(QStringLiteral("\\G\\{\\{c(\\d+(?:,\\d+)*)::"));
    struct Open {
        int start = 0;          // where "{{cN::" begins
        int bodyStart = 0;      // just after it
        QList<int> ords;
        std::vector<ClozeNode> kids;
        QString buf;            // text not yet made a node
    };
    auto flush = [](Open &f) {
        if (!f.buf.isEmpty()) {
            ClozeNode t;
            t.text = f.buf;
            f.kids.push_back(std::move(t));
            f.buf.clear();
        }
    };
    std::vector<Open> frames(1);   // frames[0] is the top level
    const int n = int(s.size());
    int pos = 0;
    while (pos < n) {
        if (frames.size() > 1 && closesAt(s, pos)) {
            Open f = std::move(frames.back());
            frames.pop_back();
            flush(f);
            ClozeNode c;
            c.isCloze = true;
            c.ords = f.ords;
            // A hint is the text after the last top-level "::" in the body.
            if (!f.kids.empty() && !f.kids.back().isCloze) {
                const int h = f.kids.back().text.lastIndexOf(QLatin1String("::"));
                if (h >= 0) {
                    c.hint = f.kids.back().text.mid(h + 2);
                    c.hasHint = true;
                    f.kids.back().text.truncate(h);
                }
            }
            c.kids = std::move(f.kids);
            Open &parent = frames.back();
            flush(parent);
            parent.kids.push_back(std::move(c));
            pos += 2;
            continue;
        }
        if (s.at(pos) == QLatin1Char('{') && int(frames.size()) <= RenderLimits::kMaxClozeDepth) {
            const auto m = openRe.match(s, pos, QRegularExpression::NormalMatch, kAnchoredAtOffset);
            if (m.hasMatch()) {
                Open f;
                f.start = pos;
                f.bodyStart = pos + int(m.capturedLength(0));
                for (const QString &o : m.captured(1).split(QLatin1Char(',')))
                    f.ords << o.toInt();
                frames.push_back(std::move(f));
                pos = frames.back().bodyStart;
                continue;
            }
        }
        frames.back().buf += s.at(pos++);
    }
    while (frames.size() > 1) {
        Open f = std::move(frames.back());
        frames.pop_back();
        flush(f);
        Open &parent = frames.back();
        parent.buf += s.mid(f.start, f.bodyStart - f.start);
        for (ClozeNode &kid : f.kids) {
            if (kid.isCloze) {
                flush(parent);
                parent.kids.push_back(std::move(kid));
            } else {
                parent.buf += kid.text;
            }
        }
    }
    flush(frames.front());
    return std::move(frames.front().kids);
}

QString clozeText(const std::vector<ClozeNode> &nodes)
{
    QString out;
    for (const ClozeNode &n : nodes)
        out += n.isCloze ? clozeText(n.kids) : n.text;
    return out;
}

QString htmlAttr(QString s)
{
    return s.toHtmlEscaped();
}

QString renderClozeNodes(const std::vector<ClozeNode> &nodes, int ordinal, bool answerSide)
{
    QString out;
    for (const ClozeNode &n : nodes) {
        if (!n.isCloze) {
            out += n.text;
            continue;
        }
        const bool active = n.ords.contains(ordinal);
        const QString ords = QString::number(n.ords.value(0));
        if (active && !answerSide) {
            const QString shown = n.hasHint ? QLatin1Char('[') + n.hint + QLatin1Char(']') : QStringLiteral("[...]");
            out += QStringLiteral("<span class=\"cloze\" data-cloze=\"%1\" data-ordinal=\"%2\">%3</span>")
                       .arg(htmlAttr(clozeText(n.kids)), ords, shown);
        } else if (active) {
            out += QStringLiteral("<span class=\"cloze\" data-ordinal=\"%1\">%2</span>")
                       .arg(ords, renderClozeNodes(n.kids, ordinal, answerSide));
        } else {
            out += QStringLiteral("<span class=\"cloze-inactive\" data-ordinal=\"%1\">%2</span>")
                       .arg(ords, renderClozeNodes(n.kids, ordinal, answerSide));
        }
    }
    return out;
}

void collectClozeOnly(const std::vector<ClozeNode> &nodes, int ordinal, QStringList &out)
{
    for (const ClozeNode &n : nodes) {
        if (!n.isCloze)
            continue;
        if (n.ords.contains(ordinal))
            out << clozeText(n.kids);
        else
            collectClozeOnly(n.kids, ordinal, out);
    }
}

void collectOrds(const std::vector<ClozeNode> &nodes, QSet<int> &out)
{
    for (const ClozeNode &n : nodes) {
        if (!n.isCloze)
            continue;
        for (int o : n.ords)
            if (o >= 1)
                out.insert(o);
        collectOrds(n.kids, out);
    }
}

// --- filters ---------------------------------------------------------------------------

QString furigana(const QString &s, int mode)   // 0 ruby, 1 kana only, 2 kanji only
{
    static const QRegularExpression re(QStringLiteral(" ?([^ >]+?)\\[(.+?)\\]"));
    QString out;
    int last = 0;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += s.mid(last, m.capturedStart(0) - last);
        const QString base = m.captured(1), reading = m.captured(2);
        if (reading.startsWith(QLatin1String("sound:")))
            out += m.captured(0);
        else if (mode == 0)
            out += QStringLiteral("<ruby><rb>%1</rb><rt>%2</rt></ruby>").arg(base, reading);
        else
            out += mode == 1 ? reading : base;
        last = int(m.capturedEnd(0));
    }
    return out + s.mid(last);
}

struct Renderer {
    const AnkiCardContext &ctx;
    bool answerSide;
    QString frontSide;
    mutable bool tooLarge = false;   // the side grew past RenderLimits::kMaxSideChars

    std::optional<QString> value(const QString &key) const
    {
        const int i = ctx.fieldNames.indexOf(key);
        if (i >= 0)
            return ctx.fieldValues.value(i);
        if (key == QLatin1String("FrontSide"))
            return frontSide;
        if (key == QLatin1String("Tags"))
            return ctx.tags.join(QLatin1Char(' '));
        if (key == QLatin1String("Type"))
            return ctx.notetypeName;
        if (key == QLatin1String("Deck"))
            return ctx.deckName;
        if (key == QLatin1String("Subdeck"))
            return ctx.deckName.split(QLatin1String("::")).last();
        if (key == QLatin1String("Card"))
            return ctx.templateName;
        if (key == QLatin1String("CardFlag"))
            return ctx.flag > 0 ? QStringLiteral("flag%1").arg(ctx.flag) : QString();
        if (key == QLatin1String("CardID"))
            return QString::number(ctx.cardId);
        return std::nullopt;
    }

    QString applyFilter(const QString &filter, const QString &text, const QString &field) const
    {
        if (filter == QLatin1String("text"))
            return AnkiTemplate::stripHtml(text);
        if (filter == QLatin1String("cloze"))
            return AnkiTemplate::renderCloze(text, ctx.cardOrd + 1, answerSide);
        if (filter == QLatin1String("cloze-only"))
            return AnkiTemplate::clozeOnly(text, ctx.cardOrd + 1);
        if (filter == QLatin1String("hint")) {
            if (AnkiTemplate::fieldIsEmpty(text))
                return QString();
            // No inline onclick: the card view's Content-Security-Policy refuses inline handlers
            // and the sanitizer removes them. The view's own script opens the hint named by data-hint.
            const QString id = QStringLiteral("hint%1").arg(qHash(field + text) % 100000);
            return QStringLiteral("<a class=\"hint\" href=\"#\" data-hint=\"%1\">%2</a>"
                                  "<div id=\"%1\" class=\"hint\" style=\"display: none\">%3</div>")
                .arg(id, field.toHtmlEscaped(), text);
        }
        if (filter == QLatin1String("furigana"))
            return furigana(text, 0);
        if (filter == QLatin1String("kana"))
            return furigana(text, 1);
        if (filter == QLatin1String("kanji"))
            return furigana(text, 2);
        return text;   // unknown filters (tts, add-on filters) leave the text unchanged
    }

    QString replacement(const Node &n) const
    {
        // {{type:F}}, {{type:cloze:F}}, {{type:nc:F}}: an answer box on the front, the expected
        // answer on the back.
        if (!n.filters.isEmpty() && n.filters.first() == QLatin1String("type")) {
            const auto v = value(n.text);
            if (!v)
                return AnkiTemplate::tr("(type: unknown field %1)").arg(n.text.toHtmlEscaped());
            const bool cloze = n.filters.contains(QLatin1String("cloze"));
            if (!answerSide)
                return QStringLiteral("<input type=\"text\" id=\"typeans\" data-field=\"%1\" />").arg(n.text.toHtmlEscaped());
            const QString expected = cloze ? AnkiTemplate::clozeOnly(*v, ctx.cardOrd + 1) : AnkiTemplate::stripHtml(*v);
            return QStringLiteral("<div id=\"typeans\" class=\"typeans\">%1</div>").arg(expected.toHtmlEscaped());
        }
        const auto v = value(n.text);
        if (!v) {
            if (n.text.isEmpty())
                return QString();
            return QStringLiteral("{unknown field %1}").arg(n.text.toHtmlEscaped());
        }
        // A field already over the side's limit is refused before any filter reads it.
        if (v->size() > RenderLimits::kMaxSideChars) {
            tooLarge = true;
            return QString();
        }
        QString text = *v;
        for (int i = n.filters.size() - 1; i >= 0; --i)
            text = applyFilter(n.filters.at(i), text, n.text);
        return text;
    }

    // Recursive, but only as deep as parse() allowed (kMaxSectionDepth).
    QString render(const std::vector<Node> &nodes) const
    {
        QString out;
        for (const Node &n : nodes) {
            // A field repeated in a template multiplies its size; stop before memory runs out.
            if (tooLarge || out.size() > RenderLimits::kMaxSideChars) {
                tooLarge = true;
                return QString();
            }
            switch (n.type) {
            case Node::Text:
                out += n.text;
                break;
            case Node::Replace:
                out += replacement(n);
                break;
            case Node::Section:
            case Node::Inverted: {
                const auto v = value(n.text);
                bool empty = !v || AnkiTemplate::fieldIsEmpty(*v);
                // Cloze numbers as section keys ({{#c1}}) test whether this card is that cloze.
                static const QRegularExpression cn(QStringLiteral("^c(\\d+)$"));
                const auto m = cn.match(n.text);
                if (!v && m.hasMatch())
                    empty = m.captured(1).toInt() != ctx.cardOrd + 1;
                if (empty == (n.type == Node::Inverted))
                    out += render(n.children);
                break;
            }
            }
        }
        return out;
    }
};

} // namespace

AnkiCardContext AnkiTemplate::context(const Note &note, const Notetype &notetype, const Card &card, const QString &deckName)
{
    AnkiCardContext ctx;
    ctx.fieldNames = notetype.fieldNames;
    ctx.fieldValues = note.fields;
    ctx.tags = note.tags;
    ctx.notetypeName = notetype.name;
    ctx.deckName = deckName;
    ctx.cardOrd = card.ord;
    ctx.flag = card.flags & 7;
    ctx.cardId = card.id;
    if (notetype.kind == NotetypeKind::Cloze)
        ctx.templateName = notetype.templates.empty() ? QStringLiteral("Cloze") : notetype.templates.front().name;
    else if (card.ord >= 0 && size_t(card.ord) < notetype.templates.size())
        ctx.templateName = notetype.templates[size_t(card.ord)].name;
    return ctx;
}

Result<QString> AnkiTemplate::render(const QString &format, const AnkiCardContext &ctx, bool answerSide,
                                     const QString &frontSide)
{
    if (format.size() > RenderLimits::kMaxTemplateChars)
        return RenderLimits::tooComplex(tr("a template of over %1 characters").arg(RenderLimits::kMaxTemplateChars));
    auto nodes = parse(tokenize(format));
    if (!nodes)
        return nodes.error();
    Renderer r{ctx, answerSide, frontSide};
    QString out = r.render(*nodes);
    if (r.tooLarge || out.size() > RenderLimits::kMaxSideChars)
        return RenderLimits::tooComplex(tr("over %1 characters").arg(RenderLimits::kMaxSideChars));
    return soundToAudio(out);
}

Result<RenderedCard> AnkiTemplate::renderCard(const CardTemplate &tmpl, const AnkiCardContext &ctx)
{
    auto q = render(tmpl.questionFormat, ctx, false);
    if (!q)
        return q.error();
    // {{FrontSide}} is the question without its answer box.
    static const QRegularExpression typeBox(QStringLiteral("<input type=\"text\" id=\"typeans\"[^>]*/>"));
    QString front = *q;
    front.remove(typeBox);
    auto a = render(tmpl.answerFormat, ctx, true, front);
    if (!a)
        return a.error();
    return RenderedCard{*q, *a, QString()};
}

QString AnkiTemplate::renderCloze(const QString &text, int ordinal, bool answerSide)
{
    return renderClozeNodes(parseCloze(text), ordinal, answerSide);
}

QString AnkiTemplate::clozeOnly(const QString &text, int ordinal)
{
    QStringList parts;
    collectClozeOnly(parseCloze(text), ordinal, parts);
    return parts.join(QLatin1String(", "));
}

QList<int> AnkiTemplate::clozeNumbers(const QString &text)
{
    QSet<int> ords;
    collectOrds(parseCloze(text), ords);
    QList<int> out = ords.values();
    std::sort(out.begin(), out.end());
    return out;
}

QString AnkiTemplate::stripHtml(const QString &html)
{
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression blocks(QStringLiteral("<(style|script)\\b.*?</\\1>"),
                                           QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString s = html;
    s.remove(comments);
    s.remove(blocks);
    s.remove(tags);
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s.trimmed();
}

bool AnkiTemplate::fieldIsEmpty(const QString &html)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\s|</?(?:br|div)\\s*/?>)*$"), QRegularExpression::CaseInsensitiveOption);
    return re.match(html).hasMatch();
}

QString AnkiTemplate::soundToAudio(const QString &html)
{
    static const QRegularExpression re(QStringLiteral("\\[sound:([^\\]]+)\\]"));
    if (!html.contains(QLatin1String("[sound:")))
        return html;
    QString out;
    int last = 0;
    auto it = re.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += html.mid(last, m.capturedStart(0) - last);
        const QString name = m.captured(1);
        out += QStringLiteral("<audio class=\"sound\" controls preload=\"none\" src=\"%1\"></audio>")
                   .arg(QString::fromUtf8(QUrl::toPercentEncoding(name)));
        last = int(m.capturedEnd(0));
    }
    return out + html.mid(last);
}

} // namespace debrief
