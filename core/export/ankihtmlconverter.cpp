#include "export/ankihtmlconverter.h"

#include "render/codehighlighter.h"
#include "render/debriefcardrenderer.h"
#include "render/markdown.h"

#include <QRegularExpression>

#include <algorithm>

namespace debrief {

namespace {

const QString kHr = QStringLiteral("<hr id=\"answer\">");

// The card view's page shell styles code blocks and images itself (app/cardview.cpp); Anki's page
// does not, so the notetype carries the same rules.
const char *const kShellCss = "\npre{text-align:left;padding:10px;border-radius:6px;background:rgba(127,127,127,.12);"
                              "overflow-x:auto}\nimg{max-width:100%}\n";

bool isCloze(const Notetype &nt) { return nt.kind == NotetypeKind::Cloze; }

// Cloze text as HTML with its deletions kept as {{cN::…::hint}}: the markers become control
// characters (which Markdown passes through, as DebriefCardRenderer::renderCloze relies on) so
// Markdown cannot touch the braces, then turn back into Anki's syntax.
QString clozeHtml(const QString &markdown)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{c(\\d+)::(.*?)(?:::(.*?))?\\}\\}"));
    QString src;
    int pos = 0;
    auto it = re.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        src += markdown.mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        src += QChar(1) + m.captured(1) + QChar(3) + m.captured(2);
        if (m.capturedLength(3) > 0 || m.captured(0).count(QLatin1String("::")) > 1)
            src += QChar(4) + m.captured(3);
        src += QChar(2);
    }
    src += markdown.mid(pos);
    QString html = Markdown::toHtml(src);
    html.replace(QChar(1), QLatin1String("{{c"));
    html.replace(QChar(3), QLatin1String("::"));
    html.replace(QChar(4), QLatin1String("::"));
    html.replace(QChar(2), QLatin1String("}}"));
    return html;
}

QString templateName(const Notetype &nt, int ord)
{
    // Trees and layers have a "whole" template and one describing every branch/layer card.
    const bool perPart = nt.kind == NotetypeKind::Tree || nt.kind == NotetypeKind::Layers;
    if (perPart && ord >= 1 && nt.templates.size() >= 2)
        return QStringLiteral("%1 %2").arg(nt.templates[1].name).arg(ord);
    if (ord < int(nt.templates.size()) && !(perPart && ord >= 1))
        return nt.templates[size_t(ord)].name;
    return QStringLiteral("Card %1").arg(ord + 1);
}

} // namespace

QString AnkiHtmlConverter::questionFieldName(int ord) { return QStringLiteral("Card %1").arg(ord + 1); }

QString AnkiHtmlConverter::answerFieldName(int ord) { return QStringLiteral("Card %1 answer").arg(ord + 1); }

Notetype AnkiHtmlConverter::notetype(const Notetype &in, int ordCount)
{
    Notetype out = in;
    out.markdownFields = false;
    QString highlight = CodeHighlighter::styleSheet();
    // Our card view marks dark mode with body.dark; Anki's reviewer with .nightMode.
    highlight.replace(QLatin1String("body.dark"), QLatin1String(".nightMode"));
    out.css = in.css + QLatin1String(kShellCss) + highlight;
    out.templates.clear();
    if (isCloze(in)) {
        const QString text = in.fieldNames.value(0, QStringLiteral("Text"));
        const QString question = QStringLiteral("<div class=\"question\">{{cloze:%1}}</div>").arg(text);
        QString answer = question;
        if (in.fieldNames.size() > 1) {
            const QString extra = in.fieldNames.at(1);
            answer += QStringLiteral("{{#%1}}<div class=\"extra\">{{%1}}</div>{{/%1}}").arg(extra);
        }
        // Same kind and fields as our Markdown notetype of the same name: a template name of its own
        // keeps Debrief's Anki importer from taking one for the other when the package comes back
        // (it matches by name and schema), which would write this HTML into the Markdown notes.
        const QString name = in.templates.empty() ? QStringLiteral("Cloze") : in.templates.front().name;
        out.templates.push_back({name + QLatin1String(" (HTML)"), question, answer});
        return out;
    }
    out.kind = NotetypeKind::Standard;
    for (int ord = 0; ord < std::max(ordCount, 1); ++ord) {
        out.fieldNames << questionFieldName(ord) << answerFieldName(ord);
        out.templates.push_back({templateName(in, ord), QStringLiteral("{{%1}}").arg(questionFieldName(ord)),
                                 QStringLiteral("{{FrontSide}}%1{{%2}}").arg(kHr, answerFieldName(ord))});
    }
    return out;
}

QStringList AnkiHtmlConverter::fields(const Note &note, const Notetype &nt, int ordCount, const std::vector<int> &ords)
{
    QStringList out;
    if (isCloze(nt)) {
        for (int i = 0; i < nt.fieldNames.size(); ++i)
            out << (i == 0 ? clozeHtml(note.fields.value(0)) : Markdown::toHtml(note.fields.value(i)));
        return out;
    }
    for (int i = 0; i < nt.fieldNames.size(); ++i)
        out << Markdown::toHtml(note.fields.value(i));
    for (int ord = 0; ord < std::max(ordCount, 1); ++ord) {
        if (std::find(ords.begin(), ords.end(), ord) == ords.end()) {
            out << QString() << QString();
            continue;
        }
        const RenderedCard card = DebriefCardRenderer::render(note, nt, ord);
        // Every non-cloze kind draws its answer as the question, the rule, then the answer part
        // (DebriefCardRenderer's qa()); the template puts {{FrontSide}} and the rule back.
        QString answer = card.answer;
        if (answer.startsWith(card.question + kHr))
            answer = answer.mid(card.question.size() + kHr.size());
        out << card.question << answer;
    }
    return out;
}

} // namespace debrief
