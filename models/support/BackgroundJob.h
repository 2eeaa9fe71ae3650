#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

class QThread;
class QTimer;
class Store;

/// Long work (rescoring, previews over a big store) on a thread of its own with a connection of
/// its own, with progress and cancel. The work checks isCancelled() and leaves the store as it
/// was when it stops early (it writes in one transaction that it then does not commit).
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    /// Runs in the job's thread with the job's own connection. Returns true when it finished,
    /// false when it stopped because it was cancelled; throws StoreError on failure.
    using Work = std::function<bool(const Store& store, BackgroundJob& job)>;

    BackgroundJob(const Store& store, Work work, QObject* parent = nullptr);
    /// Cancels the work if it still runs and waits for it.
    ~BackgroundJob() override;

    void start();
    /// Asks the work to stop; it rolls back what it has not committed. Thread-safe.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    bool isRunning() const;
    /// Waits until the work has ended; false when it is still running after `ms`.
    bool wait(int ms = -1);

    /// From the work: how far it is. Thread-safe and cheap (the GUI polls it).
    void setProgress(qint64 done, qint64 total)
    {
        m_total = total;
        m_done = done;
    }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

signals:
    void progressed(qint64 done, qint64 total);
    /// Once, in the thread that owns the job: finished normally, cancelled, or failed (`error`).
    void finished(bool completed, const QString& error);

private:
    void run();
    void pollProgress();

    const Store& m_store;
    Work m_work;
    QThread* m_thread = nullptr;
    QTimer* m_poll = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    qint64 m_reportedDone = -1;
};
