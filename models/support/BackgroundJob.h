#pragma once

#include "store/Store.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QVariant>
#include <atomic>
#include <functional>

class QThread;
class QTimer;

/// The one mechanism for long work (rescoring, previews, handoffs, imports, charts over a big
/// store): a thread of its own with a connection of its own, progress, cancel, a result and an
/// error. The work checks isCancelled() and leaves the store as it was when it stops early (it
/// writes in one transaction that it then does not commit).
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    /// Runs in the job's thread with the job's own connection. Returns true when it finished,
    /// false when it stopped because it was cancelled; throws StoreError on failure. What it
    /// produced it hands over with setResult().
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

    /// From the work: how far it is, in any unit (rows, leads, percent). Thread-safe and cheap
    /// (the GUI polls it).
    void setProgress(qint64 done, qint64 total)
    {
        m_total = total;
        m_done = done;
    }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

    /// From the work: what it produced (any type QVariant holds). Thread-safe.
    void setResult(const QVariant& result);
    /// After finished(): what the work produced; invalid when it set nothing.
    QVariant result() const;
    template <typename T> T resultAs() const { return result().template value<T>(); }
    /// After finished(): true when the work finished normally (neither cancelled nor failed).
    bool completed() const;
    /// After finished(): why the work failed; empty when it did not.
    QString errorMessage() const;

signals:
    void progressed(qint64 done, qint64 total);
    /// Once, in the thread that owns the job: finished normally, cancelled, or failed (`error`).
    void finished(bool completed, const QString& error);

private:
    void run();
    void end(bool completed, const QString& error);
    void pollProgress();

    /// How the job connects in its own thread: never the caller's Store, which may be gone.
    Store::Recipe m_recipe;
    Work m_work;
    QThread* m_thread = nullptr;
    QTimer* m_poll = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    qint64 m_reportedDone = -1;
    mutable QMutex m_mutex; // guards the three below
    QVariant m_result;
    QString m_error;
    bool m_completed = false;
};
