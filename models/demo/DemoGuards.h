#pragma once

#include "demo/DemoRecipe.h"
#include "demo/DemoStory.h"
#include "scoring/ScoreResult.h"
#include "scoring/ScoringRules.h"

/// Makes a demo story agree with the scoring rules the demo is written with, as a rep's work
/// would: the interest events of a lead that became marketing-qualified or sales-ready give it
/// the high interest its story describes at that moment, and each of those decisions passes the
/// guard a rep meets (StageDecisions::assess with these rules, on the score the lead had then).
/// A lead that fails the SQL criteria is marked sales-ready only with an override and its
/// written reason in the stage history, as a rep would have to; otherwise it stays where it was
/// (an excluded lead is disqualified instead). An MQL against the criteria keeps its place in
/// the story with an override and its reason.
class DemoGuards
{
public:
    DemoGuards(const DemoRecipe& recipe, const ScoringRules& rules);

    /// How well the lead fits the persona under the rules, as a factor on its odds to become
    /// sales-ready: its fit score before the buying role is known, against the high-fit line.
    double fitFactor(const DemoLeadBasics& lead) const;

    /// After DemoDetails: adds interest where the story needs it, then guards the decision.
    void apply(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story) const;

    /// What the scoring engine sees of the lead at `at`: its fit, the qualification, and the
    /// interest events up to then (as LeadScores::inputFor reads them from the store).
    static ScoringInput inputAt(const DemoLeadBasics& lead, const DemoStory& story, qint64 at);

    /// Of every overridable refusal, the share a rep takes anyway with a written reason.
    static constexpr double overrideShare = 0.12;

private:
    ScoreResult scoreAt(const DemoLeadBasics& lead, const DemoStory& story, qint64 at) const;
    void engage(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story,
                qint64 decidedAt) const;
    void guardMarketingQualified(DemoRandom& random, const DemoLeadBasics& lead,
                                 const DemoStory& story, DemoStageRow& decision) const;
    void guardSalesReady(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story,
                         size_t row) const;

    const DemoRecipe& m_recipe;
    const ScoringRules& m_rules;
};
