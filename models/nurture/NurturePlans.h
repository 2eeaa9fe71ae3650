#pragma once

#include "nurture/NurturePlan.h"

#include <QCoreApplication>

class Store;

/// Starting a lead's plan from a track and reading and editing it. Writers announce the lead
/// (Store::announceLead), so views refresh through StoreEvents::leadChanged.
class NurturePlans
{
    Q_DECLARE_TR_FUNCTIONS(NurturePlans)

public:
    struct StartOptions
    {
        QString region;   ///< German state for its holidays ("BY"…); empty when unknown
        QString proposal; ///< why the track was chosen (TrackProposal::text)
    };

    explicit NurturePlans(const Store& store);

    /// Starts a plan on the given track version for a lead in stage nurture (a running plan of
    /// the lead is stopped first: the rep changed the track). Gives back the plan id. Throws
    /// StoreError when the lead is gone or not in nurture, or the track does not exist.
    qint64 start(qint64 leadId, qint64 trackId, const QString& repName,
                 const StartOptions& options = {}) const;
    /// The same inside the caller's write transaction (the Nurture decision).
    qint64 startInTransaction(qint64 leadId, qint64 trackId, const QString& repName,
                              const StartOptions& options) const;

    std::optional<NurturePlan> plan(qint64 planId) const;
    /// The lead's running plan, if any.
    std::optional<NurturePlan> activePlanOf(qint64 leadId) const;
    /// Every plan of the lead, newest first.
    QList<NurturePlan> plansOf(qint64 leadId) const;
    std::optional<PlanStep> step(qint64 stepId) const;

    /// Changes a pending step of a running plan; adds one; removes one. Throw StoreError with a
    /// message for a person when the step is done already or the plan has ended.
    void editStep(qint64 stepId, const StepEdit& edit) const;
    qint64 addStep(qint64 planId, const StepEdit& edit) const;
    void removeStep(qint64 stepId) const;

    /// The lead's calendar and zone, as a plan of the lead uses them.
    static QString holidayCountry(const Store& store, qint64 leadId);

private:
    PlanStep requirePending(qint64 stepId) const;
    qint64 dueFor(qint64 planId, const QDate& day) const;
    const Store& m_store;
};
