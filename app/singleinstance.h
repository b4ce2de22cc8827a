#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace debrief {

// One Debrief window per collection: the first instance listens on a local socket named after the
// collection folder; a later `debrief FILE...` on the same folder hands its files over and exits
// instead of failing on the collection's write lock (the desktop file opens .apkg files this way).
class SingleInstance : public QObject {
    Q_OBJECT
public:
    // `dataDir` picks the channel: two different collections may each have their own window.
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Sends `files` (made absolute) to a running instance and waits for its acknowledgement.
    // False when none answers within `timeoutMs`, or when this object is itself listening.
    bool sendToRunning(const QStringList &files, int timeoutMs = 3000) const;
    // Starts listening; a stale socket left by a crashed instance is replaced.
    bool listen();
    // A full socket path in the runtime folder, or a bare name Qt puts in the temp folder.
    QString serverName() const { return m_name; }

signals:
    // Another invocation asked to open these files (empty: it only wants the window raised).
    void filesReceived(const QStringList &files);

private:
    void readFrom(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace debrief
