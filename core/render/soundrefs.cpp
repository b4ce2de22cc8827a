#include "render/soundrefs.h"

#include "import/mediarefs.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace debrief {

namespace {

// The value of the attribute matched by `re` (group 1, 2 or 3: quoted either way or not at all).
QString attribute(const QString &tag, const QRegularExpression &re)
{
    const auto m = re.match(tag);
    for (int g = 1; g <= 3; ++g)
        if (m.capturedStart(g) >= 0)
            return m.captured(g);
    return QString();
}

QRegularExpression attributeRe(const char *name)
{
    return QRegularExpression(QStringLiteral("\\s%1\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))").arg(QLatin1String(name)),
                              QRegularExpression::CaseInsensitiveOption);
}

} // namespace

QStringList SoundRefs::inHtml(const QString &html)
{
    QStringList out;
    if (!html.contains(QLatin1String("<audio"), Qt::CaseInsensitive))
        return out;
    static const QRegularExpression audioTag(QStringLiteral("<audio\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression soundClass(QStringLiteral("(?:^|\\s)sound(?:\\s|$)"));
    static const QRegularExpression classAttr = attributeRe("class");
    static const QRegularExpression srcAttr = attributeRe("src");
    auto it = audioTag.globalMatch(html);
    while (it.hasNext()) {
        const QString tag = it.next().captured(0);
        if (!soundClass.match(attribute(tag, classAttr)).hasMatch())
            continue;
        const QString src = attribute(tag, srcAttr);
        const QString name = MediaRefs::decodeEntities(QUrl::fromPercentEncoding(src.toUtf8()));
        if (isSafeName(name))
            out << name;
    }
    return out;
}

QStringList SoundRefs::forQuestion(const QString &questionHtml)
{
    return inHtml(questionHtml);
}

QStringList SoundRefs::forAnswer(const QString &questionHtml, const QString &answerHtml)
{
    QStringList answer = inHtml(answerHtml);
    int from = 0;
    for (const QString &name : inHtml(questionHtml)) {
        const int i = int(answer.indexOf(name, from));
        if (i < 0)
            continue;
        answer.removeAt(i);
        from = i;
    }
    return answer;
}

QStringList SoundRefs::forAnswerReplay(const QString &questionHtml, const QString &answerHtml)
{
    return forQuestion(questionHtml) + forAnswer(questionHtml, answerHtml);
}

bool SoundRefs::isSafeName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    for (const QChar c : name)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || c == QChar(0))
            return false;
    return true;
}

QStringList SoundRefs::resolve(const QStringList &names, const QString &mediaDir)
{
    QStringList out;
    if (mediaDir.isEmpty())
        return out;
    const QDir dir(mediaDir);
    const QString root = dir.canonicalPath();
    for (const QString &name : names) {
        if (!isSafeName(name))
            continue;
        const QFileInfo file(dir.filePath(name));
        if (!file.isFile())
            continue;
        if (file.isSymLink() && !file.canonicalFilePath().startsWith(root + QLatin1Char('/')))
            continue;
        out << file.absoluteFilePath();
    }
    return out;
}

} // namespace debrief
