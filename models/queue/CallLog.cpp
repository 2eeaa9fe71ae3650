#include "queue/CallLog.h"

#include "domain/LeadRepository.h"
#include "domain/TeamSettings.h"
#include "leads/LeadContactability.h"
#include "queue/ClaimService.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <spdlog/spdlog.h>

namespace {

QVariant nullableInt(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

struct NextAction
{
    std::optional<qint64> at;
    QString kind;
};

NextAction nextActionFor(const CallDraft& draft, const TeamSettings& settings, qint64 now)
{
    switch (draft.outcome) {
    case CallOutcome::CallbackRequested:
        return {draft.callbackAt, QStringLiteral("callback")};
    case CallOutcome::DoNotCall:
        return {std::nullopt, QStringLiteral("do_not_call")};
    case CallOutcome::WrongNumber:
        return {std::nullopt, QStringLiteral("wrong_number")};
    default:
        return {now + qint64(settings.retryMinutes(draft.outcome)) * 60, QStringLiteral("retry")};
    }
}

// The contact flag an outcome marks on the lead (LeadContactability writes it).
std::optional<ContactFlag> flagMarkedBy(CallOutcome outcome)
{
    if (outcome == CallOutcome::DoNotCall)
        return ContactFlag::DoNotCall;
    if (outcome == CallOutcome::WrongNumber)
        return ContactFlag::WrongNumber;
    return std::nullopt;
}

} // namespace

CallLog::CallLog(const Store& store)
    : m_store(store)
{}

bool CallLog::isUnreached(CallOutcome outcome)
{
    return outcome == CallOutcome::NoAnswer || outcome == CallOutcome::Voicemail ||
           outcome == CallOutcome::Busy || outcome == CallOutcome::Gatekeeper;
}

QString CallLog::validate(const CallDraft& draft) const
{
    if (draft.durationSecs < 0 || draft.durationSecs > 24 * 3600)
        return tr("The call's duration must be between 0 seconds and 24 hours.");
    if (draft.outcome == CallOutcome::CallbackRequested) {
        if (!draft.callbackAt)
            return tr("A requested callback needs a date and time.");
        if (*draft.callbackAt <= Clock::nowSecs())
            return tr("The callback time has already passed; choose a time in the future.");
    }
    return {};
}

void CallLog::saveUndo(qint64 callId, qint64 leadId, qint64 now)
{
    Sql::exec(m_store.db(),
              QStringLiteral(
                  "INSERT INTO call_undo (call_id, lead_id, prev_stage, prev_stage_changed_at,"
                  " prev_attempts, prev_call_count, prev_last_call_at, prev_last_outcome,"
                  " prev_next_action_at, prev_next_action_kind, prev_do_not_call,"
                  " prev_wrong_number, saved_at) SELECT ?, id, stage, stage_changed_at, attempts,"
                  " call_count, last_call_at, last_outcome, next_action_at, next_action_kind,"
                  " do_not_call, wrong_number, ? FROM leads WHERE id = ?"),
              {callId, now, leadId});
}

LoggedCall CallLog::log(qint64 leadId, const CallDraft& draft, const QString& repName)
{
    WriteTransaction transaction(m_store); // rolled back by any refusal below
    LeadRepository leads(m_store);
    const std::optional<Lead> lead = leads.find(leadId);
    if (!lead)
        throw StoreError(tr("Lead %1 no longer exists; the call was not logged.").arg(leadId));
    if (lead->doNotCall)
        throw StoreError(tr("%1 (lead %2) must not be called (do not call); the call was not "
                            "logged.")
                             .arg(lead->displayName())
                             .arg(leadId));
    if (lead->wrongNumber)
        throw StoreError(tr("The phone number of %1 (lead %2) is marked as wrong; the call was "
                            "not logged.")
                             .arg(lead->displayName())
                             .arg(leadId));
    const QString problem = validate(draft);
    if (!problem.isEmpty())
        throw StoreError(problem);
    const TeamSettings settings(m_store);
    const qint64 now = Clock::nowSecs();
    const qint64 repId = Reps::idFor(m_store, repName);
    const qint64 startedAt = draft.startedAt > 0 ? draft.startedAt : now - draft.durationSecs;

    LoggedCall result;
    result.callId = Sql::insertId(
        m_store.db(),
        QStringLiteral("INSERT INTO calls (lead_id, rep_id, started_at, duration_s, outcome, note,"
                       " callback_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {leadId, repId, startedAt, draft.durationSecs, keyOf(draft.outcome),
         Sql::nullIfEmpty(draft.note.trimmed()), nullableInt(draft.callbackAt)});
    saveUndo(result.callId, leadId, now);

    const NextAction next = nextActionFor(draft, settings, now);
    const bool unreached = isUnreached(draft.outcome);
    const bool reached = !unreached && draft.outcome != CallOutcome::WrongNumber;
    result.attempts = unreached ? lead->attempts + 1 : (reached ? 0 : lead->attempts);
    result.maxAttemptsReached = unreached && result.attempts >= settings.maxAttempts();
    result.nextActionAt = next.at;
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE leads SET attempts = ?, call_count = call_count + 1,"
                             " last_call_at = ?, last_outcome = ?, next_action_at = ?,"
                             " next_action_kind = ?, updated_at = ? WHERE id = ?"),
              {result.attempts, startedAt, keyOf(draft.outcome), nullableInt(next.at), next.kind,
               now, leadId});
    if (const std::optional<ContactFlag> flag = flagMarkedBy(draft.outcome))
        LeadContactability(m_store).setInTransaction(leadId, *flag, true, repId, now);

    if (lead->stage == Stage::New) {
        leads.changeStageInTransaction(leadId, Stage::Working, repId, QStringLiteral("first_call"),
                                       QString());
        const QVariant historyId = Sql::scalar(
            m_store.db(), QStringLiteral("SELECT max(id) FROM stage_history WHERE lead_id = ?"),
            {leadId});
        Sql::exec(m_store.db(),
                  QStringLiteral("UPDATE call_undo SET stage_history_id = ? WHERE call_id = ?"),
                  {historyId, result.callId});
        result.movedToWorking = true;
    }
    // Any stage change after this mark makes the call no longer the lead's latest change.
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE call_undo SET history_mark = (SELECT coalesce(max(id), 0)"
                             " FROM stage_history WHERE lead_id = ?) WHERE call_id = ?"),
              {leadId, result.callId});
    m_store.announceLead(leadId);
    transaction.commit();
    spdlog::info("call {} logged for lead {} ({})", result.callId, leadId,
                 keyOf(draft.outcome).toStdString());
    return result;
}

