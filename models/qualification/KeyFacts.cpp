#include "qualification/KeyFacts.h"

#include "scoring/ScoringRules.h"

#include <array>

namespace {

/// Questions by buying phase: unknown (general), awareness, consideration, investigation, purchase.
using PhaseQuestions = std::array<const char*, 5>;

const PhaseQuestions budgetQuestions{
    QT_TRANSLATE_NOOP("KeyFacts",
                      "Is there a budget for this — planned for this year, or already approved?"),
    QT_TRANSLATE_NOOP(
        "KeyFacts",
        "When you take on topics like this, how are they usually funded — from a department budget "
        "or a separate project budget?"),
    QT_TRANSLATE_NOOP("KeyFacts", "Have you set a budget range for a solution, even a rough one?"),
    QT_TRANSLATE_NOOP("KeyFacts",
                      "What budget is planned for this evaluation, and who releases it?"),
    QT_TRANSLATE_NOOP("KeyFacts", "Is the budget approved, and for what amount?")};

const PhaseQuestions authorityQuestions{
    QT_TRANSLATE_NOOP("KeyFacts", "Who besides you is involved in deciding this?"),
    QT_TRANSLATE_NOOP("KeyFacts", "If this became a project, who would drive it internally?"),
    QT_TRANSLATE_NOOP("KeyFacts", "Who weighs up the options with you — IT, finance, management?"),
    QT_TRANSLATE_NOOP("KeyFacts", "Who makes the final call when the evaluation is done?"),
    QT_TRANSLATE_NOOP("KeyFacts", "Who signs the order, and does anyone else have to approve it?")};

const PhaseQuestions needQuestions{
    QT_TRANSLATE_NOOP("KeyFacts", "What made you look into this topic right now?"),
    QT_TRANSLATE_NOOP("KeyFacts", "What challenge made you read up on this?"),
    QT_TRANSLATE_NOOP("KeyFacts",
                      "What would have to improve for a solution to be worth it for you?"),
    QT_TRANSLATE_NOOP("KeyFacts", "Which requirements must a solution meet without fail?"),
    QT_TRANSLATE_NOOP("KeyFacts", "Which problem does this purchase have to solve first?")};

const PhaseQuestions timingQuestions{
    QT_TRANSLATE_NOOP("KeyFacts", "By when should a solution be in place?"),
    QT_TRANSLATE_NOOP("KeyFacts", "Is this a topic for this year, or rather for later?"),
    QT_TRANSLATE_NOOP("KeyFacts", "When do you plan to choose a solution?"),
    QT_TRANSLATE_NOOP("KeyFacts", "When do you expect to finish the evaluation and decide?"),
    QT_TRANSLATE_NOOP("KeyFacts",
                      "When should the contract be signed, and when do you want to go live?")};

const char* generalQuestion(KeyFact fact)
{
    switch (fact) {
    case KeyFact::BudgetAmount:
        return QT_TRANSLATE_NOOP(
            "KeyFacts", "Roughly what amount are you working with, and in which currency?");
    case KeyFact::DecisionMaker:
        return QT_TRANSLATE_NOOP(
            "KeyFacts", "Just to be sure: do you make the final decision yourself, or who does?");
    case KeyFact::BuyingRole:
        return QT_TRANSLATE_NOOP(
            "KeyFacts",
            "What is your part in the decision — technical evaluation, budget, or overall "
            "responsibility?");
    case KeyFact::Pain:
        return QT_TRANSLATE_NOOP("KeyFacts",
                                 "What does the problem cost you today — time, money, customers?");
    case KeyFact::DecisionDate:
        return QT_TRANSLATE_NOOP("KeyFacts",
                                 "Is there a date by which the decision has to be made?");
    case KeyFact::BuyingPhase:
        return QT_TRANSLATE_NOOP(
            "KeyFacts",
            "Where are you in the process — getting informed, comparing options, evaluating "
            "in detail, or ready to buy?");
    case KeyFact::Employees:
        return QT_TRANSLATE_NOOP("KeyFacts", "How many people work at your company?");
    case KeyFact::Revenue:
        return QT_TRANSLATE_NOOP("KeyFacts", "Roughly what annual revenue does your company have?");
    case KeyFact::Industry:
        return QT_TRANSLATE_NOOP("KeyFacts", "Which industry would you put your company in?");
    case KeyFact::Position:
        return QT_TRANSLATE_NOOP("KeyFacts", "What is your role in the company?");
    default:
        return "";
    }
}

} // namespace

