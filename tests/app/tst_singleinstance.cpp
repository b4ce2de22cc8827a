// SingleInstance: a later `debrief FILE...` hands its files to the window already open on the
// same collection. The sender runs in a thread, as the second process would, so the listening
// side's event loop keeps turning.
#include "singleinstance.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace debrief;

class TestSingleInstance : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    QString dataDir(const QString &name)
    {
        const QString dir = m_tmp.filePath(name);
        QDir().mkpath(dir);
        return dir;
    }

    // Sends from another thread and returns its answer; meanwhile this thread's event loop
    // turns, as the running app's would. The sender gives up after its own timeout, so the
    // wait is bounded.
    static bool sendFromThread(const QString &dir, const QStringList &files)
    {
        std::atomic<int> result{-1};
        std::thread sender([&] { result = SingleInstance(dir).sendToRunning(files, 5000) ? 1 : 0; });
        while (result == -1)
            QTest::qWait(5);
        sender.join();
        return result == 1;
    }

private slots:
    void nobodyListening_sendFails()
    {
        SingleInstance alone(dataDir(QStringLiteral("alone")));
        QVERIFY(!alone.sendToRunning({QStringLiteral("deck.apkg")}, 500));
    }

    void runningInstance_receivesAbsolutePaths()
    {
        const QString dir = dataDir(QStringLiteral("running"));
        SingleInstance first(dir);
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::filesReceived);

        QVERIFY(sendFromThread(dir, {QStringLiteral("relative/deck.apkg"), QStringLiteral("/tmp/other.colpkg")}));
        QCOMPARE(received.count(), 1);
        const QStringList files = received.first().first().toStringList();
        QCOMPARE(files, QStringList({QDir::current().absoluteFilePath(QStringLiteral("relative/deck.apkg")),
                                     QStringLiteral("/tmp/other.colpkg")}));
    }

    void noFiles_stillReachesTheWindow()
    {
        // `debrief` alone, a second time: the running window is raised, nothing imported.
        const QString dir = dataDir(QStringLiteral("raise"));
        SingleInstance first(dir);
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::filesReceived);
        QVERIFY(sendFromThread(dir, {}));
        QCOMPARE(received.count(), 1);
        QVERIFY(received.first().first().toStringList().isEmpty());
    }

    void otherCollection_isNotDisturbed()
    {
        SingleInstance first(dataDir(QStringLiteral("mine")));
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::filesReceived);
        QVERIFY(!SingleInstance(dataDir(QStringLiteral("theirs"))).sendToRunning({QStringLiteral("a.apkg")}, 500));
        QCOMPARE(received.count(), 0);
    }

    void staleSocketFromACrash_isReplaced()
    {
        const QString dir = dataDir(QStringLiteral("crashed"));
        SingleInstance probe(dir);
        // What a killed instance leaves: the socket file, nobody behind it.
        const QString socketPath = QDir::isAbsolutePath(probe.serverName())
                                       ? probe.serverName()
                                       : QDir(QDir::tempPath()).filePath(probe.serverName());
        QFile stale(socketPath);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QVERIFY(!probe.sendToRunning({}, 500));

        SingleInstance next(dir);
        QVERIFY(next.listen());
        QSignalSpy received(&next, &SingleInstance::filesReceived);
        QVERIFY(sendFromThread(dir, {QStringLiteral("/tmp/x.deck")}));
        QCOMPARE(received.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
