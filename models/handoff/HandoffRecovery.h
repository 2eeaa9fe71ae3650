#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Store;

/// Makes a handoff whole after a kill. While a handoff file is being written under its hidden
/// temporary name (`.NAME.XXXXXX.part`), the store holds a note of it (in `team_settings`, under
/// `handoff/pending/…`): the temporary file, the process writing it and, once the leads are
/// marked in the same transaction, the batch. The note goes when the file is in place. A note
/// left by a process that no longer runs is finished by finish(): a recorded batch whose file is
/// missing is written again from the batch's snapshot, and the temporary file is removed either
/// way, so no half-written copy of leads' personal data stays behind. A temporary file without a
/// note (older than a minute) beside a recorded batch's file is removed too, and finishes that
/// batch's file when it is missing.
class HandoffRecovery
{
    Q_DECLARE_TR_FUNCTIONS(HandoffRecovery)

public:
    explicit HandoffRecovery(const Store& store);

    /// Notes (in a transaction of its own) that this process writes `partPath`. Returns the key.
    /// Throws StoreError.
    QString begin(const QString& partPath) const;
    /// In the caller's write transaction: the batch the file belongs to.
    void recordBatchInTransaction(const QString& key, qint64 batchId) const;
    /// The file is in place, or gone with a handoff that failed: drops the note. Never throws.
    void end(const QString& key) const noexcept;

    struct Outcome
    {
        QStringList written;  ///< handoff files finished from their batch's snapshot
        int partsRemoved = 0; ///< temporary files of interrupted handoffs removed
        QStringList problems; ///< what could not be finished yet (tried again next time)
    };
    /// Finishes what interrupted handoffs left behind. Throws StoreError only for the store.
    Outcome finish() const;

    /// Whether the process `pid` on this machine (since its last start) still runs.
    static bool isRunning(qint64 pid, const QString& host, const QString& boot);

private:
    void finishOrphans(Outcome& outcome) const;

    const Store& m_store;
};
