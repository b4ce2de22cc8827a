#include "model/deckname.h"

#include <QStringList>

namespace debrief {

QString DeckName::normalized(const QString &name)
{
    QStringList parts = name.split(QStringLiteral("::"));
    for (QString &p : parts) {
        p = p.trimmed();
        if (p.isEmpty())
            return QString();
    }
    return parts.join(QStringLiteral("::"));
}

QString DeckName::problem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Type a name for the deck.");
    const QString stored = normalized(name);
    if (stored.isEmpty())
        return tr("“%1” has an empty level: every part between “::” needs a name, as in Parent::Child.").arg(name.trimmed());
    if (stored.size() > kMaxChars)
        return tr("Deck names are limited to %1 characters; this one has %2.").arg(kMaxChars).arg(stored.size());
    return QString();
}

QString DeckName::parent(const QString &name)
{
    const int i = name.lastIndexOf(QStringLiteral("::"));
    return i < 0 ? QString() : name.left(i);
}

QString DeckName::storedKey(const QString &name)
{
    QString key = name;
    for (QChar &c : key)
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    return key;
}

} // namespace debrief
