#include "leads/LeadMerge.h"

#include "domain/LeadRepository.h"
#include "leads/LeadContactability.h"
#include "leads/LeadDetails.h"
#include "leads/LeadEditor.h"
#include "leads/LeadSnapshot.h"
#include "leads/LeadTables.h"
#include "leads/Suppressions.h"
#include "scoring/LeadScores.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <spdlog/spdlog.h>

namespace {

const QString mergesTable = QStringLiteral("lead_merges");

template <typename T> QVariant nullOf()
{
    return QVariant(QMetaType::fromType<T>());
}

QVariant repBind(qint64 repId)
{
    return repId > 0 ? QVariant(repId) : QVariant(QMetaType::fromType<qint64>());
}

QString idsText(const QList<qint64>& ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QList<qint64> idsFrom(const QString& text)
{
    QList<qint64> ids;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

/// How an alternate is compared: the normalised address, the E.164 number or else the digits.
QString phoneKey(const QString& phone, const QString& e164)
{
    if (!e164.isEmpty())
        return e164;
    QString digits = phone;
    return digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
}

} // namespace

LeadMerge::LeadMerge(const Store& store)
    : m_store(store)
{}

QString LeadMerge::refusal(qint64 survivorId, const QList<qint64>& mergedIds) const
{
    if (mergedIds.isEmpty())
        return tr("A merge needs at least two leads: the one to keep and at least one to merge "
                  "into it.");
    const QList<qint64> all = QList<qint64>{survivorId} + mergedIds;
    for (const qint64 id : all)
        if (all.count(id) > 1)
            return tr("Lead %1 is named twice; each lead takes part in a merge once.").arg(id);
    const LeadRepository repository(m_store);
    const Suppressions suppressions(m_store);
    for (const qint64 id : all) {
        const std::optional<Lead> lead = repository.find(id);
        if (!lead)
            return tr("There is no lead %1 (it may have been erased or merged already).").arg(id);
        const auto hit = suppressions.check(lead->email, lead->phoneE164);
        if (hit && hit->isSamePerson())
            return tr("Lead %1 is a person erased on request; it is not merged.").arg(id);
    }
    return {};
}

QList<Lead> LeadMerge::loadAll(qint64 survivorId, const QList<qint64>& mergedIds) const
{
    if (const QString why = refusal(survivorId, mergedIds); !why.isEmpty())
        throw StoreError(why);
    const LeadRepository repository(m_store);
    QList<Lead> leads;
    for (const qint64 id : QList<qint64>{survivorId} + mergedIds)
        leads.append(*repository.find(id));
    return leads;
}

QList<MergeField> LeadMerge::differingFields(qint64 survivorId,
                                             const QList<qint64>& mergedIds) const
{
    return MergeFields::differing(m_store, loadAll(survivorId, mergedIds));
}

QMap<LeadField, qint64> LeadMerge::defaultChoices(qint64 survivorId,
                                                  const QList<qint64>& mergedIds) const
{
    const QList<Lead> leads = loadAll(survivorId, mergedIds);
    return MergeFields::defaultChoices(MergeFields::differing(m_store, leads), leads);
}

LeadMerge::Result LeadMerge::merge(const Request& request)
{
    WriteTransaction transaction(m_store);
    const QList<Lead> leads = loadAll(request.survivorId, request.mergedIds);
    const qint64 now = Clock::nowSecs();
    const qint64 repId = request.repName.isEmpty() ? 0 : Reps::idFor(m_store, request.repName);
    const QJsonObject snapshot =
        LeadSnapshot::capture(m_store, QList<qint64>{request.survivorId} + request.mergedIds);
    Result result;
    result.survivorId = request.survivorId;
    result.mergedIds = request.mergedIds;
    result.changedFields = applyChoices(leads, request, repId, now);
    keepContactFlags(leads, repId, now);
    result.rowsMoved = moveRows(request.survivorId, request.mergedIds);
    takeCountersAndClaim(request.survivorId, request.mergedIds);
    result.alternates = keepAlternates(leads, now);
    for (const qint64 id : request.mergedIds)
        Sql::exec(m_store.db(), QStringLiteral("DELETE FROM leads WHERE id = ?"), {id});
    LeadScores::rescoreInTransaction(m_store, request.survivorId,
                                     ScoringRulesRepository(m_store).activeInTransaction());
    const QJsonObject kept{{QStringLiteral("before"), snapshot},
                           {QStringLiteral("after"), fingerprint(request.survivorId)}};
    result.mergeId = Sql::insertId(
        m_store.db(),
        QStringLiteral("INSERT INTO lead_merges (lead_id, merged_ids, merged_at, rep_id, snapshot)"
                       " VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {request.survivorId, idsText(request.mergedIds), now, repBind(repId),
         QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact))});
    m_store.announceLeads();
    transaction.commit();
    spdlog::info("merge {}: {} lead(s) merged into lead {}, {} rows moved", result.mergeId,
                 result.mergedIds.size(), result.survivorId, result.rowsMoved);
    return result;
}

