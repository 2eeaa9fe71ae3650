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

#define T QT_TRANSLATE_NOOP("Vocabulary",

const std::array<Term<Stage>, 7> stages{{
    {Stage::New, "new", T "New")},
    {Stage::Working, "working", T "Working")},
    {Stage::Mql, "mql", T "MQL")},
    {Stage::Sql, "sql", T "SQL")},
    {Stage::HandedOff, "handed_off", T "Handed off")},
    {Stage::Nurture, "nurture", T "Nurture")},
    {Stage::Disqualified, "disqualified", T "Disqualified")},
}};

const std::array<Term<DisqualifyReason>, 12> disqualifyReasons{{
    {DisqualifyReason::Competitor, "competitor", T "Competitor")},
    {DisqualifyReason::JobApplicant, "job_applicant", T "Job applicant")},
    {DisqualifyReason::StudentOrPrivate, "student_or_private", T "Student or private person")},
    {DisqualifyReason::NoBudget, "no_budget", T "No budget")},
    {DisqualifyReason::NoNeed, "no_need", T "No need")},
    {DisqualifyReason::NoAuthority, "no_authority", T "No authority reachable")},
    {DisqualifyReason::Duplicate, "duplicate", T "Duplicate")},
    {DisqualifyReason::InvalidContact, "invalid_contact", T "Invalid contact data")},
    {DisqualifyReason::OutsideTerritory, "outside_territory", T "Outside territory")},
    {DisqualifyReason::Unreachable, "unreachable", T "Unreachable after repeated attempts")},
    {DisqualifyReason::DoNotContact, "do_not_contact", T "Asked not to be contacted")},
    {DisqualifyReason::Other, "other", T "Other")},
}};

const std::array<Term<CallOutcome>, 9> callOutcomes{{
    {CallOutcome::Connected, "connected", T "Connected")},
    {CallOutcome::NoAnswer, "no_answer", T "No answer")},
    {CallOutcome::Voicemail, "voicemail", T "Voicemail left")},
    {CallOutcome::Busy, "busy", T "Busy")},
    {CallOutcome::WrongNumber, "wrong_number", T "Wrong number")},
    {CallOutcome::Gatekeeper, "gatekeeper", T "Gatekeeper")},
    {CallOutcome::CallbackRequested, "callback_requested", T "Callback requested")},
    {CallOutcome::NotInterested, "not_interested", T "Not interested")},
    {CallOutcome::DoNotCall, "do_not_call", T "Do not call")},
}};

const std::array<Term<BudgetStatus>, 4> budgets{{
    {BudgetStatus::Unknown, "unknown", T "Unknown")},
    {BudgetStatus::None, "none", T "None")},
    {BudgetStatus::Planned, "planned", T "Planned")},
    {BudgetStatus::Approved, "approved", T "Approved")},
}};

const std::array<Term<AuthorityLevel>, 5> authorities{{
    {AuthorityLevel::Unknown, "unknown", T "Unknown")},
    {AuthorityLevel::User, "user", T "User")},
    {AuthorityLevel::Influencer, "influencer", T "Influencer")},
    {AuthorityLevel::Recommender, "recommender", T "Recommender")},
    {AuthorityLevel::DecisionMaker, "decision_maker", T "Decision maker")},
}};

const std::array<Term<BuyingRole>, 6> buyingRoles{{
    {BuyingRole::Unknown, "unknown", T "Unknown")},
    {BuyingRole::TechnicalDecider, "technical_decider", T "Technical decider")},
    {BuyingRole::FinanceController, "finance_controller", T "Finance / controller")},
    {BuyingRole::Executive, "executive", T "Executive")},
    {BuyingRole::UserDepartment, "user_department", T "User department")},
    {BuyingRole::Procurement, "procurement", T "Procurement")},
}};

const std::array<Term<NeedLevel>, 4> needs{{
    {NeedLevel::Unknown, "unknown", T "Unknown")},
    {NeedLevel::None, "none", T "None")},
    {NeedLevel::Recognised, "recognised", T "Recognised")},
    {NeedLevel::Urgent, "urgent", T "Urgent")},
}};

const std::array<Term<Timing>, 5> timings{{
    {Timing::Unknown, "unknown", T "Unknown")},
    {Timing::Later12Months, "later_12m", T "Later than 12 months")},
    {Timing::Months6To12, "6_12m", T "6–12 months")},
    {Timing::Months3To6, "3_6m", T "3–6 months")},
    {Timing::Within3Months, "within_3m", T "Within 3 months")},
}};

