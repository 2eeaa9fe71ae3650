#include "demo/DemoDetails.h"

#include "demo/DemoKeys.h"

#include <QDateTime>
#include <algorithm>

namespace {

using C = DemoCalendar;

template <typename E> Weighted<E> weights(std::initializer_list<std::pair<E, qint64>> entries)
{
    Weighted<E> table;
    for (const auto& [value, weight] : entries)
        table.add(value, weight);
    return table;
}

/// How far a lead's BANT answers have got, by where it stands.
struct Profile
{
    Weighted<BudgetStatus> budget;
    Weighted<NeedLevel> need;
    Weighted<Timing> timing;
    Weighted<BuyingPhase> phase;
    double confirmed; ///< odds that the decision maker is confirmed
};

using B = BudgetStatus;
using N = NeedLevel;
using T = Timing;
using P = BuyingPhase;

const Profile salesReady{
    weights<B>({{B::Approved, 60}, {B::Planned, 40}}),
    weights<N>({{N::Recognised, 45}, {N::Urgent, 55}}),
    weights<T>({{T::Within3Months, 55}, {T::Months3To6, 40}, {T::Months6To12, 5}}),
    weights<P>({{P::Investigation, 45}, {P::Purchase, 55}}), 0.88};
const Profile marketingQualified{
    weights<B>({{B::Unknown, 40}, {B::Planned, 45}, {B::Approved, 15}}),
    weights<N>({{N::Recognised, 80}, {N::Urgent, 15}, {N::Unknown, 5}}),
    weights<T>(
        {{T::Months3To6, 40}, {T::Months6To12, 35}, {T::Within3Months, 10}, {T::Unknown, 15}}),
    weights<P>({{P::Consideration, 50}, {P::Investigation, 40}, {P::Awareness, 10}}), 0.25};
const Profile nurtured{weights<B>({{B::Unknown, 45}, {B::None, 30}, {B::Planned, 25}}),
                       weights<N>({{N::Recognised, 50}, {N::None, 20}, {N::Unknown, 30}}),
                       weights<T>({{T::Later12Months, 45}, {T::Months6To12, 35}, {T::Unknown, 20}}),
                       weights<P>({{P::Awareness, 55}, {P::Consideration, 45}}), 0.1};
const Profile early{weights<B>({{B::Unknown, 75}, {B::Planned, 15}, {B::None, 10}}),
                    weights<N>({{N::Unknown, 40}, {N::Recognised, 50}, {N::Urgent, 10}}),
                    weights<T>({{T::Unknown, 60}, {T::Months6To12, 20}, {T::Months3To6, 20}}),
                    weights<P>({{P::Awareness, 40}, {P::Consideration, 40}, {P::Unknown, 20}}),
                    0.05};

using R = BuyingRole;
const Weighted<R> seniorRoles = weights<R>({{R::TechnicalDecider, 45},
                                            {R::FinanceController, 20},
                                            {R::Executive, 10},
                                            {R::UserDepartment, 25}});
const Weighted<R> managerRoles =
    weights<R>({{R::TechnicalDecider, 35}, {R::UserDepartment, 40}, {R::Procurement, 25}});
const Weighted<R> specialistRoles =
    weights<R>({{R::UserDepartment, 50}, {R::Procurement, 30}, {R::TechnicalDecider, 20}});

BuyingRole roleFor(Seniority seniority, DemoRandom& random)
{
    switch (seniority) {
    case Seniority::CLevel:
        return random.chance(0.7) ? R::Executive : R::FinanceController;
    case Seniority::VpDirector:
    case Seniority::HeadOf:
        return seniorRoles.pick(random);
    case Seniority::Manager:
        return managerRoles.pick(random);
    case Seniority::Specialist:
        return specialistRoles.pick(random);
    default:
        return R::Unknown;
    }
}

AuthorityLevel authorityFor(Seniority seniority, bool salesReady, DemoRandom& random)
{
    using A = AuthorityLevel;
    switch (seniority) {
    case Seniority::CLevel:
    case Seniority::VpDirector:
        return random.chance(salesReady ? 0.92 : 0.7) ? A::DecisionMaker : A::Recommender;
    case Seniority::HeadOf:
        return random.chance(salesReady ? 0.6 : 0.35) ? A::DecisionMaker : A::Recommender;
    case Seniority::Manager:
        return random.chance(0.6) ? A::Recommender : A::Influencer;
    case Seniority::Specialist:
        return random.chance(0.5) ? A::Influencer : A::User;
    default:
        return random.chance(0.5) ? A::Unknown : A::User;
    }
}

bool reached(const DemoStory& story, Stage stage)
{
    for (const DemoStageRow& row : story.history)
        if (row.to == stage)
            return true;
    return false;
}

const Profile& profileFor(const DemoStory& story)
{
    switch (story.stage) {
    case Stage::Sql:
    case Stage::HandedOff:
        return salesReady;
    case Stage::Mql:
        return marketingQualified;
    case Stage::Nurture:
        return nurtured;
    default:
        return reached(story, Stage::Mql) ? marketingQualified : early;
    }
}

qint64 timingDays(Timing timing, DemoRandom& random)
{
    switch (timing) {
    case T::Within3Months:
        return random.between(20, 85);
    case T::Months3To6:
        return random.between(95, 175);
    case T::Months6To12:
        return random.between(190, 360);
    case T::Later12Months:
        return random.between(380, 540);
    case T::Unknown:
        break;
    }
    return 0;
}

std::optional<qint64> lastConversation(const DemoStory& story)
{
    for (auto it = story.calls.rbegin(); it != story.calls.rend(); ++it)
        if (it->outcome == CallOutcome::Connected)
            return it->at + it->durationSecs;
    return std::nullopt;
}

/// The interest event that brought the lead in, by its source.
std::optional<InterestKind> sourceInterest(SourceChannel channel)
{
    switch (channel) {
    case SourceChannel::WebForm:
    case SourceChannel::PaidSearch:
        return InterestKind::LandingPageVisit;
    case SourceChannel::Webinar:
        return InterestKind::Webinar;
    case SourceChannel::TradeFair:
        return InterestKind::Event;
    case SourceChannel::Whitepaper:
        return InterestKind::Download;
    case SourceChannel::Mailing:
        return InterestKind::EmailClick;
    default:
        return std::nullopt;
    }
}

/// Further interest events: engaged leads show more.
qint64 interestCount(Stage stage, DemoRandom& random)
{
    switch (stage) {
    case Stage::Sql:
    case Stage::HandedOff:
        return random.between(3, 8);
    case Stage::Mql:
    case Stage::Nurture:
        return random.between(2, 5);
    case Stage::Disqualified:
        return random.between(0, 1);
    default:
        return random.between(0, 2);
    }
}

/// Content that fits the buying phase, ending with what the role cares about most.
QList<ContentKind> nurtureContents(BuyingPhase phase, BuyingRole role)
{
    using CK = ContentKind;
    QList<CK> contents;
    switch (phase) {
    case BuyingPhase::Consideration:
        contents = {CK::IndustryStudy, CK::BestPractice, CK::Whitepaper};
        break;
    case BuyingPhase::Investigation:
        contents = {CK::BestPractice, CK::Datasheet, CK::CaseStudy};
        break;
    case BuyingPhase::Purchase:
        contents = {CK::Datasheet, CK::RoiCalculation, CK::CaseStudy};
        break;
    default:
        contents = {CK::Overview, CK::Whitepaper, CK::IndustryStudy};
    }
    if (role == BuyingRole::FinanceController)
        contents.append(CK::RoiCalculation);
    else if (role == BuyingRole::TechnicalDecider)
        contents.append(CK::Datasheet);
    else if (role == BuyingRole::Executive)
        contents.append(CK::CaseStudy);
    return contents;
}

} // namespace

