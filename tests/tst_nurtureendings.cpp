#include "NurtureFixture.h"
#include "items/TimelineModel.h"
#include "leads/Erasure.h"
#include "leads/LeadContactability.h"
#include "nurture/NurtureDue.h"
#include "nurture/PlanEndings.h"
#include "nurture/PlanStops.h"
#include "nurture/StepCompletion.h"
#include "queue/CallLog.h"

#include <QTest>

/// How a nurture plan ends and every way it stops by itself, on a real store: each ending is
/// recorded and shows in the timeline; after a stop no step of the plan falls due any more.
class TestNurtureEndings : public QObject
{
    Q_OBJECT

    std::unique_ptr<NurtureFixture> f;
    const Store& store() { return f->store(); }
    const QString& rep() { return NurtureFixture::rep; }

    QString endingNote(qint64 planId)
    {
        return Sql::scalar(store().db(),
                           QStringLiteral("SELECT ending_note FROM nurture_plans WHERE id = ?"),
                           {planId})
            .toString();
    }

    /// Steps of the lead on the due list when every step of every plan would be due: 100 days on.
    int dueLater(qint64 leadId)
    {
        Clock::advance(100 * 86400);
        DueFilter filter;
        filter.window = DueFilter::Window::All;
        int count = 0;
        for (const DueStep& step : NurtureDue(store()).list(filter))
            count += step.leadId == leadId ? 1 : 0;
        const auto row = f->queued(leadId);
        Clock::advance(-100 * 86400);
        return count + (row && row->nurtureStepDue ? 1 : 0);
    }

    QStringList timelineKinds(qint64 leadId)
    {
        TimelineModel timeline(&store());
        timeline.setLead(leadId);
        QStringList kinds;
        for (int row = 0; row < timeline.rowCount(); ++row)
            kinds.append(timeline.index(row, 0).data(TimelineModel::KindRole).toString());
        return kinds;
    }

    /// A running plan stopped by itself: status, reason, no pending step, nothing due later.
    void verifyStopped(qint64 leadId, qint64 planId, const QString& reason)
    {
        QCOMPARE(f->planStatus(planId), QStringLiteral("stopped"));
        QCOMPARE(endingNote(planId), reason);
        QCOMPARE(f->pendingSteps(leadId), 0);
        QVERIFY(!NurturePlans(store()).activePlanOf(leadId));
        QCOMPARE(dueLater(leadId), 0);
        QVERIFY(timelineKinds(leadId).contains(QStringLiteral("plan_end")));
    }

private slots:
    void init() { f = std::make_unique<NurtureFixture>(); }
    void cleanup() { f.reset(); }

    void aRunningPlanHasStepsDueLater()
    {
        // The control for every "nothing due after" below.
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        f->nurture(lead, QStringLiteral("awareness-overview"));
        QVERIFY(f->pendingSteps(lead) > 0);
        QVERIFY(dueLater(lead) > 0);
    }

    void requalifiedThroughTheGuards()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-overview"));
        const int pending = f->pendingSteps(lead);
        // A weak lead: the guards refuse sales-ready without a reason, and the plan runs on.
        try {
            PlanEndings(store()).requalify(planId, Decision::SalesReady, {}, rep());
            QFAIL("the guards let a weak lead through to sales-ready");
        } catch (const DecisionRefused& refused) {
            QVERIFY(refused.overridable());
            QVERIFY(!refused.reasons().isEmpty());
        }
        QCOMPARE(f->planStatus(planId), QStringLiteral("active"));
        QCOMPARE(f->pendingSteps(lead), pending);
        QCOMPARE(LeadRepository(store()).find(lead)->stage, Stage::Nurture);
        // Only a plan is re-qualified, and only to MQL or SQL.
        QVERIFY_THROWS_EXCEPTION(
            StoreError, PlanEndings(store()).requalify(planId, Decision::Disqualify, {}, rep()));

