#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class Store;

/// One import of a file, as the store keeps it.
struct ImportBatch
{
    qint64 id = 0;
    QString code; ///< "IM-20261205-001"
    QString fileName;
    QString fingerprint; ///< SHA-256 of the file's bytes, hex
    QString sourceChannel;
    QString campaign;
    qint64 createdAt = 0;
    QString repName;
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 merged = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    std::optional<qint64> undoneAt;
};

/// The import batches of the store, and undoing one as a whole. Owner of import_batches and of
/// deleting the leads a batch created (see the owner table in LeadDetails.h).
class ImportBatches
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatches)

public:
    explicit ImportBatches(const Store& store);

    /// Inserts the batch with the next free code of its day, inside the caller's transaction;
    /// returns it with id and code.
    ImportBatch insertInTransaction(ImportBatch batch, qint64 repId);
    /// Stores the batch's counts, inside the caller's transaction.
    void finishInTransaction(const ImportBatch& batch);

    std::optional<ImportBatch> findByCode(const QString& code) const;
    /// The latest batch, not undone, that imported a file with these bytes.
    std::optional<ImportBatch> findByFingerprint(const QString& fingerprint) const;
    /// How many leads the batch created that are still there.
    qint64 leadCount(qint64 batchId) const;

    /// Why the batch cannot be undone (not found, already undone, or a lead of it was worked:
    /// called, moved to another stage, qualified or claimed); empty when it can.
    QString undoRefusal(const QString& code) const;
    /// Deletes the batch's leads and marks it undone, in one transaction. Throws StoreError
    /// with undoRefusal()'s reason when it may not. Returns the number of leads deleted.
    qint64 undo(const QString& code, qint64 undoneAt);

private:
    QString nextCode(qint64 createdAt) const;
    QString workedReason(qint64 batchId) const;

    const Store& m_store;
};
