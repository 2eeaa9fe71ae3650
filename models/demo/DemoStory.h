#pragma once

#include "demo/DemoContacts.h"

#include <optional>
#include <vector>

/// Everything that happens to one demo lead, computed before any of it is written: its stage
/// history, calls, qualification answers, interest, nurture plan and handoff. Reps are indices
/// into the recipe's rep list.
struct DemoStageRow
{
    std::optional<Stage> from; ///< none for the creation of the lead
    Stage to = Stage::New;
    qint64 at = 0;
    int rep = 0;
    QString reason;
    QString note;
};

struct DemoCallRow
{
    qint64 at = 0;
    int rep = 0;
    int durationSecs = 0;
    CallOutcome outcome = CallOutcome::NoAnswer;
    QString note;
    std::optional<qint64> callbackAt;
};

struct DemoQualification
{
    BudgetStatus budget = BudgetStatus::Unknown;
    std::optional<qint64> budgetMinor;
    QString budgetCurrency;
    AuthorityLevel authority = AuthorityLevel::Unknown;
    BuyingRole role = BuyingRole::Unknown;
    bool decisionMakerConfirmed = false;
    NeedLevel need = NeedLevel::Unknown;
    QString needText;
    Timing timing = Timing::Unknown;
    QString decisionDate; ///< ISO date, empty when unknown
    BuyingPhase phase = BuyingPhase::Unknown;
    QString notes;
    qint64 updatedAt = 0;
    int rep = 0;
};

struct DemoInterestRow
{
    InterestKind kind = InterestKind::LandingPageVisit;
    qint64 at = 0;
    QString detail;
};

struct DemoNurtureStep
{
    ContentKind content = ContentKind::Overview;
    NurtureChannel channel = NurtureChannel::Email;
    qint64 dueAt = 0;
    StepStatus status = StepStatus::Pending;
    std::optional<qint64> doneAt;
    QString response;
};

struct DemoNurturePlan
{
    QString track;
    BuyingPhase phase = BuyingPhase::Unknown;
    BuyingRole role = BuyingRole::Unknown;
    qint64 startedAt = 0;
    qint64 returnAt = 0;
    int rep = 0;
    std::vector<DemoNurtureStep> steps;
};

/// What the generator knows about a lead before its story is told.
struct DemoLeadBasics
{
    qint64 createdAt = 0;
    DemoCompany company;
    DemoPerson person;
    const DemoChannel* channel = nullptr;
    QString campaign;
    int owner = 0;
    double quality = 1; ///< how likely it converts: channel, seniority and company size
    /// How the lead fits the persona under the demo's rules (DemoGuards::fitFactor): a rep
    /// makes a lead that does not fit sales-ready only rarely.
    double fit = 1;
};

struct DemoStory
{
    std::vector<DemoStageRow> history;
    std::vector<DemoCallRow> calls;
    std::optional<DemoQualification> qualification;
    std::vector<DemoInterestRow> interest;
    std::optional<DemoNurturePlan> nurture;
    int handoffBatch = -1; ///< index into DemoCalendar::handoffBatches(), -1 when not handed off

    Stage stage = Stage::New;
    qint64 stageChangedAt = 0;
    QString disqualifyReason;
    QString disqualifyNote;
    std::optional<qint64> nurtureUntil;
    bool doNotCall = false;
    int attempts = 0; ///< unreached attempts since the last conversation
    std::optional<qint64> nextActionAt;
    QString nextActionKind;
    qint64 updatedAt = 0;

    void clear() { *this = DemoStory(); }
    const DemoCallRow* lastCall() const { return calls.empty() ? nullptr : &calls.back(); }
};
