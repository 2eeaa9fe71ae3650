#include "handoff/HandoffService.h"

#include "domain/LeadRepository.h"
#include "domain/TeamSettings.h"
#include "export/ExportError.h"
#include "handoff/HandoffFileWriter.h"
#include "handoff/HandoffRecovery.h"
#include "handoff/HandoffRowReader.h"
#include "handoff/PendingFile.h"
#include "store/Store.h"
#include "store/StoreFiles.h"
#include "support/Clock.h"

#include <QScopeGuard>
#include <QSet>
#include <spdlog/spdlog.h>

namespace {

constexpr qsizetype chunkSize = 500;

// A tick for one phase of the work, mapped onto [from, to] percent of the whole.
std::function<bool(qint64)> phase(const HandoffService::Progress& progress, int from, int to,
                                  qint64 total)
{
    if (!progress)
        return {};
    return [=](qint64 done) {
        return progress(from + int((to - from) * done / qMax<qint64>(total, 1)));
    };
}

// No export may replace the store it reads, its log or a backup (by file identity, not name).
void refuseStoreFile(const Store& store, const QString& path)
{
    if (store.isSqlite() && StoreFiles::touches(store.location(), path))
        throw ExportError(StoreFiles::refusal(path));
}

QList<qint64> withoutDuplicates(const QList<qint64>& ids)
{
    QList<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : ids)
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    return unique;
}

/// Notes a temporary file in the store before it is created (dropping the note of a name given
/// up before). A store that cannot be written (read-only) may still be read from: then the file
/// is written without a note, and a kill leaves one the next start removes after a minute.
QString noteBeforeCreate(const HandoffRecovery& recovery, const QString& temp,
                         const QString& previousKey)
{
    if (!previousKey.isEmpty())
        recovery.end(previousKey);
    try {
        return recovery.begin(temp);
    } catch (const StoreError& error) {
        spdlog::warn("handoff: no note of the file in the store: {}", error.what());
        return {};
    }
}

} // namespace

HandoffService::HandoffService(const Store& store)
    : m_store(store)
{}

QList<qint64> HandoffService::readyLeadIds() const
{
    QSqlQuery query =
        Sql::exec(m_store.db(),
                  QStringLiteral("SELECT l.id FROM leads l WHERE l.stage = ? AND NOT EXISTS"
                                 " (SELECT 1 FROM handoff_items i WHERE i.lead_id = l.id)"
                                 " ORDER BY l.stage_changed_at, l.id"),
                  {keyOf(Stage::Sql)});
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QHash<qint64, HandoffService::LeadState> HandoffService::statesOf(const QList<qint64>& ids) const
{
    QHash<qint64, LeadState> states;
    for (qsizetype start = 0; start < ids.size(); start += chunkSize) {
        const QList<qint64> chunk = ids.mid(start, chunkSize);
        QVariantList binds;
        for (qint64 id : chunk)
            binds.append(id);
        QSqlQuery query = Sql::exec(
            m_store.db(),
            QStringLiteral("SELECT l.id, l.stage, EXISTS (SELECT 1 FROM handoff_items i"
                           " WHERE i.lead_id = l.id) FROM leads l WHERE l.id IN (%1)")
                .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))),
            binds);
        while (query.next())
            states.insert(query.value(0).toLongLong(),
                          {query.value(1).toString(), query.value(2).toBool()});
    }
    return states;
}

void HandoffService::checkEligible(const QList<qint64>& ids, bool again) const
{
    const QHash<qint64, LeadState> states = statesOf(ids);
    QList<qint64> before;
    for (qint64 id : ids) {
        const auto state = states.constFind(id);
        if (state == states.constEnd())
            throw HandoffError(HandoffError::Kind::NotReady,
                               tr("Lead %1 no longer exists; nothing was handed off.").arg(id));
        if (state->stage != keyOf(Stage::Sql) && state->stage != keyOf(Stage::HandedOff))
            throw HandoffError(
                HandoffError::Kind::NotReady,
                tr("Lead %1 is at stage %2; only sales-ready (SQL) leads are handed off. Nothing "
                   "was handed off.")
                    .arg(id)
                    .arg(labelOf(fromKeyOr(state->stage, Stage::New))));
        if (state->stage == keyOf(Stage::HandedOff) || state->handedOffBefore)
            before.append(id);
    }
    if (!before.isEmpty() && !again)
        refuseAgain(before);
}

void HandoffService::refuseAgain(const QList<qint64>& handedOffBefore) const
{
    const auto batch = HandoffBatches(m_store).lastBatchOf(handedOffBefore.first());
    throw HandoffError(
        HandoffError::Kind::AlreadyHandedOff,
        tr("%n of the chosen leads were handed off before (lead %1%2). Nothing was handed "
           "off; hand them off again only if that is what you mean.",
           nullptr, int(handedOffBefore.size()))
            .arg(handedOffBefore.first())
            .arg(batch ? tr(" in batch %1").arg(batch->code) : QString()));
}

