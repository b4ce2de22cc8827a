#include "render/debriefcardrenderer.h"

#include "decks/builtinnotetypes.h"
#include "decks/deckparser.h"
#include "render/debriefcardstyle.h"
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

QString labelled(const char *cls, const QString &label, const QString &body)
{
    return QStringLiteral("<div class=\"%1\"><div class=\"dbf-label\">%2</div>%3</div>").arg(QLatin1String(cls), label, body);
}

// Detection and fix side by side, each under its label.
QString columns(const DeckBranch &b)
{
    return div("dbf-cols", labelled("dbf-detect", DebriefCardRenderer::tr("Detection"), mdInline(b.detect))
                               + labelled("dbf-fix", DebriefCardRenderer::tr("Fix"), mdInline(b.fix)));
}

// The whole tree as nested lists; `hidden` marks each branch for one-at-a-time reveal.
QString treeList(const std::vector<DeckBranch> &branches, const DeckBranch *, bool hidden)
{
    if (branches.empty())
        return {};
    QString out = QStringLiteral("<ul class=\"dbf-branches\">");
    for (const DeckBranch &b : branches) {
        out += hidden ? QLatin1String("<li class=\"dbf-branch dbf-hidden\">") : QLatin1String("<li class=\"dbf-branch\">");
        out += div("dbf-cause", mdInline(b.cause)) + columns(b) + treeList(b.children, nullptr, hidden) + QLatin1String("</li>");
    }
    return out + QLatin1String("</ul>");
}

bool contains(const DeckBranch &b, const DeckBranch *target)
{
    if (&b == target)
        return true;
    for (const DeckBranch &c : b.children)
        if (contains(c, target))
            return true;
    return false;
}

// Only the chain from the root down to `target`: ancestors greyed, the target highlighted; causes
// only (the back adds the target's detection and fix below the rule).
QString contextList(const std::vector<DeckBranch> &branches, const DeckBranch *target)
{
    for (const DeckBranch &b : branches) {
        if (!contains(b, target))
            continue;
        if (&b == target)
            return QLatin1String("<ul class=\"dbf-branches\"><li class=\"dbf-branch dbf-target\">") + div("dbf-cause", mdInline(b.cause))
                + QLatin1String("</li></ul>");
        return QLatin1String("<ul class=\"dbf-branches\"><li class=\"dbf-branch dbf-context\">") + div("dbf-cause", mdInline(b.cause))
            + contextList(b.children, target) + QLatin1String("</li></ul>");
    }
    return {};
}

// One band of the stack; `index` 0 is the decision-making end. The band's tint steps from
// one end to the other (dbf-band-0..4) so the order reads without the axis.
QString bandHtml(const DeckLayer &l, int index, int count, bool withBody, bool asked)
{
    const int step = count > 1 ? index * 4 / (count - 1) : 0;
    QString cls = QStringLiteral("dbf-band dbf-band-%1").arg(step);
    if (asked)
        cls += QLatin1String(" dbf-asked");
    QString out = QStringLiteral("<div class=\"%1\">").arg(cls) + div("dbf-layer", mdInline(l.name));
    if (withBody) {
        out += div("dbf-cols", labelled("dbf-metrics", DebriefCardRenderer::tr("Metrics"), mdInline(l.metrics))
                                   + labelled("dbf-drives", DebriefCardRenderer::tr("Decision or threshold it drives"), mdInline(l.drives)));
    }
    return out + QLatin1String("</div>");
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
    RenderedCard out = renderSides(note, nt, ord);
    out.css = DebriefCardStyle::css();
    return out;
}

