#include "NurtureFixture.h"
#include "items/TimelineModel.h"
#include "nurture/DueDates.h"
#include "nurture/HolidayCalendar.h"
#include "nurture/NurtureDue.h"
#include "nurture/NurtureReturns.h"
#include "nurture/PlanStops.h"
#include "nurture/StepCompletion.h"
#include "nurture/TrackEffect.h"
#include "nurture/TrackProposal.h"
#include "scoring/ScoringEngine.h"

#include <QSignalSpy>
#include <QTest>

/// A lead's nurture plan on a real store: starting it from the Nurture decision, responses that
/// move the score, the return to the queue, pauses, track versions and the due list.
class TestNurturePlans : public QObject
{
    Q_OBJECT

    std::unique_ptr<NurtureFixture> f;
    const Store& store() { return f->store(); }
    const QString& rep() { return NurtureFixture::rep; }

    QDate localDue(const PlanStep& step)
    {
        return DueDates::localDay(step.dueAt, QTimeZone("Europe/Berlin"));
    }

private slots:
    void init() { f = std::make_unique<NurtureFixture>(); }
    void cleanup() { f.reset(); }

    void theStoreShipsTheDefaults()
    {
        const QList<Track> tracks = TrackLibrary(store()).current();
        QVERIFY(tracks.size() >= 8);
        const auto develop =
            TrackLibrary(store()).currentByKey(QStringLiteral("awareness-develop"));
        QVERIFY(develop);
        QCOMPARE(develop->version, 1);
        QVERIFY(develop->steps.first().contentId > 0);
        QCOMPARE(develop->steps.at(1).purpose, StepPurpose::FillNeed);
    }

    void theNurtureDecisionStartsThePlan()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        QSignalSpy changed(store().events(), &StoreEvents::leadChanged);
        const Proposal proposal = TrackProposal::forLead(store(), lead);
        QVERIFY(proposal.track);
        DecisionRequest request;
        request.decision = Decision::Nurture; // no return date: the plan brings the lead back
        StageDecisions(store()).applyWithPlan(
            lead, request, {proposal.track->id, QStringLiteral("BY"), proposal.text()}, rep());
        QCOMPARE(LeadRepository(store()).find(lead)->stage, Stage::Nurture);
        QVERIFY(changed.contains(QVariantList{lead}));
        const auto plan = NurturePlans(store()).activePlanOf(lead);
        QVERIFY(plan);
        QCOMPARE(plan->trackKey, proposal.track->key);
        QCOMPARE(plan->proposal, proposal.text());
        QCOMPARE(plan->region, QStringLiteral("BY"));
        QCOMPARE(plan->steps.size(), proposal.track->steps.size());
        QCOMPARE(localDue(plan->steps.first()), QDate(2026, 3, 2));
        for (const PlanStep& step : plan->steps)
            QVERIFY(HolidayCalendar(QStringLiteral("DE"), QStringLiteral("BY"))
                        .isWorkday(localDue(step)));
        // Without a plan the decision still needs its return date.
        const qint64 other = f->addLead(QStringLiteral("Ben"));
        DecisionRequest bare;
        bare.decision = Decision::Nurture;
        QVERIFY_THROWS_EXCEPTION(DecisionRefused,
                                 StageDecisions(store()).apply(other, bare, rep()));

