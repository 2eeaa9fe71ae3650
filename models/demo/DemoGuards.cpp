#include "demo/DemoGuards.h"

#include "decisions/StageDecisions.h"
#include "demo/DemoCalendar.h"
#include "demo/DemoKeys.h"
#include "scoring/ScoringEngine.h"

#include <algorithm>

namespace {

using C = DemoCalendar;

/// What an engaged buyer does in the weeks before the call that makes it sales-ready.
const Weighted<InterestKind>& engagedKinds()
{
    static const Weighted<InterestKind> kinds = [] {
        Weighted<InterestKind> table;
        table.add(InterestKind::LandingPageVisit, 35);
        table.add(InterestKind::Download, 25);
        table.add(InterestKind::Webinar, 15);
        table.add(InterestKind::EmailClick, 15);
        table.add(InterestKind::Event, 10);
        return table;
    }();
    return kinds;
}

qint64 latestActivity(const DemoStory& story)
{
    qint64 updated = story.stageChangedAt;
    if (const DemoCallRow* call = story.lastCall())
        updated = std::max(updated, call->at + call->durationSecs);
    if (story.qualification)
        updated = std::max(updated, story.qualification->updatedAt);
    return updated;
}

/// The story ends at history row `keep` (inclusive): what came after it did not happen.
void endAt(DemoStory& story, size_t keep)
{
    story.history.resize(keep + 1);
    story.stage = story.history.back().to;
    story.stageChangedAt = story.history.back().at;
    story.handoffBatch = -1;
    story.updatedAt = std::min(story.updatedAt, latestActivity(story));
}

} // namespace

DemoGuards::DemoGuards(const DemoRecipe& recipe, const ScoringRules& rules)
    : m_recipe(recipe)
    , m_rules(rules)
{}

ScoringInput DemoGuards::inputAt(const DemoLeadBasics& lead, const DemoStory& story, qint64 at)
{
    const DemoCompany& company = lead.company;
    const DemoPerson& person = lead.person;
    ScoringInput input;
    input.employees = company.employees;
    input.annualRevenueMinor = company.revenueMinor;
    if (company.revenueMinor)
        input.revenueCurrency = company.country->currency;
    input.industry = company.industry->industry;
    input.seniority = person.seniority;
    input.title = person.title;
    input.email = person.email;
    input.website = company.website;
    if (const DemoQualification* q = story.qualification ? &*story.qualification : nullptr) {
        input.buyingRole = q->role;
        input.budget = q->budget;
        input.authority = q->authority;
        input.decisionMakerConfirmed = q->decisionMakerConfirmed;
        input.need = q->need;
        input.timing = q->timing;
    }
    for (const DemoInterestRow& event : story.interest)
        if (event.at <= at)
            input.interest.push_back({event.kind, event.at});
    return input;
}

ScoreResult DemoGuards::scoreAt(const DemoLeadBasics& lead, const DemoStory& story, qint64 at) const
{
    return ScoringEngine::score(m_rules, inputAt(lead, story, at), at, false);
}

double DemoGuards::fitFactor(const DemoLeadBasics& lead) const
{
    static const DemoStory none;
    const ScoreResult score = scoreAt(lead, none, lead.createdAt);
    if (score.excluded)
        return 0.1;
    if (score.fit >= m_rules.highFit)
        return 1.6;
    // The buying role the conversation reveals may still lift it over the line.
    return score.fit + 15 >= m_rules.highFit ? 0.6 : 0.15;
}

void DemoGuards::apply(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story) const
{
    // The interest the story describes: a lead shows it before it is marketing-qualified and
    // again before it is sales-ready.
    for (size_t i = 0; i < story.history.size(); ++i)
        if (story.history[i].to == Stage::Mql || story.history[i].to == Stage::Sql)
            engage(random, lead, story, story.history[i].at);
    for (size_t i = 0; i < story.history.size(); ++i) {
        if (story.history[i].to == Stage::Mql)
            guardMarketingQualified(random, lead, story, story.history[i]);
        if (story.history[i].to == Stage::Sql)
            return guardSalesReady(random, lead, story, i); // may end the story there
    }
}

