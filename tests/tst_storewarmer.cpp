#include "TestStore.h"
#include "store/StoreWarmer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace {

void addLeads(Store& store, int count)
{
    WriteTransaction transaction(store);
    Sql::exec(store.db(),
              QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                             " WHERE i < ?) INSERT INTO leads (first_name, last_name, email,"
                             " email_norm, source_channel, stage_changed_at, created_at,"
                             " updated_at) SELECT 'First' || i, CASE WHEN i % 10 = 0 THEN NULL"
                             " ELSE 'Last' || i END, 'p' || i || '@example.com',"
                             " 'p' || i || '@example.com', 'web_form', 1, 1, 1 FROM n"),
              {count});
    transaction.commit();
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

/// The store warmer reads every lead of a SQLite store once, through a connection of its own,
/// and stops when asked.
class TestStoreWarmer : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryLead()
    {
        TestStore fixture;
        addLeads(fixture.store(), 45000); // more than two of its chunks, ids not a multiple
        const std::unique_ptr<StoreWarmer> warmer = StoreWarmer::startFor(fixture.store());
        QVERIFY(warmer);
        warmer->wait();
        QCOMPARE(warmer->leadsRead(), 45000);
    }

    void keepsTheLocksOfTheConnectionsAlreadyOpen()
    {
        // Were the warmer to open and close the file itself, the process would lose the locks
        // its open connection holds: a reader process closing next would take itself for the
        // last user and checkpoint and delete the write-ahead log under that connection.
        TestStore fixture;
        addLeads(fixture.store(), 100);
        Sql::exec(fixture->db(), QStringLiteral("UPDATE leads SET title = 'x' WHERE id = 1"));
        const QString wal = fixture.path() + QStringLiteral("-wal");
        QVERIFY(QFileInfo(wal).size() > 0);
        StoreWarmer(fixture.path()).wait();
        QProcess reader;
        reader.start(QStringLiteral(LEADSCOUT_BINARY),
                     {QStringLiteral("queue"), QStringLiteral("--db"), fixture.path(),
                      QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY(reader.waitForFinished(60000));
        QCOMPARE(reader.exitCode(), 0);
        QVERIFY2(QFileInfo::exists(wal), "the reader deleted the log of an open connection");
        QCOMPARE(Sql::scalar(fixture->db(), QStringLiteral("SELECT count(*) FROM leads")).toInt(),
                 100);
    }

    void stopsWhenDestroyedAndChangesNothing()
    {
        TestStore fixture;
        addLeads(fixture.store(), 60000);
        const QString path = fixture.path();
        fixture.close();
        const QByteArray before = fileHash(path);
        qint64 read = -1;
        {
            StoreWarmer warmer(path);
            read = warmer.leadsRead();
        } // destroyed at once: it stops between chunks and joins its thread
        QVERIFY(read >= 0 && read <= 60000);
        QCOMPARE(fileHash(path), before);
    }

    void aMissingStoreIsNotAnErrorAndNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.sqlite"));
        StoreWarmer warmer(path);
        warmer.wait();
        QCOMPARE(warmer.leadsRead(), 0);
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestStoreWarmer)
#include "tst_storewarmer.moc"
