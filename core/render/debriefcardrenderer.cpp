#include "render/debriefcardrenderer.h"

#include "decks/builtinnotetypes.h"
#include "decks/deckparser.h"
#include "render/markdown.h"


namespace debrief {

namespace {

const QString kHr = QStringLiteral("<hr id=\"answer\">");

QString fieldOf(const Note &note, const Notetype &nt, const QString &name)
{
    const int i = nt.fieldNames.indexOf(name);
    return i >= 0 ? note.fields.value(i) : QString();
}

QString md(const QString &s) { return Markdown::toHtml(s); }
QString mdInline(const QString &s) { return Markdown::inlineToHtml(s); }

QString div(const char *cls, const QString &html)
{
    return QStringLiteral("<div class=\"%1\">%2</div>").arg(QLatin1String(cls), html);
}

void flatten(const std::vector<DeckBranch> &branches, std::vector<const DeckBranch *> &out)
{
    for (const DeckBranch &b : branches) {
        out.push_back(&b);
        flatten(b.children, out);
    }
}

QString branchList(const std::vector<DeckBranch> &branches)
{
    if (branches.empty())
        return {};
    QString out = QStringLiteral("<ul class=\"branches\">");
    for (const DeckBranch &b : branches) {
        out += QLatin1String("<li><span class=\"cause\">") + mdInline(b.cause) + QLatin1String("</span>");
        out += QLatin1String("<div class=\"detect\"><b>") + DebriefCardRenderer::tr("Detect:") + QLatin1String("</b> ")
            + mdInline(b.detect) + QLatin1String("</div>");
        out += QLatin1String("<div class=\"fix\"><b>") + DebriefCardRenderer::tr("Fix:") + QLatin1String("</b> ")
            + mdInline(b.fix) + QLatin1String("</div>");
        out += branchList(b.children) + QLatin1String("</li>");
    }
    return out + QLatin1String("</ul>");
}

QString layerHtml(const DeckLayer &l, bool withName)
{
    QString out;
    if (withName)
        out += QLatin1String("<span class=\"layer\">") + mdInline(l.name) + QLatin1String("</span>");
    out += QLatin1String("<div class=\"metrics\"><b>") + DebriefCardRenderer::tr("Metrics:") + QLatin1String("</b> ")
        + mdInline(l.metrics) + QLatin1String("</div>");
    out += QLatin1String("<div class=\"drives\"><b>") + DebriefCardRenderer::tr("Drives:") + QLatin1String("</b> ")
        + mdInline(l.drives) + QLatin1String("</div>");
    return out;
}

RenderedCard qa(const QString &question, const QString &answerBody)
{
    const QString q = div("question", question);
    return {q, q + kHr + div("answer", answerBody), QString()};
}

} // namespace

QString DebriefCardRenderer::renderCloze(const QString &markdown, int number, bool reveal)
{
    // "{{cN::answer::hint}}" on one line, ending at the first "}}". Scanned by hand in one pass:
    // the equivalent lazy regex rescans to the end of the field from every unclosed "{{c", so a
    // field of a million of them took minutes. The next "}}" and newline are remembered and
    // looked up again only once the scan has passed them.
    const int n = int(markdown.size());
    QString src;
    int pos = 0;    // copied up to here
    int scan = 0;   // next place to look for "{{c"
    int close = -2, newline = -2;   // -2: not looked up yet; -1: none left
    while (true) {
        const int open = markdown.indexOf(QLatin1String("{{c"), scan);
        if (open < 0)
            break;
        int d = open + 3;
        while (d < n && markdown.at(d).isDigit())
            ++d;
        if (d == open + 3 || d + 1 >= n || markdown.at(d) != QLatin1Char(':') || markdown.at(d + 1) != QLatin1Char(':')) {
            scan = open + 1;
            continue;
        }
        const int body = d + 2;
        if (close != -1 && close < body)
            close = markdown.indexOf(QLatin1String("}}"), body);
        if (close < 0)
            break;   // no "}}" left: nothing further can match
        if (newline != -1 && newline < body)
            newline = markdown.indexOf(QLatin1Char('\n'), body);
        if (newline >= 0 && newline < close) {
            scan = open + 1;
            continue;
        }
        const QString inner = markdown.mid(body, close - body);
        const int h = inner.indexOf(QLatin1String("::"));
        const QString answer = h >= 0 ? inner.left(h) : inner;
        const QString hint = h >= 0 ? inner.mid(h + 2) : QString();
        src += markdown.mid(pos, open - pos);
        pos = scan = close + 2;
        // Control characters survive Markdown escaping, so they mark where the span goes.
        const bool active = markdown.mid(open + 3, d - open - 3).toInt() == number;
        if (!active)
            src += answer;
        else if (reveal)
            src += QChar(1) + answer + QChar(2);
        else
            src += QChar(1) + (hint.isEmpty() ? QStringLiteral("[...]") : QLatin1Char('[') + hint + QLatin1Char(']')) + QChar(2);
    }
    src += markdown.mid(pos);
    QString html = md(src);
    html.replace(QChar(1), QLatin1String("<span class=\"cloze\">"));
    html.replace(QChar(2), QLatin1String("</span>"));
    return html;
}

RenderedCard DebriefCardRenderer::render(const Note &note, const Notetype &nt, int ord)
{
    const auto kind = BuiltinNotetypes::kindOf(nt);
    auto f = [&](const char *name) { return fieldOf(note, nt, QLatin1String(name)); };
    if (!kind) {
        // Not one of ours: show the first two fields, escaped, so something sensible appears.
        return qa(md(note.fields.value(0)), md(note.fields.value(1)));
    }
    switch (*kind) {
    case DeckKind::Basic:
        return qa(md(f("Front")), md(f("Back")));
    case DeckKind::Reversed:
        return ord == 1 ? qa(md(f("Back")), md(f("Front"))) : qa(md(f("Front")), md(f("Back")));
    case DeckKind::Cloze: {
        const int number = ord + 1;
        const QString q = div("question", renderCloze(f("Text"), number, false));
        QString a = div("question", renderCloze(f("Text"), number, true));
        if (!f("Extra").trimmed().isEmpty())
            a += div("extra", md(f("Extra")));
        return {q, a, QString()};
    }
    case DeckKind::Pair: {
        const QString weak = div("weak", QLatin1String("<b>") + tr("Weak answer:") + QLatin1String("</b> <s>")
                                             + mdInline(f("Weak")) + QLatin1String("</s>"));
        const QString strong = div("strong", QLatin1String("<b>") + tr("Strong answer:") + QLatin1String("</b> ") + md(f("Strong")));
        const QString why = div("why", QLatin1String("<b>") + tr("Why:") + QLatin1String("</b> ") + md(f("Why")));
        if (ord == 1) {
            const QString q = md(tr("What is weak about this answer to: %1").arg(f("Question")))
                + div("weak-shown", md(f("Weak")));
            return qa(q, why + strong);
        }
        return qa(md(f("Question")), strong + why + weak);
    }
    case DeckKind::Tree: {
        const auto branches = DeckParser::parseBranches(f("Branches"));
        std::vector<const DeckBranch *> flat;
        flatten(branches, flat);
        const QString root = f("Root");
        if (ord <= 0 || ord > int(flat.size()))
            return qa(QLatin1String("<p>") + tr("Name every cause:") + QLatin1String(" ") + mdInline(root) + QLatin1String("</p>"),
                      branchList(branches));
        const DeckBranch &b = *flat[size_t(ord - 1)];
        const QString q = QLatin1String("<p>") + mdInline(root) + QLatin1String(" — ") + tr("cause:") + QLatin1String(" <b>")
            + mdInline(b.cause) + QLatin1String("</b></p><p>") + tr("How do you detect it and fix it?") + QLatin1String("</p>");
        QString a = QLatin1String("<div class=\"detect\"><b>") + tr("Detect:") + QLatin1String("</b> ") + mdInline(b.detect)
            + QLatin1String("</div><div class=\"fix\"><b>") + tr("Fix:") + QLatin1String("</b> ") + mdInline(b.fix)
            + QLatin1String("</div>");
        if (!b.children.empty())
            a += QLatin1String("<div class=\"sub\"><b>") + tr("Sub-causes:") + QLatin1String("</b>") + branchList(b.children)
                + QLatin1String("</div>");
        return qa(q, a);
    }
    case DeckKind::Layers: {
        const auto layers = DeckParser::parseLayers(f("Layers"));
        const QString question = f("Question");
        if (ord <= 0 || ord > int(layers.size())) {
            QString a = QStringLiteral("<ol class=\"layers\">");
            for (const DeckLayer &l : layers)
                a += QLatin1String("<li>") + layerHtml(l, true) + QLatin1String("</li>");
            a += QLatin1String("</ol>");
            return qa(md(question) + QLatin1String("<p>") + tr("Name every layer, its metrics and what it drives.")
                          + QLatin1String("</p>"),
                      a);
        }
        const DeckLayer &l = layers[size_t(ord - 1)];
        const QString q = md(question) + QLatin1String("<p>") + tr("Layer:") + QLatin1String(" <b>") + mdInline(l.name)
            + QLatin1String("</b>. ") + tr("Which metrics, and what do they drive?") + QLatin1String("</p>");
        return qa(q, layerHtml(l, false));
    }
    }
    return {};
}

} // namespace debrief