QList<LeadField> LeadMerge::applyChoices(const QList<Lead>& leads, const Request& request,
                                         qint64 repId, qint64 now) const
{
    const QList<MergeField> fields = MergeFields::differing(m_store, leads);
    QMap<LeadField, qint64> choices = MergeFields::defaultChoices(fields, leads);
    for (auto it = request.choices.cbegin(); it != request.choices.cend(); ++it) {
        const auto entry = std::find_if(fields.cbegin(), fields.cend(),
                                        [&](const MergeField& f) { return f.field == it.key(); });
        if (entry == fields.cend())
            continue; // the leads agree on it
        const qsizetype i = entry->indexOf(it.value());
        if (i < 0)
            throw StoreError(tr("Lead %1 is not part of this merge.").arg(it.value()));
        if (!entry->isBlank(i)) // a blank never wins
            choices.insert(it.key(), it.value());
    }
    const LeadEditor editor(m_store);
    const LeadValidator validator = LeadValidator::forStore(m_store);
    Lead survivor = leads.constFirst();
    QList<LeadField> changed;
    for (const MergeField& entry : fields) {
        const qint64 from = choices.value(entry.field, survivor.id);
        if (from == survivor.id)
            continue;
        Lead after = survivor;
        LeadFields::setText(after, entry.field, entry.values.at(entry.indexOf(from)));
        validator.normalise(after);
        const QString oldText = editor.currentText(survivor, entry.field);
        const QString newText = editor.currentText(after, entry.field);
        if (oldText == newText && survivor.phoneE164 == after.phoneE164)
            continue;
        LeadDetails::writeInTransaction(m_store, after, entry.field, oldText, newText, repId, now);
        survivor = after;
        changed.append(entry.field);
    }
    return changed;
}

void LeadMerge::keepContactFlags(const QList<Lead>& leads, qint64 repId, qint64 now) const
{
    const Lead& survivor = leads.constFirst();
    bool noCall = survivor.doNotCall;
    bool noEmail = survivor.doNotEmail;
    for (const Lead& lead : leads) {
        noCall = noCall || lead.doNotCall;
        noEmail = noEmail || lead.doNotEmail;
    }
    LeadContactability contactability(m_store);
    if (noCall != survivor.doNotCall)
        contactability.setInTransaction(survivor.id, ContactFlag::DoNotCall, true, repId, now);
    if (noEmail != survivor.doNotEmail)
        contactability.setInTransaction(survivor.id, ContactFlag::DoNotEmail, true, repId, now);
}

qint64 LeadMerge::moveRows(qint64 survivorId, const QList<qint64>& mergedIds) const
{
    const QSqlDatabase db = m_store.db();
    qint64 moved = 0;
    for (const QString& table : LeadTables::referencing(m_store)) {
        const QString name = LeadTables::quoted(m_store, table);
        if (table == QLatin1String("call_undo")) {
            // Undoing a call of one lead must not put its counters onto the merged lead.
            for (const qint64 id : QList<qint64>{survivorId} + mergedIds)
                Sql::exec(db, QStringLiteral("DELETE FROM call_undo WHERE lead_id = ?"), {id});
            continue;
        }
        if (table == QLatin1String("qualification") ||
            table == QLatin1String("qualification_drafts")) {
            // One per lead: the survivor's stays, else the most recent of the others moves.
            const QString time = table == QLatin1String("qualification")
                                     ? QStringLiteral("updated_at")
                                     : QStringLiteral("saved_at");
            if (Sql::scalar(db,
                            QStringLiteral("SELECT count(*) FROM %1 WHERE lead_id = ?").arg(name),
                            {survivorId})
                    .toLongLong() > 0)
                continue;
            qint64 newest = 0;
            qint64 newestAt = -1;
            for (const qint64 id : mergedIds) {
                const QVariant at = Sql::scalar(
                    db, QStringLiteral("SELECT %1 FROM %2 WHERE lead_id = ?").arg(time, name),
                    {id});
                if (at.isValid() && at.toLongLong() > newestAt) {
                    newest = id;
                    newestAt = at.toLongLong();
                }
            }
            if (newest > 0)
                moved +=
                    Sql::exec(
                        db, QStringLiteral("UPDATE %1 SET lead_id = ? WHERE lead_id = ?").arg(name),
                        {survivorId, newest})
                        .numRowsAffected();
            continue;
        }
        // A batch that holds both leads keeps the survivor's row.
        const QString except = table == QLatin1String("handoff_items")
                                   ? QStringLiteral(" AND batch_id NOT IN (SELECT batch_id FROM"
                                                    " handoff_items WHERE lead_id = ?)")
                                   : QString();
        for (const qint64 id : mergedIds) {
            QVariantList binds{survivorId, id};
            if (!except.isEmpty())
                binds.append(survivorId);
            moved += Sql::exec(db,
                               QStringLiteral("UPDATE %1 SET lead_id = ? WHERE lead_id = ?%2")
                                   .arg(name, except),
                               binds)
                         .numRowsAffected();
        }
    }
    return moved;
}

