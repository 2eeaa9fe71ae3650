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
