#include "QueueFixtures.h"
#include "domain/TeamSettings.h"
#include "queue/LeadOpening.h"

#include <QTest>

using namespace QueueFixtures;

/// Opening a lead to work it: who may call it, what the card says and why, and keeping the
/// claim alive while the rep works it.
class TestLeadOpening : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(tuesdayMorning()); }
    void cleanup() { Clock::reset(); }

    void aFreeCallableLeadIsClaimedByMe()
    {
        TestStore fixture;
        Store& store = fixture.store();
        TeamSettings(store).setClaimMinutes(10);
        const qint64 lead = addLead(store, QStringLiteral("Anna"), QStringLiteral("Berg"));
        set(store, lead, QStringLiteral("attempts = ?"), {2});
        LeadOpening mara(store, QStringLiteral("mara"), LeadOpening::newSessionToken());

        const LeadOpening::Opened opened = mara.open(lead);
        QCOMPARE(opened.leadId, lead);
        QVERIFY(opened.lead);
        QCOMPARE(opened.lead->lastName, QStringLiteral("Berg"));
        QVERIFY(opened.mayCall);
        QVERIFY(opened.claim.ownedByMe);
        QCOMPARE(opened.claim.claimedBy, QStringLiteral("mara"));
        QCOMPARE(opened.claim.expiresAt, Clock::nowSecs() + 600);
        QCOMPARE(opened.reason, LeadOpening::Reason::None);
        QVERIFY(opened.notice.isEmpty());
        QCOMPARE(opened.attempts, 2);
        QCOMPARE(opened.maxAttempts, TeamSettings(store).maxAttempts());
        QVERIFY(opened.zone.isValid());
        QCOMPARE(mara.heldLead(), lead);
        QCOMPARE(column(store, lead, QStringLiteral("claimed_by")).toString(),
                 QStringLiteral("mara"));
    }

    void aLeadAnotherRepWorksIsNotMine()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 lead = addLead(store, QStringLiteral("Anna"), QStringLiteral("Berg"));
        LeadOpening jonas(store, QStringLiteral("jonas"), LeadOpening::newSessionToken());
        LeadOpening mara(store, QStringLiteral("mara"), LeadOpening::newSessionToken());
        QVERIFY(jonas.open(lead).mayCall);

        const LeadOpening::Opened opened = mara.choose(lead);
        QVERIFY(!opened.mayCall);
        QVERIFY(opened.claim.active);
        QVERIFY(!opened.claim.ownedByMe);
        QCOMPARE(opened.claim.claimedBy, QStringLiteral("jonas"));
        QCOMPARE(opened.reason, LeadOpening::Reason::ClaimedByOther);
        QVERIFY2(opened.notice.startsWith(QStringLiteral("jonas is working this lead until ")),
                 qPrintable(opened.notice));
        QVERIFY(opened.notice.endsWith(QStringLiteral("; you can look but not log calls.")));
        QCOMPARE(mara.heldLead(), 0);
        QCOMPARE(column(store, lead, QStringLiteral("claimed_by")).toString(),
                 QStringLiteral("jonas"));
    }

    void anExpiredClaimIsTakenOver()
    {
        TestStore fixture;
        Store& store = fixture.store();
        TeamSettings(store).setClaimMinutes(10);
        const qint64 lead = addLead(store, QStringLiteral("Anna"), QStringLiteral("Berg"));
        LeadOpening jonas(store, QStringLiteral("jonas"), LeadOpening::newSessionToken());
        LeadOpening mara(store, QStringLiteral("mara"), LeadOpening::newSessionToken());
        QVERIFY(jonas.open(lead).mayCall);
        Clock::advance(601);

        const LeadOpening::Opened opened = mara.open(lead);
        QVERIFY(opened.mayCall);
        QCOMPARE(opened.claim.claimedBy, QStringLiteral("mara"));
        QCOMPARE(opened.reason, LeadOpening::Reason::None);
    }

    void doNotCallReleasesMyClaimAndSaysWhy()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 lead = addLead(store, QStringLiteral("Anna"), QStringLiteral("Berg"));
        LeadOpening mara(store, QStringLiteral("mara"), LeadOpening::newSessionToken());
        QVERIFY(mara.open(lead).mayCall);
        set(store, lead, QStringLiteral("do_not_call = ?"), {1});

        const LeadOpening::Opened opened = mara.open(lead);
        QVERIFY(!opened.mayCall);
        QVERIFY(!opened.claim.active);
        QVERIFY(column(store, lead, QStringLiteral("claimed_by")).isNull());
        QCOMPARE(opened.reason, LeadOpening::Reason::DoNotCall);
        QCOMPARE(opened.notice, QStringLiteral("Anna Berg must not be called (do not call): no "
                                               "call can be dialled or logged."));
        QCOMPARE(mara.heldLead(), 0);
    }

    void aWrongNumberIsNotClaimed()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 lead = addLead(store, QStringLiteral("Anna"), QStringLiteral("Berg"));
        set(store, lead, QStringLiteral("wrong_number = ?"), {1});
        LeadOpening mara(store, QStringLiteral("mara"), LeadOpening::newSessionToken());

        const LeadOpening::Opened opened = mara.choose(lead);
        QVERIFY(!opened.mayCall);
        QCOMPARE(opened.reason, LeadOpening::Reason::WrongNumber);
        QCOMPARE(opened.notice, QStringLiteral("The phone number of Anna Berg is marked as wrong: "
                                               "no call can be dialled or logged."));
        QVERIFY(column(store, lead, QStringLiteral("claimed_by")).isNull());
    }

    void aLeadIsLostForCallingOnceItMustNotBeCalledOrIsTaken()
    {
        TestStore fixture;
        Store& store = fixture.store();
        TeamSettings(store).setClaimMinutes(10);
        const qint64 anna = addLead(store, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const qint64 ben = addLead(store, QStringLiteral("Ben"), QStringLiteral("Ott"));
        const qint64 cem = addLead(store, QStringLiteral("Cem"), QStringLiteral("Aydin"));
        LeadOpening mara(store, QStringLiteral("mara"), LeadOpening::newSessionToken());
        LeadOpening jonas(store, QStringLiteral("jonas"), LeadOpening::newSessionToken());
        QVERIFY(mara.open(anna).mayCall);
        QVERIFY(!mara.lostForCalling(anna)); // mine, callable

        set(store, anna, QStringLiteral("do_not_call = ?"), {1});
        QVERIFY(mara.lostForCalling(anna));
        set(store, ben, QStringLiteral("wrong_number = ?"), {1});
        QVERIFY(mara.lostForCalling(ben));

        QVERIFY(mara.open(cem).mayCall);
        Clock::advance(601); // my claim expired and jonas took the lead
        QVERIFY(jonas.open(cem).mayCall);
        QVERIFY(mara.lostForCalling(cem));
        QVERIFY(!jonas.lostForCalling(cem));
        QVERIFY(mara.lostForCalling(987654)); // no such lead (erased)
    }

    void nextLeadSkipsTheShownOneAndReleasesIt()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 first = addLead(store, QStringLiteral("A"), QStringLiteral("First"));
        set(store, first, QStringLiteral("created_at = ?"), {Clock::nowSecs() - 100});
        const qint64 second = addLead(store, QStringLiteral("B"), QStringLiteral("Second"));
        LeadOpening mara(store, QStringLiteral("mara"), LeadOpening::newSessionToken());

        const std::optional<LeadOpening::Opened> one = mara.next(0);
        QVERIFY(one);
        QCOMPARE(one->leadId, first);
        QVERIFY(one->mayCall);
        const std::optional<LeadOpening::Opened> two = mara.next(first);
        QVERIFY(two);
        QCOMPARE(two->leadId, second);
        QVERIFY(column(store, first, QStringLiteral("claimed_by")).isNull());
        LeadOpening jonas(store, QStringLiteral("jonas"), LeadOpening::newSessionToken());
        QCOMPARE(jonas.next(0)->leadId, first); // free again
        QCOMPARE(mara.next(second), std::nullopt);
        QCOMPARE(mara.heldLead(), 0);
        QVERIFY(column(store, second, QStringLiteral("claimed_by")).isNull());
    }

    void releaseLetsOthersTakeIt()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 lead = addLead(store, QStringLiteral("A"), QStringLiteral("B"));
        LeadOpening mara(store, QStringLiteral("mara"), LeadOpening::newSessionToken());
        LeadOpening jonas(store, QStringLiteral("jonas"), LeadOpening::newSessionToken());
        QVERIFY(mara.open(lead).mayCall);
        mara.release(lead);
        QCOMPARE(mara.heldLead(), 0);
        QVERIFY(jonas.open(lead).mayCall);
        jonas.releaseAll();
        QVERIFY(column(store, lead, QStringLiteral("claimed_by")).isNull());
    }

    void workingRenewsIdleLapsesAndReturningReopens()
    {
        TestStore fixture;
        Store& store = fixture.store();
        TeamSettings(store).setClaimMinutes(10);
        const qint64 lead = addLead(store, QStringLiteral("A"), QStringLiteral("B"));
        LeadOpening mara(store, QStringLiteral("mara"), LeadOpening::newSessionToken());
        QVERIFY(mara.open(lead).mayCall);
        QCOMPARE(mara.keep(lead, true, true).step, LeadOpening::Step::Nothing); // not due yet
        QCOMPARE(mara.keep(lead + 1, true, true).step, LeadOpening::Step::Nothing);
        Clock::advance(60);
        QCOMPARE(mara.keep(lead, true, true).step, LeadOpening::Step::Renewed);
        QCOMPARE(column(store, lead, QStringLiteral("claim_expires_at")).toLongLong(),
                 Clock::nowSecs() + 600);
        Clock::advance(599);
        QCOMPARE(mara.keep(lead, false, false).step, LeadOpening::Step::Nothing);
        Clock::advance(1);
        const LeadOpening::Kept lapsed = mara.keep(lead, false, false);
        QCOMPARE(lapsed.step, LeadOpening::Step::Lapsed);
        QCOMPARE(lapsed.reason, LeadOpening::Reason::ClaimLapsed);
        QVERIFY(lapsed.notice.contains(QStringLiteral("after 10 minute(s) without activity")));
        QCOMPARE(mara.keep(lead, false, false).step, LeadOpening::Step::Nothing);
        QCOMPARE(mara.keep(lead, true, true).step, LeadOpening::Step::Reopen);
        QVERIFY(mara.open(lead).mayCall);
    }

    void aClaimTakenWhileAwayIsLost()
    {
        TestStore fixture;
        Store& store = fixture.store();
        TeamSettings(store).setClaimMinutes(10);
        const qint64 lead = addLead(store, QStringLiteral("A"), QStringLiteral("B"));
        LeadOpening mara(store, QStringLiteral("mara"), LeadOpening::newSessionToken());
        LeadOpening jonas(store, QStringLiteral("jonas"), LeadOpening::newSessionToken());
        QVERIFY(mara.open(lead).mayCall);
        Clock::advance(601);
        QVERIFY(jonas.open(lead).mayCall);
        const LeadOpening::Kept kept = mara.keep(lead, true, true);
        QCOMPARE(kept.step, LeadOpening::Step::Taken);
        QCOMPARE(kept.reason, LeadOpening::Reason::ClaimTaken);
        QCOMPARE(kept.notice, QStringLiteral("Your claim on this lead has expired and someone "
                                             "else holds it now."));
        QCOMPARE(mara.heldLead(), 0);
        QCOMPARE(column(store, lead, QStringLiteral("claimed_by")).toString(),
                 QStringLiteral("jonas"));
    }
};

QTEST_GUILESS_MAIN(TestLeadOpening)
#include "tst_leadopening.moc"
