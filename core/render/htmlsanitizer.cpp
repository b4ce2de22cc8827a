#include "render/htmlsanitizer.h"

#include "render/renderlimits.h"

#include <gumbo.h>

#include <algorithm>
#include <chrono>
#include <csetjmp>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

namespace {

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f');
}

bool isAsciiLetter(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// A fixed set of ASCII names, looked up by binary search: hashing a QString per tag cost more
// than parsing the tag.
class NameSet {
public:
    explicit NameSet(const char *list)
    {
        const std::string_view all(list);
        size_t pos = 0;
        while (pos < all.size()) {
            const size_t end = std::min(all.find(' ', pos), all.size());
            if (end > pos)
                m_names.push_back(all.substr(pos, end - pos));
            pos = end + 1;
        }
        std::sort(m_names.begin(), m_names.end());
    }
    bool contains(std::string_view name) const { return std::binary_search(m_names.begin(), m_names.end(), name); }
    const std::vector<std::string_view> &names() const { return m_names; }

private:
    std::vector<std::string_view> m_names;   // views into the string literal
};

std::string asciiLower(const QString &s)
{
    std::string out;
    out.reserve(size_t(s.size()));
    for (QChar c : s)
        out += c.unicode() < 0x80 ? char(QChar::toLower(c.unicode())) : '?';
    return out;
}

// --- shape check: a linear scan that bounds what the tree builder will face -----------------

struct OpenElement {
    std::string name;
    bool foreignChildren = false;   // inside <svg>/<math>: "/>" closes, HTML tags break out
};

// Counts tags, attributes and an upper estimate of the nesting the HTML5 tree builder will
// build. It follows the tokenizer closely enough never to see less than gumbo will: comments end
// where the tokenizer ends them, quotes count only after "=", "/>" closes only in SVG/MathML,
// and formatting elements (<b>, <i>, <a>…) count until their own end tag, because the tree
// builder reopens them after any other end tag has closed them.
std::optional<Error> checkShape(const QString &s)
{
    if (s.size() > RenderLimits::kMaxSideChars)
        return RenderLimits::tooComplex(HtmlSanitizer::tr("over %1 characters").arg(RenderLimits::kMaxSideChars));
    static const NameSet voids("area base basefont bgsound br col embed frame hr image img input keygen "
                                             "link menuitem meta param source track wbr");
    // Elements the tree builder closes by itself when a sibling starts (<p><p>, <li><li>, cells).
    static const NameSet impliedEnd("p li dt dd tr td th option optgroup rb rt rtc rp tbody thead "
                                                  "tfoot colgroup caption html head body");
    static const NameSet formatting("a b big code em font i nobr s small strike strong tt u");
    static const NameSet breakout("b big blockquote body br center code dd div dl dt em embed h1 h2 h3 "
                                                "h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s "
                                                "small span strong strike sub sup table tt u ul var font");
    static const NameSet integration("foreignobject desc title annotation-xml mi mo mn ms mtext");

    std::vector<OpenElement> stack;
    std::map<std::string, int> formattingOpen;
    int formattingTotal = 0;
    int tags = 0;
    const int n = int(s.size());
    int i = 0;
    auto skipTo = [&](int from, QChar c) {   // index after the next `c`, or n
        while (from < n && s.at(from) != c)
            ++from;
        return from < n ? from + 1 : n;
    };
    while (i < n) {
        if (s.at(i) != QLatin1Char('<') || i + 1 >= n) {
            ++i;
            continue;
        }
        const QChar next = s.at(i + 1);
        if (next == QLatin1Char('!')) {
            if (i + 3 < n && s.at(i + 2) == QLatin1Char('-') && s.at(i + 3) == QLatin1Char('-')) {
                // A comment ends at the first "-->" or "--!>" (also "<!-->" and "<!--->").
                int j = i + 2;
                int end = n;
                for (; j + 2 < n; ++j) {
                    if (s.at(j) != QLatin1Char('-') || s.at(j + 1) != QLatin1Char('-'))
                        continue;
                    if (s.at(j + 2) == QLatin1Char('>')) {
                        end = j + 3;
                        break;
                    }
                    if (j + 3 < n && s.at(j + 2) == QLatin1Char('!') && s.at(j + 3) == QLatin1Char('>')) {
                        end = j + 4;
                        break;
                    }
                }
                i = end;
            } else {
                i = skipTo(i + 2, QLatin1Char('>'));   // doctype, CDATA, bogus comment
            }
            continue;
        }
        if (next == QLatin1Char('?')) {
            i = skipTo(i + 2, QLatin1Char('>'));
            continue;
        }
        const bool endTag = next == QLatin1Char('/');
        int j = endTag ? i + 2 : i + 1;
        if (j >= n || !isAsciiLetter(s.at(j))) {
            i = endTag && j < n && s.at(j) != QLatin1Char('>') ? skipTo(j, QLatin1Char('>')) : i + 1;
            continue;
        }
        int k = j;
        while (k < n && !isHtmlSpace(s.at(k)) && s.at(k) != QLatin1Char('/') && s.at(k) != QLatin1Char('>'))
            ++k;
        const std::string name = asciiLower(s.mid(j, k - j));
        // Attributes, as the tokenizer reads them.
        int attrs = 0;
        bool selfClosing = false;
        int m = k;
        while (m < n) {
            const QChar c = s.at(m);
            if (isHtmlSpace(c)) {
                ++m;
                continue;
            }
            if (c == QLatin1Char('/')) {
                selfClosing = m + 1 < n && s.at(m + 1) == QLatin1Char('>');
                ++m;
                continue;
            }
            if (c == QLatin1Char('>')) {
                ++m;
                break;
            }
            selfClosing = false;
            ++attrs;
            ++m;   // the first character of a name may be '='
            while (m < n && !isHtmlSpace(s.at(m)) && s.at(m) != QLatin1Char('/') && s.at(m) != QLatin1Char('>')
                   && s.at(m) != QLatin1Char('='))
                ++m;
            while (m < n && isHtmlSpace(s.at(m)))
                ++m;
            if (m < n && s.at(m) == QLatin1Char('=')) {
                ++m;
                while (m < n && isHtmlSpace(s.at(m)))
                    ++m;
                if (m < n && (s.at(m) == QLatin1Char('"') || s.at(m) == QLatin1Char('\''))) {
                    m = skipTo(m + 1, s.at(m));
                } else {
                    while (m < n && !isHtmlSpace(s.at(m)) && s.at(m) != QLatin1Char('>'))
                        ++m;
                }
            }
        }
        i = m;

        if (++tags > RenderLimits::kMaxHtmlTags)
            return RenderLimits::tooComplex(HtmlSanitizer::tr("over %1 HTML tags").arg(RenderLimits::kMaxHtmlTags));
        if (attrs > RenderLimits::kMaxAttributesPerTag)
            return RenderLimits::tooComplex(HtmlSanitizer::tr("a tag with over %1 attributes").arg(RenderLimits::kMaxAttributesPerTag));

        bool foreign = !stack.empty() && stack.back().foreignChildren;
        if (endTag) {
            if (formatting.contains(name)) {
                int &open = formattingOpen[name];
                if (open > 0) {
                    --open;
                    --formattingTotal;
                }
            }
            for (int e = int(stack.size()) - 1; e >= 0; --e) {
                if (stack[size_t(e)].name == name) {
                    stack.resize(size_t(e));
                    break;
                }
            }
            continue;
        }
        if (foreign && breakout.contains(name)) {
            while (!stack.empty() && stack.back().foreignChildren)
                stack.pop_back();
            foreign = false;
        }
        bool pushes = false;
        if (foreign) {
            pushes = !selfClosing;
        } else if (formatting.contains(name)) {
            ++formattingOpen[name];
            ++formattingTotal;
        } else {
            pushes = !voids.contains(name) && !impliedEnd.contains(name);
        }
        if (pushes) {
            bool childForeign = foreign;
            if (name == "svg" || name == "math")
                childForeign = true;
            else if (foreign && integration.contains(name))
                childForeign = false;
            stack.push_back({name, childForeign});
        }
        if (int(stack.size()) + formattingTotal > RenderLimits::kMaxHtmlDepth)
            return RenderLimits::tooComplex(HtmlSanitizer::tr("HTML nested over %1 levels deep").arg(RenderLimits::kMaxHtmlDepth));
    }
    return std::nullopt;
}

// --- parsing under a budget -------------------------------------------------------------------

// Every allocation gumbo makes goes through here. Over the memory or time budget we jump back
// out of the parser (it is plain C: no destructors are skipped) and free what it held, so a
// shape the check above did not foresee still ends in a message rather than a frozen window.
struct ParseBudget {
    struct alignas(std::max_align_t) Block {
        Block *prev;
        Block *next;
        size_t size;
    };
    static constexpr size_t kMaxBytes = size_t(256) * 1024 * 1024;
    static constexpr std::chrono::milliseconds kMaxTime {2000};

    Block head {&head, &head, 0};
    size_t live = 0;
    size_t calls = 0;
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::now() + kMaxTime;
    std::jmp_buf exit;

    static void *allocate(void *userdata, size_t size)
    {
        auto *b = static_cast<ParseBudget *>(userdata);
        // Reading the clock on every allocation would cost more than the parse.
        if (b->live + size > kMaxBytes || (++b->calls % 512 == 0 && std::chrono::steady_clock::now() > b->deadline))
            std::longjmp(b->exit, 1);
        auto *block = static_cast<Block *>(std::malloc(sizeof(Block) + size));
        if (!block)
            std::longjmp(b->exit, 1);
        block->size = size;
        block->prev = &b->head;
        block->next = b->head.next;
        b->head.next->prev = block;
        b->head.next = block;
        b->live += size;
        return block + 1;
    }

    static void deallocate(void *userdata, void *ptr)
    {
        if (!ptr)
            return;
        auto *b = static_cast<ParseBudget *>(userdata);
        Block *block = static_cast<Block *>(ptr) - 1;
        block->prev->next = block->next;
        block->next->prev = block->prev;
        b->live -= block->size;
        std::free(block);
    }

    ~ParseBudget()
    {
        while (head.next != &head)
            deallocate(this, head.next + 1);
    }
};

// No objects with destructors live in this frame, so the longjmp back into it is well defined.
GumboOutput *parseWithin(ParseBudget &budget, const GumboOptions &options, const QByteArray &utf8)
{
    if (setjmp(budget.exit) != 0)
        return nullptr;
    return gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
}

// --- the allowlist --------------------------------------------------------------------------

enum class Action { Keep, Unwrap, Drop };
enum class UrlUse { Link, Media, Fragment };

struct Policy {
    NameSet htmlKeep {
        "a abbr address article aside audio b bdi bdo big blockquote br caption center cite code col colgroup dd "
        "del details dfn div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i img input ins "
        "kbd label li main mark nav ol p picture pre q rb rp rt rtc ruby s samp section small source span strike "
        "strong style sub summary sup table tbody td textarea tfoot th thead time tr track tt u ul var video wbr"};
    // Dropped with everything inside: code, frames, plugins, what changes the page or its URLs,
    // and the raw-text elements whose text is markup to another parser.
    NameSet htmlDrop {
        "script iframe frame frameset object embed applet param base meta link title head noscript noembed "
        "noframes xmp plaintext template portal"};
    NameSet htmlAttrs {
        "abbr align alt autoplay bgcolor border cellpadding cellspacing checked class clear color cols colspan "
        "controls datetime default dir disabled face headers height hidden id kind label lang loop maxlength muted "
        "name nowrap open placeholder playsinline preload readonly reversed role rows rowspan rules scope size "
        "span srclang start style summary tabindex title translate type valign value width"};
    NameSet svgKeep {
        "svg g path circle ellipse line polyline polygon rect text tspan textPath defs symbol use desc "
        "linearGradient radialGradient stop clipPath mask pattern marker image"};
    NameSet svgDrop {
        "script foreignObject animate animateMotion animateTransform animateColor set discard style "
        "iframe handler listener"};
    NameSet svgAttrs {
        "id class style transform fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap "
        "stroke-linejoin stroke-dasharray stroke-dashoffset stroke-miterlimit opacity d x y x1 y1 x2 y2 cx cy r "
        "rx ry width height points viewBox preserveAspectRatio xmlns xmlns:xlink version font-family font-size "
        "font-weight font-style text-anchor dominant-baseline alignment-baseline dx dy rotate textLength "
        "lengthAdjust offset stop-color stop-opacity gradientUnits gradientTransform spreadMethod fx fy clip-path "
        "clipPathUnits clip-rule mask maskUnits maskContentUnits patternUnits patternContentUnits "
        "patternTransform marker-start marker-mid marker-end markerWidth markerHeight markerUnits refX refY "
        "orient visibility display color vector-effect shape-rendering text-rendering letter-spacing "
        "word-spacing text-decoration xml:space startOffset role aria-label aria-hidden"};
    NameSet mathKeep {
        "math mi mn mo ms mspace mtext menclose merror mfenced mfrac mpadded mphantom mroot mrow msqrt mstyle "
        "mmultiscripts mover mprescripts msub msubsup msup mtable mtd mtr munder munderover none semantics "
        "annotation"};
    NameSet mathDrop {"annotation-xml maction mglyph malignmark script style"};
    NameSet mathAttrs {
        "accent accentunder align close columnalign columnlines columnspacing columnspan depth dir display "
        "displaystyle encoding fence frame height largeop linethickness lspace mathbackground mathcolor mathsize "
        "mathvariant maxsize minsize movablelimits notation open rowalign rowlines rowspacing rowspan rspace "
        "scriptlevel separator separators stretchy symmetric voffset width xmlns class id style"};

    // SVG names are case-sensitive (linearGradient); gumbo hands them over lowercased.
    QString svgCanonical(const QString &lower) const
    {
        for (std::string_view n : svgKeep.names())
            if (QLatin1String(n.data(), int(n.size())).compare(lower, Qt::CaseInsensitive) == 0)
                return QString::fromLatin1(n.data(), int(n.size()));
        return QString();
    }
};

const Policy &policy()
{
    static const Policy p;
    return p;
}

QString lowerName(const GumboElement &e)
{
    if (e.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(e.tag));
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, int(piece.length)).toLower();
}