void CallLog::undo(qint64 callId)
{
    WriteTransaction transaction(m_store);
    QSqlQuery undo =
        Sql::exec(m_store.db(),
                  QStringLiteral(
                      "SELECT u.lead_id, u.stage_history_id, u.prev_stage, u.prev_stage_changed_at,"
                      " u.prev_attempts, u.prev_call_count, u.prev_last_call_at,"
                      " u.prev_last_outcome, u.prev_next_action_at, u.prev_next_action_kind,"
                      " u.prev_do_not_call, u.prev_wrong_number, u.history_mark, u.saved_at,"
                      " c.outcome FROM call_undo u JOIN calls c ON c.id = u.call_id"
                      " WHERE u.call_id = ?"),
                  {callId});
    if (!undo.next())
        throw StoreError(tr("This call can no longer be undone."));
    const qint64 leadId = undo.value(0).toLongLong();
    const QVariant historyId = undo.value(1);
    const qint64 newerCalls =
        Sql::scalar(m_store.db(),
                    QStringLiteral("SELECT count(*) FROM calls WHERE lead_id = ? AND id > ?"),
                    {leadId, callId})
            .toLongLong();
    const qint64 laterStageChanges =
        Sql::scalar(m_store.db(),
                    QStringLiteral("SELECT count(*) FROM stage_history WHERE lead_id = ?"
                                   " AND id > ?"),
                    {leadId, undo.value(12)})
            .toLongLong();
    if (newerCalls > 0 || laterStageChanges > 0)
        throw StoreError(tr("The call cannot be undone: the lead has changed since (a later call "
                            "or a stage change). Undo that first."));
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE leads SET attempts = ?, call_count = ?, last_call_at = ?,"
                             " last_outcome = ?, next_action_at = ?, next_action_kind = ?,"
                             " updated_at = ? WHERE id = ?"),
              {undo.value(4), undo.value(5), undo.value(6), undo.value(7), undo.value(8),
               undo.value(9), Clock::nowSecs(), leadId});
    LeadRepository(m_store).revertStageInTransaction(leadId, undo.value(2).toString(),
                                                     undo.value(3), historyId);
    restoreFlags(leadId, undo);
    Sql::exec(m_store.db(), QStringLiteral("DELETE FROM calls WHERE id = ?"), {callId});
    m_store.announceLead(leadId);
    transaction.commit();
    spdlog::info("call {} on lead {} undone", callId, leadId);
}