void LeadMerge::takeCountersAndClaim(qint64 survivorId, const QList<qint64>& mergedIds) const
{
    qint64 attempts = 0;
    qint64 calls = 0;
    QVariant lastCallAt = nullOf<qint64>();
    QVariant lastOutcome = nullOf<QString>();
    QVariant nextAt = nullOf<qint64>();
    QVariant nextKind = nullOf<QString>();
    bool survivorHasNext = false;
    QVariantList claim{nullOf<QString>(), nullOf<QString>(), nullOf<qint64>()};
    bool claimed = false;
    for (const qint64 id : QList<qint64>{survivorId} + mergedIds) {
        QSqlQuery row =
            Sql::exec(m_store.db(),
                      QStringLiteral(
                          "SELECT attempts, call_count, last_call_at, last_outcome, next_action_at,"
                          " next_action_kind, claimed_by, claim_token, claim_expires_at"
                          " FROM leads WHERE id = ?"),
                      {id});
        if (!row.next())
            continue;
        attempts += row.value(0).toLongLong();
        calls += row.value(1).toLongLong();
        if (!row.value(2).isNull() &&
            (lastCallAt.isNull() || row.value(2).toLongLong() > lastCallAt.toLongLong())) {
            lastCallAt = row.value(2);
            lastOutcome = row.value(3);
        }
        // The survivor's own next action stands; without one, the earliest of the others'.
        if (!row.value(4).isNull() && !survivorHasNext &&
            (nextAt.isNull() || row.value(4).toLongLong() < nextAt.toLongLong())) {
            nextAt = row.value(4);
            nextKind = row.value(5);
            survivorHasNext = id == survivorId;
        }
        if (!claimed && !row.value(7).isNull()) {
            claim = {row.value(6), row.value(7), row.value(8)};
            claimed = true;
        }
    }
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE leads SET attempts = ?, call_count = ?, last_call_at = ?,"
                             " last_outcome = ?, next_action_at = ?, next_action_kind = ?,"
                             " claimed_by = ?, claim_token = ?, claim_expires_at = ? WHERE id = ?"),
              QVariantList{attempts, calls, lastCallAt, lastOutcome, nextAt, nextKind} + claim +
                  QVariantList{survivorId});
}

QStringList LeadMerge::keepAlternates(const QList<Lead>& leads, qint64 now) const
{
    const qint64 survivorId = leads.constFirst().id;
    QSet<QString> known; // "kind:normalised"
    QSqlQuery current =
        Sql::exec(m_store.db(),
                  QStringLiteral("SELECT email_norm, phone, phone_e164 FROM leads WHERE id = ?"),
                  {survivorId});
    if (current.next()) {
        known.insert(QStringLiteral("email:") + current.value(0).toString());
        known.insert(QStringLiteral("phone:") +
                     phoneKey(current.value(1).toString(), current.value(2).toString()));
    }
    for (const auto& [kind, value] : alternates(survivorId))
        known.insert(kind + QLatin1Char(':') +
                     (kind == QLatin1String("email") ? LeadRepository::normaliseEmail(value)
                                                     : phoneKey(value, {})));
    QStringList added;
    const auto keep = [&](const QString& kind, const QString& value, const QString& norm) {
        if (value.trimmed().isEmpty() || norm.isEmpty() ||
            known.contains(kind + QLatin1Char(':') + norm))
            return;
        known.insert(kind + QLatin1Char(':') + norm);
        Sql::exec(m_store.db(),
                  QStringLiteral("INSERT INTO lead_alternates (lead_id, kind, value, value_norm,"
                                 " added_at) VALUES (?, ?, ?, ?, ?)"),
                  {survivorId, kind, value.trimmed(), norm, now});
        added.append(value.trimmed());
    };
    for (const Lead& lead : leads) {
        keep(QStringLiteral("email"), lead.email, LeadRepository::normaliseEmail(lead.email));
        keep(QStringLiteral("phone"), lead.phone, phoneKey(lead.phone, lead.phoneE164));
    }
    return added;
}

