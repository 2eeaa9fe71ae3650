#pragma once

#include <QList>
#include <QString>
#include <optional>

// The words of nurture plans: what a step is for, how the lead responded, why a plan stopped and
// how it ended. Each value has a stable key (stored, used on the command line) and a label.

enum class StepPurpose
{
    RaiseInterest,
    FillBudget,
    FillAuthority,
    FillNeed,
    FillTiming,
    RecheckPhase
};

enum class StepResponse
{
    Opened,
    Clicked,
    Downloaded,
    Replied,
    Attended,
    NoReaction
};

/// Why a plan stopped by itself (or was stopped); no step falls due after a stop.
enum class StopReason
{
    ContactRequested, ///< a reply that asks for contact
    MeetingBooked,
    OptOutEmail, ///< do not e-mail
    OptOutCall,  ///< do not call
    WrongNumber, ///< for call steps
    Erasure,
    ByRep
};

/// How a plan ended; a stopped plan ends as Stopped.
enum class PlanEnding
{
    Requalified,
    Disqualified,
    Completed, ///< every step done, no result
    Stopped
};

/// A plan's state: running (possibly paused) or ended one way.
enum class PlanStatus
{
    Active,
    Stopped,
    Requalified,
    Disqualified,
    Completed
};

namespace NurtureTerms {

template <typename E> QString key(E value);
template <typename E> QString label(E value);
template <typename E> std::optional<E> fromKey(const QString& key);
template <typename E> QList<E> all();

#define LEADSCOUT_NURTURE_TERMS(E)                                                                 \
    template <> QString key<E>(E);                                                                 \
    template <> QString label<E>(E);                                                               \
    template <> std::optional<E> fromKey<E>(const QString&);                                       \
    template <> QList<E> all<E>();

LEADSCOUT_NURTURE_TERMS(StepPurpose)
LEADSCOUT_NURTURE_TERMS(StepResponse)
LEADSCOUT_NURTURE_TERMS(StopReason)
LEADSCOUT_NURTURE_TERMS(PlanEnding)
LEADSCOUT_NURTURE_TERMS(PlanStatus)
#undef LEADSCOUT_NURTURE_TERMS

/// The question a step of this purpose asks (a call step shows it in the queue).
QString questionFor(StepPurpose purpose);

} // namespace NurtureTerms
