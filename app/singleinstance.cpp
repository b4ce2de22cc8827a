#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace debrief {

// The message is one QDataStream-encoded QStringList; the reply is a single byte.
static constexpr char kAck = '\x06';

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent) : QObject(parent)
{
    // The socket lives in the user's private runtime folder where there is one (in a Flatpak,
    // the app's folder in it, which every instance of the app shares; its /tmp is not shared),
    // else in the temp folder with the user id in its name. Its name is a hash of the canonical
    // collection folder, which keeps it short and the same however the folder was spelled.
    const QString canonical = QFileInfo(dataDir).canonicalFilePath().isEmpty()
                                  ? QFileInfo(dataDir).absoluteFilePath()
                                  : QFileInfo(dataDir).canonicalFilePath();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && qEnvironmentVariableIsSet("FLATPAK_ID"))
        runtime += QStringLiteral("/app/") + qEnvironmentVariable("FLATPAK_ID");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir() && QFileInfo(runtime).isWritable())
        m_name = QDir(runtime).filePath(QStringLiteral("debrief-%1").arg(hash));
    else
        m_name = QStringLiteral("debrief-%1-%2").arg(getuid()).arg(hash);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::sendToRunning(const QStringList &files, int timeoutMs) const
{
    if (m_server)
        return false;
    QStringList absolute;
    for (const QString &file : files)
        absolute << QFileInfo(file).absoluteFilePath();
    QByteArray message;
    QDataStream encode(&message, QIODevice::WriteOnly);
    encode << absolute;

    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QDataStream out(&socket);
    out << message;
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The acknowledgement says the running instance really took the files, not just that a
    // socket file existed.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.read(1) == QByteArray(1, kAck);
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        // Left behind by an instance that crashed: nobody answers on it (the caller tried to
        // send first), so it is safe to replace.
        QLocalServer::removeServer(m_name);
        if (!server->listen(m_name)) {
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
            readFrom(socket);
        }
    });
    return true;
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    // The message arrives as one length-prefixed QByteArray; wait until all of it is here.
    QDataStream in(socket);
    in.startTransaction();
    QByteArray message;
    in >> message;
    if (!in.commitTransaction())
        return;
    QStringList files;
    QDataStream decode(message);
    decode >> files;
    socket->write(QByteArray(1, kAck));
    socket->flush();
    emit filesReceived(files);
}

} // namespace debrief