Action actionFor(const GumboElement &e, const QString &name)
{
    const Policy &p = policy();
    const std::string key = asciiLower(name);
    switch (e.tag_namespace) {
    case GUMBO_NAMESPACE_HTML:
        if (p.htmlDrop.contains(key))
            return Action::Drop;
        return p.htmlKeep.contains(key) ? Action::Keep : Action::Unwrap;
    case GUMBO_NAMESPACE_SVG:
        for (std::string_view d : p.svgDrop.names())
            if (QLatin1String(d.data(), int(d.size())).compare(name, Qt::CaseInsensitive) == 0)
                return Action::Drop;
        return p.svgCanonical(name).isEmpty() ? Action::Unwrap : Action::Keep;
    case GUMBO_NAMESPACE_MATHML:
        if (p.mathDrop.contains(key))
            return Action::Drop;
        return p.mathKeep.contains(key) ? Action::Keep : Action::Unwrap;
    }
    return Action::Drop;
}

// Whether a URL attribute may stay. The browser removes tabs and newlines anywhere and strips
// control characters and spaces at both ends before it looks for a scheme; so do we.
bool urlAllowed(const QString &value, UrlUse use)
{
    QString v;
    v.reserve(value.size());
    for (QChar c : value)
        if (c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            v += c;
    int b = 0, e = int(v.size());
    while (b < e && v.at(b).unicode() <= 0x20)
        ++b;
    while (e > b && v.at(e - 1).unicode() <= 0x20)
        --e;
    v = v.mid(b, e - b);
    if (use == UrlUse::Fragment)
        return v.startsWith(QLatin1Char('#'));
    int colon = -1;
    for (int i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == QLatin1Char(':')) {
            colon = i;
            break;
        }
        const bool schemeChar = isAsciiLetter(c) || (i > 0 && (c.isDigit() || c == QLatin1Char('+') || c == QLatin1Char('-')
                                                               || c == QLatin1Char('.')));
        if (!schemeChar || c.unicode() > 0x7f)
            break;
    }
    if (colon <= 0)
        return true;   // relative: a media file name or a #fragment
    const QString scheme = v.left(colon).toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return true;   // the view's request interceptor keeps the page offline anyway
    if (use == UrlUse::Link)
        return scheme == QLatin1String("mailto");
    if (scheme == QLatin1String("data")) {
        const QString type = v.mid(colon + 1).trimmed().toLower();
        return type.startsWith(QLatin1String("image/")) || type.startsWith(QLatin1String("audio/"))
            || type.startsWith(QLatin1String("video/"));
    }
    return false;
}

