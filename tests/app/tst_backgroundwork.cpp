// Long jobs run off the GUI thread (BackgroundTask): a large text import cancelled halfway leaves
// the collection exactly as it was, and the event loop keeps running while the import works.
#include "backgroundtask.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "textimportdialog.h"
#include "widgettest.h"

#include "storage/collection.h"
#include "storage/collectiongenerator.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "util/clock.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QCheckBox>
#include <QtTest>

using namespace debrief;

class TestBackgroundWork : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    // Everything an import could touch, row by row, as one digest.
    static QByteArray contentHash(Collection &c)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const char *const queries[] = {
            "SELECT id, guid, notetype_id, fields, tags FROM notes ORDER BY id",
            "SELECT id, note_id, deck_id, ord, type, queue, due, interval_days FROM cards ORDER BY id",
            "SELECT id, name FROM decks ORDER BY id",
            "SELECT id, name FROM notetypes ORDER BY id",
            "SELECT id, card_id, rating FROM revlog ORDER BY id",
        };
        for (const char *sql : queries) {
            Result<Statement> s = c.database().prepare(QString::fromLatin1(sql));
            if (!s)
                qFatal("%s", qPrintable(s.error().message));
            while (true) {
                Result<bool> row = s->step();
                if (!row || !*row)
                    break;
                for (int col = 0; col < 8; ++col)
                    hash.addData(s->text(col).toUtf8() + '\x1f');
                hash.addData(QByteArray("\n"));
            }
        }
        return hash.result().toHex();
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
    }

    // A tab-separated file of `rows` notes (front, back).
    QString writeTsv(const QString &name, int rows, const QString &prefix)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        QByteArray bytes;
        for (int i = 0; i < rows; ++i)
            bytes += QStringLiteral("%1 question %2\t%1 answer %2 with some text to read\n").arg(prefix).arg(i).toUtf8();
        f.write(bytes);
        return path;
    }