DemoDetails::DemoDetails(const DemoRecipe& recipe, const DemoCalendar& calendar)
    : m_recipe(recipe)
    , m_calendar(calendar)
{}

void DemoDetails::add(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story) const
{
    qualify(random, lead, story);
    addInterest(random, lead, story);
    if (reached(story, Stage::Nurture))
        planNurture(random, lead, story);
    qint64 updated = story.stageChangedAt;
    if (const DemoCallRow* call = story.lastCall())
        updated = std::max(updated, call->at + call->durationSecs);
    if (story.qualification)
        updated = std::max(updated, story.qualification->updatedAt);
    story.updatedAt = std::min(updated, m_calendar.anchor());
}

void DemoDetails::qualify(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story) const
{
    const std::optional<qint64> talked = lastConversation(story);
    if (!talked)
        return;
    const Profile& profile = profileFor(story);
    const bool ready = &profile == &salesReady;
    const Seniority seniority = lead.person.seniority;
    const QString& language = lead.company.country->language;
    DemoQualification q;
    q.budget = profile.budget.pick(random);
    q.need = profile.need.pick(random);
    q.timing = profile.timing.pick(random);
    q.phase = profile.phase.pick(random);
    q.authority = authorityFor(seniority, ready, random);
    q.role = roleFor(seniority, random);
    q.decisionMakerConfirmed = q.authority == AuthorityLevel::DecisionMaker
                                   ? random.chance(std::min(1.0, profile.confirmed + 0.1))
                                   : random.chance(profile.confirmed * 0.7);
    if (ready) {
        // Sales-ready means decision authority checked: the contact brought in the decider.
        if (q.authority == AuthorityLevel::User || q.authority == AuthorityLevel::Unknown)
            q.authority = AuthorityLevel::Influencer;
        q.decisionMakerConfirmed =
            random.chance(q.authority == AuthorityLevel::DecisionMaker ? 0.98 : profile.confirmed);
    }
    const QString reason = story.disqualifyReason;
    if (reason == demoKey(DisqualifyReason::NoBudget))
        q.budget = BudgetStatus::None;
    else if (reason == demoKey(DisqualifyReason::NoNeed))
        q.need = NeedLevel::None;
    else if (reason == demoKey(DisqualifyReason::NoAuthority)) {
        q.authority = AuthorityLevel::User;
        q.decisionMakerConfirmed = false;
    }
    if (q.budget == BudgetStatus::Planned || q.budget == BudgetStatus::Approved) {
        const double employees = lead.company.employees.value_or(80);
        const double eur = std::clamp(employees * double(random.between(80, 400)), 8000.0, 5e5);
        q.budgetMinor = qint64(std::round(eur * lead.company.country->eurRate / 1000.0)) * 100000;
        q.budgetCurrency = lead.company.country->currency;
    }
    if (q.need != NeedLevel::Unknown && q.need != NeedLevel::None)
        q.needText = random.pick(m_recipe.needTexts.forLanguage(language));
    q.updatedAt = std::min(*talked, m_calendar.anchor());
    if (q.timing != Timing::Unknown)
        q.decisionDate = QDateTime::fromSecsSinceEpoch(
                             q.updatedAt + timingDays(q.timing, random) * C::day, Qt::UTC)
                             .date()
                             .toString(Qt::ISODate);
    if (random.chance(0.5))
        q.notes = random.pick(m_recipe.qualificationNotes.forLanguage(language));
    q.rep = lead.owner;
    story.qualification = q;
}

