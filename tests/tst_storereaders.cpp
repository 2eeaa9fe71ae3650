// Issue 16, item 1: a healthy store read as damaged ("file is not a database") after a handoff,
// with read-only `leadscout queue --db` processes coming and going beside the window.
#include "HandoffFixture.h"
#include "TestStore.h"
#include "handoff/HandoffJob.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <memory>
#include <sys/stat.h>

namespace {

/// Reader processes as a team lead runs them beside the window: each opens the store, lists the
/// queue and closes it again.
class Readers
{
public:
    explicit Readers(QString path)
        : m_path(std::move(path))
    {}
    ~Readers() { waitAll(); }

    void start(int count)
    {
        for (int i = 0; i < count; ++i) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(LEADSCOUT_BINARY),
                           {QStringLiteral("queue"), QStringLiteral("--db"), m_path,
                            QStringLiteral("--limit"), QStringLiteral("5")});
            m_processes.push_back(std::move(process));
        }
    }
    /// Waits for every reader; the number that did not exit with 0.
    int waitAll()
    {
        int failed = 0;
        for (const auto& process : m_processes) {
            // waitForFinished() is false for a process whose end was already seen.
            if ((process->state() != QProcess::NotRunning && !process->waitForFinished(60000)) ||
                process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
                ++failed;
                qWarning("reader failed (%d, exit %d): %s %s", int(process->error()),
                         process->exitCode(), process->readAllStandardError().constData(),
                         process->readAllStandardOutput().left(200).constData());
            }
        }
        m_processes.clear();
        return failed;
    }

private:
    QString m_path;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

/// A worker connection as the window keeps one (the draft saver's): opened in a thread of its
/// own and kept open until stop().
class Worker
{
public:
    explicit Worker(const Store& main)
    {
        m_thread.reset(QThread::create([this, &main] {
            try {
                const std::unique_ptr<Store> own = main.openAnother();
                Sql::scalar(own->db(), QStringLiteral("SELECT count(*) FROM leads"));
                m_opened = true;
                while (!m_stop)
                    QThread::msleep(5);
            } catch (const StoreError& error) {
                m_error = error.message();
                m_opened = true;
            }
        }));
        m_thread->start();
        while (!m_opened)
            QThread::msleep(5);
    }
    ~Worker() { stop(); }
    void stop()
    {
        m_stop = true;
        m_thread->wait();
    }
    QString error() const { return m_error; }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_opened{false};
    std::atomic<bool> m_stop{false};
    QString m_error;
};

ino_t inodeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

qint64 count(const Store& store, const QString& sql)
{
    return Sql::scalar(store.db(), sql).toLongLong();
}

} // namespace

class TestStoreReaders : public QObject
{
    Q_OBJECT

private slots:
    void readersLeaveTheWindowsLogInPlace()
    {
        TestStore fixture;
        Store& main = fixture.store();
        HandoffFixture::addReadyLead(main, HandoffFixture::plain(1));
        const QString wal = fixture.path() + QStringLiteral("-wal");
        const QString shm = fixture.path() + QStringLiteral("-shm");
        QVERIFY(QFileInfo::exists(wal));
        const ino_t walBefore = inodeOf(wal), shmBefore = inodeOf(shm);
        Worker worker(main); // opening it must not cost the window its lock on the file
        QCOMPARE(worker.error(), QString());

        Readers readers(fixture.path());
        readers.start(3);
        QCOMPARE(readers.waitAll(), 0);
        // A reader that thought it was the last one would have checkpointed and deleted the log
        // and the shared-memory index the window still works with.
        QVERIFY2(QFileInfo::exists(wal), "a reader deleted the window's write-ahead log");
        QCOMPARE(inodeOf(wal), walBefore);
        QCOMPARE(inodeOf(shm), shmBefore);
    }

    void handoffWhileReadersComeAndGo()
    {
        constexpr int leads = 59;
        TestStore fixture;
        Store& main = fixture.store();
        QList<ReadyLead> ready;
        for (int i = 0; i < leads; ++i)
            ready.append(HandoffFixture::plain(i));
        HandoffFixture::addReadyLeads(main, ready);
        Worker worker(main);
        QCOMPARE(worker.error(), QString());

        Readers readers(fixture.path());
        readers.start(4);
        QCOMPARE(readers.waitAll(), 0);

        // The Handoff page's CSV handoff: a job with a connection of its own, readers around it.
        HandoffRequest request;
        request.filePath = fixture.dir() + QStringLiteral("/handoff.csv");
        request.repName = QStringLiteral("mara");
        readers.start(2);
        std::unique_ptr<HandoffJob> job(HandoffJob::handOff(main, request));
        QSignalSpy finished(job.get(), &HandoffJob::finished);
        readers.start(2);
        QVERIFY(finished.wait(60000));
        QVERIFY2(job->succeeded(), qPrintable(job->errorMessage()));
        QCOMPARE(job->handoffResult().leadCount, leads);
        QVERIFY(QFileInfo::exists(request.filePath));
        QCOMPARE(readers.waitAll(), 0);

        // The window goes on reading and writing with its own connection.
        readers.start(2);
        try {
            // Before the fix this threw "The store file is damaged … Restore it from a backup"
            // (SQLite: malformed / not a database) while the file itself was healthy.
            HandoffFixture::addReadyLead(main, HandoffFixture::plain(leads));
            QCOMPARE(count(main, QStringLiteral("SELECT count(*) FROM leads WHERE stage = "
                                                "'handed_off'")),
                     leads);
            QCOMPARE(count(main, QStringLiteral("SELECT count(*) FROM leads")), leads + 1);
        } catch (const StoreError& error) {
            QFAIL(qPrintable(error.message()));
        }
        QCOMPARE(readers.waitAll(), 0);
        worker.stop();
        QCOMPARE(worker.error(), QString());

        // Nothing the window wrote went to a log only it could see: a fresh open finds it all.
        fixture.close();
        Store& again = fixture.reopen();
        QCOMPARE(Sql::scalar(again.db(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(count(again, QStringLiteral("SELECT count(*) FROM leads WHERE stage = "
                                             "'handed_off'")),
                 leads);
        QCOMPARE(count(again, QStringLiteral("SELECT count(*) FROM leads")), leads + 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreReaders)
#include "tst_storereaders.moc"
