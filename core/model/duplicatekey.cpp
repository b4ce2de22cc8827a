#include "model/duplicatekey.h"

#include <QRegularExpression>

namespace debrief {

QString DuplicateKey::of(const QString &html)
{
    // As Anki's strip_html_preserving_media_filenames: a media tag becomes its file name, so
    // "What does this graph show? <img src=a.png>" and the same with b.png stay two notes.
    static const QRegularExpression media(
        QStringLiteral("<(?:img|audio|video|object|source)\\b[^>]*?\\b(?:src|data)\\s*=\\s*"
                       "(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString s = html;
    // Every media tag has a src= or data= attribute; most fields have neither, so skip the regex.
    if (s.contains(QLatin1Char('<'))
        && (s.contains(QLatin1String("src"), Qt::CaseInsensitive) || s.contains(QLatin1String("data"), Qt::CaseInsensitive)))
        s.replace(media, QStringLiteral(" \\1\\2\\3 "));
    s.remove(tags);
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    return s.simplified();
}

} // namespace debrief
