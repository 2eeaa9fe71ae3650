#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

/// One window per store (issue 23): the first start on a store listens on a local socket named
/// after the store; a second start on the same store hands its arguments (a tel: link, a file to
/// import) to that window and ends instead of opening another window on the same store.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    /// The socket name for a store: a hash of the user and the store's canonical location (a
    /// SQLite file's real path, a server URL without its password).
    static QString serverName(const QString& storeLocation);
    /// Hands `arguments` to the window open on the store; true when a window took them (within
    /// `timeoutMs`), false when none runs on it.
    static bool handOver(const QString& storeLocation, const QStringList& arguments,
                         int timeoutMs = 3000);

    /// Starts taking hand-overs for the store (replacing a socket left by a crashed window);
    /// false when it cannot listen (then every start opens its own window, as before).
    bool listen(const QString& storeLocation);
    /// Stops listening (before the window moves to another store).
    void close();

signals:
    /// A second start handed these over (possibly none: then it only asked for the window).
    void argumentsReceived(const QStringList& arguments);

private:
    void readConnection();

    QLocalServer* m_server = nullptr;
};
