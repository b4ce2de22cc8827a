#include "render/htmlsanitizer.h"

#include <QRegularExpression>

namespace debrief {

QString HtmlSanitizer::sanitize(const QString &html)
{
    static const QRegularExpression blocks(
        QStringLiteral("<(script|iframe|object|embed|frameset|frame|applet)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    // Unclosed or self-closing dangerous tags, and tags that change where URLs resolve.
    static const QRegularExpression singles(
        QStringLiteral("<\\s*/?\\s*(script|iframe|object|embed|frameset|frame|applet|base|meta|link)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    // An attribute starts after whitespace, a "/" or the closing quote of the one before
    // (<svg/onload=…>, <img src="x"onerror=…> are both parsed as handlers).
    static const QRegularExpression handlers(
        QStringLiteral("(<[^>]*?[\\s/\"'])on[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scriptUrls(
        QStringLiteral("(href|src|action|formaction|xlink:href|data)\\s*=\\s*([\"']?)\\s*(javascript|vbscript|livescript):"),
        QRegularExpression::CaseInsensitiveOption);

    // Repeat until nothing changes: removing one piece can join two others into a new one
    // ("<scr<script>ipt>"), and each pass removes one handler per tag. Bounded, in case a
    // crafted input keeps changing; what is left then is still inert under the view's CSP.
    QString out = html;
    for (int i = 0; i < 16; ++i) {
        const QString before = out;
        out.replace(blocks, QString());
        out.replace(singles, QString());
        out.replace(handlers, QStringLiteral("\\1"));
        out.replace(scriptUrls, QStringLiteral("\\1=\\2blocked:"));
        if (out == before)
            break;
    }
    return out;
}

} // namespace debrief
