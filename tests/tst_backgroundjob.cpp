#include "TestStore.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "support/BackgroundJob.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

/// The one mechanism for long work: progress reaches the owner, a cancelled job leaves the store
/// as it was, the work's result and its error are delivered, and a job destroyed while it runs
/// stops its work first.
class TestBackgroundJob : public QObject
{
    Q_OBJECT

    static qint64 rows(const Store& store)
    {
        return Sql::scalar(store.db(), QStringLiteral("SELECT count(*) FROM job_rows"))
            .toLongLong();
    }

    static void makeTable(const Store& store)
    {
        Sql::exec(store.db(), QStringLiteral("CREATE TABLE job_rows (n INTEGER NOT NULL)"));
    }

    /// Inserts rows in one transaction until cancelled (then rolls back) or `count` are written.
    static bool insertRows(const Store& own, BackgroundJob& job, qint64 count)
    {
        WriteTransaction transaction(own);
        for (qint64 n = 0; n < count; ++n) {
            if (job.isCancelled())
                return false;
            Sql::exec(own.db(), QStringLiteral("INSERT INTO job_rows (n) VALUES (?)"), {n});
            job.setProgress(n + 1, count);
            QThread::msleep(1);
        }
        transaction.commit();
        return true;
    }

private slots:
    void progressIsReported()
    {
        TestStore fixture;
        makeTable(fixture.store());
        BackgroundJob job(fixture.store(), [](const Store& own, BackgroundJob& self) {
            return insertRows(own, self, 200);
        });
        QSignalSpy progressed(&job, &BackgroundJob::progressed);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(progressed.size() >= 2); // polled while running, and once more at the end
        QCOMPARE(progressed.last().at(0).toLongLong(), qint64(200));
        QCOMPARE(progressed.last().at(1).toLongLong(), qint64(200));
        for (qsizetype i = 1; i < progressed.size(); ++i)
            QVERIFY(progressed.at(i).at(0).toLongLong() > progressed.at(i - 1).at(0).toLongLong());
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(job.completed());
        QCOMPARE(rows(fixture.store()), qint64(200));
    }

    void cancelRollsBack()
    {
        TestStore fixture;
        makeTable(fixture.store());
        BackgroundJob job(fixture.store(), [](const Store& own, BackgroundJob& self) {
            return insertRows(own, self, 1000000);
        });
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.done() >= 20, 30000);
        job.cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QVERIFY(!job.completed());
        QCOMPARE(job.errorMessage(), QString());
        QCOMPARE(rows(fixture.store()), qint64(0));
    }

    void resultIsDelivered()
    {
        TestStore fixture;
        BackgroundJob job(fixture.store(), [](const Store& own, BackgroundJob& self) {
            const qint64 leads =
                Sql::scalar(own.db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
            self.setResult(QStringList{QStringLiteral("leads"), QString::number(leads)});
            return true;
        });
        QVERIFY(!job.result().isValid());
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.resultAs<QStringList>(),
                 (QStringList{QStringLiteral("leads"), QStringLiteral("0")}));
        QVERIFY(job.completed());
    }

    void errorIsDelivered()
    {
        TestStore fixture;
        BackgroundJob job(fixture.store(), [](const Store&, BackgroundJob& self) -> bool {
            self.setProgress(3, 10);
            throw StoreError(QStringLiteral("disk full"));
        });
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("disk full"));
        QCOMPARE(job.errorMessage(), QStringLiteral("disk full"));
        QVERIFY(!job.completed());
        QVERIFY(!job.result().isValid());
        QCOMPARE(job.done(), qint64(3));
    }

    void destroyingARunningJobStopsItsWorkFirst()
    {
        TestStore fixture;
        makeTable(fixture.store());
        auto ended = std::make_shared<std::atomic_bool>(false);
        auto job = std::make_unique<BackgroundJob>(
            fixture.store(), [ended](const Store& own, BackgroundJob& self) {
                const bool done = insertRows(own, self, 1000000);
                *ended = true;
                return done;
            });
        bool finishedSeen = false;
        connect(job.get(), &BackgroundJob::finished, this, [&] { finishedSeen = true; });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->done() >= 5, 30000);
        QVERIFY(job->isRunning());
        job.reset(); // cancels and waits
        QVERIFY(*ended);
        QTest::qWait(100); // a queued finished() must not reach a destroyed job
        QVERIFY(!finishedSeen);
        QCOMPARE(rows(fixture.store()), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