QString KeyFacts::label(KeyFact fact)
{
    switch (fact) {
    case KeyFact::Budget:
        return tr("Budget");
    case KeyFact::BudgetAmount:
        return tr("Budget amount");
    case KeyFact::Authority:
        return tr("Authority");
    case KeyFact::DecisionMaker:
        return tr("Decision authority confirmed");
    case KeyFact::BuyingRole:
        return tr("Buying-center role");
    case KeyFact::Need:
        return tr("Need");
    case KeyFact::Pain:
        return tr("The pain in words");
    case KeyFact::Timing:
        return tr("Timing");
    case KeyFact::DecisionDate:
        return tr("Expected decision date");
    case KeyFact::BuyingPhase:
        return tr("Buying phase");
    case KeyFact::Employees:
        return tr("Employees");
    case KeyFact::Revenue:
        return tr("Annual revenue");
    case KeyFact::Industry:
        return tr("Industry");
    case KeyFact::Position:
        return tr("Position");
    }
    return {};
}

QString KeyFacts::question(KeyFact fact, BuyingPhase phase)
{
    const int p = vocabIndex(phase);
    switch (fact) {
    case KeyFact::Budget:
        return tr(budgetQuestions[p]);
    case KeyFact::Authority:
        return tr(authorityQuestions[p]);
    case KeyFact::Need:
        return tr(needQuestions[p]);
    case KeyFact::Timing:
        return tr(timingQuestions[p]);
    default:
        return tr(generalQuestion(fact));
    }
}

QList<OpenFact> KeyFacts::open(const Qualification& q, const FitAttributes& fit)
{
    QList<KeyFact> bant;
    if (q.phase == BuyingPhase::Unknown)
        bant.append(KeyFact::BuyingPhase);
    if (q.need == NeedLevel::Unknown)
        bant.append(KeyFact::Need);
    else if (q.need != NeedLevel::None && q.needText.isEmpty())
        bant.append(KeyFact::Pain);
    if (q.budget == BudgetStatus::Unknown)
        bant.append(KeyFact::Budget);
    else if (q.budget != BudgetStatus::None && !q.budgetAmountMinor)
        bant.append(KeyFact::BudgetAmount);
    if (q.authority == AuthorityLevel::Unknown)
        bant.append(KeyFact::Authority);
    if (!q.decisionMakerConfirmed)
        bant.append(KeyFact::DecisionMaker);
    if (q.buyingRole == BuyingRole::Unknown)
        bant.append(KeyFact::BuyingRole);
    if (q.timing == Timing::Unknown)
        bant.append(KeyFact::Timing);
    else if (!q.decisionDate.isValid())
        bant.append(KeyFact::DecisionDate);

    QList<KeyFact> fitFacts;
    if (!fit.employees)
        fitFacts.append(KeyFact::Employees);
    if (!fit.annualRevenueMinor)
        fitFacts.append(KeyFact::Revenue);
    if (fit.industry == Industry::Unknown)
        fitFacts.append(KeyFact::Industry);
    if (fit.title.isEmpty() && fit.seniority == Seniority::Unknown)
        fitFacts.append(KeyFact::Position);

    QList<OpenFact> result;
    for (KeyFact fact : bant)
        result.append({fact, true, label(fact), question(fact, q.phase)});
    for (KeyFact fact : fitFacts)
        result.append({fact, false, label(fact), question(fact, q.phase)});
    return result;
}