const std::array<Term<BuyingPhase>, 5> phases{{
    {BuyingPhase::Unknown, "unknown", T "Unknown")},
    {BuyingPhase::Awareness, "awareness", T "Awareness")},
    {BuyingPhase::Consideration, "consideration", T "Consideration")},
    {BuyingPhase::Investigation, "investigation", T "Investigation")},
    {BuyingPhase::Purchase, "purchase", T "Purchase")},
}};

const std::array<Term<SourceChannel>, 10> sources{{
    {SourceChannel::WebForm, "web_form", T "Web form")},
    {SourceChannel::Webinar, "webinar", T "Webinar")},
    {SourceChannel::TradeFair, "trade_fair", T "Trade fair")},
    {SourceChannel::Whitepaper, "whitepaper", T "Whitepaper download")},
    {SourceChannel::PaidSearch, "paid_search", T "Paid search")},
    {SourceChannel::Mailing, "mailing", T "Mailing")},
    {SourceChannel::Referral, "referral", T "Referral")},
    {SourceChannel::PurchasedList, "purchased_list", T "Purchased list")},
    {SourceChannel::InboundCall, "inbound_call", T "Inbound call")},
    {SourceChannel::Other, "other", T "Other")},
}};

const std::array<Term<InterestKind>, 6> interests{{
    {InterestKind::EmailClick, "email_click", T "E-mail click")},
    {InterestKind::LandingPageVisit, "landing_page_visit", T "Landing-page visit")},
    {InterestKind::SocialReaction, "social_reaction", T "Social reaction")},
    {InterestKind::Download, "download", T "Download")},
    {InterestKind::Webinar, "webinar", T "Webinar attended")},
    {InterestKind::Event, "event", T "Event attended")},
}};

const std::array<Term<ContentKind>, 7> contents{{
    {ContentKind::Overview, "overview", T "Overview")},
    {ContentKind::Whitepaper, "whitepaper", T "Whitepaper")},
    {ContentKind::IndustryStudy, "industry_study", T "Industry study")},
    {ContentKind::BestPractice, "best_practice", T "Best-practice report")},
    {ContentKind::Datasheet, "datasheet", T "Datasheet")},
    {ContentKind::RoiCalculation, "roi_calculation", T "ROI calculation")},
    {ContentKind::CaseStudy, "case_study", T "Case study")},
}};

const std::array<Term<NurtureChannel>, 4> channels{{
    {NurtureChannel::Email, "email", T "E-mail")},
    {NurtureChannel::Phone, "phone", T "Phone")},
    {NurtureChannel::Letter, "letter", T "Letter")},
    {NurtureChannel::Social, "social", T "Social")},
}};

const std::array<Term<StepStatus>, 3> stepStatuses{{
    {StepStatus::Pending, "pending", T "Pending")},
    {StepStatus::Done, "done", T "Done")},
    {StepStatus::Skipped, "skipped", T "Skipped")},
}};

const std::array<Term<Quadrant>, 4> quadrants{{
    {Quadrant::SalesReady, "sales_ready", T "Sales-ready candidate")},
    {Quadrant::Nurture, "nurture", T "Nurture")},
    {Quadrant::Advocate, "advocate", T "Advocate")},
    {Quadrant::Park, "park", T "Park")},
}};

const std::array<Term<Grade>, 5> grades{{
    {Grade::A, "A", T "A")},
    {Grade::B, "B", T "B")},
    {Grade::C, "C", T "C")},
    {Grade::D, "D", T "D")},
    {Grade::E, "E", T "E")},
}};

const std::array<Term<Seniority>, 7> seniorities{{
    {Seniority::Unknown, "unknown", T "Unknown")},
    {Seniority::CLevel, "c_level", T "C-level")},
    {Seniority::VpDirector, "vp_director", T "VP / director")},
    {Seniority::HeadOf, "head_of", T "Head of department")},
    {Seniority::Manager, "manager", T "Manager")},
    {Seniority::Specialist, "specialist", T "Specialist")},
    {Seniority::TraineeStudent, "trainee_student", T "Trainee / student")},
}};

const std::array<Term<Industry>, 12> industries{{
    {Industry::Unknown, "unknown", T "Unknown")},
    {Industry::Manufacturing, "manufacturing", T "Manufacturing")},
    {Industry::Software, "software", T "Software and IT")},
    {Industry::Finance, "finance", T "Finance and insurance")},
    {Industry::Healthcare, "healthcare", T "Healthcare")},
    {Industry::Retail, "retail", T "Retail")},
    {Industry::Logistics, "logistics", T "Logistics")},
    {Industry::Energy, "energy", T "Energy")},
    {Industry::PublicSector, "public_sector", T "Public sector")},
    {Industry::Education, "education", T "Education")},
    {Industry::ProfessionalServices, "professional_services", T "Professional services")},
    {Industry::Other, "other", T "Other")},
}};

#undef T

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
