#pragma once

#include "handoff/HandoffTable.h"

#include <QCoreApplication>
#include <optional>

class Store;

/// A handoff as it was made: which leads went to sales when, by whom, to which file, and the
/// layout to write that file again. `leadCount` stays as handed off even when a lead is later
/// erased on request (its row then leaves the batch).
struct HandoffBatch
{
    qint64 id = 0;
    QString code; ///< "HO-20261123-001": the day (UTC) and a running number
    qint64 createdAt = 0;
    QString repName;
    QString filePath;
    QString format; ///< "csv" or "xlsx"
    int leadCount = 0;
    HandoffLayout layout;
};

/// Reading and recording handoff batches and their rows (handoff_batches, handoff_items). Each
/// row keeps its snapshot: the JSON object of exactly the values written for that lead.
class HandoffBatches
{
    Q_DECLARE_TR_FUNCTIONS(HandoffBatches)

public:
    explicit HandoffBatches(const Store& store);

    std::optional<HandoffBatch> find(qint64 id) const;
    std::optional<HandoffBatch> findByCode(const QString& code) const;
    /// Every batch, newest first.
    QList<HandoffBatch> all() const;
    qint64 count() const;
    /// The batch's rows from their snapshots, in file order, with one cell per column of
    /// `layout` (the batch's own). Throws StoreError on a damaged snapshot.
    QList<HandoffRow> rows(qint64 batchId, const HandoffLayout& layout) const;
    /// The batch a lead was last handed off in, if any.
    std::optional<HandoffBatch> lastBatchOf(qint64 leadId) const;

    /// Inside the caller's transaction: records a batch and its rows; returns the batch with
    /// its id and code filled in.
    /// Moves every lead of the batch to handed_off, with its stage history, in the caller's
    /// write transaction.
    void markHandedOffInTransaction(qint64 batchId, qint64 repId, const QString& note,
                                    qint64 changedAt);
    HandoffBatch insertInTransaction(HandoffBatch batch, qint64 repId,
                                     const QList<HandoffRow>& rows);

private:
    QString nextCode(qint64 createdAt) const;
    void insertRows(qint64 batchId, const HandoffLayout& layout, const QList<HandoffRow>& rows);

    const Store& m_store;
};
