#pragma once

#include "handoff/HandoffService.h"
#include "support/BackgroundJob.h"

#include <optional>

class Store;

Q_DECLARE_METATYPE(HandoffResult)

/// A handoff (or the export of a batch again) run as a BackgroundJob: the worker opens its own
/// connection to the store, reports progress in percent (of 100), and can be cancelled — a
/// cancelled handoff leaves the store unchanged and no file behind. Signals arrive in the thread
/// that owns the job; the job is started when it is made.
class HandoffJob : public BackgroundJob
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

    /// After finished(): what happened. `succeeded()` false means `errorMessage()` says why.
    bool succeeded() const { return errorMessage().isEmpty(); }
    HandoffResult handoffResult() const { return resultAs<HandoffResult>(); }
    /// The refusal's kind when the error was a HandoffError.
    std::optional<HandoffError::Kind> errorKind() const { return m_errorKind; }
    const HandoffRequest& request() const { return m_request; }

private:
    using Run = std::function<HandoffResult(const Store&, const HandoffService::Progress&)>;
    HandoffJob(const Store& store, const HandoffRequest& request, const Run& run, QObject* parent);

    HandoffRequest m_request;
    std::optional<HandoffError::Kind> m_errorKind; // written by the work before it ends
};
