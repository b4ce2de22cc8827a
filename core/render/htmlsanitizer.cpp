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
    static const QRegularExpression handlers(
        QStringLiteral("(<[^>]*?)\\s+on[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scriptUrls(
        QStringLiteral("(href|src|action|formaction|xlink:href|data)\\s*=\\s*([\"']?)\\s*(javascript|vbscript|livescript):"),
        QRegularExpression::CaseInsensitiveOption);

    QString out = html;
    out.replace(blocks, QString());
    out.replace(singles, QString());
    // Repeat: one tag may carry several handlers, and each pass removes one per tag.
    for (int i = 0; i < 16; ++i) {
        const QString before = out;
        out.replace(handlers, QStringLiteral("\\1"));
        if (out == before)
            break;
    }
    out.replace(scriptUrls, QStringLiteral("\\1=\\2blocked:"));
    return out;
}

} // namespace debrief
