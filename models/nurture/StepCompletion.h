#pragma once

#include "domain/Vocabulary.h"
#include "nurture/NurtureTerms.h"

#include <QCoreApplication>
#include <optional>

class Store;

/// What the rep records for a step.
struct StepOutcome
{
    bool skipped = false;
    /// The lead's response; none yet for a step only marked sent.
    std::optional<StepResponse> response;
    QString note;
    /// A reply asking for contact or a booked meeting stops the plan and brings the lead back
    /// into the queue.
    std::optional<StopReason> stop;
};

/// What recording a step changed.
struct StepResult
{
    qint64 leadId = 0;
    qint64 interestEventId = 0; ///< 0 when the response added none (no reaction, skipped)
    int interestBefore = 0, interestAfter = 0;
    int totalBefore = 0, totalAfter = 0;
    QString gradeBefore, gradeAfter;
    bool crossedThreshold = false; ///< interest reached the team's high-interest threshold
    bool planStopped = false;
};

/// Marks a step done or skipped with the lead's response. A response is one entry in the
/// append-only interest log (with the step and the piece), the lead is re-scored under the active
/// rules, and a lead in nurture whose interest crosses the threshold comes back into the queue.
/// Announces the lead.
class StepCompletion
{
    Q_DECLARE_TR_FUNCTIONS(StepCompletion)

public:
    explicit StepCompletion(const Store& store);

    /// Throws StoreError with a message for a person when the step does not exist, its plan has
    /// ended, or it was recorded already (a done step without response takes one response).
    StepResult record(qint64 stepId, const StepOutcome& outcome, const QString& repName) const;
    /// An e-mail step the rep sent from the mail program: done, the response comes later.
    StepResult markSent(qint64 stepId, const QString& repName) const;

    /// The interest-log kind a response adds (none for no reaction).
    static std::optional<InterestKind> interestKindOf(StepResponse response);

private:
    const Store& m_store;
};
