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

QString DeckName::parent(const QString &name)
{
    const int i = name.lastIndexOf(QStringLiteral("::"));
    return i < 0 ? QString() : name.left(i);
}

} // namespace debrief
