#pragma once

#include "decisions/StageDecisions.h"
#include "nurture/NurtureTerms.h"

#include <QCoreApplication>

class Store;

/// How a plan ends: re-qualified (to MQL or SQL through the normal decision guards),
/// disqualified, or completed without result. Each ending is recorded on the plan (status,
/// time, note) and shows in the lead's timeline.
class PlanEndings
{
    Q_DECLARE_TR_FUNCTIONS(PlanEndings)

public:
    explicit PlanEndings(const Store& store);

    /// Re-qualifies the lead of a running plan: `decision` is SalesReady or MarketingQualified
    /// (StageDecisions::apply with its guards: throws DecisionRefused with the reasons).
    void requalify(qint64 planId, Decision decision, const QString& overrideReason,
                   const QString& repName) const;
    /// Disqualifies the lead of a running plan (StageDecisions::apply).
    void disqualify(qint64 planId, DisqualifyReason reason, const QString& note,
                    const QString& repName) const;
    /// Ends a running plan without result; the lead comes back into the queue for a decision.
    void complete(qint64 planId, const QString& note, const QString& repName) const;

    /// Called by StageDecisions::apply inside its transaction: a Nurture decision with a track
    /// starts the plan; a move to MQL or SQL ends the running plan as re-qualified, a
    /// disqualification as disqualified, a reopening stops it.
    static void afterDecisionInTransaction(const Store& store, qint64 leadId,
                                           const DecisionRequest& request,
                                           const NurturePlanStart* plan, const QString& repName);

private:
    qint64 leadOfRunning(qint64 planId) const;
    static void endInTransaction(const Store& store, qint64 leadId, PlanStatus status,
                                 const QString& note);
    const Store& m_store;
};
