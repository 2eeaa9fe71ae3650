#include "handoff/HandoffBatches.h"

#include "dashboard/RollupBulkScope.h"
#include "domain/LeadRepository.h"
#include "domain/Vocabulary.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QJsonDocument>
#include <QSqlError>

namespace {

const QString batchSelect = QStringLiteral(
    "SELECT b.id, b.batch_code, b.created_at, r.name, b.file_path, b.format, b.lead_count,"
    " b.columns FROM handoff_batches b LEFT JOIN reps r ON r.id = b.rep_id");

HandoffBatch batchFrom(const QSqlQuery& q)
{
    HandoffBatch batch;
    batch.id = q.value(0).toLongLong();
    batch.code = q.value(1).toString();
    batch.createdAt = q.value(2).toLongLong();
    batch.repName = q.value(3).toString();
    batch.filePath = q.value(4).toString();
    batch.format = q.value(5).toString();
    batch.leadCount = q.value(6).toInt();
    batch.layout = HandoffLayout::fromJson(q.value(7).toString());
    return batch;
}

std::optional<HandoffBatch> firstBatch(QSqlQuery query)
{
    if (!query.next())
        return std::nullopt;
    return batchFrom(query);
}

} // namespace

HandoffBatches::HandoffBatches(const Store& store)
    : m_store(store)
{}

std::optional<HandoffBatch> HandoffBatches::find(qint64 id) const
{
    return firstBatch(
        Sql::exec(m_store.db(), batchSelect + QStringLiteral(" WHERE b.id = ?"), {id}));
}

std::optional<HandoffBatch> HandoffBatches::findByCode(const QString& code) const
{
    return firstBatch(
        Sql::exec(m_store.db(), batchSelect + QStringLiteral(" WHERE b.batch_code = ?"), {code}));
}

QList<HandoffBatch> HandoffBatches::all() const
{
    QSqlQuery query = Sql::exec(
        m_store.db(), batchSelect + QStringLiteral(" ORDER BY b.created_at DESC, b.id DESC"));
    QList<HandoffBatch> batches;
    while (query.next())
        batches.append(batchFrom(query));
    return batches;
}

qint64 HandoffBatches::count() const
{
    return Sql::scalar(m_store.db(), QStringLiteral("SELECT count(*) FROM handoff_batches"))
        .toLongLong();
}

QList<HandoffRow> HandoffBatches::rows(qint64 batchId, const HandoffLayout& layout) const
{
    // The rows as they were handed over, except that a "do not call" / "do not e-mail" set since
    // then is honoured: an export again must not reach a person who asked not to be contacted.
    QList<qsizetype> phoneCells, emailCells;
    for (qsizetype c = 0; c < layout.columns.size(); ++c) {
        const QString& key = layout.columns.at(c).key;
        if (key == QLatin1String("phone_e164") || key == QLatin1String("phone"))
            phoneCells.append(c);
        else if (key == QLatin1String("email"))
            emailCells.append(c);
    }
    QSqlQuery query =
        Sql::exec(m_store.db(),
                  QStringLiteral("SELECT i.lead_id, i.snapshot, l.do_not_call, l.do_not_email"
                                 " FROM handoff_items i LEFT JOIN leads l ON l.id = i.lead_id"
                                 " WHERE i.batch_id = ? ORDER BY i.position"),
                  {batchId});
    QList<HandoffRow> rows;
    while (query.next()) {
        QJsonParseError error{};
        const QJsonDocument snapshot =
            QJsonDocument::fromJson(query.value(1).toString().toUtf8(), &error);
        if (!snapshot.isObject())
            throw StoreError(tr("The snapshot of lead %1 in handoff batch %2 is damaged (%3).")
                                 .arg(query.value(0).toLongLong())
                                 .arg(batchId)
                                 .arg(error.errorString()));
        HandoffRow row{query.value(0).toLongLong(),
                       HandoffSnapshots::cellsFrom(layout.columns, snapshot.object())};
        const auto blank = [&row](const QList<qsizetype>& cells) {
            for (const qsizetype c : cells)
                row.cells[c] = QJsonValue(QJsonValue::Null);
        };
        if (query.value(2).toBool())
            blank(phoneCells);
        if (query.value(3).toBool())
            blank(emailCells);
        rows.append(row);
    }
    return rows;
}

