#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "store/Migrations.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool ownerOnly(const QString& path)
{
    const QFile::Permissions p = QFile::permissions(path);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                                      QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther;
    return (p & QFile::ReadOwner) && (p & QFile::WriteOwner) && !(p & others);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Runs statements on a store file through a raw connection (as another program would).
void rawExec(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

/// Rows per table of a store file, read through a raw connection.
QHash<QString, int> rowCounts(const QString& path)
{
    QHash<QString, int> counts;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("counts"));
        db.setDatabaseName(path);
        if (db.open())
            for (const QString& table : db.tables())
                counts.insert(
                    table,
                    Sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("counts"));
    return counts;
}

StoreOpenError::Kind openErrorKind(const QString& path, QString* message, int busyMs = 5000)
{
    try {
        Store::Options options;
        options.busyTimeoutMs = busyMs;
        Store::open(path, options);
    } catch (const StoreOpenError& error) {
        *message = error.message();
        return error.kind();
    }
    *message = QStringLiteral("opened");
    return StoreOpenError::Kind::Unreachable;
}

} // namespace

class TestStoreSuite : public QObject
{
    Q_OBJECT

private slots:
    void eachDialectReadsItsOwnErrorCodes_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("cause");
        using C = StoreError::Cause;
        QTest::addRow("SQLite busy") << true << QStringLiteral("5") << int(C::Busy);
        QTest::addRow("SQLite locked, extended") << true << QStringLiteral("262") << int(C::Busy);
        QTest::addRow("SQLite read-only") << true << QStringLiteral("8") << int(C::ReadOnly);
        QTest::addRow("SQLite corrupt") << true << QStringLiteral("11") << int(C::Damaged);
        QTest::addRow("SQLite not a db") << true << QStringLiteral("26") << int(C::Damaged);
        QTest::addRow("SQLite full") << true << QStringLiteral("13") << int(C::Full);
        QTest::addRow("SQLite constraint") << true << QStringLiteral("2067") << int(C::Other);
        QTest::addRow("SQLite no code") << true << QString() << int(C::Other);
        QTest::addRow("PG deadlock") << false << QStringLiteral("40P01") << int(C::Busy);
        QTest::addRow("PG lock timeout") << false << QStringLiteral("55P03") << int(C::Busy);
        QTest::addRow("PG statement timeout") << false << QStringLiteral("57014") << int(C::Busy);
        QTest::addRow("PG read-only") << false << QStringLiteral("25006") << int(C::ReadOnly);
        QTest::addRow("PG disk full") << false << QStringLiteral("53100") << int(C::Full);
        QTest::addRow("PG index corrupted") << false << QStringLiteral("XX002") << int(C::Damaged);
        // SQLSTATEs whose digits, read as a SQLite code, would name another cause.
        QTest::addRow("PG 21000 is not READONLY")
            << false << QStringLiteral("21000") << int(C::Other);
        QTest::addRow("PG 23505 unique") << false << QStringLiteral("23505") << int(C::Other);
        QTest::addRow("PG 00005 is not BUSY") << false << QStringLiteral("00005") << int(C::Other);
    }

    void eachDialectReadsItsOwnErrorCodes()
    {
        QFETCH(bool, sqlite);
        QFETCH(QString, code);
        QFETCH(int, cause);
        const Dialect dialect(sqlite ? Dialect::Kind::Sqlite : Dialect::Kind::Postgres);
        const QSqlError error(QStringLiteral("driver"), QStringLiteral("database"),
                              QSqlError::StatementError, code);
        QCOMPARE(int(dialect.causeOf(error)), cause);
        QCOMPARE(dialect.isNotADatabase(error), sqlite && code == QLatin1String("26"));
    }

    void freshStoreHasLatestSchema()
    {
        TestStore store;
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
        QVERIFY(store->backupPath().isEmpty());
        const QStringList tables = store->db().tables();
        for (const char* table :
             {"leads", "reps", "stage_history", "calls", "qualification", "interest_events",
              "scoring_rules", "team_settings", "nurture_plans", "nurture_steps", "handoff_batches",
              "handoff_items", "lead_field_changes", "qualification_drafts", "suppressions"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        QCOMPARE(Sql::scalar(store->db(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(Sql::scalar(store->db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(ownerOnly(store.path()));
    }

    void upgradesFromEachEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (const MigrationStep& step : Migrations::steps())
            if (step.version < Migrations::latestVersion())
                QTest::addRow("v%d", step.version) << step.version;
    }

    void upgradesFromEachEarlierVersion()
    {
        QFETCH(int, fromVersion);
        Store::Options old;
        old.targetVersion = fromVersion;
        TestStore store(old);
        QCOMPARE(store->schemaVersion(), fromVersion);
        // Without scoring: an old schema lacks the columns today's score is stored in.
        qint64 id = 0;
        {
            WriteTransaction transaction(store.store());
            id = LeadRepository(store.store())
                     .createInTransaction(sampleLead(QStringLiteral("Anna"),
                                                     QStringLiteral("Becker"),
                                                     QStringLiteral("Becker GmbH")),
                                          Reps::idFor(store.store(), QStringLiteral("tester")));
            transaction.commit();
        }
        Store& upgraded = store.reopen();
        QCOMPARE(upgraded.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(LeadRepository(upgraded).find(id)->lastName, QStringLiteral("Becker"));

        const QString backup = upgraded.backupPath();
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        QVERIFY(ownerOnly(backup));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bak"));
            db.setDatabaseName(backup);
            QVERIFY(db.open());
            QCOMPARE(
                Sql::scalar(db, QStringLiteral(
                                    "SELECT value FROM schema_meta WHERE key = 'schema_version'"))
                    .toInt(),
                fromVersion);
            QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM leads")).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bak"));
    }

    void upgradesCheckedInStores_data()
    {
        // tests/data/store-vN.sql: dumps of stores as version N wrote them (v1: two leads with
        // history; v2 adds calls, qualification, interest, a nurture plan, a handoff batch, a
        // field change and a draft; v3 adds a callback with its undo record and a claim; v4
        // scores with their band and flags; v5 the index of the queue leads' grades).
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("leads");
        for (const MigrationStep& step : Migrations::steps())
            if (step.version < Migrations::latestVersion())
                QTest::addRow("v%d", step.version) << step.version << (step.version == 1 ? 2 : 4);
    }

    void upgradesCheckedInStores()
    {
        QFETCH(int, version);
        QFETCH(int, leads);
        QFile dump(QStringLiteral(LEADSCOUT_TEST_DATA "/store-v%1.sql").arg(version));
        QVERIFY2(dump.open(QIODevice::ReadOnly), "every earlier version needs its fixture");
        QStringList runnable;
        for (const QString& statement :
             QString::fromUtf8(dump.readAll()).split(QStringLiteral(";\n"), Qt::SkipEmptyParts))
            if (!statement.trimmed().isEmpty())
                runnable.append(statement);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        rawExec(path, runnable);
        const QHash<QString, int> before = rowCounts(path);
        QCOMPARE(before.value(QStringLiteral("leads")), leads);

        auto store = Store::open(path);
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
        QVERIFY(QFile::exists(store->backupPath()));
        // Nothing is lost: every table the old store had keeps every row.
        for (auto it = before.begin(); it != before.end(); ++it)
            if (it.key() != QLatin1String("schema_meta"))
                QCOMPARE(Sql::scalar(store->db(),
                                     QStringLiteral("SELECT count(*) FROM %1").arg(it.key()))
                             .toInt(),
                         it.value());
        LeadRepository repository(*store);
        QCOMPARE(repository.count(), leads);
        QCOMPARE(repository.find(1)->lastName, QStringLiteral("Hoffmann"));
        QVERIFY(repository.stageHistory(1).size() >= 2);
        // What later versions derive is there for the old rows too: the calling zone, the
        // search keys.
        QCOMPARE(
            Sql::scalar(store->db(), QStringLiteral("SELECT call_zone FROM leads WHERE id = 1"))
                .toString(),
            QStringLiteral("Europe/Berlin"));
        QCOMPARE(Sql::scalar(store->db(),
                             QStringLiteral("SELECT count(*) FROM leads WHERE call_zone IS NULL"))
                     .toInt(),
                 0);
        QCOMPARE(Sql::scalar(store->db(), QStringLiteral("SELECT name_key FROM leads WHERE id = 1"))
                     .toString(),
                 QStringLiteral("greta hoffmann"));
        // v5: the open leads' grades are indexed (the v4 store's graded leads among them).
        QCOMPARE(Sql::scalar(store->db(),
                             QStringLiteral("SELECT count(*) FROM leads INDEXED BY "
                                            "idx_leads_queue_grade WHERE coalesce(grade, '~') <> "
                                            "'~' AND stage IN ('new', 'working', 'mql', "
                                            "'nurture')"))
                     .toInt(),
                 version >= 4 ? 2 : 0);
    }

    void keepsAPageCacheForSearches()
    {
        // 64 MiB instead of SQLite's 2 MiB: a search's scattered rows are read from memory the
        // second time. The bulk work that enlarges it puts this size back.
        TestStore store;
        QCOMPARE(Sql::scalar(store->db(), QStringLiteral("PRAGMA cache_size")).toInt(), -65536);
        for (const QString& statement : store->dialect().bulkWriteBegin())
            Sql::exec(store->db(), statement);
        for (const QString& statement : store->dialect().bulkWriteEnd())
            Sql::exec(store->db(), statement);
        QCOMPARE(Sql::scalar(store->db(), QStringLiteral("PRAGMA cache_size")).toInt(), -65536);
    }

    void refusesNewerVersion()
    {
        TestStore store;
        const QString path = store.path();
        store.close();
        rawExec(path,
                {QStringLiteral("UPDATE schema_meta SET value = '99' WHERE key = 'schema_version'"),
                 QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        const QByteArray before = fileHash(path);
        QString message;
        QCOMPARE(openErrorKind(path, &message), StoreOpenError::Kind::Newer);
        QVERIFY2(message.contains(QLatin1String("newer LeadScout")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("99")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesCorruptFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("text file") << QByteArray("name,email\nAnna,anna@example.com\n");
        QByteArray header("SQLite format 3\0", 16);
        QTest::addRow("damaged pages") << header + QByteArray(4096, '\x5a');
    }

    void refusesCorruptFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString message;
        QCOMPARE(openErrorKind(path, &message), StoreOpenError::Kind::Corrupt);
        QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
        QVERIFY(message.contains(path));
        QCOMPARE(fileHash(path), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)")});
        const QByteArray before = fileHash(path);
        QString message;
        QCOMPARE(openErrorKind(path, &message), StoreOpenError::Kind::NotAStore);
        QVERIFY2(message.contains(QLatin1String("another program")), qPrintable(message));
        // "Left untouched" is true: not even switched to WAL mode.
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesNewerVersionInRollbackModeUntouched()
    {
        TestStore store;
        const QString path = store.path();
        store.close();
        rawExec(path,
                {QStringLiteral("UPDATE schema_meta SET value = '99' WHERE key = 'schema_version'"),
                 QStringLiteral("PRAGMA journal_mode = DELETE")});
        const QByteArray before = fileHash(path);
        QString message;
        QCOMPARE(openErrorKind(path, &message), StoreOpenError::Kind::Newer);
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void lockedOlderStoreGetsNoBackup()
    {
        Store::Options old;
        old.targetVersion = 3;
        TestStore store(old);
        const QString path = store.path();
        store.close();
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery lock(db);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QString message;
            QCOMPARE(openErrorKind(path, &message, 200), StoreOpenError::Kind::Locked);
            QVERIFY2(message.contains(QLatin1String("nothing was changed")), qPrintable(message));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        const QStringList backups =
            QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.bak")}, QDir::Files);
        QVERIFY2(backups.isEmpty(), qPrintable(backups.join(QLatin1Char(' '))));
    }

    void busyStoreGivesAPlainMessage()
    {
        TestStore store;
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(store.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        QVERIFY(db.open());
        {
            QSqlQuery lock(db);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            Sql::exec(store->db(), QStringLiteral("PRAGMA busy_timeout = 100"));
            try {
                WriteTransaction transaction(store.store());
                QFAIL("the write lock was taken twice");
            } catch (const StoreError& error) {
                QCOMPARE(error.cause(), StoreError::Cause::Busy);
                QVERIFY2(error.message().contains(QLatin1String("another program or window")),
                         qPrintable(error.message()));
                QVERIFY(!error.message().contains(QLatin1String("BEGIN")));
            }
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }

    void refusesStoreLockedByAnotherWriter()
    {
        TestStore store;
        const QString path = store.path();
        store.close();
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery lock(db);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QString message;
            QCOMPARE(openErrorKind(path, &message, 200), StoreOpenError::Kind::Locked);
            QVERIFY2(message.contains(QLatin1String("locked by another program")),
                     qPrintable(message));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        QVERIFY(Store::open(path)); // once the other writer is done, the store opens
    }

    void refusesReadOnlyStore()
    {
        TestStore store;
        const QString path = store.path();
        store.close();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        const QByteArray before = fileHash(path);
        QString message;
        QCOMPARE(openErrorKind(path, &message), StoreOpenError::Kind::ReadOnly);
        QVERIFY2(message.contains(QLatin1String("read-only")), qPrintable(message));
        QCOMPARE(fileHash(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void missingStoreIsNotCreatedWhenAskedNotTo()
    {
        QTemporaryDir dir;
        Store::Options options;
        options.create = false;
        QVERIFY_THROWS_EXCEPTION(StoreOpenError,
                                 Store::open(dir.filePath(QStringLiteral("none.sqlite")), options));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void stageChangesAreRecorded()
    {
        TestStore store;
        LeadRepository leads(store.store());
        const qint64 id = leads.create(sampleLead(QStringLiteral("Jonas"), QStringLiteral("Weber"),
                                                  QStringLiteral("Weber AG")),
                                       QStringLiteral("mara"));
        leads.changeStage(id, Stage::Working, QStringLiteral("mara"));
        leads.changeStage(id, Stage::Disqualified, QStringLiteral("mara"),
                          QStringLiteral("no_budget"));
        const QList<StageChange> history = leads.stageHistory(id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].fromStage, QString());
        QCOMPARE(history[0].toStage, QStringLiteral("new"));
        QCOMPARE(history[1].fromStage, QStringLiteral("new"));
        QCOMPARE(history[2].toStage, QStringLiteral("disqualified"));
        QCOMPARE(history[2].reason, QStringLiteral("no_budget"));
        QCOMPARE(history[2].repName, QStringLiteral("mara"));
        QCOMPARE(leads.find(id)->disqualifyReason, QStringLiteral("no_budget"));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 leads.changeStage(9999, Stage::Working, QStringLiteral("mara")));
    }

    void uncommittedTransactionLeavesStoreAsItWas()
    {
        TestStore store;
        LeadRepository leads(store.store());
        try {
            WriteTransaction transaction(store.store());
            leads.createInTransaction(
                sampleLead(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")),
                Reps::idFor(store.store(), QStringLiteral("x")));
            throw StoreError(QStringLiteral("simulated failure"));
        } catch (const StoreError&) {
        }
        QCOMPARE(leads.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreSuite)
#include "tst_store.moc"
