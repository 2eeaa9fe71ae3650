// The store on a PostgreSQL server (team mode): what a server connection does that a SQLite file
// does not. Runs only against the throwaway server of the test command (tests/pg/pgserver.sh).
#include "CliRun.h"
#include "TestStore.h"
#include "store/Migrations.h"
#include "store/PostgresConnection.h"
#include "store/Store.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestPgStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static QString withUser(const QString& url, const QString& user, const QString& password = {})
    {
        QUrl changed(url);
        changed.setUserName(user);
        changed.setPassword(password);
        return changed.toString();
    }

    static void adminExec(const QString& database, const QString& statement)
    {
        QUrl url(TestStore::postgresServer());
        url.setPath(QLatin1Char('/') + database);
        auto store = std::make_unique<QSqlDatabase>(
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgadmin")));
        PostgresConnection::configure(*store, url.toString(), {});
        QVERIFY(store->open());
        QSqlQuery query(*store);
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        store->close();
        store.reset();
        QSqlDatabase::removeDatabase(QStringLiteral("pgadmin"));
    }

private slots:
    void initTestCase()
    {
        if (TestStore::postgresServer().isEmpty())
            QSKIP("needs the PostgreSQL test server (ctest starts it for the _pg suites)");
    }

    void eachConnectionWorksInUtcWithATimeout()
    {
        TestStore store;
        QCOMPARE(Sql::scalar(store->db(), QStringLiteral("SHOW TimeZone")).toString(),
                 QStringLiteral("UTC"));
        QCOMPARE(Sql::scalar(store->db(), QStringLiteral("SHOW statement_timeout")).toString(),
                 QStringLiteral("30s"));
        QCOMPARE(Sql::scalar(store->db(), QStringLiteral("SHOW application_name")).toString(),
                 QStringLiteral("LeadScout"));
        // The server's notices (DROP … IF EXISTS on a fresh store) stay off a rep's terminal.
        QCOMPARE(Sql::scalar(store->db(), QStringLiteral("SHOW client_min_messages")).toString(),
                 QStringLiteral("warning"));
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
        const QStringList tables = store->db().tables();
        for (const char* table : {"leads", "calls", "stage_history", "handoff_items"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }

    void twoClientsStartingAtOnceMigrateOnce()
    {
        const QString url = TestStore::createPostgresDatabase();
        QList<QProcess*> clients;
        for (int i = 0; i < 6; ++i) {
            auto* client = new QProcess(this);
            client->setProcessEnvironment(CliRun::environment(m_home.path()));
            client->start(QStringLiteral(LEADSCOUT_BINARY),
                          {QStringLiteral("queue"), QStringLiteral("--db"), url,
                           QStringLiteral("--verbose"), QStringLiteral("--json")});
            clients.append(client);
        }
        int migrations = 0;
        for (QProcess* client : clients) {
            QVERIFY(client->waitForFinished(60000));
            const QString err = QString::fromUtf8(client->readAllStandardError());
            QVERIFY2(client->exitCode() == 0, qPrintable(err));
            migrations += int(err.count(QLatin1String("migrating to schema v1 ")));
        }
        QCOMPARE(migrations, 1);
        qDeleteAll(clients);
        TestStore::dropPostgresDatabase(url);
    }

    void aNewerSchemaIsRefusedUntouched()
    {
        TestStore store;
        const int newer = Migrations::latestVersion() + 1;
        Sql::exec(store->db(),
                  QStringLiteral("UPDATE schema_meta SET value = ? WHERE key = 'schema_version'"),
                  {QString::number(newer)});
        store.close();
        try {
            Store::open(store.path());
            QFAIL("a newer server schema was opened");
        } catch (const StoreOpenError& error) {
            QCOMPARE(error.kind(), StoreOpenError::Kind::Newer);
            QVERIFY(error.message().contains(QLatin1String("newer LeadScout")));
        }
    }

    void aLostConnectionIsSaidAndTheNextStatementConnectsAgain()
    {
        TestStore store;
        const qint64 pid =
            Sql::scalar(store->db(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        adminExec(QStringLiteral("postgres"),
                  QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
        try {
            Sql::exec(store->db(), QStringLiteral("SELECT count(*) FROM leads"));
            QFAIL("the statement on a dead connection succeeded");
        } catch (const StoreError& error) {
            QCOMPARE(error.cause(), StoreError::Cause::Lost);
            QVERIFY2(error.message().contains(QLatin1String("connection to the server was lost")),
                     qPrintable(error.message()));
        }
        QCOMPARE(Sql::scalar(store->db(), QStringLiteral("SELECT count(*) FROM leads")).toInt(), 0);
        QVERIFY(Sql::scalar(store->db(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong() !=
                pid);
        QCOMPARE(Sql::scalar(store->db(), QStringLiteral("SHOW TimeZone")).toString(),
                 QStringLiteral("UTC"));
    }

    void passwordsComeFromTheUrlTheCallerOrPgpassAndAreNeverInTheLocation()
    {
        TestStore owner;
        adminExec(QStringLiteral("postgres"),
                  QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname"
                                 " = 'ls_password') THEN CREATE ROLE ls_password LOGIN; END IF;"
                                 " END $$"));
        adminExec(QStringLiteral("postgres"),
                  QStringLiteral("ALTER ROLE ls_password PASSWORD 'right horse'"));
        const QString database = QUrl(owner.path()).path().mid(1);
        adminExec(QStringLiteral("postgres"), QStringLiteral("GRANT ALL ON DATABASE %1 TO"
                                                             " ls_password")
                                                  .arg(database));
        adminExec(database, QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO"
                                           " ls_password"));
        adminExec(database, QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO"
                                           " ls_password"));
        owner.close();

        const QString plain = withUser(owner.path(), QStringLiteral("ls_password"));
        try {
            Store::open(
                withUser(owner.path(), QStringLiteral("ls_password"), QStringLiteral("wrong")));
            QFAIL("a wrong password was accepted");
        } catch (const StoreOpenError& error) {
            QCOMPARE(error.kind(), StoreOpenError::Kind::WrongPassword);
            QVERIFY(!error.message().contains(QLatin1String("wrong")));
        }
        {
            auto store = Store::open(withUser(owner.path(), QStringLiteral("ls_password"),
                                              QStringLiteral("right horse")));
            QCOMPARE(store->location(), plain);
            QCOMPARE(store->openAnother()->schemaVersion(), Migrations::latestVersion());
        }
        {
            Store::Options options;
            options.password = QStringLiteral("right horse");
            auto store = Store::open(plain, options);
            QCOMPARE(store->location(), plain);
        }
        QTemporaryDir dir;
        const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("127.0.0.1:%1:*:ls_password:right horse\n")
                       .arg(QUrl(plain).port())
                       .toUtf8());
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", pgpass.toLocal8Bit());
        auto store = Store::open(plain);
        qunsetenv("PGPASSFILE");
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
    }

    void anUnreachableServerIsSaidPlainly()
    {
        QUrl url(TestStore::postgresServer());
        url.setPort(1); // nothing listens there
        url.setQuery(QStringLiteral("connect_timeout=2"));
        try {
            Store::open(url.toString());
            QFAIL("a server that is not there was opened");
        } catch (const StoreOpenError& error) {
            QCOMPARE(error.kind(), StoreOpenError::Kind::Unreachable);
            QVERIFY(error.message().startsWith(QLatin1String("Cannot reach the PostgreSQL store")));
        }
    }

    void aMissingDatabaseIsSaidPlainly()
    {
        QUrl url(TestStore::postgresServer());
        url.setPath(QStringLiteral("/no_such_database"));
        try {
            Store::open(url.toString());
            QFAIL("a missing database was opened");
        } catch (const StoreOpenError& error) {
            QCOMPARE(error.kind(), StoreOpenError::Kind::NotFound);
        }
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