bool validAttrName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        const ushort u = c.unicode();
        if (!(isAsciiLetter(c) || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == ':' || u == '.'))
            return false;
    }
    return true;
}

QString attrName(const GumboAttribute &a)
{
    const QString local = QString::fromUtf8(a.name);
    switch (a.attr_namespace) {
    case GUMBO_ATTR_NAMESPACE_XLINK:
        return QLatin1String("xlink:") + local;
    case GUMBO_ATTR_NAMESPACE_XML:
        return QLatin1String("xml:") + local;
    case GUMBO_ATTR_NAMESPACE_XMLNS:
        return local == QLatin1String("xmlns") ? local : QLatin1String("xmlns:") + local;
    case GUMBO_ATTR_NAMESPACE_NONE:
        break;
    }
    return local;
}

// Whether attribute `name` (as written out) may stay on element `element`, with `value`.
bool attrAllowed(const GumboElement &e, const QString &element, const QString &name, const QString &value)
{
    const Policy &p = policy();
    const QString lower = name.toLower();
    if (lower.startsWith(QLatin1String("on")) || !validAttrName(name))
        return false;
    switch (e.tag_namespace) {
    case GUMBO_NAMESPACE_HTML:
        if (lower == QLatin1String("href"))
            return (element == QLatin1String("a")) && urlAllowed(value, UrlUse::Link);
        if (lower == QLatin1String("src") || lower == QLatin1String("poster") || lower == QLatin1String("background"))
            return urlAllowed(value, UrlUse::Media);
        if (lower == QLatin1String("cite"))
            return urlAllowed(value, UrlUse::Link);
        if (lower.startsWith(QLatin1String("data-")) || lower.startsWith(QLatin1String("aria-")))
            return true;
        return p.htmlAttrs.contains(asciiLower(lower));
    case GUMBO_NAMESPACE_SVG:
        if (lower == QLatin1String("href") || lower == QLatin1String("xlink:href"))
            return urlAllowed(value, element == QLatin1String("image") ? UrlUse::Media : UrlUse::Fragment);
        return p.svgAttrs.contains(name.toStdString());
    case GUMBO_NAMESPACE_MATHML:
        return p.mathAttrs.contains(asciiLower(lower));
    }
    return false;
}

