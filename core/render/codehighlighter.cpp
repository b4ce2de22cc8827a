#include "render/codehighlighter.h"

#include "render/markdown.h"

#ifdef HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QMetaEnum>
#endif

namespace debrief {

#ifdef HAVE_KSYNTAXHIGHLIGHTING
namespace {

namespace KSH = KSyntaxHighlighting;

// Loading the definitions takes tens of milliseconds; do it once per process.
KSH::Repository &repository()
{
    static KSH::Repository repo;
    return repo;
}

KSH::Definition definitionFor(const QString &language)
{
    const QString lang = language.trimmed();
    if (lang.isEmpty())
        return {};
    KSH::Definition def = repository().definitionForName(lang);
    if (def.isValid())
        return def;
    for (const KSH::Definition &d : repository().definitions())
        if (d.name().compare(lang, Qt::CaseInsensitive) == 0)
            return d;
    // Fence names are usually file extensions ("py", "cpp", "ts", "sh").
    return repository().definitionForFileName(QStringLiteral("code.") + lang.toLower());
}

// KF5 has no public HTML highlighter: collect the formats of each line as classed spans.
class HtmlSpanHighlighter : public KSH::AbstractHighlighter {
public:
    QString highlight(const QString &code)
    {
        QString html;
        KSH::State state;
        const QStringList lines = code.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            m_line = lines.at(i);
            m_pos = 0;
            m_out.clear();
            state = highlightLine(m_line, state);
            if (m_pos < m_line.size())
                m_out += Markdown::escape(m_line.mid(m_pos));
            if (i > 0)
                html += QLatin1Char('\n');
            html += m_out;
        }
        return html;
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        if (offset > m_pos)
            m_out += Markdown::escape(m_line.mid(m_pos, offset - m_pos));
        const QString text = Markdown::escape(m_line.mid(offset, length));
        const auto style = format.isValid() ? format.textStyle() : KSH::Theme::Normal;
        if (style == KSH::Theme::Normal) {
            m_out += text;
        } else {
            static const QMetaEnum styles = QMetaEnum::fromType<KSH::Theme::TextStyle>();
            m_out += QStringLiteral("<span class=\"hl-%1\">%2</span>").arg(QLatin1String(styles.valueToKey(style)), text);
        }
        m_pos = offset + length;
    }

private:
    QString m_line;
    QString m_out;
    int m_pos = 0;
};

} // namespace
#endif

bool CodeHighlighter::available()
{
#ifdef HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

bool CodeHighlighter::knowsLanguage(const QString &language)
{
#ifdef HAVE_KSYNTAXHIGHLIGHTING
    return definitionFor(language).isValid();
#else
    Q_UNUSED(language);
    return false;
#endif
}

QString CodeHighlighter::toHtml(const QString &code, const QString &language)
{
#ifdef HAVE_KSYNTAXHIGHLIGHTING
    const KSH::Definition def = definitionFor(language);
    if (def.isValid()) {
        HtmlSpanHighlighter h;
        h.setDefinition(def);
        return h.highlight(code);
    }
#else
    Q_UNUSED(language);
#endif
    return Markdown::escape(code);
}

QString CodeHighlighter::styleSheet()
{
    // Colours after KDE's Breeze Light / Breeze Dark themes, reduced to the styles that matter in cards.
    return QStringLiteral(
        ".hl-Keyword,.hl-ControlFlow{color:#1f1c1b;font-weight:bold}"
        ".hl-DataType,.hl-BuiltIn{color:#0057ae}"
        ".hl-DecVal,.hl-BaseN,.hl-Float,.hl-Constant{color:#b08000}"
        ".hl-String,.hl-VerbatimString,.hl-SpecialString,.hl-Char,.hl-SpecialChar{color:#bf0303}"
        ".hl-Comment,.hl-Documentation,.hl-CommentVar{color:#898887;font-style:italic}"
        ".hl-Function{color:#644a9b}.hl-Variable,.hl-Attribute{color:#0057ae}"
        ".hl-Preprocessor,.hl-Import,.hl-Extension{color:#006e28}.hl-Operator{color:#ca60ca}"
        ".hl-Error,.hl-Alert{color:#bf0303;text-decoration:underline}"
        "body.dark .hl-Keyword,body.dark .hl-ControlFlow{color:#cfcfc2}"
        "body.dark .hl-DataType,body.dark .hl-BuiltIn,body.dark .hl-Variable,body.dark .hl-Attribute{color:#2980b9}"
        "body.dark .hl-DecVal,body.dark .hl-BaseN,body.dark .hl-Float,body.dark .hl-Constant{color:#f67400}"
        "body.dark .hl-String,body.dark .hl-VerbatimString,body.dark .hl-SpecialString,body.dark .hl-Char,"
        "body.dark .hl-SpecialChar{color:#f44f4f}"
        "body.dark .hl-Comment,body.dark .hl-Documentation,body.dark .hl-CommentVar{color:#7a7c7d}"
        "body.dark .hl-Function{color:#8e44ad}body.dark .hl-Preprocessor,body.dark .hl-Import,"
        "body.dark .hl-Extension{color:#27ae60}body.dark .hl-Operator{color:#3f8058}");
}

} // namespace debrief
