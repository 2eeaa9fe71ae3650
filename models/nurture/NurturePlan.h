#pragma once

#include "nurture/NurtureTypes.h"

#include <QDate>

/// One step of a lead's plan.
struct PlanStep
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 leadId = 0;
    int position = 0;
    qint64 contentId = 0; ///< 0: only a kind
    QString contentTitle;
    QString contentLink;
    ContentKind kind = ContentKind::Overview;
    NurtureChannel channel = NurtureChannel::Email;
    StepPurpose purpose = StepPurpose::RaiseInterest;
    qint64 dueAt = 0;
    StepStatus status = StepStatus::Pending;
    std::optional<qint64> doneAt;
    std::optional<StepResponse> response;
    QString note;

    /// What to ask on a call step (from its purpose).
    QString question() const { return NurtureTerms::questionFor(purpose); }
};

/// A lead's nurture plan: the track version it follows, its state and its steps.
struct NurturePlan
{
    qint64 id = 0;
    qint64 leadId = 0;
    qint64 trackId = 0;
    QString trackKey;
    QString trackName;
    int trackVersion = 0;
    BuyingPhase phase = BuyingPhase::Unknown;
    BuyingRole role = BuyingRole::Unknown;
    QString proposal; ///< why the track was proposed
    qint64 startedAt = 0;
    PlanStatus status = PlanStatus::Active;
    std::optional<qint64> pausedFrom, pausedUntil;
    std::optional<qint64> endedAt;
    QString endingNote; ///< a stop reason key, or the rep's note on an ending
    QString repName;
    QString country, region, timeZone;
    QList<PlanStep> steps;

    bool running() const { return status == PlanStatus::Active; }
    bool pausedAt(qint64 now) const
    {
        return running() && pausedFrom && pausedUntil && *pausedFrom <= now && now < *pausedUntil;
    }
};

/// What a rep changes on a pending step of a lead's plan.
struct StepEdit
{
    qint64 contentId = 0;
    ContentKind kind = ContentKind::Overview;
    NurtureChannel channel = NurtureChannel::Email;
    StepPurpose purpose = StepPurpose::RaiseInterest;
    QDate dueDay; ///< the lead's local day; moved to the next working day
    /// The rep's note on the step (what to mention, what the lead said); none keeps it.
    std::optional<QString> note;

    /// The edit that keeps everything of a step as it is (change what you mean to change).
    static StepEdit of(const PlanStep& step)
    {
        return {step.contentId, step.kind, step.channel, step.purpose, {}, step.note};
    }
};
