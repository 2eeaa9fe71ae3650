#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class StoreOpenError;

/// Connecting to a team's PostgreSQL server: what the postgresql:// URL names, how a refused
/// connection reads for a rep, and the settings every connection works with.
///
/// The URL gives host, port, database, user and optional libpq parameters
/// (`?sslmode=require&connect_timeout=5`). A password may stand in the URL or be given by the
/// caller (asked for at start); without one, libpq reads ~/.pgpass, PGPASSFILE or PGPASSWORD.
/// The password is kept only in memory: location() never contains it.
class PostgresConnection
{
    Q_DECLARE_TR_FUNCTIONS(PostgresConnection)

public:
    /// Whether a store location is a server URL rather than a SQLite file.
    static bool isUrl(const QString& location);
    /// The URL without its password, for settings, titles and messages.
    static QString withoutPassword(const QString& url);

    /// Sets host, port, database, user, password and connect options on `db` (not opened).
    static void configure(QSqlDatabase& db, const QString& url, const QString& password);
    /// Why the server refused or could not be reached, as a StoreOpenError a rep can act on.
    static StoreOpenError openError(const QString& url, const QSqlDatabase& db);
    /// Run on every new connection: UTC, a statement timeout, the application name.
    static QStringList sessionSettings();

    /// How long one statement may run before the server cancels it.
    static constexpr int statementTimeoutMs = 30000;
};
