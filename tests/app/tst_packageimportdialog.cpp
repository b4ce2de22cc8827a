// The options asked before importing Anki, Mnemosyne and .deck files: what the dialog returns,
// what it remembers, and what the main window then imports.
#include "mainwindow.h"
#include "packageimportdialog.h"
#include "widgettest.h"

#include "model/card.h"
#include "storage/collection.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "util/clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QtTest>

#include <functional>

using namespace debrief;
using debrief::widgettest::child;

Q_DECLARE_METATYPE(debrief::UpdatePolicy)

namespace {

const QString kVocab = QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/community/english_vocab_cloze.apkg");
const QString kMnemosyne = QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/community/geo_maps_mnemosyne1.xml");
const QString kDeck = QStringLiteral(DEBRIEF_SOURCE_DIR "/decks/metric-layers.deck");
constexpr int kVocabReviews = 94;   // revlog rows in english_vocab_cloze.apkg (fixtures INDEX.md)

void choosePolicy(QWidget &dialog, UpdatePolicy policy)
{
    auto *combo = child<QComboBox>(dialog, QStringLiteral("update"));
    const int i = combo->findData(int(policy));
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}

} // namespace

class TestPackageImportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    std::unique_ptr<Collection> makeCollection() { return widgettest::newCollection(m_tmp); }

    static qint64 count(Collection &col, const char *table)
    {
        auto n = col.count(QLatin1String(table));
        return n ? *n : -1;
    }

    // Cards whose state is not NewState.
    static int scheduledCards(Collection &col)
    {
        int scheduled = 0;
        auto ids = col.database().prepare(QStringLiteral("SELECT id FROM cards"));
        if (!ids)
            return -1;
        while (*ids->step())
            if (!std::holds_alternative<NewState>(col.card(ids->int64(0))->state))
                ++scheduled;
        return scheduled;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // The remembered choices go to a throwaway settings file, never the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest-PackageImportDialog"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_packageimportdialog"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void defaultsKeepSchedulingAndUpdateWhenNewer()
    {
        PackageImportDialog dlg({kVocab, kDeck});
        const ImportOptions o = dlg.options();
        QVERIFY(!o.scheduleAsNew);
        QCOMPARE(o.update, UpdatePolicy::IfNewer);
        QVERIFY(o.takeBackup);
        QVERIFY(!child<QCheckBox>(dlg, QStringLiteral("scheduleAsNew"))->isChecked());
        auto *files = child<QListWidget>(dlg, QStringLiteral("files"));
        QCOMPARE(files->count(), 2);
        QCOMPARE(files->item(0)->text(), QStringLiteral("english_vocab_cloze.apkg"));
        QCOMPARE(files->item(1)->text(), QStringLiteral("metric-layers.deck"));
    }

    void optionsFollowChoices_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("asNew");
        QTest::addColumn<UpdatePolicy>("policy");
        QTest::addColumn<bool>("expectAsNew");
        QTest::addColumn<bool>("asNewShown");

        const QList<std::pair<UpdatePolicy, const char *>> policies{
            {UpdatePolicy::IfNewer, "update when newer"},
            {UpdatePolicy::Always, "always update"},
            {UpdatePolicy::Never, "never update"}};
        for (const auto &p : policies) {
            for (bool asNew : {false, true}) {
                const QByteArray what = QByteArray(asNew ? "as new, " : "keep scheduling, ") + p.second;
                QTest::newRow(QByteArray("apkg: " + what).constData()) << QStringList{kVocab} << asNew << p.first << asNew << true;
                QTest::newRow(QByteArray("Mnemosyne + deck: " + what).constData())
                    << QStringList{kMnemosyne, kDeck} << asNew << p.first << asNew << true;
                // A .deck file has no scheduling: the box is hidden and never says "as new".
                QTest::newRow(QByteArray("deck only: " + what).constData())
                    << QStringList{kDeck} << asNew << p.first << false << false;
            }
        }
    }
    void optionsFollowChoices()
    {
        QFETCH(QStringList, files);
        QFETCH(bool, asNew);
        QFETCH(UpdatePolicy, policy);
        QFETCH(bool, expectAsNew);
        QFETCH(bool, asNewShown);
        PackageImportDialog dlg(files);
        QCOMPARE(dlg.schedulingApplies(), asNewShown);
        auto *box = child<QCheckBox>(dlg, QStringLiteral("scheduleAsNew"));
        QCOMPARE(box->isVisibleTo(&dlg), asNewShown);
        box->setChecked(asNew);
        choosePolicy(dlg, policy);
        const ImportOptions o = dlg.options();
        QCOMPARE(o.scheduleAsNew, expectAsNew);
        QCOMPARE(o.update, policy);
        QVERIFY(o.takeBackup);
    }

    void importRemembersChoicesCancelDoesNot()
    {
        {
            PackageImportDialog dlg({kVocab});
            child<QCheckBox>(dlg, QStringLiteral("scheduleAsNew"))->setChecked(true);
            choosePolicy(dlg, UpdatePolicy::Never);
            dlg.accept();
        }
        {
            PackageImportDialog dlg({kVocab});
            QVERIFY(dlg.options().scheduleAsNew);
            QCOMPARE(dlg.options().update, UpdatePolicy::Never);
            child<QCheckBox>(dlg, QStringLiteral("scheduleAsNew"))->setChecked(false);
            choosePolicy(dlg, UpdatePolicy::Always);
            dlg.reject();
        }
        {
            PackageImportDialog dlg({kVocab});
            QVERIFY(dlg.options().scheduleAsNew);
            QCOMPARE(dlg.options().update, UpdatePolicy::Never);
        }
        {   // A .deck-only batch keeps the policy it was given but leaves "as new" alone.
            PackageImportDialog dlg({kDeck});
            QVERIFY(!dlg.options().scheduleAsNew);
            choosePolicy(dlg, UpdatePolicy::Always);
            dlg.accept();
        }
        PackageImportDialog dlg({kVocab});
        QVERIFY(dlg.options().scheduleAsNew);
        QCOMPARE(dlg.options().update, UpdatePolicy::Always);
    }

    void enterImportsEscapeCancels()
    {
        {
            PackageImportDialog dlg({kVocab});
            dlg.show();
            QVERIFY(QTest::qWaitForWindowActive(&dlg));
            QCOMPARE(QApplication::focusWidget(), child<QCheckBox>(dlg, QStringLiteral("scheduleAsNew")));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(dlg.result(), int(QDialog::Accepted));
        }
        {
            PackageImportDialog dlg({kVocab});
            dlg.show();
            QVERIFY(QTest::qWaitForWindowActive(&dlg));
            auto *update = child<QComboBox>(dlg, QStringLiteral("update"));
            update->setFocus();
            QTest::keyClick(update, Qt::Key_Down);   // a closed combo steps to the next choice
            QCOMPARE(dlg.options().update, UpdatePolicy::Always);
            QTest::keyClick(update, Qt::Key_Enter);
            QCOMPARE(dlg.result(), int(QDialog::Accepted));
        }
        {
            PackageImportDialog dlg({kDeck});   // focus starts on the combo when the box is hidden
            dlg.show();
            QVERIFY(QTest::qWaitForWindowActive(&dlg));
            QCOMPARE(QApplication::focusWidget(), child<QComboBox>(dlg, QStringLiteral("update")));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            QCOMPARE(dlg.result(), int(QDialog::Rejected));
        }
    }

    // MainWindow asks once for the batch; the answer decides whether review history survives.
    void mainWindowImportsWithChosenScheduling_data()
    {
        QTest::addColumn<bool>("asNew");
        QTest::newRow("keep scheduling: cards and history as in the file") << false;
        QTest::newRow("import as new: no history, every card new") << true;
    }
    void mainWindowImportsWithChosenScheduling()
    {
        QFETCH(bool, asNew);
        auto clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        MainWindow w(makeCollection(), std::move(clock));
        w.show();

        // Answers each modal window as it appears: `dialogAction` for the options dialog, OK for
        // the summary box (kept, to check what it says).
        int dialogs = 0;
        QStringList boxes;
        QStringList listed;
        std::function<void(PackageImportDialog *)> dialogAction;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            if (auto *d = qobject_cast<PackageImportDialog *>(modal)) {
                ++dialogs;
                auto *files = d->findChild<QListWidget *>(QStringLiteral("files"));
                for (int i = 0; files && i < files->count(); ++i)
                    listed << files->item(i)->text();
                dialogAction(d);
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                boxes << box->text();
                box->accept();
            }
        });

        dialogAction = [](PackageImportDialog *d) { d->reject(); };
        w.importFiles({kVocab});
        QCOMPARE(dialogs, 1);
        QCOMPARE(listed, QStringList{QStringLiteral("english_vocab_cloze.apkg")});
        QVERIFY(boxes.isEmpty());   // Cancel imports nothing and reports nothing
        QCOMPARE(count(w.collection(), "notes"), qint64(0));

        dialogAction = [asNew](PackageImportDialog *d) {
            d->findChild<QCheckBox *>(QStringLiteral("scheduleAsNew"))->setChecked(asNew);
            d->accept();
        };
        w.importFiles({kVocab});
        QCOMPARE(dialogs, 2);
        QCOMPARE(boxes.size(), 1);
        QVERIFY2(boxes.first().contains(QStringLiteral("english_vocab_cloze.apkg: 22 added")), qPrintable(boxes.first()));
        QCOMPARE(count(w.collection(), "notes"), qint64(22));
        QCOMPARE(count(w.collection(), "cards"), qint64(44));
        if (asNew) {
            QCOMPARE(count(w.collection(), "revlog"), qint64(0));
            QCOMPARE(scheduledCards(w.collection()), 0);
        } else {
            QCOMPARE(count(w.collection(), "revlog"), qint64(kVocabReviews));
            QVERIFY(scheduledCards(w.collection()) > 0);
        }
        QCOMPARE(QSettings().value(QStringLiteral("import/scheduleAsNew")).toBool(), asNew);
    }

    // A deck file dropped on the deck list goes through the same dialog and imports.
    void droppedFileImports()
    {
        auto clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        MainWindow w(makeCollection(), std::move(clock));
        w.show();
        int dialogs = 0;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            if (auto *d = qobject_cast<PackageImportDialog *>(modal)) {
                ++dialogs;
                d->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                box->accept();
            }
        });

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(kVocab), QUrl(QStringLiteral("https://example.org/remote.apkg"))});
        const QPoint centre = w.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QTRY_COMPARE(count(w.collection(), "notes"), qint64(22));   // the remote URL is ignored
        QCOMPARE(dialogs, 1);

        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());
    }
};

QTEST_MAIN(TestPackageImportDialog)
#include "tst_packageimportdialog.moc"
