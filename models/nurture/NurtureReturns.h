#pragma once

#include <QString>

class Store;

/// Why a nurture lead is back in the call queue before its return date (leads.nurture_return);
/// a due call step brings it back without a mark (the queue sees the step).
namespace NurtureReturns {

enum class Reason
{
    InterestThreshold, ///< interest crossed the team's high-interest threshold
    PhaseChanged,      ///< the buying phase changed since the plan started
    ContactRequested,  ///< a reply asked for contact, or a meeting was booked
    PlanCompleted      ///< the plan ran out without a result: time to decide
};

QString key(Reason reason);

/// Makes a lead in stage nurture due now with the reason, inside the caller's transaction
/// (nothing for a lead in any other stage).
void bringBackInTransaction(const Store& store, qint64 leadId, Reason reason);

/// After the qualification of a lead was saved: a lead in nurture whose buying phase differs
/// from the one its running plan started with comes back into the queue. Inside the caller's
/// transaction; true when it came back.
bool checkPhaseInTransaction(const Store& store, qint64 leadId);

} // namespace NurtureReturns
