#include "decisions/StageDecisions.h"

#include "domain/LeadRepository.h"
#include "leads/LeadVersion.h"
#include "nurture/PlanEndings.h"
#include "scoring/LeadScores.h"
#include "scoring/ScoreExplanation.h"
#include "scoring/ScoringEngine.h"
#include "store/Store.h"
#include "support/Clock.h"

namespace {

Stage currentStage(const Store& store, qint64 leadId)
{
    const QVariant stage =
        Sql::scalar(store.db(), QStringLiteral("SELECT stage FROM leads WHERE id = ?"), {leadId});
    if (!stage.isValid())
        throw StoreError(StageDecisions::tr("Lead %1 no longer exists.").arg(leadId));
    return fromKeyOr(stage.toString(), Stage::New);
}

QDate today()
{
    return Clock::now().toLocalTime().date();
}

} // namespace

DecisionRefused::DecisionRefused(const QString& message, QStringList reasons, bool overridable)
    : StoreError(reasons.isEmpty() ? message
                                   : message + QLatin1Char('\n') + reasons.join(QLatin1Char('\n')))
    , m_reasons(std::move(reasons))
    , m_overridable(overridable)
{}

StageDecisions::StageDecisions(const Store& store)
    : m_store(store)
{}

Stage StageDecisions::target(Decision decision)
{
    switch (decision) {
    case Decision::SalesReady:
        return Stage::Sql;
    case Decision::MarketingQualified:
        return Stage::Mql;
    case Decision::Nurture:
        return Stage::Nurture;
    case Decision::Disqualify:
        return Stage::Disqualified;
    case Decision::Reopen:
        return Stage::Working;
    }
    return Stage::Working;
}

QList<Stage> StageDecisions::allowedFrom(Decision decision)
{
    switch (decision) {
    case Decision::SalesReady:
        return {Stage::New, Stage::Working, Stage::Mql, Stage::Nurture};
    case Decision::MarketingQualified:
        return {Stage::New, Stage::Working, Stage::Sql, Stage::Nurture};
    case Decision::Nurture:
        return {Stage::New, Stage::Working, Stage::Mql, Stage::Sql};
    case Decision::Disqualify:
        return {Stage::New, Stage::Working, Stage::Mql, Stage::Sql, Stage::Nurture};
    case Decision::Reopen:
        return {Stage::Nurture, Stage::Disqualified};
    }
    return {};
}

QString StageDecisions::label(Decision decision)
{
    switch (decision) {
    case Decision::SalesReady:
        return tr("Sales-ready");
    case Decision::MarketingQualified:
        return tr("Marketing-qualified");
    case Decision::Nurture:
        return tr("Nurture");
    case Decision::Disqualify:
        return tr("Disqualify");
    case Decision::Reopen:
        return tr("Reopen");
    }
    return {};
}

DecisionCheck StageDecisions::assess(Stage stage, Decision decision, const ScoreResult& score,
                                     const ScoringRules& rules)
{
    DecisionCheck check;
    check.possible = allowedFrom(decision).contains(stage);
    if (decision == Decision::SalesReady && score.excluded) {
        // A competitor, an applicant…: no written reason makes such a lead a sales lead.
        check.blocked = true;
        check.gaps.append(ScoreExplanation::gapText(SqlGap::Excluded, rules));
    } else if (decision == Decision::SalesReady && !score.sqlMet) {
        check.needsOverride = true;
        check.gaps = ScoreExplanation::gapTexts(score, rules);
    } else if (decision == Decision::MarketingQualified && !score.mqlMet) {
        check.needsOverride = true;
        check.gaps.append(score.excluded
                              ? ScoreExplanation::gapText(SqlGap::Excluded, rules)
                              : tr("The total score (%1) is below the MQL threshold of %2.")
                                    .arg(score.total)
                                    .arg(rules.mqlThreshold));
    }
    return check;
}

DecisionCheck StageDecisions::check(qint64 leadId, Decision decision) const
{
    const ActiveRules rules = ScoringRulesRepository(m_store).active();
    const qint64 now = Clock::nowSecs();
    const std::optional<ScoringInput> input =
        LeadScores::inputFor(m_store, leadId, now, rules.rules.maxAgeDays);
    if (!input)
        return {};
    const ScoreResult score = ScoringEngine::score(rules.rules, *input, now, false);
    return assess(currentStage(m_store, leadId), decision, score, rules.rules);
}

