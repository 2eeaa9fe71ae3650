#include "QueueFixtures.h"
#include "domain/TeamSettings.h"
#include "queue/CallLog.h"
#include "queue/QueueQuery.h"

#include <QTest>

using namespace QueueFixtures;

namespace {
QList<qint64> callableIds(Store& store)
{
    QList<qint64> ids;
    for (const QueueRow& row :
         QueueQuery(store, QueueContext::build(store, QStringLiteral("mara"), {})).callable(50))
        ids.append(row.id);
    return ids;
}

CallDraft draft(CallOutcome outcome, int secs = 30)
{
    CallDraft d;
    d.outcome = outcome;
    d.durationSecs = secs;
    return d;
}
} // namespace

/// Logging calls: attempts, retry delays, callbacks, do-not-call, wrong number, undo.
class TestCallLog : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(tuesdayMorning()); }
    void cleanup() { Clock::reset(); }

    void firstCallMovesNewToWorkingAndWaitsTheRetryDelay()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 lead = addLead(store, QStringLiteral("Anna"), QStringLiteral("Becker"));
        CallLog log(store);
        CallDraft d = draft(CallOutcome::NoAnswer, 25);
        d.note = QStringLiteral("rang out");
        const LoggedCall logged = log.log(lead, d, QStringLiteral("mara"));
        QVERIFY(logged.movedToWorking);
        QCOMPARE(logged.attempts, 1);
        QCOMPARE(logged.nextActionAt, std::optional<qint64>(Clock::nowSecs() + 4 * 3600));
        QCOMPARE(column(store, lead, QStringLiteral("stage")).toString(),
                 QStringLiteral("working"));
        QCOMPARE(column(store, lead, QStringLiteral("call_count")).toInt(), 1);
        const QList<StageChange> history = LeadRepository(store).stageHistory(lead);
        QCOMPARE(history.last().toStage, QStringLiteral("working"));
        QCOMPARE(history.last().repName, QStringLiteral("mara"));
        const QList<CallEntry> calls = log.calls(lead);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().note, QStringLiteral("rang out"));
        QCOMPARE(calls.first().startedAt, Clock::nowSecs() - 25);

        QVERIFY(callableIds(store).isEmpty());
        Clock::advance(4 * 3600 - 1);
        QVERIFY(callableIds(store).isEmpty());
        Clock::advance(1);
        QCOMPARE(callableIds(store), QList<qint64>{lead});
    }

    void retryDelayPerOutcomeIsATeamSetting()
    {
        TestStore fixture;
        Store& store = fixture.store();
        TeamSettings(store).setRetryMinutes(CallOutcome::Busy, 15);
        const qint64 lead = addLead(store, QStringLiteral("A"), QStringLiteral("B"));
        const LoggedCall logged =
            CallLog(store).log(lead, draft(CallOutcome::Busy), QStringLiteral("mara"));
        QCOMPARE(*logged.nextActionAt, Clock::nowSecs() + 15 * 60);
    }

    void reachingThePersonResetsAttemptsAndMaxAttemptsIsProposed()
    {
        TestStore fixture;
        Store& store = fixture.store();
        TeamSettings(store).setMaxAttempts(3);
        const qint64 lead = addLead(store, QStringLiteral("A"), QStringLiteral("B"));
        CallLog log(store);
        QCOMPARE(log.log(lead, draft(CallOutcome::NoAnswer), QStringLiteral("mara")).attempts, 1);
        QCOMPARE(log.log(lead, draft(CallOutcome::Voicemail), QStringLiteral("mara")).attempts, 2);
        QCOMPARE(log.log(lead, draft(CallOutcome::Connected), QStringLiteral("mara")).attempts, 0);
        log.log(lead, draft(CallOutcome::Busy), QStringLiteral("mara"));
        log.log(lead, draft(CallOutcome::Gatekeeper), QStringLiteral("mara"));
        const LoggedCall third =
            log.log(lead, draft(CallOutcome::NoAnswer), QStringLiteral("mara"));
        QCOMPARE(third.attempts, 3);
        QVERIFY(third.maxAttemptsReached);
        Clock::advance(30 * 86400);
        QVERIFY(callableIds(store).isEmpty()); // held back at the maximum

        // The rep decides: nurture for 90 days; the lead comes back then with a fresh count.
        log.moveToNurture(lead, Clock::nowSecs() + 90 * 86400, QStringLiteral("mara"));
        QCOMPARE(column(store, lead, QStringLiteral("stage")).toString(),
                 QStringLiteral("nurture"));
        QCOMPARE(column(store, lead, QStringLiteral("attempts")).toInt(), 0);
        QVERIFY(callableIds(store).isEmpty());
        Clock::advance(90 * 86400);
        Clock::setFixed(Clock::now().addDays(1)); // 24 Feb 2027 is a Wednesday
        QCOMPARE(callableIds(store), QList<qint64>{lead});

        const qint64 other = addLead(store, QStringLiteral("C"), QStringLiteral("D"));
        log.disqualifyUnreachable(other, QStringLiteral("mara"));
        QCOMPARE(column(store, other, QStringLiteral("disqualify_reason")).toString(),
                 QStringLiteral("unreachable"));
    }

    void callbackNeedsAFutureTimeAndComesFirstWhenDue()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 older = addLead(store, QStringLiteral("Old"), QStringLiteral("New"));
        set(store, older, QStringLiteral("created_at = ?"), {Clock::nowSecs() - 86400});
        const qint64 lead = addLead(store, QStringLiteral("A"), QStringLiteral("B"));
        CallLog log(store);
        CallDraft callback = draft(CallOutcome::CallbackRequested);
        try {
            log.log(lead, callback, QStringLiteral("mara"));
            QFAIL("a callback without a time was logged");
        } catch (const StoreError& error) {
            QCOMPARE(error.message(),
                     QStringLiteral("A requested callback needs a date and time."));
        }
        callback.callbackAt = Clock::nowSecs() - 60;
        QVERIFY(log.validate(callback).contains(QLatin1String("already passed")));
        QCOMPARE(log.calls(lead).size(), 0); // nothing saved by the refusals
        callback.callbackAt = Clock::nowSecs() + 2 * 3600;
        log.log(lead, callback, QStringLiteral("mara"));
        QCOMPARE(callableIds(store), QList<qint64>{older});
        Clock::advance(2 * 3600);
        QCOMPARE(callableIds(store), (QList<qint64>{lead, older}));
    }

    void doNotCallAndWrongNumberLeaveTheQueueForGood()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 dnc = addLead(store, QStringLiteral("A"), QStringLiteral("Dnc"));
        const qint64 wrong = addLead(store, QStringLiteral("B"), QStringLiteral("Wrong"));
        CallLog log(store);
        log.log(dnc, draft(CallOutcome::DoNotCall), QStringLiteral("mara"));
        log.log(wrong, draft(CallOutcome::WrongNumber), QStringLiteral("mara"));
        QCOMPARE(column(store, dnc, QStringLiteral("do_not_call")).toInt(), 1);
        QCOMPARE(column(store, wrong, QStringLiteral("wrong_number")).toInt(), 1);
        Clock::setFixed(tuesdayMorning().addDays(364)); // a Tuesday a year later
        QVERIFY(callableIds(store).isEmpty());
        const QList<QueueRow> held =
            QueueQuery(store, QueueContext::build(store, QStringLiteral("mara"), {})).heldBack(10);
        QCOMPARE(held.size(), 2);
        QCOMPARE(int(held.at(0).hold), int(HoldReason::DoNotCall));
        QCOMPARE(int(held.at(1).hold), int(HoldReason::WrongNumber));
    }

    void noCallIsLoggedOnADoNotCallOrWrongNumberLead()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 dnc = addLead(store, QStringLiteral("Anna"), QStringLiteral("Dnc"));
        const qint64 wrong = addLead(store, QStringLiteral("Ben"), QStringLiteral("Wrong"));
        const qint64 flagged = addLead(store, QStringLiteral("Cleo"), QStringLiteral("Flag"));
        set(store, flagged, QStringLiteral("do_not_call = 1"), {});
        CallLog log(store);
        const LoggedCall dncCall =
            log.log(dnc, draft(CallOutcome::DoNotCall), QStringLiteral("mara"));
        const LoggedCall wrongCall =
            log.log(wrong, draft(CallOutcome::WrongNumber), QStringLiteral("mara"));
        QVERIFY(LeadRepository(store).find(wrong)->wrongNumber);
        QVERIFY(!LeadRepository(store).find(dnc)->wrongNumber);

        const auto refusal = [&](qint64 lead, CallOutcome outcome) {
            try {
                log.log(lead, draft(outcome), QStringLiteral("mara"));
            } catch (const StoreError& error) {
                return error.message();
            }
            return QString();
        };
        for (const CallOutcome outcome : allValues<CallOutcome>()) {
            QVERIFY(refusal(dnc, outcome).contains(QLatin1String("Anna Dnc (lead")));
            QVERIFY(refusal(dnc, outcome).contains(QLatin1String("do not call")));
            QVERIFY(refusal(flagged, outcome).contains(QLatin1String("do not call")));
            QVERIFY(refusal(wrong, outcome).contains(QLatin1String("marked as wrong")));
        }
        QCOMPARE(log.calls(dnc).size(), 1);
        QCOMPARE(log.calls(wrong).size(), 1);
        QCOMPARE(log.calls(flagged).size(), 0);
        QCOMPARE(column(store, dnc, QStringLiteral("call_count")).toInt(), 1);

        // The flagging call itself can still be undone, and the lead can be called again then.
        log.undo(dncCall.callId);
        log.undo(wrongCall.callId);
        QCOMPARE(column(store, dnc, QStringLiteral("do_not_call")).toInt(), 0);
        QCOMPARE(column(store, wrong, QStringLiteral("wrong_number")).toInt(), 0);
        QCOMPARE(log.log(dnc, draft(CallOutcome::Connected), QStringLiteral("mara")).attempts, 0);
        QCOMPARE(log.log(wrong, draft(CallOutcome::Busy), QStringLiteral("mara")).attempts, 1);
    }

    void undoRestoresTheLeadExactly()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 lead = addLead(store, QStringLiteral("A"), QStringLiteral("B"));
        CallLog log(store);
        const LoggedCall first =
            log.log(lead, draft(CallOutcome::NoAnswer), QStringLiteral("mara"));
        Clock::advance(5 * 3600);
        const QVariant nextBefore = column(store, lead, QStringLiteral("next_action_at"));
        const LoggedCall second =
            log.log(lead, draft(CallOutcome::DoNotCall), QStringLiteral("mara"));
        QVERIFY_THROWS_EXCEPTION(StoreError, log.undo(first.callId)); // not the latest any more
        log.undo(second.callId);
        QCOMPARE(column(store, lead, QStringLiteral("do_not_call")).toInt(), 0);
        QCOMPARE(column(store, lead, QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(column(store, lead, QStringLiteral("call_count")).toInt(), 1);
        QCOMPARE(column(store, lead, QStringLiteral("next_action_at")), nextBefore);
        QCOMPARE(column(store, lead, QStringLiteral("last_outcome")).toString(),
                 QStringLiteral("no_answer"));
        log.undo(first.callId);
        QCOMPARE(column(store, lead, QStringLiteral("stage")).toString(), QStringLiteral("new"));
        QVERIFY(column(store, lead, QStringLiteral("next_action_at")).isNull());
        QCOMPARE(LeadRepository(store).stageHistory(lead).size(), 1);
        QCOMPARE(log.calls(lead).size(), 0);
        QVERIFY_THROWS_EXCEPTION(StoreError, log.undo(first.callId));

        // A stage change after the call (the rep's nurture decision) blocks the undo.
        const LoggedCall third =
            log.log(lead, draft(CallOutcome::NoAnswer), QStringLiteral("mara"));
        log.moveToNurture(lead, Clock::nowSecs() + 86400, QStringLiteral("mara"));
        QVERIFY_THROWS_EXCEPTION(StoreError, log.undo(third.callId));
    }

    void aCallForAGoneLeadIsRefused()
    {
        TestStore fixture;
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            CallLog(fixture.store()).log(4242, draft(CallOutcome::Busy), QStringLiteral("mara")));
        QCOMPARE(Sql::scalar(fixture->db(), QStringLiteral("SELECT count(*) FROM calls")).toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCallLog)
#include "tst_calllog.moc"
