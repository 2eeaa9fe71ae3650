#pragma once

#include "handoff/HandoffBatches.h"
#include "handoff/HandoffTable.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

class Store;

/// Why a handoff was refused or did not happen. The message is for a person.
class HandoffError : public StoreError
{
public:
    enum class Kind
    {
        NotReady,         ///< a chosen lead is not at `sql` (or no longer exists)
        AlreadyHandedOff, ///< a chosen lead was handed off before and `again` was not asked for
        Changed,          ///< a lead changed stage between reading and marking
        NoSuchBatch,
        Cancelled,
        NotMovedIntoPlace ///< the batch is recorded but the file could not be renamed
    };
    HandoffError(Kind kind, const QString& message)
        : StoreError(message)
        , m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

/// What to hand off and where.
struct HandoffRequest
{
    QString filePath;
    HandoffFileOptions options;
    QList<qint64> leadIds; ///< the selection; empty hands off every ready lead
    bool again = false;    ///< allow leads handed off before (only when the rep asks for it)
    QString repName;
};

/// What a handoff or an export did. `leadCount` 0 and `batchId` 0 when nothing was ready.
struct HandoffResult
{
    qint64 batchId = 0;
    QString batchCode;
    int leadCount = 0;
    QString filePath;
    HandoffFormat format = HandoffFormat::Csv;
};

/// The one-click handoff to sales. The ready list is every lead at `sql` that was never handed
/// off. Handing off writes the file under a temporary name in the target folder, then in ONE
/// write transaction marks each lead `handed_off` (with its stage history) and records the batch
/// with a snapshot of each row; after the commit the file is renamed into place. On any failure
/// the temporary file is removed and no lead changes. A batch can be exported again from its
/// snapshots: the same format and delimiter give the same bytes, and nothing changes.
class HandoffService
{
    Q_DECLARE_TR_FUNCTIONS(HandoffService)

public:
    /// Percent done (0–100); return false to cancel. Called from the thread doing the work.
    using Progress = std::function<bool(int percent)>;

    explicit HandoffService(const Store& store);

    /// Every ready lead: at `sql` and never handed off, in the order they became sales-ready.
    QList<qint64> readyLeadIds() const;

    /// Hands off the request's leads (or every ready lead). Throws HandoffError (refusals,
    /// cancel), ExportError (the file) or StoreError (the store); nothing changes then.
    HandoffResult handOff(const HandoffRequest& request, const Progress& progress = {});

    /// Writes batch `batchId` again from its snapshots to `path`. Changes nothing in the store.
    HandoffResult exportAgain(qint64 batchId, const QString& path,
                              const HandoffFileOptions& options,
                              const Progress& progress = {}) const;

private:
    struct LeadState
    {
        QString stage;
        bool handedOffBefore = false;
    };

    QHash<qint64, LeadState> statesOf(const QList<qint64>& ids) const;
    void checkEligible(const QList<qint64>& ids, bool again) const;
    [[noreturn]] void refuseAgain(const QList<qint64>& handedOffBefore) const;
    HandoffBatch record(const HandoffRequest& request, const HandoffTable& table, qint64 createdAt,
                        const Progress& progress, const QString& pendingKey);
    void finishInterrupted() const;

    const Store& m_store;
};