        TimelineModel timeline(&store());
        timeline.setLead(lead);
        QStringList kinds;
        for (int row = 0; row < timeline.rowCount(); ++row)
            kinds.append(timeline.index(row, 0).data(TimelineModel::KindRole).toString());
        QVERIFY(kinds.contains(QStringLiteral("plan_start")));
        QVERIFY(kinds.contains(QStringLiteral("nurture")));
    }

    void aResponseMovesInterestScoreAndGrade()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-develop"));
        const ActiveRules rules = ScoringRulesRepository(store()).active();
        QString firstGrade = LeadScores::find(store(), lead)->grade;
        bool gradeMoved = false;
        int events = 0;
        const QList<PlanStep> steps = NurturePlans(store()).plan(planId)->steps;
        for (const PlanStep& step : steps) {
            const StepResult result = StepCompletion(store()).record(
                step.id, {false, StepResponse::Attended, {}, {}}, rep());
            ++events;
            QVERIFY(result.interestEventId > 0);
            QCOMPARE(Sql::scalar(store().db(),
                                 QStringLiteral("SELECT step_id FROM interest_events WHERE id = ?"),
                                 {result.interestEventId})
                         .toLongLong(),
                     step.id);
            const StoredScore stored = *LeadScores::find(store(), lead);
            QCOMPARE(stored.interest, result.interestAfter);
            QCOMPARE(stored.total, result.totalAfter);
            QCOMPARE(stored.grade, result.gradeAfter);
            QVERIFY(result.interestAfter >= result.interestBefore);
            // The stored interest is what the log gives under the active rules.
            const auto input =
                LeadScores::inputFor(store(), lead, Clock::nowSecs(), rules.rules.maxAgeDays);
            QCOMPARE(ScoringEngine::score(rules.rules, *input, Clock::nowSecs(), false).interest,
                     stored.interest);
            gradeMoved = gradeMoved || stored.grade != firstGrade;
        }
        QVERIFY2(gradeMoved, "six attended events move the grade");
        QCOMPARE(
            Sql::scalar(store().db(),
                        QStringLiteral("SELECT count(*) FROM interest_events WHERE lead_id = ?"),
                        {lead})
                .toInt(),
            events);
        // A step is recorded once; "no reaction" adds nothing to the log.
        const qint64 first = NurturePlans(store()).plan(planId)->steps.first().id;
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            StepCompletion(store()).record(first, {false, StepResponse::Opened, {}, {}}, rep()));
    }

    void noReactionAndSentAddNoInterest()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-overview"));
        const auto steps = NurturePlans(store()).plan(planId)->steps;
        QCOMPARE(StepCompletion(store())
                     .record(steps.at(0).id,
                             {false, StepResponse::NoReaction, QStringLiteral("no answer"), {}},
                             rep())
                     .interestEventId,
                 0);
        // Marked sent from the mail program; the response comes a day later.
        QCOMPARE(StepCompletion(store()).markSent(steps.at(1).id, rep()).interestEventId, 0);
        Clock::advance(86400);
        QVERIFY(StepCompletion(store())
                    .record(steps.at(1).id, {false, StepResponse::Clicked, {}, {}}, rep())
                    .interestEventId > 0);
        const auto step = NurturePlans(store()).step(steps.at(0).id);
        QCOMPARE(step->note, QStringLiteral("no answer"));
        QCOMPARE(step->response, StepResponse::NoReaction);
    }

    void aDueCallStepBringsTheLeadBack()
    {
        f->callFirstTrack();
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 quiet = f->addLead(QStringLiteral("Ben"));
        f->nurture(lead, QStringLiteral("call-first"));
        f->nurture(quiet, QStringLiteral("awareness-overview")); // e-mail first: not a call
        const auto row = f->queued(lead);
        QVERIFY(row);
        QVERIFY(row->nurtureStepDue);
        const QString reason = f->queueReason(*row);
        QVERIFY2(reason.contains(QLatin1String("Nurture step due")), qPrintable(reason));
        QVERIFY(reason.contains(QLatin1String("Is there a budget planned for this?")));
        QVERIFY(!f->queued(quiet));
        // Done: the lead waits for its next step again.
        const auto plan = NurturePlans(store()).activePlanOf(lead);
        StepCompletion(store()).record(plan->steps.first().id,
                                       {false, StepResponse::Replied, {}, {}}, rep());
        QVERIFY(!f->queued(lead));
    }

    void crossingTheInterestThresholdBringsTheLeadBack()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-overview"));
        QVERIFY(!f->queued(lead));
        const auto steps = NurturePlans(store()).plan(planId)->steps;
        const StepResult first = StepCompletion(store()).record(
            steps.at(0).id, {false, StepResponse::Attended, {}, {}}, rep());
        QVERIFY(!first.crossedThreshold);
        QVERIFY(!f->queued(lead));
        const StepResult second = StepCompletion(store()).record(
            steps.at(1).id, {false, StepResponse::Replied, {}, {}}, rep());
        QVERIFY2(second.crossedThreshold, qPrintable(QStringLiteral("interest %1 → %2 → %3")
                                                         .arg(first.interestBefore)
                                                         .arg(first.interestAfter)
                                                         .arg(second.interestAfter)));
        QVERIFY(second.interestAfter >=
                ScoringRulesRepository(store()).active().rules.highInterest);
        const auto row = f->queued(lead);
        QVERIFY(row);
        QVERIFY2(f->queueReason(*row).contains(QLatin1String("Interest crossed the threshold")),
                 qPrintable(f->queueReason(*row)));
    }

    void aChangedPhaseBringsTheLeadBack()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        f->nurture(lead, QStringLiteral("awareness-overview"));
        Qualification q;
        q.phase = BuyingPhase::Purchase;
        q.buyingRole = BuyingRole::Executive;
        WriteTransaction tx(store());
        QualificationRepository(store()).saveInTransaction(lead, q, Reps::idFor(store(), rep()));
        QVERIFY(NurtureReturns::checkPhaseInTransaction(store(), lead));
        tx.commit();
        const auto row = f->queued(lead);
        QVERIFY(row);
        QVERIFY(f->queueReason(*row).contains(QLatin1String("Buying phase changed")));
    }

    void aPauseMovesTheLaterSteps()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-develop"));
        const auto before = NurturePlans(store()).plan(planId)->steps;
        QCOMPARE(localDue(before.at(3)), QDate(2026, 3, 30));
        PlanStops(store()).pause(planId, QDate(2026, 3, 9), QDate(2026, 3, 13));
        const auto after = NurturePlans(store()).plan(planId);
        QCOMPARE(localDue(after->steps.at(0)), QDate(2026, 3, 2));  // before the pause
        QCOMPARE(localDue(after->steps.at(1)), QDate(2026, 3, 16)); // 9 March + 5 = Saturday
        // 30 March + 5 is Saturday 4 April; Monday is Easter Monday: Tuesday.
        QCOMPARE(localDue(after->steps.at(3)), QDate(2026, 4, 7));
        QVERIFY(after->pausedFrom && after->pausedUntil);
        // Inside the pause nothing of the plan is due.
        Clock::setFixed(QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc()));
        DueFilter all;
        all.window = DueFilter::Window::All;
        QVERIFY(NurtureDue(store()).list(all).isEmpty());
        QVERIFY_THROWS_EXCEPTION(
            StoreError, PlanStops(store()).pause(planId, QDate(2026, 3, 9), QDate(2026, 3, 1)));
    }

    void aRepsAbsencePausesAllTheirPlans()
    {
        f->nurture(f->addLead(QStringLiteral("Anna")), QStringLiteral("awareness-develop"));
        f->nurture(f->addLead(QStringLiteral("Ben")), QStringLiteral("consideration-studies"));
        QCOMPARE(PlanStops(store()).pauseRep(rep(), QDate(2026, 3, 2), QDate(2026, 3, 6)), 2);
        QCOMPARE(PlanStops(store()).pauseRep(QStringLiteral("nobody"), QDate(2026, 3, 2),
                                             QDate(2026, 3, 6)),
                 0);
        DueFilter today;
        QVERIFY(NurtureDue(store()).list(today).isEmpty()); // the day-0 steps moved to 9 March
    }

    void editingATrackKeepsRunningPlansOnTheirVersion()
    {
        const qint64 anna = f->addLead(QStringLiteral("Anna"));
        const qint64 old = f->nurture(anna, QStringLiteral("awareness-overview"));
        Track track = *TrackLibrary(store()).currentByKey(QStringLiteral("awareness-overview"));
        track.steps.append({0,
                            {},
                            ContentKind::Newsletter,
                            NurtureChannel::Email,
                            56,
                            StepPurpose::RaiseInterest});
        const qint64 v2 = TrackLibrary(store()).saveVersion(track, rep());
        QCOMPARE(TrackLibrary(store()).versions(track.key).size(), 2);
        QCOMPARE(TrackLibrary(store()).currentByKey(track.key)->id, v2);
        QCOMPARE(TrackLibrary(store()).currentByKey(track.key)->version, 2);

        const auto running = NurturePlans(store()).plan(old);
        QCOMPARE(running->trackVersion, 1);
        QCOMPARE(running->steps.size(), 4);
        StepCompletion(store()).record(running->steps.first().id,
                                       {false, StepResponse::Downloaded, {}, {}}, rep());

        const qint64 ben = f->addLead(QStringLiteral("Ben"));
        const auto fresh = NurturePlans(store()).plan(f->nurture(ben, track.key));
        QCOMPARE(fresh->trackVersion, 2);
        QCOMPARE(fresh->steps.size(), 5);
        const TrackEffect effect = TrackEffect::of(store(), track.key);
        QCOMPARE(effect.plans, 2);
        QCOMPARE(effect.responses, 1);
        QCOMPARE(effect.byRole.first().first, keyOf(BuyingRole::Executive));
        Track empty = track;
        empty.steps.clear();
        QVERIFY_THROWS_EXCEPTION(StoreError, TrackLibrary(store()).saveVersion(empty, rep()));
    }

    void aRepEditsTheStepsOfOnePlan()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-overview"));
        const auto steps = NurturePlans(store()).plan(planId)->steps;
        NurturePlans(store()).editStep(steps.at(1).id,
                                       {0, ContentKind::IndustryStudy, NurtureChannel::Phone,
                                        StepPurpose::FillTiming, QDate(2026, 4, 3), std::nullopt});
        const auto edited = NurturePlans(store()).step(steps.at(1).id);
        QCOMPARE(edited->channel, NurtureChannel::Phone);
        QCOMPARE(localDue(*edited), QDate(2026, 4, 7)); // Good Friday → Tuesday
        const qint64 added = NurturePlans(store()).addStep(
            planId, {0, ContentKind::CaseStudy, NurtureChannel::Letter, StepPurpose::RaiseInterest,
                     QDate(2026, 5, 4), std::nullopt});
        NurturePlans(store()).removeStep(steps.at(2).id);
        QCOMPARE(NurturePlans(store()).plan(planId)->steps.size(), 4);
        QVERIFY(NurturePlans(store()).step(added));
        // The other plans of the track are untouched.
        QCOMPARE(
            TrackLibrary(store()).currentByKey(QStringLiteral("awareness-overview"))->steps.size(),
            4);
    }

    void theDueListFilters()
    {
        f->callFirstTrack();
        f->nurture(f->addLead(QStringLiteral("Anna")), QStringLiteral("call-first"));
        f->nurture(f->addLead(QStringLiteral("Ben"), BuyingPhase::Consideration),
                   QStringLiteral("consideration-studies"));
        DueFilter filter;
        QCOMPARE(NurtureDue(store()).list(filter).size(), 2);
        filter.channel = NurtureChannel::Phone;
        QCOMPARE(NurtureDue(store()).list(filter).size(), 1);
        filter.channel.reset();
        filter.phase = BuyingPhase::Consideration;
        QCOMPARE(NurtureDue(store()).list(filter).first().trackKey,
                 QStringLiteral("consideration-studies"));
        filter.phase.reset();
        filter.trackKey = QStringLiteral("call-first");
        QCOMPARE(NurtureDue(store()).list(filter).size(), 1);
        filter.trackKey.clear();
        filter.window = DueFilter::Window::Overdue;
        QVERIFY(NurtureDue(store()).list(filter).isEmpty());
        Clock::advance(2 * 86400);
        const QList<DueStep> overdue = NurtureDue(store()).list(filter);
        QCOMPARE(overdue.size(), 2);
        QVERIFY(overdue.first().overdue);
        filter.window = DueFilter::Window::Week;
        QVERIFY(NurtureDue(store()).list(filter).size() >= 3);
        filter.repName = QStringLiteral("somebody else");
        QVERIFY(NurtureDue(store()).list(filter).isEmpty());
    }

    void theDueListReadsThroughItsIndex()
    {
        SKIP_ON_POSTGRES("SQLite's query plan");
        QSqlQuery q = Sql::exec(store().db(),
                                QStringLiteral("EXPLAIN QUERY PLAN SELECT s.id FROM nurture_steps "
                                               "s JOIN nurture_plans p ON p.id = s.plan_id"
                                               " WHERE s.status = 'pending' AND s.due_at < ? AND "
                                               "p.status = 'active' ORDER BY s.due_at"),
                                {Clock::nowSecs()});
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("USING INDEX idx_nurture_steps_due")),
                 qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("SCAN s")), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestNurturePlans)
#include "tst_nurtureplans.moc"
