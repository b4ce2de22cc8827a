#include "decks/copychecker.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace debrief {

QStringList CopyChecker::words(const QString &input)
{
    static const QRegularExpression tagRe(QStringLiteral("<[^>]+>"));
    static const QRegularExpression otherRe(QStringLiteral("[^a-z0-9'$%]+"));
    QString text = input.toLower();
    text.replace(tagRe, QStringLiteral(" "));
    text.replace(QChar(0x2019), QLatin1Char('\''));
    text.replace(otherRe, QStringLiteral(" "));
    text.remove(QLatin1Char('\''));
#if QT_VERSION >= QT_VERSION_CHECK(5, 14, 0)
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
#else
    return text.split(QLatin1Char(' '), QString::SkipEmptyParts);
#endif
}

QString CopyChecker::stripCloze(const QString &input)
{
    // Line breaks are kept so that issue lines stay right; a hint never spans lines.
    static const QRegularExpression openRe(QStringLiteral("\\{\\{c\\d+::"));
    static const QRegularExpression hintRe(QStringLiteral("::[^{}\\n]*\\}\\}"));
    QString text = input;
    text.replace(openRe, QStringLiteral(" "));
    text.replace(hintRe, QStringLiteral(" "));
    text.replace(QLatin1String("}}"), QLatin1String(" "));
    return text;
}

void CopyChecker::addSeed(const QString &name, const QString &text)
{
    const QStringList w = words(text);
    for (int i = 0; i + kRunLength <= w.size(); ++i) {
        const QString key = w.mid(i, kRunLength).join(QLatin1Char(' '));
        if (!m_grams.contains(key))
            m_grams.insert(key, name);
    }
}

int CopyChecker::loadSeeds(const QString &dir)
{
    int n = 0;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        addSeed(name, QString::fromUtf8(f.readAll()));
        ++n;
    }
    return n;
}

std::vector<DeckIssue> CopyChecker::check(const QString &path, const QString &text) const
{
    QStringList stream;
    std::vector<int> where;
    const QStringList lines = stripCloze(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        for (const QString &w : words(lines.at(i))) {
            stream << w;
            where.push_back(i + 1);
        }
    }
    std::vector<DeckIssue> out;
    int last = -kRunLength;
    for (int i = 0; i + kRunLength <= stream.size(); ++i) {
        const QString key = stream.mid(i, kRunLength).join(QLatin1Char(' '));
        const auto it = m_grams.constFind(key);
        if (it != m_grams.constEnd() && i >= last + kRunLength) {
            out.push_back({DeckIssue::Kind::Copied, path, where[size_t(i)],
                           tr("copies %1+ words from %2: \"%3\"").arg(kRunLength).arg(it.value(), key)});
            last = i;
        }
    }
    return out;
}

} // namespace debrief
