#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <array>

namespace {

template <typename E> struct Term
{
    E value;
    const char* key;
    const char* label;
};

template <typename E, std::size_t N> QString keyIn(const std::array<Term<E>, N>& terms, E value)
{
    for (const auto& term : terms)
        if (term.value == value)
            return QString::fromLatin1(term.key);
    return {};
}

template <typename E, std::size_t N> QString labelIn(const std::array<Term<E>, N>& terms, E value)
{
    for (const auto& term : terms)
        if (term.value == value)
            return QCoreApplication::translate("Vocabulary", term.label);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> findIn(const std::array<Term<E>, N>& terms, const QString& key)
{
    for (const auto& term : terms)
        if (key == QLatin1String(term.key))
            return term.value;
    return std::nullopt;
}

template <typename E, std::size_t N> QList<E> valuesIn(const std::array<Term<E>, N>& terms)
{
    QList<E> values;
    for (const auto& term : terms)
        values.append(term.value);
    return values;
}

const std::array<Term<Stage>, 7> stages{{
    {Stage::New, "new", QT_TRANSLATE_NOOP("Vocabulary", "New")},
    {Stage::Working, "working", QT_TRANSLATE_NOOP("Vocabulary", "Working")},
    {Stage::Mql, "mql", QT_TRANSLATE_NOOP("Vocabulary", "MQL")},
    {Stage::Sql, "sql", QT_TRANSLATE_NOOP("Vocabulary", "SQL")},
    {Stage::HandedOff, "handed_off", QT_TRANSLATE_NOOP("Vocabulary", "Handed off")},
    {Stage::Nurture, "nurture", QT_TRANSLATE_NOOP("Vocabulary", "Nurture")},
    {Stage::Disqualified, "disqualified", QT_TRANSLATE_NOOP("Vocabulary", "Disqualified")},
}};

const std::array<Term<DisqualifyReason>, 12> disqualifyReasons{{
    {DisqualifyReason::Competitor, "competitor", QT_TRANSLATE_NOOP("Vocabulary", "Competitor")},
    {DisqualifyReason::JobApplicant, "job_applicant",
     QT_TRANSLATE_NOOP("Vocabulary", "Job applicant")},
    {DisqualifyReason::StudentOrPrivate, "student_or_private",
     QT_TRANSLATE_NOOP("Vocabulary", "Student or private person")},
    {DisqualifyReason::NoBudget, "no_budget", QT_TRANSLATE_NOOP("Vocabulary", "No budget")},
    {DisqualifyReason::NoNeed, "no_need", QT_TRANSLATE_NOOP("Vocabulary", "No need")},
    {DisqualifyReason::NoAuthority, "no_authority",
     QT_TRANSLATE_NOOP("Vocabulary", "No authority reachable")},
    {DisqualifyReason::Duplicate, "duplicate", QT_TRANSLATE_NOOP("Vocabulary", "Duplicate")},
    {DisqualifyReason::InvalidContact, "invalid_contact",
     QT_TRANSLATE_NOOP("Vocabulary", "Invalid contact data")},
    {DisqualifyReason::OutsideTerritory, "outside_territory",
     QT_TRANSLATE_NOOP("Vocabulary", "Outside territory")},
    {DisqualifyReason::Unreachable, "unreachable",
     QT_TRANSLATE_NOOP("Vocabulary", "Unreachable after repeated attempts")},
    {DisqualifyReason::DoNotContact, "do_not_contact",
     QT_TRANSLATE_NOOP("Vocabulary", "Asked not to be contacted")},
    {DisqualifyReason::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
}};

const std::array<Term<CallOutcome>, 9> callOutcomes{{
    {CallOutcome::Connected, "connected", QT_TRANSLATE_NOOP("Vocabulary", "Connected")},
    {CallOutcome::NoAnswer, "no_answer", QT_TRANSLATE_NOOP("Vocabulary", "No answer")},
    {CallOutcome::Voicemail, "voicemail", QT_TRANSLATE_NOOP("Vocabulary", "Voicemail left")},
    {CallOutcome::Busy, "busy", QT_TRANSLATE_NOOP("Vocabulary", "Busy")},
    {CallOutcome::WrongNumber, "wrong_number", QT_TRANSLATE_NOOP("Vocabulary", "Wrong number")},
    {CallOutcome::Gatekeeper, "gatekeeper", QT_TRANSLATE_NOOP("Vocabulary", "Gatekeeper")},
    {CallOutcome::CallbackRequested, "callback_requested",
     QT_TRANSLATE_NOOP("Vocabulary", "Callback requested")},
    {CallOutcome::NotInterested, "not_interested",
     QT_TRANSLATE_NOOP("Vocabulary", "Not interested")},
    {CallOutcome::DoNotCall, "do_not_call", QT_TRANSLATE_NOOP("Vocabulary", "Do not call")},
}};

const std::array<Term<BudgetStatus>, 4> budgets{{
    {BudgetStatus::Unknown, "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
    {BudgetStatus::None, "none", QT_TRANSLATE_NOOP("Vocabulary", "None")},
    {BudgetStatus::Planned, "planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned")},
    {BudgetStatus::Approved, "approved", QT_TRANSLATE_NOOP("Vocabulary", "Approved")},
}};

const std::array<Term<AuthorityLevel>, 5> authorities{{
    {AuthorityLevel::Unknown, "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
    {AuthorityLevel::User, "user", QT_TRANSLATE_NOOP("Vocabulary", "User")},
    {AuthorityLevel::Influencer, "influencer", QT_TRANSLATE_NOOP("Vocabulary", "Influencer")},
    {AuthorityLevel::Recommender, "recommender", QT_TRANSLATE_NOOP("Vocabulary", "Recommender")},
    {AuthorityLevel::DecisionMaker, "decision_maker",
     QT_TRANSLATE_NOOP("Vocabulary", "Decision maker")},
}};

const std::array<Term<BuyingRole>, 6> buyingRoles{{
    {BuyingRole::Unknown, "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
    {BuyingRole::TechnicalDecider, "technical_decider",
     QT_TRANSLATE_NOOP("Vocabulary", "Technical decider")},
    {BuyingRole::FinanceController, "finance_controller",
     QT_TRANSLATE_NOOP("Vocabulary", "Finance / controller")},
    {BuyingRole::Executive, "executive", QT_TRANSLATE_NOOP("Vocabulary", "Executive")},
    {BuyingRole::UserDepartment, "user_department",
     QT_TRANSLATE_NOOP("Vocabulary", "User department")},
    {BuyingRole::Procurement, "procurement", QT_TRANSLATE_NOOP("Vocabulary", "Procurement")},
}};

const std::array<Term<NeedLevel>, 4> needs{{
    {NeedLevel::Unknown, "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
    {NeedLevel::None, "none", QT_TRANSLATE_NOOP("Vocabulary", "None")},
    {NeedLevel::Recognised, "recognised", QT_TRANSLATE_NOOP("Vocabulary", "Recognised")},
    {NeedLevel::Urgent, "urgent", QT_TRANSLATE_NOOP("Vocabulary", "Urgent")},
}};

const std::array<Term<Timing>, 5> timings{{
    {Timing::Unknown, "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
    {Timing::Later12Months, "later_12m", QT_TRANSLATE_NOOP("Vocabulary", "Later than 12 months")},
    {Timing::Months6To12, "6_12m", QT_TRANSLATE_NOOP("Vocabulary", "6–12 months")},
    {Timing::Months3To6, "3_6m", QT_TRANSLATE_NOOP("Vocabulary", "3–6 months")},
    {Timing::Within3Months, "within_3m", QT_TRANSLATE_NOOP("Vocabulary", "Within 3 months")},
}};

const std::array<Term<BuyingPhase>, 5> phases{{
    {BuyingPhase::Unknown, "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
    {BuyingPhase::Awareness, "awareness", QT_TRANSLATE_NOOP("Vocabulary", "Awareness")},
    {BuyingPhase::Consideration, "consideration", QT_TRANSLATE_NOOP("Vocabulary", "Consideration")},
    {BuyingPhase::Investigation, "investigation", QT_TRANSLATE_NOOP("Vocabulary", "Investigation")},
    {BuyingPhase::Purchase, "purchase", QT_TRANSLATE_NOOP("Vocabulary", "Purchase")},
}};

const std::array<Term<SourceChannel>, 10> sources{{
    {SourceChannel::WebForm, "web_form", QT_TRANSLATE_NOOP("Vocabulary", "Web form")},
    {SourceChannel::Webinar, "webinar", QT_TRANSLATE_NOOP("Vocabulary", "Webinar")},
    {SourceChannel::TradeFair, "trade_fair", QT_TRANSLATE_NOOP("Vocabulary", "Trade fair")},
    {SourceChannel::Whitepaper, "whitepaper",
     QT_TRANSLATE_NOOP("Vocabulary", "Whitepaper download")},
    {SourceChannel::PaidSearch, "paid_search", QT_TRANSLATE_NOOP("Vocabulary", "Paid search")},
    {SourceChannel::Mailing, "mailing", QT_TRANSLATE_NOOP("Vocabulary", "Mailing")},
    {SourceChannel::Referral, "referral", QT_TRANSLATE_NOOP("Vocabulary", "Referral")},
    {SourceChannel::PurchasedList, "purchased_list",
     QT_TRANSLATE_NOOP("Vocabulary", "Purchased list")},
    {SourceChannel::InboundCall, "inbound_call", QT_TRANSLATE_NOOP("Vocabulary", "Inbound call")},
    {SourceChannel::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
}};

const std::array<Term<InterestKind>, 8> interests{{
    {InterestKind::EmailClick, "email_click", QT_TRANSLATE_NOOP("Vocabulary", "E-mail click")},
    {InterestKind::LandingPageVisit, "landing_page_visit",
     QT_TRANSLATE_NOOP("Vocabulary", "Landing-page visit")},
    {InterestKind::SocialReaction, "social_reaction",
     QT_TRANSLATE_NOOP("Vocabulary", "Social reaction")},
    {InterestKind::Download, "download", QT_TRANSLATE_NOOP("Vocabulary", "Download")},
    {InterestKind::Webinar, "webinar", QT_TRANSLATE_NOOP("Vocabulary", "Webinar attended")},
    {InterestKind::Event, "event", QT_TRANSLATE_NOOP("Vocabulary", "Event attended")},
    {InterestKind::EmailOpen, "email_open", QT_TRANSLATE_NOOP("Vocabulary", "E-mail opened")},
    {InterestKind::Reply, "reply", QT_TRANSLATE_NOOP("Vocabulary", "Reply")},
}};

const std::array<Term<ContentKind>, 9> contents{{
    {ContentKind::Overview, "overview", QT_TRANSLATE_NOOP("Vocabulary", "Overview")},
    {ContentKind::Whitepaper, "whitepaper", QT_TRANSLATE_NOOP("Vocabulary", "Whitepaper")},
    {ContentKind::IndustryStudy, "industry_study",
     QT_TRANSLATE_NOOP("Vocabulary", "Industry study")},
    {ContentKind::BestPractice, "best_practice",
     QT_TRANSLATE_NOOP("Vocabulary", "Best-practice report")},
    {ContentKind::Datasheet, "datasheet", QT_TRANSLATE_NOOP("Vocabulary", "Datasheet")},
    {ContentKind::RoiCalculation, "roi_calculation",
     QT_TRANSLATE_NOOP("Vocabulary", "ROI calculation")},
    {ContentKind::CaseStudy, "case_study", QT_TRANSLATE_NOOP("Vocabulary", "Case study")},
    {ContentKind::EventInvitation, "event_invitation",
     QT_TRANSLATE_NOOP("Vocabulary", "Webinar or event invitation")},
    {ContentKind::Newsletter, "newsletter", QT_TRANSLATE_NOOP("Vocabulary", "Newsletter")},
}};

const std::array<Term<NurtureChannel>, 5> channels{{
    {NurtureChannel::Email, "email", QT_TRANSLATE_NOOP("Vocabulary", "E-mail")},
    {NurtureChannel::Phone, "phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone")},
    {NurtureChannel::Letter, "letter", QT_TRANSLATE_NOOP("Vocabulary", "Letter")},
    {NurtureChannel::Social, "social", QT_TRANSLATE_NOOP("Vocabulary", "Social")},
    {NurtureChannel::EventInvitation, "event_invitation",
     QT_TRANSLATE_NOOP("Vocabulary", "Event invitation")},
}};

const std::array<Term<StepStatus>, 4> stepStatuses{{
    {StepStatus::Pending, "pending", QT_TRANSLATE_NOOP("Vocabulary", "Pending")},
    {StepStatus::Done, "done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
    {StepStatus::Skipped, "skipped", QT_TRANSLATE_NOOP("Vocabulary", "Skipped")},
    {StepStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
}};

const std::array<Term<Quadrant>, 4> quadrants{{
    {Quadrant::SalesReady, "sales_ready", QT_TRANSLATE_NOOP("Vocabulary", "Sales-ready candidate")},
    // Not the stage names: a quadrant says what the score suggests, a stage what was decided.
    {Quadrant::Nurture, "nurture", QT_TRANSLATE_NOOP("Vocabulary", "Develop")},
    {Quadrant::Advocate, "advocate", QT_TRANSLATE_NOOP("Vocabulary", "Advocate")},
    {Quadrant::Park, "park", QT_TRANSLATE_NOOP("Vocabulary", "Low priority")},
}};

const std::array<Term<Grade>, 5> grades{{
    {Grade::A, "A", QT_TRANSLATE_NOOP("Vocabulary", "A")},
    {Grade::B, "B", QT_TRANSLATE_NOOP("Vocabulary", "B")},
    {Grade::C, "C", QT_TRANSLATE_NOOP("Vocabulary", "C")},
    {Grade::D, "D", QT_TRANSLATE_NOOP("Vocabulary", "D")},
    {Grade::E, "E", QT_TRANSLATE_NOOP("Vocabulary", "E")},
}};

const std::array<Term<Seniority>, 7> seniorities{{
    {Seniority::Unknown, "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
    {Seniority::CLevel, "c_level", QT_TRANSLATE_NOOP("Vocabulary", "C-level")},
    {Seniority::VpDirector, "vp_director", QT_TRANSLATE_NOOP("Vocabulary", "VP / director")},
    {Seniority::HeadOf, "head_of", QT_TRANSLATE_NOOP("Vocabulary", "Head of department")},
    {Seniority::Manager, "manager", QT_TRANSLATE_NOOP("Vocabulary", "Manager")},
    {Seniority::Specialist, "specialist", QT_TRANSLATE_NOOP("Vocabulary", "Specialist")},
    {Seniority::TraineeStudent, "trainee_student",
     QT_TRANSLATE_NOOP("Vocabulary", "Trainee / student")},
}};

const std::array<Term<Industry>, 12> industries{{
    {Industry::Unknown, "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
    {Industry::Manufacturing, "manufacturing", QT_TRANSLATE_NOOP("Vocabulary", "Manufacturing")},
    {Industry::Software, "software", QT_TRANSLATE_NOOP("Vocabulary", "Software and IT")},
    {Industry::Finance, "finance", QT_TRANSLATE_NOOP("Vocabulary", "Finance and insurance")},
    {Industry::Healthcare, "healthcare", QT_TRANSLATE_NOOP("Vocabulary", "Healthcare")},
    {Industry::Retail, "retail", QT_TRANSLATE_NOOP("Vocabulary", "Retail")},
    {Industry::Logistics, "logistics", QT_TRANSLATE_NOOP("Vocabulary", "Logistics")},
    {Industry::Energy, "energy", QT_TRANSLATE_NOOP("Vocabulary", "Energy")},
    {Industry::PublicSector, "public_sector", QT_TRANSLATE_NOOP("Vocabulary", "Public sector")},
    {Industry::Education, "education", QT_TRANSLATE_NOOP("Vocabulary", "Education")},
    {Industry::ProfessionalServices, "professional_services",
     QT_TRANSLATE_NOOP("Vocabulary", "Professional services")},
    {Industry::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
}};

} // namespace

#define LEADSCOUT_DEFINE_VOCABULARY(E, table)                                                      \
    template <> QString keyOf<E>(E value)                                                          \
    {                                                                                              \
        return keyIn(table, value);                                                                \
    }                                                                                              \
    template <> QString labelOf<E>(E value)                                                        \
    {                                                                                              \
        return labelIn(table, value);                                                              \
    }                                                                                              \
    template <> std::optional<E> fromKey<E>(const QString& key)                                    \
    {                                                                                              \
        return findIn(table, key);                                                                 \
    }                                                                                              \
    template <> QList<E> allValues<E>()                                                            \
    {                                                                                              \
        return valuesIn(table);                                                                    \
    }

LEADSCOUT_DEFINE_VOCABULARY(Stage, stages)
LEADSCOUT_DEFINE_VOCABULARY(DisqualifyReason, disqualifyReasons)
LEADSCOUT_DEFINE_VOCABULARY(CallOutcome, callOutcomes)
LEADSCOUT_DEFINE_VOCABULARY(BudgetStatus, budgets)
LEADSCOUT_DEFINE_VOCABULARY(AuthorityLevel, authorities)
LEADSCOUT_DEFINE_VOCABULARY(BuyingRole, buyingRoles)
LEADSCOUT_DEFINE_VOCABULARY(NeedLevel, needs)
LEADSCOUT_DEFINE_VOCABULARY(Timing, timings)
LEADSCOUT_DEFINE_VOCABULARY(BuyingPhase, phases)
LEADSCOUT_DEFINE_VOCABULARY(SourceChannel, sources)
LEADSCOUT_DEFINE_VOCABULARY(InterestKind, interests)
LEADSCOUT_DEFINE_VOCABULARY(ContentKind, contents)
LEADSCOUT_DEFINE_VOCABULARY(NurtureChannel, channels)
LEADSCOUT_DEFINE_VOCABULARY(StepStatus, stepStatuses)
LEADSCOUT_DEFINE_VOCABULARY(Quadrant, quadrants)
LEADSCOUT_DEFINE_VOCABULARY(Grade, grades)
LEADSCOUT_DEFINE_VOCABULARY(Seniority, seniorities)
LEADSCOUT_DEFINE_VOCABULARY(Industry, industries)
