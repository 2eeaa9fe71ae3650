#pragma once

#include "handoff/HandoffService.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;
class Store;

/// A handoff (or the export of a batch again) run off the GUI thread: the worker opens its own
/// connection to the store, reports progress, and can be cancelled — a cancelled handoff leaves
/// the store unchanged and no file behind. Signals arrive in the thread that owns the job.
class HandoffJob : public QObject
{
    Q_OBJECT

public:
    ~HandoffJob() override;

    /// Starts handing off. `store` is only used to open the worker's own connection.
    static HandoffJob* handOff(const Store& store, const HandoffRequest& request,
                               QObject* parent = nullptr);
    /// Starts writing batch `batchId` again to `path`.
    static HandoffJob* exportAgain(const Store& store, qint64 batchId, const QString& path,
                                   const HandoffFileOptions& options, QObject* parent = nullptr);

    void cancel() { m_cancelled = true; }
    bool isRunning() const;
    /// Blocks until the worker has finished (for shutdown and tests).
    void wait();

    /// After finished(): what happened. `succeeded()` false means `errorMessage()` says why.
    bool succeeded() const { return m_error.isEmpty(); }
    const HandoffResult& result() const { return m_result; }
    QString errorMessage() const { return m_error; }
    /// The refusal's kind when the error was a HandoffError.
    std::optional<HandoffError::Kind> errorKind() const { return m_errorKind; }
    const HandoffRequest& request() const { return m_request; }

signals:
    void progressed(int percent);
    void finished();

private:
    explicit HandoffJob(QObject* parent);
    void start(const Store& store, std::function<HandoffResult(const Store&)> work);
    bool reportProgress(int percent);

    QThread* m_thread = nullptr;
    std::atomic_bool m_cancelled{false};
    HandoffRequest m_request;
    HandoffResult m_result;
    QString m_error;
    std::optional<HandoffError::Kind> m_errorKind;
};