void CallLog::restoreFlags(qint64 leadId, const QSqlQuery& undo) const
{
    // The flag the call marked goes back with its history entry; the other is put back as it was.
    const LeadContactability flags(m_store);
    const std::optional<ContactFlag> marked =
        flagMarkedBy(fromKeyOr(undo.value(14).toString(), CallOutcome::NoAnswer));
    const qint64 savedAt = undo.value(13).toLongLong();
    for (const auto& [flag, wasOn] :
         {std::pair{ContactFlag::DoNotCall, undo.value(10).toInt() != 0},
          std::pair{ContactFlag::WrongNumber, undo.value(11).toInt() != 0}})
        flags.restoreInTransaction(leadId, flag, wasOn,
                                   marked == flag ? std::optional<qint64>(savedAt) : std::nullopt);
}

QList<CallEntry> CallLog::calls(qint64 leadId) const
{
    QSqlQuery query = Sql::exec(
        m_store.db(),
        QStringLiteral("SELECT c.id, r.name, c.started_at, c.duration_s, c.outcome, c.note,"
                       " c.callback_at FROM calls c LEFT JOIN reps r ON r.id = c.rep_id"
                       " WHERE c.lead_id = ? ORDER BY c.started_at DESC, c.id DESC"),
        {leadId});
    QList<CallEntry> calls;
    while (query.next()) {
        CallEntry call;
        call.id = query.value(0).toLongLong();
        call.leadId = leadId;
        call.repName = query.value(1).toString();
        call.startedAt = query.value(2).toLongLong();
        call.durationSecs = query.value(3).toInt();
        call.outcome = fromKeyOr(query.value(4).toString(), CallOutcome::NoAnswer);
        call.note = query.value(5).toString();
        if (!query.value(6).isNull())
            call.callbackAt = query.value(6).toLongLong();
        calls.append(call);
    }
    return calls;
}

void CallLog::moveToNurture(qint64 leadId, const QString& repName)
{
    const int days = TeamSettings(m_store).nurtureReturnDays();
    moveToNurture(leadId, Clock::nowSecs() + qint64(days) * 86400, repName);
}

void CallLog::moveToNurture(qint64 leadId, qint64 returnAt, const QString& repName)
{
    WriteTransaction transaction(m_store);
    LeadRepository leads(m_store);
    leads.changeStageInTransaction(leadId, Stage::Nurture, Reps::idFor(m_store, repName),
                                   QStringLiteral("max_attempts"), QString());
    leads.setNurtureUntilInTransaction(leadId, returnAt);
    leaveQueueInTransaction(leadId, true);
    m_store.announceLead(leadId);
    transaction.commit();
}

void CallLog::disqualifyUnreachable(qint64 leadId, const QString& repName)
{
    WriteTransaction transaction(m_store);
    LeadRepository(m_store).changeStageInTransaction(
        leadId, Stage::Disqualified, Reps::idFor(m_store, repName),
        keyOf(DisqualifyReason::Unreachable), QString());
    leaveQueueInTransaction(leadId, false);
    m_store.announceLead(leadId);
    transaction.commit();
}

void CallLog::leaveQueueInTransaction(qint64 leadId, bool resetAttempts)
{
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE leads SET attempts = CASE WHEN ? = 1 THEN 0 ELSE attempts END,"
                             " next_action_at = NULL, next_action_kind = NULL WHERE id = ?"),
              {resetAttempts ? 1 : 0, leadId});
    ClaimService::endInTransaction(m_store, leadId);
}