void DemoGuards::guardMarketingQualified(DemoRandom& random, const DemoLeadBasics& lead,
                                         const DemoStory& story, DemoStageRow& decision) const
{
    const ScoreResult score = scoreAt(lead, story, decision.at);
    const DecisionCheck check = StageDecisions::assess(
        decision.from.value_or(Stage::New), Decision::MarketingQualified, score, m_rules);
    if (!check.needsOverride)
        return;
    // What came after needs the lead to have been an MQL: the rep took it against the score.
    decision.reason = StageDecisions::overrideReasonKey();
    decision.note =
        random.pick(m_recipe.mqlOverrideReasons.forLanguage(lead.company.country->language));
}

void DemoGuards::engage(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story,
                        qint64 decidedAt) const
{
    // Marketing-qualified and sales-ready both mean interest shown (sales-ready: the high
    // interest of its quadrant): the weeks before the decision show it.
    const int target =
        std::min<int>(m_rules.interestMax, m_rules.highInterest + int(random.between(0, 20)));
    const qint64 earliest = std::max(lead.createdAt - 30 * C::day, decidedAt - 21 * C::day);
    bool added = false;
    int interest = scoreAt(lead, story, decidedAt).interest;
    double estimate = interest; // the engine's figure, plus what was added since
    for (int guard = 0; guard < 16 && interest < target; ++guard) {
        const InterestKind kind = engagedKinds().pick(random);
        const qint64 at = random.between(std::min(earliest, decidedAt - C::hour), decidedAt - 1);
        story.interest.push_back({kind, at, random.pick(m_recipe.interestDetails[size_t(kind)])});
        added = true;
        estimate += ScoringEngine::decayedPoints(m_rules, kind, double(decidedAt - at) / C::day);
        if (estimate >= target) { // the engine has the last word (rounding, the cap)
            interest = scoreAt(lead, story, decidedAt).interest;
            estimate = interest;
        }
    }
    if (added)
        std::sort(story.interest.begin(), story.interest.end(),
                  [](const DemoInterestRow& a, const DemoInterestRow& b) { return a.at < b.at; });
}

void DemoGuards::guardSalesReady(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story,
                                 size_t row) const
{
    DemoStageRow& decision = story.history[row];
    const Stage from = decision.from.value_or(Stage::New);
    const ScoreResult score = scoreAt(lead, story, decision.at);
    const DecisionCheck check = StageDecisions::assess(from, Decision::SalesReady, score, m_rules);
    if (check.possible && !check.blocked && !check.needsOverride)
        return;
    const QString& language = lead.company.country->language;
    if (check.possible && !check.blocked && random.chance(overrideShare)) {
        // The rep knew better than the score, and wrote down why.
        decision.reason = StageDecisions::overrideReasonKey();
        decision.note = random.pick(m_recipe.overrideReasons.forLanguage(language));
        return;
    }
    const qint64 at = decision.at;
    const int rep = decision.rep;
    endAt(story, row - 1);
    if (!check.blocked)
        return; // not sales-ready after all: the lead stays where it was, to be worked on
    // An excluded lead (a competitor, an applicant…) is disqualified with the rule's reason.
    const DisqualifyReason reason =
        fromKey<DisqualifyReason>(score.proposedDisqualifyReason).value_or(DisqualifyReason::Other);
    const QString note = reason == DisqualifyReason::Other
                             ? random.pick(m_recipe.disqualifyNotes.forLanguage(language))
                             : QString();
    story.history.push_back({story.stage, Stage::Disqualified, at, rep, demoKey(reason), note});
    story.stage = Stage::Disqualified;
    story.stageChangedAt = at;
    story.disqualifyReason = demoKey(reason);
    story.disqualifyNote = note;
    story.nextActionAt.reset();
    story.nextActionKind.clear();
    story.updatedAt = std::max(story.updatedAt, at);
}
