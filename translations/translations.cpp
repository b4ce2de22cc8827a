#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace debrief {

QStringList Translations::available()
{
    QStringList languages;
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("debrief_*.qm")}, QDir::Files, QDir::Name)) {
        const QString lang = file.mid(8, file.size() - 8 - 3);   // debrief_<lang>.qm
        if (lang != QLatin1String("en"))                          // en holds only plural forms
            languages << lang;
    }
    return languages;
}

// The translators install() put in place, replaced when it is called again.
static QTranslator *s_ours = nullptr;
static QTranslator *s_qt = nullptr;

static void removeInstalled()
{
    for (QTranslator **t : {&s_ours, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

QString Translations::install(const QString &language)
{
    removeInstalled();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates and numbers follow the chosen language too, so "3 Tage" is not next to "Dec 3".
    QLocale::setDefault(locale);

    auto *ours = new QTranslator;
    // uiLanguages() is the user's ordered list ("de-AT", "de", ...); load() picks the first we ship.
    // Languages we do not ship fall back to English, whose file holds the plural forms
    // ("1 problem found", not "1 problem(s) found").
    if (!ours->load(locale, QStringLiteral("debrief"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !ours->load(QStringLiteral(":/i18n/debrief_en.qm"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    s_ours = ours;

    auto *qt = new QTranslator;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    const QString qtDir = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)) {
        QCoreApplication::installTranslator(qt);
        s_qt = qt;
    } else {
        delete qt;
    }
    // "debrief_de.qm" -> "de"
    const QString file = QFileInfo(ours->filePath()).completeBaseName();
    return file.mid(8);
}

QString Translations::savedLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void Translations::saveLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QStringLiteral("language"));
    else
        settings.setValue(QStringLiteral("language"), language);
}

} // namespace debrief
