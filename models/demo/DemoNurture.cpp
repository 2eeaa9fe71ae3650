#include "demo/DemoNurture.h"

#include "store/Store.h"

namespace DemoNurture {

namespace {

constexpr qint64 day = 86400;

void exec(const Store& store, const QString& sql, const QVariantList& binds = {})
{
    Sql::exec(store.db(), sql, binds);
}

void linkTracks(const Store& store)
{
    exec(store,
         QStringLiteral("UPDATE nurture_plans SET track = CASE buying_phase"
                        " WHEN 'awareness' THEN 'awareness-overview'"
                        " WHEN 'consideration' THEN 'consideration-studies'"
                        " WHEN 'investigation' THEN 'investigation-best-practice'"
                        " WHEN 'purchase' THEN CASE buying_role"
                        " WHEN 'technical_decider' THEN 'purchase-technical'"
                        " WHEN 'finance_controller' THEN 'purchase-controller'"
                        " WHEN 'executive' THEN 'purchase-executive' ELSE 'purchase-find-role' END"
                        " ELSE 'phase-check' END"));
    exec(store, QStringLiteral("UPDATE nurture_plans SET track_id = (SELECT t.id FROM"
                               " nurture_tracks t WHERE t.track_key = nurture_plans.track AND"
                               " t.is_current = 1)"));
}

qint64 mapResponses(const Store& store)
{
    // The demo recipe's responses are words; the store keeps the response kind, the words as
    // the note.
    exec(store, QStringLiteral(
                    "UPDATE nurture_steps SET note = response, purpose = CASE channel WHEN 'phone'"
                    " THEN 'recheck_phase' ELSE 'raise_interest' END, response = CASE"
                    " WHEN status <> 'done' THEN NULL"
                    " WHEN response IN ('Geöffnet', 'Opened') THEN 'opened'"
                    " WHEN response IN ('Heruntergeladen', 'Downloaded') THEN 'downloaded'"
                    " WHEN response IN ('Link geklickt', 'Clicked') THEN 'clicked'"
                    " WHEN response LIKE 'Antwort%' OR response LIKE 'Replied%' THEN 'replied'"
                    " ELSE 'no_reaction' END"));
    return Sql::exec(store.db(),
                     QStringLiteral(
                         "INSERT INTO interest_events (lead_id, kind, occurred_at, detail, step_id)"
                         " SELECT lead_id, CASE response WHEN 'opened' THEN 'email_open'"
                         " WHEN 'clicked' THEN 'email_click' WHEN 'downloaded' THEN 'download'"
                         " WHEN 'replied' THEN 'reply' ELSE 'event' END, done_at, content_kind, id"
                         " FROM nurture_steps WHERE status = 'done' AND response IS NOT NULL AND"
                         " response <> 'no_reaction' AND done_at IS NOT NULL"))
        .numRowsAffected();
}

void endPlans(const Store& store)
{
    // A plan whose lead left nurture ended with that move.
    exec(store,
         QStringLiteral("UPDATE nurture_plans SET status = CASE (SELECT l.stage FROM leads l WHERE"
                        " l.id = nurture_plans.lead_id) WHEN 'nurture' THEN 'active'"
                        " WHEN 'disqualified' THEN 'disqualified' WHEN 'working' THEN 'stopped'"
                        " WHEN 'new' THEN 'stopped' ELSE 'requalified' END"));
    exec(store,
         QStringLiteral("UPDATE nurture_plans SET ending = status, ended_at = (SELECT"
                        " l.stage_changed_at FROM leads l WHERE l.id = nurture_plans.lead_id),"
                        " ending_note = CASE status WHEN 'stopped' THEN 'by_rep' ELSE NULL END"
                        " WHERE status <> 'active'"));
}

void setStates(const Store& store, qint64 anchor)
{
    const QString active = QStringLiteral("status = 'active'");
    // Stopped by themselves, one reason after the other; completed without result; paused.
    exec(store,
         QStringLiteral("UPDATE nurture_plans SET status = 'stopped', ending = 'stopped',"
                        " ended_at = ?, ending_note = CASE id % 5 WHEN 0 THEN 'contact_requested'"
                        " WHEN 1 THEN 'meeting_booked' WHEN 2 THEN 'do_not_email' WHEN 3 THEN"
                        " 'do_not_call' ELSE 'wrong_number' END WHERE %1 AND id % 11 = 3")
             .arg(active),
         {anchor - 3 * day});
    exec(store,
         QStringLiteral("UPDATE nurture_plans SET status = 'completed', ending = 'completed',"
                        " ended_at = ? WHERE %1 AND id % 13 = 5")
             .arg(active),
         {anchor - 2 * day});
    exec(store,
         QStringLiteral("UPDATE nurture_plans SET paused_from = ?, paused_until = ? WHERE %1 AND"
                        " id % 7 = 2")
             .arg(active),
         {anchor - 2 * day, anchor + 12 * day});
    exec(store,
         QStringLiteral("UPDATE nurture_steps SET due_at = due_at + ? WHERE status ="
                        " 'pending' AND due_at >= ? AND plan_id IN (SELECT id FROM"
                        " nurture_plans WHERE status = 'active' AND id % 7 = 2)"),
         {14 * day, anchor - 2 * day});
    exec(store, QStringLiteral("UPDATE nurture_steps SET status = 'cancelled' WHERE status ="
                               " 'pending' AND plan_id IN (SELECT id FROM nurture_plans WHERE"
                               " status <> 'active')"));
    // Running plans with a step overdue and a step due today, so the Nurture page has work.
    const QString firstPending = QStringLiteral(
        "UPDATE nurture_steps SET due_at = ? WHERE id IN (SELECT min(s.id) FROM nurture_steps s"
        " JOIN nurture_plans p ON p.id = s.plan_id WHERE p.status = 'active' AND"
        " p.paused_from IS NULL AND s.status = 'pending' AND p.id % 5 = ? GROUP BY s.plan_id)");
    exec(store, firstPending, {anchor - 3 * day, 1});
    exec(store, firstPending, {anchor - 3600, 4});
}

} // namespace

qint64 finishInTransaction(const Store& store, qint64 anchor)
{
    linkTracks(store);
    const qint64 responses = mapResponses(store);
    endPlans(store);
    setStates(store, anchor);
    return responses;
}

} // namespace DemoNurture