std::optional<HandoffBatch> HandoffBatches::lastBatchOf(qint64 leadId) const
{
    return firstBatch(Sql::exec(
        m_store.db(),
        batchSelect + QStringLiteral(" JOIN handoff_items i ON i.batch_id = b.id"
                                     " WHERE i.lead_id = ? ORDER BY b.created_at DESC, b.id DESC"
                                     " LIMIT 1"),
        {leadId}));
}

QString HandoffBatches::nextCode(qint64 createdAt) const
{
    const QString prefix = QStringLiteral("HO-%1-").arg(
        Clock::fromSecs(createdAt).toUTC().toString(QStringLiteral("yyyyMMdd")));
    const qint64 sameDay =
        Sql::scalar(m_store.db(),
                    QStringLiteral("SELECT count(*) FROM handoff_batches WHERE batch_code LIKE ?"),
                    {prefix + QLatin1Char('%')})
            .toLongLong();
    // Count-based numbers could repeat if a batch of the day was deleted; skip taken codes.
    for (qint64 n = sameDay + 1;; ++n) {
        const QString code = prefix + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
        if (!Sql::scalar(m_store.db(),
                         QStringLiteral("SELECT 1 FROM handoff_batches WHERE batch_code = ?"),
                         {code})
                 .isValid())
            return code;
    }
}

HandoffBatch HandoffBatches::insertInTransaction(HandoffBatch batch, qint64 repId,
                                                 const QList<HandoffRow>& rows)
{
    batch.code = nextCode(batch.createdAt);
    batch.leadCount = int(rows.size());
    batch.id = Sql::insertId(
        m_store.db(),
        QStringLiteral("INSERT INTO handoff_batches (batch_code, created_at, rep_id, file_path,"
                       " format, lead_count, columns) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {batch.code, batch.createdAt, repId, batch.filePath, batch.format, batch.leadCount,
         batch.layout.toJson()});
    insertRows(batch.id, batch.layout, rows);
    m_store.announceHandoff();
    return batch;
}

void HandoffBatches::markHandedOffInTransaction(qint64 batchId, qint64 repId, const QString& note,
                                                qint64 changedAt)
{
    // The dashboard's roll-ups of the whole batch set-based at the end, not lead by lead: on a
    // server, per-lead triggers would update the same few roll-up rows thousands of times in this
    // one transaction, each update walking a longer chain of row versions.
    const QString selection =
        QStringLiteral("SELECT lead_id, position FROM handoff_items WHERE batch_id = ?");
    RollupBulkScope rollups(m_store);
    rollups.touchedSelection(selection, {batchId});
    LeadRepository(m_store).changeStageOfSelectionInTransaction(
        selection, {batchId}, Stage::HandedOff, repId, note, changedAt);
    rollups.finish();
    m_store.announceLeads();
    m_store.announceHandoff();
}

void HandoffBatches::insertRows(qint64 batchId, const HandoffLayout& layout,
                                const QList<HandoffRow>& rows)
{
    // One prepared statement for every row: thousands of rows go in within one transaction.
    QSqlQuery insert(m_store.db());
    if (!insert.prepare(QStringLiteral("INSERT INTO handoff_items (batch_id, lead_id, position,"
                                       " snapshot) VALUES (?, ?, ?, ?)")))
        throw StoreError(
            tr("Could not prepare the handoff rows: %1").arg(insert.lastError().text()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        insert.bindValue(0, batchId);
        insert.bindValue(1, rows.at(i).leadId);
        insert.bindValue(2, qint64(i + 1));
        insert.bindValue(3,
                         QString::fromUtf8(HandoffSnapshots::toJson(layout.columns, rows.at(i))));
        if (!insert.exec())
            throw StoreError(tr("Could not record lead %1 in the handoff batch: %2")
                                 .arg(rows.at(i).leadId)
                                 .arg(insert.lastError().text()));
    }
}
