#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QUrl>
#include <spdlog/spdlog.h>

namespace {

constexpr char kAck[] = "ok\n";

QString canonicalLocation(const QString& location)
{
    if (location.contains(QLatin1String("://"))) {
        QUrl url(location);
        url.setPassword({});
        return url.toString(QUrl::NormalizePathSegments);
    }
    const QFileInfo file(location);
    const QString canonical = file.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(file.absoluteFilePath()) : canonical;
}

} // namespace

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& storeLocation)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(qgetenv("USER"));
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonicalLocation(storeLocation).toUtf8());
    return QStringLiteral("leadscout-") + QString::fromLatin1(hash.result().toHex().left(24));
}

bool SingleInstance::handOver(const QString& storeLocation, const QStringList& arguments,
                              int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(storeLocation));
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody listens (or a socket file left by a crash)
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The window answers once it took the arguments: a window that hangs does not swallow them.
    QByteArray answer;
    while (answer.size() < qsizetype(sizeof kAck - 1) && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    const bool taken = answer.startsWith(kAck);
    spdlog::info("handing {} argument(s) to the window open on the store: {}", arguments.size(),
                 taken ? "taken" : "no answer");
    return taken;
}

bool SingleInstance::listen(const QString& storeLocation)
{
    close();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = serverName(storeLocation);
    if (!m_server->listen(name)) {
        // A socket file left by a window that crashed: nobody answered the hand-over above.
        QLocalServer::removeServer(name);
        if (!m_server->listen(name)) {
            spdlog::warn("cannot listen for other starts on this store: {}",
                         m_server->errorString().toStdString());
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readConnection);
    return true;
}

void SingleInstance::close()
{
    delete m_server;
    m_server = nullptr;
}

void SingleInstance::readConnection()
{
    while (QLocalSocket* socket = m_server ? m_server->nextPendingConnection() : nullptr) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.setVersion(QDataStream::Qt_6_4);
            in.startTransaction();
            QStringList arguments;
            in >> arguments;
            if (!in.commitTransaction())
                return; // the rest is still on its way
            socket->write(kAck);
            socket->flush();
            emit argumentsReceived(arguments);
        });
    }
}
