#pragma once

#include <QList>
#include <QString>
#include <optional>

// The field's vocabulary (DESIGN.md). Each value has a stable key (stored in the database and
// used on the command line) and a translated label for people.

enum class Stage
{
    New,
    Working,
    Mql,
    Sql,
    HandedOff,
    Nurture,
    Disqualified
};

enum class DisqualifyReason
{
    Competitor,
    JobApplicant,
    StudentOrPrivate,
    NoBudget,
    NoNeed,
    NoAuthority,
    Duplicate,
    InvalidContact,
    OutsideTerritory,
    Unreachable,
    DoNotContact,
    Other
};

enum class CallOutcome
{
    Connected,
    NoAnswer,
    Voicemail,
    Busy,
    WrongNumber,
    Gatekeeper,
    CallbackRequested,
    NotInterested,
    DoNotCall
};

enum class BudgetStatus
{
    Unknown,
    None,
    Planned,
    Approved
};
enum class AuthorityLevel
{
    Unknown,
    User,
    Influencer,
    Recommender,
    DecisionMaker
};
enum class BuyingRole
{
    Unknown,
    TechnicalDecider,
    FinanceController,
    Executive,
    UserDepartment,
    Procurement
};
enum class NeedLevel
{
    Unknown,
    None,
    Recognised,
    Urgent
};
enum class Timing
{
    Unknown,
    Later12Months,
    Months6To12,
    Months3To6,
    Within3Months
};
enum class BuyingPhase
{
    Unknown,
    Awareness,
    Consideration,
    Investigation,
    Purchase
};

enum class SourceChannel
{
    WebForm,
    Webinar,
    TradeFair,
    Whitepaper,
    PaidSearch,
    Mailing,
    Referral,
    PurchasedList,
    InboundCall,
    Other
};

enum class InterestKind
{
    EmailClick,
    LandingPageVisit,
    SocialReaction,
    Download,
    Webinar,
    Event,
    EmailOpen,
    Reply
};
enum class ContentKind
{
    Overview,
    Whitepaper,
    IndustryStudy,
    BestPractice,
    Datasheet,
    RoiCalculation,
    CaseStudy,
    EventInvitation,
    Newsletter
};
enum class NurtureChannel
{
    Email,
    Phone,
    Letter,
    Social,
    EventInvitation
};
enum class StepStatus
{
    Pending,
    Done,
    Skipped,
    Cancelled ///< a stopped or ended plan's step that will never fall due
};
enum class Quadrant
{
    SalesReady,
    Nurture,
    Advocate,
    Park
};
enum class Grade
{
    A,
    B,
    C,
    D,
    E
};
enum class Seniority
{
    Unknown,
    CLevel,
    VpDirector,
    HeadOf,
    Manager,
    Specialist,
    TraineeStudent
};
enum class Industry
{
    Unknown,
    Manufacturing,
    Software,
    Finance,
    Healthcare,
    Retail,
    Logistics,
    Energy,
    PublicSector,
    Education,
    ProfessionalServices,
    Other
};

/// Stable key of a value, as stored.
template <typename E> QString keyOf(E value);
/// Translated label of a value, for people.
template <typename E> QString labelOf(E value);
/// The value with this key, if any.
template <typename E> std::optional<E> fromKey(const QString& key);
/// Every value of the enumeration, in declaration order.
template <typename E> QList<E> allValues();

/// A key that is known to be valid (from our own database); falls back to the first value.
template <typename E> E fromKeyOr(const QString& key, E fallback)
{
    return fromKey<E>(key).value_or(fallback);
}

#define LEADSCOUT_DECLARE_VOCABULARY(E)                                                            \
    template <> QString keyOf<E>(E);                                                               \
    template <> QString labelOf<E>(E);                                                             \
    template <> std::optional<E> fromKey<E>(const QString&);                                       \
    template <> QList<E> allValues<E>();

LEADSCOUT_DECLARE_VOCABULARY(Stage)
LEADSCOUT_DECLARE_VOCABULARY(DisqualifyReason)
LEADSCOUT_DECLARE_VOCABULARY(CallOutcome)
LEADSCOUT_DECLARE_VOCABULARY(BudgetStatus)
LEADSCOUT_DECLARE_VOCABULARY(AuthorityLevel)
LEADSCOUT_DECLARE_VOCABULARY(BuyingRole)
LEADSCOUT_DECLARE_VOCABULARY(NeedLevel)
LEADSCOUT_DECLARE_VOCABULARY(Timing)
LEADSCOUT_DECLARE_VOCABULARY(BuyingPhase)
LEADSCOUT_DECLARE_VOCABULARY(SourceChannel)
LEADSCOUT_DECLARE_VOCABULARY(InterestKind)
LEADSCOUT_DECLARE_VOCABULARY(ContentKind)
LEADSCOUT_DECLARE_VOCABULARY(NurtureChannel)
LEADSCOUT_DECLARE_VOCABULARY(StepStatus)
LEADSCOUT_DECLARE_VOCABULARY(Quadrant)
LEADSCOUT_DECLARE_VOCABULARY(Grade)
LEADSCOUT_DECLARE_VOCABULARY(Seniority)
LEADSCOUT_DECLARE_VOCABULARY(Industry)

#undef LEADSCOUT_DECLARE_VOCABULARY