QList<QPair<QString, QString>> LeadMerge::alternates(qint64 leadId) const
{
    QSqlQuery query = Sql::exec(
        m_store.db(),
        QStringLiteral("SELECT kind, value FROM lead_alternates WHERE lead_id = ? ORDER BY id"),
        {leadId});
    QList<QPair<QString, QString>> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

QJsonObject LeadMerge::fingerprint(qint64 survivorId) const
{
    QJsonObject rows;
    for (const QString& table : LeadTables::referencing(m_store))
        if (table != mergesTable)
            rows.insert(table,
                        Sql::scalar(m_store.db(),
                                    QStringLiteral("SELECT count(*) FROM %1 WHERE lead_id = ?")
                                        .arg(LeadTables::quoted(m_store, table)),
                                    {survivorId})
                            .toLongLong());
    const QVariant updatedAt = Sql::scalar(
        m_store.db(), QStringLiteral("SELECT updated_at FROM leads WHERE id = ?"), {survivorId});
    return {{QStringLiteral("survivor"), survivorId},
            {QStringLiteral("exists"), updatedAt.isValid()},
            {QStringLiteral("updated_at"), updatedAt.toLongLong()},
            {QStringLiteral("rows"), rows}};
}

std::optional<MergeRecord> LeadMerge::record(qint64 mergeId, QJsonObject* snapshot,
                                             QJsonObject* fingerprint) const
{
    QSqlQuery query = Sql::exec(m_store.db(),
                                QStringLiteral("SELECT lead_id, merged_ids, merged_at, snapshot"
                                               " FROM lead_merges WHERE id = ?"),
                                {mergeId});
    if (!query.next())
        return std::nullopt;
    const QJsonObject kept = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    if (snapshot)
        *snapshot = kept.value(QStringLiteral("before")).toObject();
    if (fingerprint)
        *fingerprint = kept.value(QStringLiteral("after")).toObject();
    return MergeRecord{mergeId, query.value(0).toLongLong(), idsFrom(query.value(1).toString()),
                       query.value(2).toLongLong()};
}

QString LeadMerge::undoRefusal(qint64 mergeId) const
{
    QJsonObject kept;
    const std::optional<MergeRecord> merge = record(mergeId, nullptr, &kept);
    if (!merge)
        return tr("There is no merge %1 to undo (it may have been undone already).").arg(mergeId);
    const qint64 survivor = kept.value(QStringLiteral("survivor")).toInteger();
    if (survivor != merge->survivorId)
        return tr("Lead %1 of merge %2 was merged into lead %3 since; undo that merge first.")
            .arg(survivor)
            .arg(mergeId)
            .arg(merge->survivorId);
    for (const qint64 id : merge->mergedIds)
        if (Sql::scalar(m_store.db(), QStringLiteral("SELECT 1 FROM leads WHERE id = ?"), {id})
                .isValid())
            return tr("Merge %1 can no longer be undone: a new lead has taken number %2 since.")
                .arg(mergeId)
                .arg(id);
    if (fingerprint(survivor) != kept)
        return tr("Lead %1 has been worked on since merge %2 (details, calls or history changed); "
                  "the merge can no longer be undone.")
            .arg(survivor)
            .arg(mergeId);
    return {};
}

MergeRecord LeadMerge::undo(qint64 mergeId)
{
    WriteTransaction transaction(m_store);
    if (const QString why = undoRefusal(mergeId); !why.isEmpty())
        throw StoreError(why);
    QJsonObject snapshot;
    const MergeRecord merge = *record(mergeId, &snapshot, nullptr);
    // Removing the survivor removes every row that refers to it, this merge's record with them;
    // the snapshot then puts back every lead and row as it was before the merge.
    Sql::exec(m_store.db(), QStringLiteral("DELETE FROM leads WHERE id = ?"), {merge.survivorId});
    LeadSnapshot::restoreInTransaction(m_store, snapshot);
    m_store.announceLeads();
    transaction.commit();
    spdlog::info("merge {} undone: {} lead(s) restored", mergeId,
                 LeadSnapshot::leadIds(snapshot).size());
    return merge;
}

std::optional<MergeRecord> LeadMerge::latestUndoable() const
{
    const QVariant latest =
        Sql::scalar(m_store.db(), QStringLiteral("SELECT max(id) FROM lead_merges"));
    if (latest.isNull() || !latest.isValid() || !undoRefusal(latest.toLongLong()).isEmpty())
        return std::nullopt;
    return record(latest.toLongLong(), nullptr, nullptr);
}
