#include "nurture/NurtureTerms.h"

#include <QCoreApplication>
#include <array>

namespace {

template <typename E> struct Term
{
    E value;
    const char* key;
    const char* label;
};

const std::array<Term<StepPurpose>, 6> purposes{{
    {StepPurpose::RaiseInterest, "raise_interest", QT_TRANSLATE_NOOP("Nurture", "Raise interest")},
    {StepPurpose::FillBudget, "fill_budget", QT_TRANSLATE_NOOP("Nurture", "Find out the budget")},
    {StepPurpose::FillAuthority, "fill_authority",
     QT_TRANSLATE_NOOP("Nurture", "Find out who decides")},
    {StepPurpose::FillNeed, "fill_need", QT_TRANSLATE_NOOP("Nurture", "Find out the need")},
    {StepPurpose::FillTiming, "fill_timing", QT_TRANSLATE_NOOP("Nurture", "Find out the timing")},
    {StepPurpose::RecheckPhase, "recheck_phase",
     QT_TRANSLATE_NOOP("Nurture", "Check the buying phase again")},
}};

const std::array<Term<StepResponse>, 6> responses{{
    {StepResponse::Opened, "opened", QT_TRANSLATE_NOOP("Nurture", "Opened")},
    {StepResponse::Clicked, "clicked", QT_TRANSLATE_NOOP("Nurture", "Clicked")},
    {StepResponse::Downloaded, "downloaded", QT_TRANSLATE_NOOP("Nurture", "Downloaded")},
    {StepResponse::Replied, "replied", QT_TRANSLATE_NOOP("Nurture", "Replied")},
    {StepResponse::Attended, "attended", QT_TRANSLATE_NOOP("Nurture", "Attended")},
    {StepResponse::NoReaction, "no_reaction", QT_TRANSLATE_NOOP("Nurture", "No reaction")},
}};

const std::array<Term<StopReason>, 7> stops{{
    {StopReason::ContactRequested, "contact_requested",
     QT_TRANSLATE_NOOP("Nurture", "Reply asks for contact")},
    {StopReason::MeetingBooked, "meeting_booked", QT_TRANSLATE_NOOP("Nurture", "Meeting booked")},
    {StopReason::OptOutEmail, "do_not_email", QT_TRANSLATE_NOOP("Nurture", "Opted out: do not e-mail")},
    {StopReason::OptOutCall, "do_not_call", QT_TRANSLATE_NOOP("Nurture", "Opted out: do not call")},
    {StopReason::WrongNumber, "wrong_number", QT_TRANSLATE_NOOP("Nurture", "Wrong number")},
    {StopReason::Erasure, "erasure", QT_TRANSLATE_NOOP("Nurture", "Erased on request")},
    {StopReason::ByRep, "by_rep", QT_TRANSLATE_NOOP("Nurture", "Stopped by the rep")},
}};

const std::array<Term<PlanEnding>, 4> endings{{
    {PlanEnding::Requalified, "requalified", QT_TRANSLATE_NOOP("Nurture", "Re-qualified")},
    {PlanEnding::Disqualified, "disqualified", QT_TRANSLATE_NOOP("Nurture", "Disqualified")},
    {PlanEnding::Completed, "completed", QT_TRANSLATE_NOOP("Nurture", "Completed without result")},
    {PlanEnding::Stopped, "stopped", QT_TRANSLATE_NOOP("Nurture", "Stopped")},
}};

const std::array<Term<PlanStatus>, 5> statuses{{
    {PlanStatus::Active, "active", QT_TRANSLATE_NOOP("Nurture", "Running")},
    {PlanStatus::Stopped, "stopped", QT_TRANSLATE_NOOP("Nurture", "Stopped")},
    {PlanStatus::Requalified, "requalified", QT_TRANSLATE_NOOP("Nurture", "Re-qualified")},
    {PlanStatus::Disqualified, "disqualified", QT_TRANSLATE_NOOP("Nurture", "Disqualified")},
    {PlanStatus::Completed, "completed", QT_TRANSLATE_NOOP("Nurture", "Completed without result")},
}};

} // namespace

namespace NurtureTerms {

#define LEADSCOUT_DEFINE_NURTURE_TERMS(E, table)                                                   \
    template <> QString key<E>(E value)                                                            \
    {                                                                                              \
        for (const auto& term : table)                                                             \
            if (term.value == value)                                                               \
                return QString::fromLatin1(term.key);                                              \
        return {};                                                                                 \
    }                                                                                              \
    template <> QString label<E>(E value)                                                          \
    {                                                                                              \
        for (const auto& term : table)                                                             \
            if (term.value == value)                                                               \
                return QCoreApplication::translate("Nurture", term.label);                         \
        return {};                                                                                 \
    }                                                                                              \
    template <> std::optional<E> fromKey<E>(const QString& k)                                      \
    {                                                                                              \
        for (const auto& term : table)                                                             \
            if (k == QLatin1String(term.key))                                                      \
                return term.value;                                                                 \
        return std::nullopt;                                                                       \
    }                                                                                              \
    template <> QList<E> all<E>()                                                                  \
    {                                                                                              \
        QList<E> values;                                                                           \
        for (const auto& term : table)                                                             \
            values.append(term.value);                                                             \
        return values;                                                                             \
    }

LEADSCOUT_DEFINE_NURTURE_TERMS(StepPurpose, purposes)
LEADSCOUT_DEFINE_NURTURE_TERMS(StepResponse, responses)
LEADSCOUT_DEFINE_NURTURE_TERMS(StopReason, stops)
LEADSCOUT_DEFINE_NURTURE_TERMS(PlanEnding, endings)
LEADSCOUT_DEFINE_NURTURE_TERMS(PlanStatus, statuses)
#undef LEADSCOUT_DEFINE_NURTURE_TERMS

QString questionFor(StepPurpose purpose)
{
    switch (purpose) {
    case StepPurpose::RaiseInterest:
        return QCoreApplication::translate("Nurture", "Did the material help? What caught your eye?");
    case StepPurpose::FillBudget:
        return QCoreApplication::translate("Nurture", "Is there a budget planned for this?");
    case StepPurpose::FillAuthority:
        return QCoreApplication::translate("Nurture", "Who else decides with you?");
    case StepPurpose::FillNeed:
        return QCoreApplication::translate("Nurture", "What problem would this solve for you?");
    case StepPurpose::FillTiming:
        return QCoreApplication::translate("Nurture", "By when do you want to decide?");
    case StepPurpose::RecheckPhase:
        return QCoreApplication::translate("Nurture",
                                           "Where do you stand: looking around, comparing "
                                           "solutions, or ready to buy?");
    }
    return {};
}

} // namespace NurtureTerms