void DemoDetails::addInterest(DemoRandom& random, const DemoLeadBasics& lead,
                              DemoStory& story) const
{
    static const Weighted<InterestKind> kinds =
        weights<InterestKind>({{InterestKind::EmailClick, 30},
                               {InterestKind::LandingPageVisit, 30},
                               {InterestKind::SocialReaction, 10},
                               {InterestKind::Download, 15},
                               {InterestKind::Webinar, 8},
                               {InterestKind::Event, 7}});
    auto detail = [&](InterestKind kind) {
        return random.pick(m_recipe.interestDetails[size_t(kind)]);
    };
    const std::optional<InterestKind> first = sourceInterest(lead.channel->channel);
    if (first)
        story.interest.push_back(
            {*first, lead.createdAt - random.between(0, 5 * C::minute), detail(*first)});

    const qint64 count = interestCount(story.stage, random);
    const qint64 from = lead.createdAt - 30 * C::day;
    const qint64 until = std::min(m_calendar.anchor(), story.stageChangedAt + 20 * C::day);
    for (qint64 i = 0; i < count; ++i) {
        const InterestKind kind = kinds.pick(random);
        story.interest.push_back({kind, random.between(from, until), detail(kind)});
    }
    std::sort(story.interest.begin(), story.interest.end(),
              [](const DemoInterestRow& a, const DemoInterestRow& b) { return a.at < b.at; });
}

void DemoDetails::planNurture(DemoRandom& random, const DemoLeadBasics& lead,
                              DemoStory& story) const
{
    DemoNurturePlan plan;
    const DemoQualification* q = story.qualification ? &*story.qualification : nullptr;
    plan.phase = q && q->phase != BuyingPhase::Unknown ? q->phase : BuyingPhase::Awareness;
    plan.role = q ? q->role : roleFor(lead.person.seniority, random);
    plan.track =
        demoKey(plan.phase) + QLatin1Char('_') +
        (plan.role == BuyingRole::Unknown ? QStringLiteral("general") : demoKey(plan.role));
    // The plan runs from the move into nurture until the lead left it (the plan ended then:
    // re-qualified or disqualified, see DemoNurture) or until now.
    const auto entered =
        std::find_if(story.history.begin(), story.history.end(),
                     [](const DemoStageRow& row) { return row.to == Stage::Nurture; });
    const auto left = std::find_if(entered, story.history.end(), [](const DemoStageRow& row) {
        return row.from == Stage::Nurture;
    });
    plan.startedAt = entered->at;
    plan.returnAt = story.nurtureUntil.value_or(plan.startedAt + 90 * C::day);
    plan.rep = lead.owner;
    const qint64 endedAt = left == story.history.end() ? m_calendar.anchor() : left->at;

    const QList<ContentKind> contents = nurtureContents(plan.phase, plan.role);

    static const Weighted<NurtureChannel> channels =
        weights<NurtureChannel>({{NurtureChannel::Email, 65},
                                 {NurtureChannel::Phone, 15},
                                 {NurtureChannel::Letter, 8},
                                 {NurtureChannel::Social, 12}});
    const qint64 anchor = m_calendar.anchor();
    const qint64 steps = random.between(3, std::min<qint64>(5, contents.size()));
    qint64 due = plan.startedAt;
    for (qint64 i = 0; i < steps; ++i) {
        due += random.between(12, 25) * C::day;
        DemoNurtureStep step;
        step.content = contents.at(i);
        step.channel = channels.pick(random);
        step.dueAt = due;
        if (due <= anchor - 2 * C::day && due < endedAt) {
            const double roll = random.unit();
            if (roll < 0.9) {
                step.status = roll < 0.75 ? StepStatus::Done : StepStatus::Skipped;
                step.doneAt = std::min({anchor, endedAt, due + random.between(0, 2 * C::day)});
                step.response =
                    random.pick(roll < 0.75 ? m_recipe.nurtureDone : m_recipe.nurtureSkipped);
            }
        }
        plan.steps.push_back(step);
    }
    story.nurture = plan;
}