void StageDecisions::guard(Stage stage, const DecisionRequest& request, const ScoreResult& score,
                           const ScoringRules& rules, bool withPlan) const
{
    const DecisionCheck check = assess(stage, request.decision, score, rules);
    if (!check.possible)
        throw DecisionRefused(tr("A lead in stage %1 cannot be moved by \"%2\".")
                                  .arg(labelOf(stage), label(request.decision)),
                              {}, false);
    if (check.blocked)
        throw DecisionRefused(tr("An excluded lead can never be marked sales-ready, not even "
                                 "with an override reason. Disqualify it, or correct the details "
                                 "that exclude it."),
                              check.gaps, false);
    if (check.needsOverride && request.overrideReason.trimmed().isEmpty())
        throw DecisionRefused(request.decision == Decision::SalesReady
                                  ? tr("The lead does not meet the sales-ready criteria. Write an "
                                       "override reason to mark "
                                       "it sales-ready anyway.")
                                  : tr("The lead does not meet the marketing-qualified criteria. "
                                       "Write an override reason to mark "
                                       "it marketing-qualified anyway."),
                              check.gaps, true);
    if (request.decision == Decision::Nurture &&
        (request.nurtureUntil.isValid() || !withPlan) &&
        (!request.nurtureUntil.isValid() || request.nurtureUntil <= today()))
        throw DecisionRefused(tr("Choose the day the lead comes back into the queue; it must be "
                                 "after today."),
                              {}, false);
    if (request.decision == Decision::Disqualify) {
        if (!request.disqualifyReason)
            throw DecisionRefused(tr("Choose why the lead is disqualified."), {}, false);
        if (*request.disqualifyReason == DisqualifyReason::Other &&
            request.note.trimmed().isEmpty())
            throw DecisionRefused(tr("Disqualified for another reason: describe it in a few "
                                     "words."),
                                  {}, false);
    }
}

void StageDecisions::apply(qint64 leadId, const DecisionRequest& request, const QString& repName,
                           const std::optional<DecisionBasis>& basis) const
{
    decide(leadId, request, nullptr, repName, basis);
}

void StageDecisions::applyWithPlan(qint64 leadId, const DecisionRequest& request,
                                   const NurturePlanStart& plan, const QString& repName,
                                   const std::optional<DecisionBasis>& basis) const
{
    if (request.decision != Decision::Nurture)
        throw DecisionRefused(tr("Only a Nurture decision starts a nurture plan."), {}, false);
    decide(leadId, request, &plan, repName, basis);
}

void StageDecisions::decide(qint64 leadId, const DecisionRequest& request,
                            const NurturePlanStart* plan, const QString& repName,
                            const std::optional<DecisionBasis>& basis) const
{
    const ActiveRules rules = ScoringRulesRepository(m_store).active();
    const qint64 repId = Reps::idFor(m_store, repName);
    WriteTransaction transaction(m_store);
    const std::optional<qint64> version = LeadVersion::lockInTransaction(m_store, leadId);
    const Stage stage = currentStage(m_store, leadId);
    if (version && basis &&
        LeadVersion::overwrites(basis->rowVersion, *version, keyOf(basis->stage), keyOf(stage),
                                keyOf(target(request.decision))))
        throw LeadConflict(
            leadId, {{QStringLiteral("stage"), keyOf(target(request.decision)), keyOf(stage)}});
    const ScoreResult score = LeadScores::rescoreInTransaction(m_store, leadId, rules);
    guard(stage, request, score, rules.rules, plan != nullptr);

    QString reason;
    // The panel's one text line arrives as the override reason; with the criteria met it is the
    // decision's note, kept in the history all the same.
    QString note = request.note.trimmed();
    if (note.isEmpty())
        note = request.overrideReason.trimmed();
    const bool overridden = (request.decision == Decision::SalesReady && !score.sqlMet) ||
                            (request.decision == Decision::MarketingQualified && !score.mqlMet);
    if (overridden) {
        reason = overrideReasonKey();
        note = request.overrideReason.trimmed();
    } else if (request.decision == Decision::Disqualify) {
        reason = keyOf(*request.disqualifyReason);
    }
    LeadRepository leads(m_store);
    leads.changeStageInTransaction(leadId, target(request.decision), repId, reason, note);
    std::optional<qint64> nurtureUntil;
    if (request.decision == Decision::Nurture && request.nurtureUntil.isValid())
        nurtureUntil = QDateTime(request.nurtureUntil, QTime(0, 0)).toSecsSinceEpoch();
    leads.setNurtureUntilInTransaction(leadId, nurtureUntil);
    // A Nurture decision with a track starts the plan; leaving nurture ends the running one.
    PlanEndings::afterDecisionInTransaction(m_store, leadId, request, plan, repName);
    m_store.announceLead(leadId);
    transaction.commit();
}