HandoffResult HandoffService::handOff(const HandoffRequest& request, const Progress& progress)
{
    refuseStoreFile(m_store, request.filePath);
    finishInterrupted(); // the next handoff makes a killed one whole first
    const qint64 createdAt = Clock::nowSecs();
    const QList<qint64> ids =
        request.leadIds.isEmpty() ? readyLeadIds() : withoutDuplicates(request.leadIds);
    HandoffResult result;
    result.format = request.options.format;
    if (ids.isEmpty())
        return result;
    checkEligible(ids, request.again);

    // The temporary file is noted in the store before it is created: a kill at any moment leaves
    // no file, or a noted one that the next start removes (or finishes, for a recorded batch).
    const HandoffRecovery recovery(m_store);
    QString pendingKey;
    bool keepNote = false;
    const auto dropNote = qScopeGuard([&] {
        if (!keepNote && !pendingKey.isEmpty())
            recovery.end(pendingKey);
    });
    PendingFile pending(request.filePath, [&](const QString& temp) {
        pendingKey = noteBeforeCreate(recovery, temp, pendingKey);
    }); // refuses a missing or unwritable folder first
    const auto settle = qScopeGuard([&] {
        if (!keepNote)
            pending.discard();
    });
    HandoffTable table{HandoffLayout::current(HandoffColumns::chosen(TeamSettings(m_store)),
                                              request.options.delimiter),
                       {}};
    table.rows = HandoffRowReader(m_store).read(ids, table.layout.columns, createdAt,
                                                phase(progress, 0, 29, ids.size()));
    if (progress && !progress(30))
        throw HandoffError(HandoffError::Kind::Cancelled,
                           tr("The handoff was cancelled; nothing was changed."));
    HandoffFileWriter::write(table, pending.tempPath(), request.options, createdAt,
                             phase(progress, 30, 69, ids.size()));
    if (progress && !progress(70))
        throw HandoffError(HandoffError::Kind::Cancelled,
                           tr("The handoff was cancelled; nothing was changed."));
    // On disk before any lead is marked: a failing flush (network share, full disk) changes
    // nothing; only the rename is left for after the commit.
    pending.sync();
    HandoffRequest recorded = request;
    recorded.filePath = pending.finalPath();
    recorded.leadIds = ids;
    const HandoffBatch batch = record(recorded, table, createdAt, progress, pendingKey);
    try {
        pending.commit();
    } catch (const ExportError& error) {
        keepNote = true; // the next start writes the file from the batch's snapshot
        throw HandoffError(HandoffError::Kind::NotMovedIntoPlace,
                           tr("The leads were handed off as batch %1, but the file could not be "
                              "put in place (%2). Export the batch again to write it.")
                               .arg(batch.code, error.message()));
    }
    spdlog::info("handoff: batch {} with {} leads written", batch.id, batch.leadCount);
    if (progress)
        progress(100);
    return {batch.id, batch.code, batch.leadCount, pending.finalPath(), request.options.format};
}

HandoffBatch HandoffService::record(const HandoffRequest& request, const HandoffTable& table,
                                    qint64 createdAt, const Progress& progress,
                                    const QString& pendingKey)
{
    WriteTransaction transaction(m_store);
    try {
        checkEligible(request.leadIds, request.again); // another rep may have been quicker
    } catch (const HandoffError& error) {
        throw HandoffError(
            HandoffError::Kind::Changed,
            tr("The leads changed while the file was written: %1").arg(error.message()));
    }
    const qint64 repId = Reps::idFor(m_store, request.repName);
    HandoffBatch batch;
    batch.createdAt = createdAt;
    batch.filePath = request.filePath;
    batch.format = HandoffFormats::keyOf(request.options.format);
    batch.layout = table.layout;
    HandoffBatches batches(m_store);
    batch = batches.insertInTransaction(batch, repId, table.rows);
    if (!pendingKey.isEmpty())
        HandoffRecovery(m_store).recordBatchInTransaction(pendingKey, batch.id);
    if (progress && !progress(85))
        throw HandoffError(HandoffError::Kind::Cancelled,
                           tr("The handoff was cancelled; nothing was changed."));
    batches.markHandedOffInTransaction(batch.id, repId, tr("Handoff batch %1").arg(batch.code),
                                       createdAt);
    if (progress && !progress(95))
        throw HandoffError(HandoffError::Kind::Cancelled,
                           tr("The handoff was cancelled; nothing was changed."));
    transaction.commit();
    return batch;
}

void HandoffService::finishInterrupted() const
{
    try {
        const HandoffRecovery::Outcome outcome = HandoffRecovery(m_store).finish();
        for (const QString& problem : outcome.problems)
            spdlog::warn("handoff: an interrupted handoff could not be finished yet: {}",
                         problem.toStdString());
    } catch (const StoreError& error) {
        spdlog::warn("handoff: interrupted handoffs not checked: {}", error.what());
    }
}

HandoffResult HandoffService::exportAgain(qint64 batchId, const QString& path,
                                          const HandoffFileOptions& options,
                                          const Progress& progress) const
{
    refuseStoreFile(m_store, path);
    HandoffBatches batches(m_store);
    const auto batch = batches.find(batchId);
    if (!batch)
        throw HandoffError(HandoffError::Kind::NoSuchBatch,
                           tr("There is no handoff batch %1.").arg(batchId));
    const HandoffTable table{batch->layout, batches.rows(batchId, batch->layout)};
    const HandoffRecovery recovery(m_store);
    QString pendingKey;
    const auto dropNote = qScopeGuard([&] {
        if (!pendingKey.isEmpty())
            recovery.end(pendingKey);
    });
    PendingFile pending(path, [&](const QString& temp) {
        pendingKey = noteBeforeCreate(recovery, temp, pendingKey);
    });
    const auto settle = qScopeGuard([&] { pending.discard(); });
    HandoffFileWriter::write(table, pending.tempPath(), options, batch->createdAt,
                             phase(progress, 0, 95, table.rows.size()));
    pending.commit();
    spdlog::info("handoff: batch {} exported again", batch->id);
    if (progress)
        progress(100);
    return {batch->id, batch->code, int(table.rows.size()), pending.finalPath(), options.format};
}