// Text as the browser's serializer (and so Anki's editor) writes it, except that a '<' which
// cannot start a tag stays as written: "\\(x < y\\)" reaches MathJax as the deck wrote it.
void appendText(QString &out, const QString &text, bool inAttribute)
{
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            if (inAttribute || isAsciiLetter(next) || next == QLatin1Char('/') || next == QLatin1Char('!')
                || next == QLatin1Char('?'))
                out += QLatin1String("&lt;");
            else
                out += c;
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += inAttribute ? QLatin1String("&quot;") : QLatin1String("\"");
            break;
        case 0xa0:
            out += QLatin1String("&nbsp;");
            break;
        default:
            out += c;
        }
    }
}

bool isVoidHtml(const QString &name)
{
    static const NameSet voids("area br col hr img input source track wbr");
    return voids.contains(asciiLower(name));
}

// An HTML <style> is written back as raw text, which a parser in another context could read as
// markup; so it stays only while its text cannot hold a tag.
bool styleIsInert(const GumboElement &e)
{
    for (unsigned i = 0; i < e.children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(e.children.data[i]);
        if (child->type != GUMBO_NODE_TEXT && child->type != GUMBO_NODE_WHITESPACE)
            return false;
        if (std::strchr(child->v.text.text, '<'))
            return false;
    }
    return true;
}

