#include "TestStore.h"
#include "store/StoreWarmer.h"

#include <QFile>
#include <QTest>

/// The store warmer reads a SQLite store's file once, to the end, and stops when asked.
class TestStoreWarmer : public QObject
{
    Q_OBJECT

private slots:
    void readsTheWholeStoreFile()
    {
        TestStore fixture;
        Sql::exec(fixture->db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const qint64 size = QFileInfo(fixture.path()).size();
        QVERIFY(size > 0);
        const std::unique_ptr<StoreWarmer> warmer = StoreWarmer::startFor(fixture.store());
        QVERIFY(warmer);
        warmer->wait();
        QCOMPARE(warmer->bytesRead(), size);
    }

    void stopsWhenDestroyedAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray megabyte(1 << 20, 'x');
        for (int i = 0; i < 64; ++i)
            file.write(megabyte);
        file.close();
        const QDateTime modified = QFileInfo(path).lastModified();
        qint64 read = 0;
        {
            StoreWarmer warmer(path);
            read = warmer.bytesRead();
        } // destroyed at once: it stops reading and joins its thread
        QVERIFY(read <= 64 << 20);
        QCOMPARE(QFileInfo(path).size(), qint64(64) << 20);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    void aMissingFileIsNotAnError()
    {
        StoreWarmer warmer(QStringLiteral("/nonexistent/leadscout.sqlite"));
        warmer.wait();
        QCOMPARE(warmer.bytesRead(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreWarmer)
#include "tst_storewarmer.moc"
