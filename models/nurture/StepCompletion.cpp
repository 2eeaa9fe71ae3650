#include "nurture/StepCompletion.h"

#include "domain/LeadRepository.h"
#include "nurture/NurtureReturns.h"
#include "nurture/PlanStops.h"
#include "scoring/LeadScores.h"
#include "store/Store.h"
#include "support/Clock.h"

StepCompletion::StepCompletion(const Store& store)
    : m_store(store)
{}

std::optional<InterestKind> StepCompletion::interestKindOf(StepResponse response)
{
    switch (response) {
    case StepResponse::Opened:
        return InterestKind::EmailOpen;
    case StepResponse::Clicked:
        return InterestKind::EmailClick;
    case StepResponse::Downloaded:
        return InterestKind::Download;
    case StepResponse::Replied:
        return InterestKind::Reply;
    case StepResponse::Attended:
        return InterestKind::Event;
    case StepResponse::NoReaction:
        break;
    }
    return std::nullopt;
}

StepResult StepCompletion::markSent(qint64 stepId, const QString& repName) const
{
    return record(stepId, StepOutcome{}, repName);
}

StepResult StepCompletion::record(qint64 stepId, const StepOutcome& outcome,
                                  const QString& repName) const
{
    const ActiveRules rules = ScoringRulesRepository(m_store).active();
    const qint64 repId = Reps::idFor(m_store, repName);
    WriteTransaction transaction(m_store);
    QSqlQuery q = Sql::exec(
        m_store.db(),
        QStringLiteral("SELECT s.lead_id, s.status, s.response, p.status, s.content_id,"
                       " coalesce(c.title, s.content_kind), s.plan_id FROM nurture_steps s"
                       " JOIN nurture_plans p ON p.id = s.plan_id LEFT JOIN content_pieces c"
                       " ON c.id = s.content_id WHERE s.id = ?"),
        {stepId});
    if (!q.next())
        throw StoreError(tr("There is no nurture step %1.").arg(stepId));
    StepResult result;
    result.leadId = q.value(0).toLongLong();
    const QString status = q.value(1).toString();
    const bool awaitsResponse = status == QLatin1String("done") && q.value(2).isNull();
    if (q.value(3).toString() != QLatin1String("active") && !awaitsResponse)
        throw StoreError(tr("The plan of step %1 has ended; the step cannot be recorded.").arg(stepId));
    if (status != QLatin1String("pending") && !(awaitsResponse && outcome.response))
        throw StoreError(tr("Step %1 was recorded already.").arg(stepId));
    const QVariant contentId = q.value(4);
    const QString detail = q.value(5).toString();

    const std::optional<StoredScore> before = LeadScores::find(m_store, result.leadId);
    const qint64 now = Clock::nowSecs();
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE nurture_steps SET status = ?, done_at = coalesce(done_at, ?),"
                             " response = ?, note = coalesce(?, note), rep_id = ? WHERE id = ?"),
              {keyOf(outcome.skipped ? StepStatus::Skipped : StepStatus::Done), now,
               outcome.response ? QVariant(NurtureTerms::key(*outcome.response))
                                : QVariant(QMetaType(QMetaType::QString)),
               Sql::nullIfEmpty(outcome.note.trimmed()), repId, stepId});
    const std::optional<InterestKind> kind =
        outcome.response && !outcome.skipped ? interestKindOf(*outcome.response) : std::nullopt;
    if (kind)
        result.interestEventId = Sql::insertId(
            m_store.db(),
            QStringLiteral("INSERT INTO interest_events (lead_id, kind, occurred_at, detail,"
                           " step_id, content_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {result.leadId, keyOf(*kind), now, detail, stepId, contentId});
    const ScoreResult after = LeadScores::rescoreInTransaction(m_store, result.leadId, rules);
    if (before) {
        result.interestBefore = before->interest;
        result.totalBefore = before->total;
        result.gradeBefore = before->grade;
    }
    result.interestAfter = after.interest;
    result.totalAfter = after.total;
    result.gradeAfter = keyOf(after.grade);
    result.crossedThreshold = result.interestBefore < rules.rules.highInterest &&
                              after.interest >= rules.rules.highInterest;
    if (result.crossedThreshold)
        NurtureReturns::bringBackInTransaction(m_store, result.leadId,
                                               NurtureReturns::Reason::InterestThreshold);
    if (outcome.stop) {
        result.planStopped =
            PlanStops(m_store).stopActiveInTransaction(result.leadId, *outcome.stop, repName);
        NurtureReturns::bringBackInTransaction(m_store, result.leadId,
                                               NurtureReturns::Reason::ContactRequested);
    }
    m_store.announceLead(result.leadId);
    transaction.commit();
    return result;
}
