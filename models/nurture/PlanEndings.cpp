#include "nurture/PlanEndings.h"

#include "nurture/NurturePlans.h"
#include "nurture/NurtureReturns.h"
#include "nurture/PlanStops.h"
#include "store/Store.h"
#include "support/Clock.h"

PlanEndings::PlanEndings(const Store& store)
    : m_store(store)
{}

qint64 PlanEndings::leadOfRunning(qint64 planId) const
{
    QSqlQuery q = Sql::exec(m_store.db(),
                            QStringLiteral("SELECT lead_id, status FROM nurture_plans WHERE id = ?"),
                            {planId});
    if (!q.next() || q.value(1).toString() != QLatin1String("active"))
        throw StoreError(tr("The nurture plan %1 is not running.").arg(planId));
    return q.value(0).toLongLong();
}

void PlanEndings::endInTransaction(const Store& store, qint64 leadId, PlanStatus status,
                                   const QString& note)
{
    const QVariant planId = Sql::scalar(
        store.db(),
        QStringLiteral("SELECT id FROM nurture_plans WHERE lead_id = ? AND status = 'active'"),
        {leadId});
    if (!planId.isValid())
        return;
    Sql::exec(store.db(),
              QStringLiteral("UPDATE nurture_steps SET status = 'cancelled' WHERE plan_id = ? AND"
                             " status = 'pending'"),
              {planId});
    Sql::exec(store.db(),
              QStringLiteral("UPDATE nurture_plans SET status = ?, ending = ?, ended_at = ?,"
                             " ending_note = ? WHERE id = ?"),
              {NurtureTerms::key(status), NurtureTerms::key(status), Clock::nowSecs(),
               Sql::nullIfEmpty(note.trimmed()), planId});
    store.announceLead(leadId);
}

void PlanEndings::afterDecisionInTransaction(const Store& store, qint64 leadId,
                                             const DecisionRequest& request,
                                             const NurturePlanStart* plan, const QString& repName)
{
    Sql::exec(store.db(), QStringLiteral("UPDATE leads SET nurture_return = NULL WHERE id = ?"),
              {leadId});
    const QString note = request.note.trimmed().isEmpty() ? request.overrideReason : request.note;
    switch (request.decision) {
    case Decision::Nurture:
        if (plan)
            NurturePlans(store).startInTransaction(leadId, plan->trackId, repName,
                                                   {plan->region, plan->proposal});
        break;
    case Decision::SalesReady:
    case Decision::MarketingQualified:
        endInTransaction(store, leadId, PlanStatus::Requalified, note);
        break;
    case Decision::Disqualify:
        endInTransaction(store, leadId, PlanStatus::Disqualified, note);
        break;
    case Decision::Reopen:
        PlanStops(store).stopActiveInTransaction(leadId, StopReason::ByRep, repName);
        break;
    }
}

void PlanEndings::requalify(qint64 planId, Decision decision, const QString& overrideReason,
                            const QString& repName) const
{
    if (decision != Decision::SalesReady && decision != Decision::MarketingQualified)
        throw StoreError(tr("A plan is re-qualified to marketing-qualified or sales-ready."));
    DecisionRequest request;
    request.decision = decision;
    request.overrideReason = overrideReason;
    StageDecisions(m_store).apply(leadOfRunning(planId), request, repName);
}

void PlanEndings::disqualify(qint64 planId, DisqualifyReason reason, const QString& note,
                             const QString& repName) const
{
    DecisionRequest request;
    request.decision = Decision::Disqualify;
    request.disqualifyReason = reason;
    request.note = note;
    StageDecisions(m_store).apply(leadOfRunning(planId), request, repName);
}

void PlanEndings::complete(qint64 planId, const QString& note, const QString& repName) const
{
    Q_UNUSED(repName)
    WriteTransaction transaction(m_store);
    const qint64 leadId = leadOfRunning(planId);
    endInTransaction(m_store, leadId, PlanStatus::Completed, note);
    NurtureReturns::bringBackInTransaction(m_store, leadId, NurtureReturns::Reason::PlanCompleted);
    transaction.commit();
}
