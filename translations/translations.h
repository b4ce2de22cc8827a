#pragma once

#include <QString>
#include <QStringList>

namespace debrief {

// Debrief's translations, compiled into the executables as resources (:/i18n/debrief_<lang>.qm),
// plus Qt's own (standard buttons, file dialogs) where the system has them. Shared by the app and
// the CLI; install() is called once, after the QCoreApplication exists.
class Translations {
public:
    // Languages Debrief is translated into, as locale names ("de", "fr"); English is built in.
    static QStringList available();
    // `language` empty: follow the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    // Returns the language now in use ("en" when nothing matched).
    static QString install(const QString &language = QString());
    // The language setting of the app ("" = system), stored in QSettings under "language".
    static QString savedLanguage();
    static void saveLanguage(const QString &language);
};

} // namespace debrief
