// View > Language: the language is chosen in the app, remembered, and used from the next start.
#include "mainwindow.h"
#include "widgettest.h"

#include "translations.h"
#include "util/clock.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;
using namespace debrief::widgettest;

class TestLanguageMenu : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    static QAction *actionFor(QMenu *menu, const QString &language)
    {
        for (QAction *a : menu->actions())
            if (a->data().toString() == language)
                return a;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        // The user's own settings stay untouched.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest-LanguageMenu"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languagemenu"));
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void choosingALanguage_isRememberedForTheNextStart()
    {
        MainWindow window(newCollection(m_tmp), std::make_unique<SystemClock>());
        auto *menu = child<QMenu>(window, QStringLiteral("languageMenu"));
        // System default first and chosen (nothing saved yet), then every shipped language.
        QCOMPARE(menu->actions().first()->data().toString(), QString());
        QVERIFY(menu->actions().first()->isChecked());
        QAction *german = actionFor(menu, QStringLiteral("de"));
        QAction *french = actionFor(menu, QStringLiteral("fr"));
        QVERIFY(german && french && actionFor(menu, QStringLiteral("en")));
        QCOMPARE(german->text(), QStringLiteral("Deutsch"));   // each language in its own name
        QCOMPARE(french->text(), QStringLiteral("Français"));

        german->trigger();
        QCOMPARE(Translations::savedLanguage(), QStringLiteral("de"));
        QVERIFY(german->isChecked());
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Deutsch")));

        menu->actions().first()->trigger();
        QCOMPARE(Translations::savedLanguage(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
    }

    void savedLanguage_isCheckedInANewWindow()
    {
        Translations::saveLanguage(QStringLiteral("fr"));
        MainWindow window(newCollection(m_tmp), std::make_unique<SystemClock>());
        auto *menu = child<QMenu>(window, QStringLiteral("languageMenu"));
        QVERIFY(actionFor(menu, QStringLiteral("fr"))->isChecked());
        QVERIFY(!menu->actions().first()->isChecked());
    }
};

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
