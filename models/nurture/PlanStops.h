#pragma once

#include "nurture/NurtureTerms.h"

#include <QCoreApplication>
#include <QDate>

class Store;

/// Stopping and pausing plans. A stopped plan's pending steps are cancelled: none falls due
/// after. Opt-outs (do not e-mail, do not call) and a wrong number stop a plan by themselves
/// whichever use case records them (a trigger of store version 9); a reply asking for contact or
/// a booked meeting stops it through StepCompletion; an erasure removes the plan with the lead.
class PlanStops
{
    Q_DECLARE_TR_FUNCTIONS(PlanStops)

public:
    explicit PlanStops(const Store& store);

    /// Stops a running plan. Throws StoreError when it is not running.
    void stop(qint64 planId, StopReason reason, const QString& repName) const;
    /// Stops the lead's running plan, if any, inside the caller's transaction; true if one ran.
    bool stopActiveInTransaction(qint64 leadId, StopReason reason, const QString& repName) const;

    /// Pauses a running plan for an absence from `from` to `to` (both days included, in the
    /// lead's time zone): every pending step due on or after `from` moves by the pause length
    /// (onto a working day). Throws StoreError for a plan not running or to < from.
    void pause(qint64 planId, QDate from, QDate to) const;
    /// Pauses every running plan of the rep; gives back how many.
    int pauseRep(const QString& repName, QDate from, QDate to) const;

private:
    void pauseInTransaction(qint64 planId, QDate from, QDate to) const;
    const Store& m_store;
};
