#include "import/ImportBatches.h"

#include "store/Store.h"
#include "support/Clock.h"

namespace {

const QString batchSelect = QStringLiteral(
    "SELECT b.id, b.batch_code, b.file_name, b.file_sha256, b.source_channel, b.campaign,"
    " b.created_at, r.name, b.rows_read, b.imported, b.merged, b.skipped, b.rejected,"
    " b.undone_at FROM import_batches b LEFT JOIN reps r ON r.id = b.rep_id");

std::optional<ImportBatch> batchFrom(QSqlQuery query)
{
    if (!query.next())
        return std::nullopt;
    ImportBatch batch;
    batch.id = query.value(0).toLongLong();
    batch.code = query.value(1).toString();
    batch.fileName = query.value(2).toString();
    batch.fingerprint = query.value(3).toString();
    batch.sourceChannel = query.value(4).toString();
    batch.campaign = query.value(5).toString();
    batch.createdAt = query.value(6).toLongLong();
    batch.repName = query.value(7).toString();
    batch.rowsRead = query.value(8).toLongLong();
    batch.imported = query.value(9).toLongLong();
    batch.merged = query.value(10).toLongLong();
    batch.skipped = query.value(11).toLongLong();
    batch.rejected = query.value(12).toLongLong();
    if (!query.value(13).isNull())
        batch.undoneAt = query.value(13).toLongLong();
    return batch;
}

// The signs that someone worked a lead after its import, each with what to tell the rep.
struct WorkSign
{
    const char* condition; // over the batch's leads, alias l
    const char* reason;
};

const WorkSign workSigns[] = {
    {"EXISTS (SELECT 1 FROM calls c WHERE c.lead_id = l.id) OR l.call_count > 0",
     QT_TRANSLATE_NOOP("ImportBatches", "a call was logged for one of its leads")},
    {"l.stage <> 'new' OR EXISTS (SELECT 1 FROM stage_history h WHERE h.lead_id = l.id"
     " AND h.from_stage IS NOT NULL)",
     QT_TRANSLATE_NOOP("ImportBatches", "one of its leads moved to another stage")},
    {"EXISTS (SELECT 1 FROM qualification q WHERE q.lead_id = l.id)",
     QT_TRANSLATE_NOOP("ImportBatches", "one of its leads was qualified")},
    {"l.claimed_by IS NOT NULL",
     QT_TRANSLATE_NOOP("ImportBatches", "one of its leads was claimed by a rep")},
};

} // namespace

ImportBatches::ImportBatches(const Store& store)
    : m_store(store)
{}

QString ImportBatches::nextCode(qint64 createdAt) const
{
    const QString prefix = QStringLiteral("IM-%1-").arg(
        Clock::fromSecs(createdAt).toUTC().toString(QStringLiteral("yyyyMMdd")));
    const qint64 sameDay =
        Sql::scalar(m_store.db(),
                    QStringLiteral("SELECT count(*) FROM import_batches WHERE batch_code LIKE ?"),
                    {prefix + QLatin1Char('%')})
            .toLongLong();
    for (qint64 n = sameDay + 1;; ++n) {
        const QString code = prefix + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
        if (!Sql::scalar(m_store.db(),
                         QStringLiteral("SELECT 1 FROM import_batches WHERE batch_code = ?"),
                         {code})
                 .isValid())
            return code;
    }
}

ImportBatch ImportBatches::insertInTransaction(ImportBatch batch, qint64 repId)
{
    batch.code = nextCode(batch.createdAt);
    batch.id = Sql::insertId(
        m_store.db(),
        QStringLiteral("INSERT INTO import_batches (batch_code, file_name, file_sha256,"
                       " source_channel, campaign, created_at, rep_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {batch.code, batch.fileName, batch.fingerprint, Sql::nullIfEmpty(batch.sourceChannel),
         Sql::nullIfEmpty(batch.campaign), batch.createdAt, repId});
    return batch;
}

void ImportBatches::finishInTransaction(const ImportBatch& batch)
{
    Sql::exec(
        m_store.db(),
        QStringLiteral("UPDATE import_batches SET rows_read = ?, imported = ?, merged = ?,"
                       " skipped = ?, rejected = ? WHERE id = ?"),
        {batch.rowsRead, batch.imported, batch.merged, batch.skipped, batch.rejected, batch.id});
}

std::optional<ImportBatch> ImportBatches::findByCode(const QString& code) const
{
    return batchFrom(
        Sql::exec(m_store.db(), batchSelect + QStringLiteral(" WHERE b.batch_code = ?"), {code}));
}

std::optional<ImportBatch> ImportBatches::findByFingerprint(const QString& fingerprint) const
{
    return batchFrom(
        Sql::exec(m_store.db(),
                  batchSelect + QStringLiteral(" WHERE b.file_sha256 = ? AND b.undone_at IS"
                                               " NULL ORDER BY b.id DESC LIMIT 1"),
                  {fingerprint}));
}

qint64 ImportBatches::leadCount(qint64 batchId) const
{
    return Sql::scalar(m_store.db(),
                       QStringLiteral("SELECT count(*) FROM leads WHERE import_batch_id = ?"),
                       {batchId})
        .toLongLong();
}

QString ImportBatches::workedReason(qint64 batchId) const
{
    for (const WorkSign& sign : workSigns) {
        const QString sql = QStringLiteral("SELECT 1 FROM leads l WHERE l.import_batch_id = ?"
                                           " AND (%1) LIMIT 1")
                                .arg(QLatin1String(sign.condition));
        if (Sql::scalar(m_store.db(), sql, {batchId}).isValid())
            return tr(sign.reason);
    }
    return {};
}

QString ImportBatches::undoRefusal(const QString& code) const
{
    const std::optional<ImportBatch> batch = findByCode(code);
    if (!batch)
        return tr("There is no import batch %1.").arg(code);
    if (batch->undoneAt)
        return tr("Import batch %1 was undone already.").arg(code);
    if (const QString worked = workedReason(batch->id); !worked.isEmpty())
        return tr("Import batch %1 cannot be undone: %2 since the import.").arg(code, worked);
    return {};
}

qint64 ImportBatches::undo(const QString& code, qint64 undoneAt)
{
    WriteTransaction transaction(m_store);
    if (const QString refusal = undoRefusal(code); !refusal.isEmpty())
        throw StoreError(refusal);
    const qint64 batchId = findByCode(code)->id;
    const qint64 deleted = leadCount(batchId);
    Sql::exec(m_store.db(), QStringLiteral("DELETE FROM leads WHERE import_batch_id = ?"),
              {batchId});
    Sql::exec(m_store.db(), QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"),
              {undoneAt, batchId});
    m_store.announceLeads();
    transaction.commit();
    return deleted;
}
