#include "store/PostgresConnection.h"

#include "store/Store.h"

#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace {

/// The libpq parameters LeadScout passes on from the URL's query; anything else is ignored.
const QStringList passedParameters = {
    QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
    QStringLiteral("connect_timeout"), QStringLiteral("target_session_attrs")};

bool mentions(const QString& text, std::initializer_list<const char*> phrases)
{
    for (const char* phrase : phrases)
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

bool PostgresConnection::isUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

QString PostgresConnection::withoutPassword(const QString& url)
{
    return QUrl(url).toString(QUrl::RemovePassword);
}

void PostgresConnection::configure(QSqlDatabase& db, const QString& url, const QString& password)
{
    const QUrl parsed(url);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setDatabaseName(parsed.path().mid(1));
    db.setUserName(parsed.userName());
    db.setPassword(parsed.password().isEmpty() ? password : parsed.password());
    QStringList options;
    const QUrlQuery query(parsed);
    bool timeoutGiven = false;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!passedParameters.contains(key))
            continue;
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
        // libpq reads "key=value" pairs; QPSQL separates them with ';'.
        options.append(key + QLatin1Char('=') + QString(value).remove(QLatin1Char(';')));
    }
    if (!timeoutGiven)
        options.append(QStringLiteral("connect_timeout=10"));
    options.append(QStringLiteral("application_name=LeadScout"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

StoreOpenError PostgresConnection::openError(const QString& url, const QSqlDatabase& db)
{
    const QString server = withoutPassword(url);
    const QString why = db.lastError().text();
    if (mentions(why, {"password authentication failed", "no password supplied",
                       "authentication failed"}))
        return StoreOpenError(StoreOpenError::Kind::WrongPassword,
                              tr("The server %1 did not accept the user name or password. Check "
                                 "them (or your ~/.pgpass file) and try again.")
                                  .arg(server));
    if (mentions(why, {"does not exist"}))
        return StoreOpenError(StoreOpenError::Kind::NotFound,
                              tr("The server %1 has no such database or user. Ask whoever runs "
                                 "the server for the right address.")
                                  .arg(server));
    if (mentions(why, {"permission denied", "not permitted", "no pg_hba.conf entry"}))
        return StoreOpenError(StoreOpenError::Kind::NoPermission,
                              tr("The server %1 does not let this user in. Ask whoever runs the "
                                 "server for access.")
                                  .arg(server));
    return StoreOpenError(StoreOpenError::Kind::Unreachable,
                          tr("Cannot reach the PostgreSQL store %1: %2").arg(server, why));
}

QStringList PostgresConnection::sessionSettings()
{
    return {QStringLiteral("SET TIME ZONE 'UTC'"),
            QStringLiteral("SET statement_timeout = %1").arg(statementTimeoutMs),
            // A rep's transaction that waits for a lock gives up well before the statement does.
            QStringLiteral("SET lock_timeout = 10000"),
            QStringLiteral("SET idle_in_transaction_session_timeout = 60000"),
            // The server's NOTICEs ("trigger … does not exist, skipping" from a DROP … IF EXISTS)
            // are for administrators, not for a rep's terminal; warnings and errors still come.
            QStringLiteral("SET client_min_messages = warning")};
}