        PlanEndings(store()).requalify(planId, Decision::MarketingQualified,
                                       QStringLiteral("Asked for an offer at the fair"), rep());
        QCOMPARE(LeadRepository(store()).find(lead)->stage, Stage::Mql);
        QCOMPARE(f->planStatus(planId), QStringLiteral("requalified"));
        QCOMPARE(endingNote(planId), QStringLiteral("Asked for an offer at the fair"));
        QCOMPARE(f->pendingSteps(lead), 0);
        QCOMPARE(dueLater(lead), 0);
        QVERIFY(timelineKinds(lead).contains(QStringLiteral("plan_end")));
        // Ended once.
        QVERIFY_THROWS_EXCEPTION(StoreError, PlanEndings(store()).complete(planId, {}, rep()));
    }

    void requalifiedToSalesReady()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-overview"));
        PlanEndings(store()).requalify(planId, Decision::SalesReady,
                                       QStringLiteral("Budget confirmed on the phone"), rep());
        QCOMPARE(LeadRepository(store()).find(lead)->stage, Stage::Sql);
        QCOMPARE(f->planStatus(planId), QStringLiteral("requalified"));
        QCOMPARE(f->pendingSteps(lead), 0);
    }

    void disqualified()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-overview"));
        PlanEndings(store()).disqualify(planId, DisqualifyReason::NoNeed,
                                        QStringLiteral("Bought elsewhere"), rep());
        QCOMPARE(LeadRepository(store()).find(lead)->stage, Stage::Disqualified);
        QCOMPARE(f->planStatus(planId), QStringLiteral("disqualified"));
        QCOMPARE(endingNote(planId), QStringLiteral("Bought elsewhere"));
        QCOMPARE(f->pendingSteps(lead), 0);
        QCOMPARE(dueLater(lead), 0);
        QVERIFY(timelineKinds(lead).contains(QStringLiteral("plan_end")));
    }

    void completedWithoutResult()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-overview"));
        QVERIFY(!f->queued(lead));
        PlanEndings(store()).complete(planId, QStringLiteral("No reaction to anything"), rep());
        QCOMPARE(f->planStatus(planId), QStringLiteral("completed"));
        QCOMPARE(endingNote(planId), QStringLiteral("No reaction to anything"));
        QCOMPARE(f->pendingSteps(lead), 0);
        // Still in nurture, but back in the queue for a decision.
        QCOMPARE(LeadRepository(store()).find(lead)->stage, Stage::Nurture);
        const auto row = f->queued(lead);
        QVERIFY(row);
        QVERIFY(!row->nurtureStepDue);
        QVERIFY2(f->queueReason(*row).contains(QLatin1String("Nurture plan completed")),
                 qPrintable(f->queueReason(*row)));
        QVERIFY(timelineKinds(lead).contains(QStringLiteral("plan_end")));
    }

    void aReplyAskingForContactStopsThePlan_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("key");
        QTest::newRow("contact requested")
            << int(StopReason::ContactRequested) << QStringLiteral("contact_requested");
        QTest::newRow("meeting booked")
            << int(StopReason::MeetingBooked) << QStringLiteral("meeting_booked");
    }

    void aReplyAskingForContactStopsThePlan()
    {
        QFETCH(int, reason);
        QFETCH(QString, key);
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-overview"));
        const qint64 first = NurturePlans(store()).plan(planId)->steps.first().id;
        StepOutcome outcome;
        outcome.response = StepResponse::Replied;
        outcome.stop = StopReason(reason);
        const StepResult result = StepCompletion(store()).record(first, outcome, rep());
        QVERIFY(result.planStopped);
        QVERIFY(result.interestEventId > 0); // the reply still counts as interest
        verifyStopped(lead, planId, key);
        const auto row = f->queued(lead);
        QVERIFY(row);
        QVERIFY2(f->queueReason(*row).contains(QLatin1String("Asked for contact")),
                 qPrintable(f->queueReason(*row)));
    }

    void anOptOutStopsThePlan_data()
    {
        QTest::addColumn<int>("flag");
        QTest::addColumn<QString>("key");
        QTest::newRow("do not e-mail")
            << int(ContactFlag::DoNotEmail) << QStringLiteral("do_not_email");
        QTest::newRow("do not call")
            << int(ContactFlag::DoNotCall) << QStringLiteral("do_not_call");
    }

    void anOptOutStopsThePlan()
    {
        QFETCH(int, flag);
        QFETCH(QString, key);
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-overview"));
        {
            WriteTransaction tx(store());
            QVERIFY(LeadContactability(store()).setInTransaction(
                lead, ContactFlag(flag), true, Reps::idFor(store(), rep()), Clock::nowSecs()));
            tx.commit();
        }
        verifyStopped(lead, planId, key);
    }

    void aWrongNumberOnACallStepStopsThePlan()
    {
        f->callFirstTrack();
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("call-first"));
        const auto row = f->queued(lead);
        QVERIFY(row);
        QVERIFY(row->nurtureStepDue);
        CallDraft draft;
        draft.outcome = CallOutcome::WrongNumber;
        draft.durationSecs = 20;
        CallLog(store()).log(lead, draft, rep());
        verifyStopped(lead, planId, QStringLiteral("wrong_number"));
        QVERIFY(!f->queued(lead));
    }

    void aStopByTheRepIsRecorded()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-overview"));
        PlanStops(store()).stop(planId, StopReason::ByRep, rep());
        verifyStopped(lead, planId, QStringLiteral("by_rep"));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 PlanStops(store()).stop(planId, StopReason::ByRep, rep()));
    }

    void anErasureRemovesThePlan()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 other = f->addLead(QStringLiteral("Ben"));
        f->nurture(lead, QStringLiteral("awareness-overview"));
        f->nurture(other, QStringLiteral("awareness-overview"));
        const qint64 first = NurturePlans(store()).activePlanOf(lead)->steps.first().id;
        StepCompletion(store()).record(first, {false, StepResponse::Clicked, {}, {}}, rep());
        Erasure erasure(store());
        erasure.erase(erasure.planForLead(lead));
        for (const char* table : {"nurture_plans", "nurture_steps", "interest_events"})
            QCOMPARE(Sql::scalar(store().db(),
                                 QStringLiteral("SELECT count(*) FROM %1 WHERE lead_id = ?")
                                     .arg(QLatin1String(table)),
                                 {lead})
                         .toInt(),
                     0);
        QCOMPARE(dueLater(lead), 0);
        // The other lead's plan runs on.
        QVERIFY(NurturePlans(store()).activePlanOf(other));
        QVERIFY(dueLater(other) > 0);
    }
};

QTEST_GUILESS_MAIN(TestNurtureEndings)
#include "tst_nurtureendings.moc"
