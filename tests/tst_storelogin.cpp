#include "MainWindow.h"
#include "Prompts.h"
#include "StoreLogin.h"
#include "TestStore.h"
#include "support/AppSettings.h"

#include <QFile>
#include <QTest>
#include <QUrl>

// A team server that wants a password: the window asks for it (hidden), tries again after a
// wrong one, gives up on Cancel, and keeps it in memory only: never in the location shown, the
// log or the settings file.

class TestStoreLogin : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_owner;
    QString m_url; ///< the owner's database, as the password user, without a password

    static void exec(Store& store, const QString& statement) { Sql::exec(store.db(), statement); }

private slots:
    void initTestCase()
    {
        qputenv("PGPASSFILE", "/nonexistent/pgpass"); // only what the rep types counts here
        m_owner = std::make_unique<TestStore>();
        Store& owner = m_owner->store();
        exec(owner, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname"
                                   " = 'ls_password') THEN CREATE ROLE ls_password LOGIN; END IF;"
                                   " END $$"));
        exec(owner, QStringLiteral("ALTER ROLE ls_password PASSWORD 'right horse'"));
        exec(owner, QStringLiteral("GRANT ALL ON DATABASE %1 TO ls_password")
                        .arg(QUrl(m_owner->path()).path().mid(1)));
        exec(owner, QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO ls_password"));
        exec(owner, QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ls_password"));
        QUrl url(m_owner->path());
        url.setUserName(QStringLiteral("ls_password"));
        url.setPassword(QString());
        m_url = url.toString();
        Prompts::setRecordOnly(true);
    }

    void init() { Prompts::takeQuestions(); }

    void asksAgainAfterAWrongPassword()
    {
        Prompts::queuePassword(QStringLiteral("wrong"));
        Prompts::queuePassword(QStringLiteral("right horse"));
        const std::unique_ptr<Store> store = StoreLogin::open(nullptr, m_url, {});
        QVERIFY(store);
        const QList<Prompts::Question> asked = Prompts::takeQuestions();
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.at(0).text.startsWith(QLatin1String("Password for ls_password on ")),
                 qPrintable(asked.at(0).text));
        QVERIFY2(asked.at(1).text.contains(QLatin1String("did not accept")),
                 qPrintable(asked.at(1).text));
        QVERIFY(!store->location().contains(QLatin1String("horse")));
        // A worker's connection gets in with the password kept in memory.
        QVERIFY(store->openAnother());
    }

    void cancelGivesUpWithTheServersReason()
    {
        Prompts::queuePassword(std::nullopt);
        try {
            StoreLogin::open(nullptr, m_url, {});
            QFAIL("a cancelled password question opened the store");
        } catch (const StoreOpenError& error) {
            QCOMPARE(error.kind(), StoreOpenError::Kind::WrongPassword);
        }
        QCOMPARE(Prompts::takeQuestions().size(), 1);
    }

    void givesUpAfterThreeWrongPasswords()
    {
        for (int i = 0; i < 3; ++i)
            Prompts::queuePassword(QStringLiteral("wrong %1").arg(i));
        QVERIFY_THROWS_EXCEPTION(StoreOpenError, StoreLogin::open(nullptr, m_url, {}));
        QCOMPARE(Prompts::takeQuestions().size(), 3);
    }

    void theWindowOpensTheServerAndWritesNoPasswordDown()
    {
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        AppSettings settings(settingsFile);
        MainWindow window(Store::open(dir.filePath(QStringLiteral("local.sqlite"))), settings);
        Prompts::queuePassword(QStringLiteral("right horse"));
        QVERIFY(window.openStore(m_url));
        QVERIFY2(!window.windowTitle().contains(QLatin1String("horse")),
                 qPrintable(window.windowTitle()));
        QFile file(settingsFile);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("horse"));
    }

    void cleanupTestCase() { m_owner.reset(); }
};

QTEST_MAIN(TestStoreLogin)
#include "tst_storelogin.moc"
