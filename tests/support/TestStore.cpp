#include "TestStore.h"

#include "domain/Lead.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <stdexcept>

namespace {

/// Runs one statement on the test server's maintenance database.
void adminExec(const QString& statement)
{
    const QUrl server(TestStore::postgresServer());
    const QString name = QStringLiteral("testadmin");
    {
        QSqlDatabase db = QSqlDatabase::contains(name)
                              ? QSqlDatabase::database(name)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host());
        db.setPort(server.port(5432));
        db.setDatabaseName(server.path().mid(1));
        db.setUserName(server.userName());
        if (!db.isOpen() && !db.open())
            throw std::runtime_error("test server unreachable: " +
                                     db.lastError().text().toStdString());
        QSqlQuery query(db);
        if (!query.exec(statement))
            throw std::runtime_error(statement.toStdString() + ": " +
                                     query.lastError().text().toStdString());
    }
}

} // namespace

QString TestStore::postgresServer()
{
    const QString state = qEnvironmentVariable("LEADSCOUT_TEST_PG");
    if (state.isEmpty())
        return {};
    QFile file(state + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("LEADSCOUT_TEST_PG is set but names no running test server");
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString TestStore::createPostgresDatabase()
{
    static int counter = 0;
    const QString name =
        QStringLiteral("lstest_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    adminExec(QStringLiteral("CREATE DATABASE %1").arg(name));
    QUrl url(postgresServer());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

void TestStore::dropPostgresDatabase(const QString& url)
{
    adminExec(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QUrl(url).path().mid(1)));
}

TestStore::TestStore(Store::Options options)
    : m_path(postgresServer().isEmpty() ? m_dir.filePath(QStringLiteral("test.sqlite"))
                                        : createPostgresDatabase())
{
    m_store = Store::open(m_path, options);
}

TestStore::~TestStore()
{
    m_store.reset();
    if (m_path.startsWith(QLatin1String("postgresql://")))
        dropPostgresDatabase(m_path);
}

Store& TestStore::reopen(Store::Options options)
{
    m_store.reset();
    m_store = Store::open(m_path, options);
    return *m_store;
}

void failInsertsWhen(const Store& store, const QString& table, const QString& condition,
                     const QString& message)
{
    const QString name = QStringLiteral("test_fail_") + table;
    if (store.isSqlite()) {
        Sql::exec(store.db(), QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 WHEN %3"
                                             " BEGIN SELECT RAISE(ABORT, '%4'); END")
                                  .arg(name, table, condition, message));
        return;
    }
    // PostgreSQL allows no subquery in a trigger's WHEN: the function tests the condition.
    Sql::exec(store.db(),
              QStringLiteral("CREATE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql AS $$"
                             " BEGIN IF %2 THEN RAISE EXCEPTION '%3'; END IF; RETURN NEW; END $$")
                  .arg(name, condition, message));
    Sql::exec(store.db(), QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW"
                                         " EXECUTE FUNCTION %1_fn()")
                              .arg(name, table));
}

void removeInsertFailure(const Store& store, const QString& table)
{
    const QString name = QStringLiteral("test_fail_") + table;
    if (store.isSqlite()) {
        Sql::exec(store.db(), QStringLiteral("DROP TRIGGER %1").arg(name));
        return;
    }
    Sql::exec(store.db(), QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table));
    Sql::exec(store.db(), QStringLiteral("DROP FUNCTION %1_fn()").arg(name));
}

Lead sampleLead(const QString& firstName, const QString& lastName, const QString& company)
{
    Lead lead;
    lead.firstName = firstName;
    lead.lastName = lastName;
    lead.company = company;
    lead.email = QStringLiteral("%1.%2@example.com").arg(firstName.toLower(), lastName.toLower());
    lead.phone = QStringLiteral("+49 30 901820");
    lead.phoneE164 = QStringLiteral("+4930901820");
    lead.country = QStringLiteral("DE");
    lead.city = QStringLiteral("Berlin");
    lead.timeZone = QStringLiteral("Europe/Berlin");
    lead.source = SourceChannel::WebForm;
    return lead;
}