private slots:
    void cancelledLongImportChangesNothing()
    {
        QDir().mkpath(m_tmp.filePath(QStringLiteral("c")));
        const QString dbPath = m_tmp.filePath(QStringLiteral("c/collection.sqlite"));
        auto col = Collection::open(dbPath);
        QVERIFY(col);
        MainWindow w(std::move(*col), std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)));
        w.show();

        // Import dialogs are accepted as they come; the summary box is kept for its text.
        QString summary;
        bool cancelClicked = false;
        int ticksAtProgress = -1, ticksAtCancel = -1;
        int ticks = 0;
        QTimer ticker;   // stands for the GUI: it must keep running during the import
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(10);
        bool cancelNext = false;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            if (auto *d = qobject_cast<TextImportDialog *>(modal)) {
                d->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                summary = box->text();
                box->accept();
            } else if (auto *progress = qobject_cast<QProgressDialog *>(modal)) {
                if (!cancelNext || cancelClicked || progress->value() <= 0)
                    return;
                // Under way: the import has reported progress. Let the event loop run a little
                // longer, then cancel.
                if (ticksAtProgress < 0) {
                    ticksAtProgress = ticks;
                    return;
                }
                if (ticks < ticksAtProgress + 5)
                    return;
                // Studying is refused with a message meanwhile, not started on a busy collection.
                QVERIFY(BackgroundTask::isRunning());
                w.studySelected();
                QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("wait")));
                QVERIFY(!w.isStudying());
                ticksAtCancel = ticks;
                cancelClicked = true;
                progress->findChild<QPushButton *>()->click();
            }
        });

        // Some notes first, committed.
        w.importFiles({writeTsv(QStringLiteral("small.tsv"), 50, QStringLiteral("kept"))});
        QCOMPARE(*w.collection().count(QStringLiteral("notes")), qint64(50));
        QVERIFY(w.collection().checkpoint());
        const qint64 cardsBefore = *w.collection().count(QStringLiteral("cards"));
        const QByteArray before = contentHash(w.collection());
        const QByteArray fileBefore = fileHash(dbPath);

        // A large import, cancelled once it is under way.
        cancelNext = true;
        summary.clear();
        w.importFiles({writeTsv(QStringLiteral("large.tsv"), 150000, QStringLiteral("new"))});
        QVERIFY2(cancelClicked, "the progress dialog never showed progress");
        QVERIFY(!BackgroundTask::isRunning());
        // The event loop ran while the import worked: the timer ticked between progress and Cancel.
        QVERIFY(ticksAtCancel >= ticksAtProgress + 5);
        QVERIFY2(summary.contains(QStringLiteral("cancelled")), qPrintable(summary));

        QCOMPARE(*w.collection().count(QStringLiteral("cards")), cardsBefore);
        QCOMPARE(*w.collection().count(QStringLiteral("notes")), qint64(50));
        QCOMPARE(contentHash(w.collection()), before);
        QVERIFY(w.collection().checkpoint());
        QCOMPARE(fileHash(dbPath), fileBefore);

        // And the collection is usable afterwards: the same import, not cancelled, goes in.
        cancelNext = false;
        w.importFiles({writeTsv(QStringLiteral("small2.tsv"), 20, QStringLiteral("after"))});
        QCOMPARE(*w.collection().count(QStringLiteral("notes")), qint64(70));
    }

    // An export cancelled while it runs: no file at the chosen path, no partial file beside it,
    // the collection as it was, and the event loop ticking throughout. The export runs on a
    // read-only connection of its own, so the main window's connection is free meanwhile.
    void cancelledExportLeavesNoFile()
    {
        QDir().mkpath(m_tmp.filePath(QStringLiteral("e")));
        const QString dbPath = m_tmp.filePath(QStringLiteral("e/collection.sqlite"));
        const QDateTime now(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        // Large enough that writing it takes well over the progress dialog's 300 ms.
        QVERIFY(CollectionGenerator(now).generate(dbPath, 60000, 400000, 7));
        auto col = Collection::open(dbPath);
        QVERIFY(col);
        MainWindow w(std::move(*col), std::make_unique<FixedClock>(now));
        w.show();
        QVERIFY(w.collection().checkpoint());
        const QByteArray before = contentHash(w.collection());
        const QByteArray fileBefore = fileHash(dbPath);

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(10);
        int ticksAtShow = -1, ticksAtCancel = -1;
        bool cancel = true, cancelClicked = false, readWhileRunning = false;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            auto *progress = qobject_cast<QProgressDialog *>(modal);
            if (!progress || !cancel || cancelClicked || !progress->isVisible())
                return;
            if (ticksAtShow < 0) {
                ticksAtShow = ticks;
                return;
            }
            if (ticks < ticksAtShow + 5)
                return;
            // The GUI thread's connection answers at once while the worker exports.
            readWhileRunning = w.collection().count(QStringLiteral("cards")).ok();
            QVERIFY(BackgroundTask::isRunning());
            QVERIFY(!BackgroundTask::isWriting());
            ticksAtCancel = ticks;
            cancelClicked = true;
            progress->findChild<QPushButton *>()->click();
        });

        FixedClock clock(now);
        ExportDialog dialog(w.collection(), clock, std::nullopt, &w);
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        QVERIFY(format);
        format->setCurrentIndex(format->findData(int(ExportFormat::Apkg)));
        dialog.findChild<QCheckBox *>(QStringLiteral("includeScheduling"))->setChecked(true);
        const QString out = m_tmp.filePath(QStringLiteral("out/everything.apkg"));
        QDir().mkpath(QFileInfo(out).absolutePath());
        const ExportOutcome cancelled = dialog.exportTo(out);
        QVERIFY2(cancelClicked, "the progress dialog never showed");
        QVERIFY(!cancelled.ok);
        QVERIFY2(cancelled.message.contains(QStringLiteral("cancelled")), qPrintable(cancelled.message));
        QVERIFY(ticksAtCancel >= ticksAtShow + 5);
        QVERIFY(readWhileRunning);
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(contentHash(w.collection()), before);
        QVERIFY(w.collection().checkpoint());
        QCOMPARE(fileHash(dbPath), fileBefore);

        // Not cancelled, the same export is written, under the chosen name only.
        cancel = false;
        const ExportOutcome written = dialog.exportTo(out);
        QVERIFY2(written.ok, qPrintable(written.message));
        QCOMPARE(written.cards, 60000);
        QCOMPARE(QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("everything.apkg")});
    }

    // Tools > Check on a read-only connection of its own: Cancel stops the integrity check (and
    // says so), and a check left to run reports the collection sound.
    void checkCanBeCancelled()
    {
        const QString dbPath = m_tmp.filePath(QStringLiteral("e/collection.sqlite"));   // from the export test
        QVERIFY(QFileInfo::exists(dbPath));
        auto col = Collection::open(dbPath);
        QVERIFY(col);
        MainWindow w(std::move(*col), std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)));
        w.show();
        QString text;
        bool cancel = true, cancelClicked = false;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                text = box->text();
                box->accept();
            } else if (auto *progress = qobject_cast<QProgressDialog *>(modal)) {
                if (cancel && !cancelClicked && progress->isVisible()) {
                    cancelClicked = true;
                    progress->findChild<QPushButton *>()->click();
                }
            }
        });
        QAction *check = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Check Collection"))
                check = a;
        QVERIFY(check);
        check->trigger();
        QVERIFY2(cancelClicked, "the check ended before its progress dialog showed");
        QVERIFY(!BackgroundTask::isRunning());
        QCOMPARE(text, QString());   // no result box after Cancel
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));

        cancel = false;
        check->trigger();
        QVERIFY2(text.contains(QStringLiteral("No problems found")), qPrintable(text));
    }
};

QTEST_MAIN(TestBackgroundWork)
#include "tst_backgroundwork.moc"