struct Frame {
    const GumboNode *node;
    unsigned next = 0;       // index of the next child to write
    QString close;           // end tag, empty for an unwrapped element
    bool rawText = false;    // an HTML <style>: its text is written as it is
};

// Writes the allowed part of the tree, without recursion (the depth is bounded above, but a
// loop has no stack to overflow at all).
QString serialize(const GumboNode *root)
{
    QString out;
    std::vector<Frame> stack;
    stack.push_back({root, 0, QString(), false});
    while (!stack.empty()) {
        Frame &top = stack.back();
        const GumboVector &children = top.node->v.element.children;
        if (top.next >= children.length) {
            out += top.close;
            stack.pop_back();
            continue;
        }
        const auto *node = static_cast<const GumboNode *>(children.data[top.next++]);
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA: {
            const QString text = QString::fromUtf8(node->v.text.text);
            if (top.rawText)
                out += text;
            else
                appendText(out, text, false);
            break;
        }
        case GUMBO_NODE_ELEMENT: {
            const GumboElement &e = node->v.element;
            const QString name = lowerName(e);
            Action action = actionFor(e, name);
            const bool htmlStyle = e.tag_namespace == GUMBO_NAMESPACE_HTML && name == QLatin1String("style");
            if (htmlStyle && !styleIsInert(e))
                action = Action::Drop;
            if (action == Action::Drop)
                break;
            if (action == Action::Unwrap) {
                stack.push_back({node, 0, QString(), false});
                break;
            }
            const QString written = e.tag_namespace == GUMBO_NAMESPACE_SVG ? policy().svgCanonical(name) : name;
            out += QLatin1Char('<') + written;
            for (unsigned a = 0; a < e.attributes.length && !htmlStyle; ++a) {
                const auto *attr = static_cast<const GumboAttribute *>(e.attributes.data[a]);
                const QString attrname = attrName(*attr);
                const QString value = QString::fromUtf8(attr->value);
                if (!attrAllowed(e, name, attrname, value))
                    continue;
                out += QLatin1Char(' ') + attrname;
                if (!value.isEmpty()) {
                    out += QLatin1String("=\"");
                    appendText(out, value, true);
                    out += QLatin1Char('"');
                }
            }
            const bool foreign = e.tag_namespace != GUMBO_NAMESPACE_HTML;
            if (foreign && e.children.length == 0) {
                out += QLatin1String("/>");
                break;
            }
            out += QLatin1Char('>');
            if (!foreign && isVoidHtml(name))
                break;
            // The parser drops one newline right after <pre>/<textarea>; keep a leading one alive.
            if ((name == QLatin1String("pre") || name == QLatin1String("textarea")) && e.children.length > 0) {
                const auto *first = static_cast<const GumboNode *>(e.children.data[0]);
                if ((first->type == GUMBO_NODE_TEXT || first->type == GUMBO_NODE_WHITESPACE) && first->v.text.text[0] == '\n')
                    out += QLatin1Char('\n');
            }
            stack.push_back({node, 0, QStringLiteral("</%1>").arg(written), htmlStyle});
            break;
        }
        case GUMBO_NODE_COMMENT:
        case GUMBO_NODE_TEMPLATE:
        case GUMBO_NODE_DOCUMENT:
            break;
        }
    }
    return out;
}

} // namespace

Result<QString> HtmlSanitizer::clean(const QString &html)
{
    if (auto refused = checkShape(html))
        return *refused;
    const QByteArray utf8 = html.toUtf8();
    ParseBudget budget;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &ParseBudget::allocate;
    options.deallocator = &ParseBudget::deallocate;
    options.userdata = &budget;
    options.max_errors = 0;   // we never read them
    // Parsed as the content of a <div>, which is where the card view puts it.
    options.fragment_context = GUMBO_TAG_DIV;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    GumboOutput *output = parseWithin(budget, options, utf8);
    if (!output)
        return RenderLimits::tooComplex(tr("HTML too costly to parse"));
    QString out = serialize(output->root);
    gumbo_destroy_output(&options, output);
    return out;
}

QString HtmlSanitizer::sanitize(const QString &html)
{
    auto out = clean(html);
    if (!out)
        return QStringLiteral("<p>%1</p>").arg(out.error().message.toHtmlEscaped());
    return *out;
}

} // namespace debrief