RenderedCard DebriefCardRenderer::renderSides(const Note &note, const Notetype &nt, int ord)
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
        // Points are the rehearsal rubric, never card text.
        const QString strong = labelled("dbf-strong", tr("Strong answer"), md(f("Strong")));
        const QString model = f("Model").trimmed().isEmpty() ? QString() : labelled("dbf-model", tr("Model answer"), md(f("Model")));
        // Struck through as well as labelled: the trap must not read like a second model answer.
        const QString trap = labelled("dbf-trap", tr("The trap (weak answer)"),
                                      QLatin1String("<p><s>") + mdInline(f("Weak")) + QLatin1String("</s></p>"));
        const QString why = labelled("dbf-why", tr("Why"), md(f("Why")));
        if (ord == 1) {
            const QString q = div("dbf-pair", div("question", md(tr("What is weak about this answer to: %1").arg(f("Question"))))
                                                  + labelled("dbf-trap", tr("The answer"), md(f("Weak"))));
            return qa(q, div("dbf-pair", why + strong + model));
        }
        // The type-in box and the echo of its text are filled by the card view's own script.
        const QString q = div("dbf-pair", div("question", md(f("Question"))) + div("dbf-typein", QString()));
        const QString back = div("dbf-pair dbf-back", div("dbf-typed", QString()) + div("dbf-answers", strong + model + trap + why));
        return qa(q, back);
    }
    case DeckKind::Tree: {
        const auto branches = DeckParser::parseBranches(f("Branches"));
        std::vector<const DeckBranch *> flat;
        flatten(branches, flat);
        const QString root = f("Root");
        if (ord <= 0 || ord > int(flat.size())) {
            // Every branch starts hidden; N reveals the next one, so the learner can count what they recalled.
            const QString q = div("dbf-tree-q", QLatin1String("<p>") + tr("Name every cause:") + QLatin1String("</p>")
                                                     + div("dbf-root", mdInline(root)));
            // One sentence per count of branches shown (0..all); the card view's script shows the
            // one matching what is revealed, so the hint counts what the learner has seen.
            const int total = int(flat.size());
            QString hint = QStringLiteral("<p class=\"dbf-keyhint\">");
            for (int shown = 0; shown <= total; ++shown) {
                hint += QStringLiteral("<span class=\"dbf-shown%1\">%2</span>")
                            .arg(shown == 0 ? QStringLiteral(" dbf-current") : QString(),
                                 tr("%1 of %n cause(s) shown. Press N for the next branch, Shift+N for all.", nullptr, total).arg(shown));
            }
            hint += QLatin1String("</p>");
            // The root is already on the question side above the rule: the back adds only the branches.
            return qa(q, div("dbf-tree", treeList(branches, nullptr, true)) + hint);
        }
        const DeckBranch *target = flat[size_t(ord - 1)];
        const QString prompt = QLatin1String("<p>") + tr("How do you detect it and fix it?") + QLatin1String("</p>");
        const QString q = div("dbf-tree", div("dbf-root dbf-context", mdInline(root)) + contextList(branches, target)) + prompt;
        // Below the rule only what the question did not show: the branch's detection and fix, and
        // its sub-causes. The root and the chain stay above, once (the back used to repeat them).
        QString a = columns(*target);
        if (!target->children.empty())
            a += QLatin1String("<div class=\"dbf-label\">") + tr("Sub-causes") + QLatin1String("</div>") + treeList(target->children, nullptr, false);
        return {q, q + kHr + div("answer", div("dbf-tree", a)), QString()};
    }
    case DeckKind::Layers: {
        const auto layers = DeckParser::parseLayers(f("Layers"));
        const QString question = f("Question");
        const int asked = (ord <= 0 || ord > int(layers.size())) ? -1 : ord - 1;
        const QString axis = QStringLiteral("<div class=\"dbf-axis\"><span>%1</span><span>%2</span></div>")
                                 .arg(tr("decision-making"), tr("diagnostic"));
        if (asked < 0) {
            const QString q = div("question", md(question)) + QLatin1String("<p>")
                + tr("Name every layer, its metrics and the decision it drives.") + QLatin1String("</p>");
            QString bands;
            for (size_t i = 0; i < layers.size(); ++i)
                bands += bandHtml(layers[i], int(i), int(layers.size()), true, false);
            return qa(q, div("dbf-layers", axis + bands));
        }
        QString qBands, aBands;
        for (size_t i = 0; i < layers.size(); ++i) {
            const bool isAsked = int(i) == asked;
            qBands += bandHtml(layers[i], int(i), int(layers.size()), false, isAsked);
            aBands += bandHtml(layers[i], int(i), int(layers.size()), isAsked, isAsked);
        }
        const QString q = div("question", md(question)) + QLatin1String("<p>") + tr("Layer:") + QLatin1String(" <b>")
            + mdInline(layers[size_t(asked)].name) + QLatin1String("</b>. ") + tr("Which metrics, and what do they drive?")
            + QLatin1String("</p>") + div("dbf-layers", axis + qBands);
        const QString a = div("question", md(question)) + div("dbf-layers", axis + aBands);
        return {q, q + kHr + div("answer", a), QString()};
    }
    }
    return {};
}

} // namespace debrief
