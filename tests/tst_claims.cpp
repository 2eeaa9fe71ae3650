#include "QueueFixtures.h"
#include "domain/TeamSettings.h"
#include "queue/ClaimService.h"

#include <QProcess>
#include <QSet>
#include <QTest>

using namespace QueueFixtures;

/// Claims: one lead per window, expiry, release, and no lead handed out twice across processes.
class TestClaims : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(tuesdayMorning()); }
    void cleanup() { Clock::reset(); }

    void nextLeadClaimsAndOthersSkipIt()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 first = addLead(store, QStringLiteral("A"), QStringLiteral("First"));
        set(store, first, QStringLiteral("created_at = ?"), {Clock::nowSecs() - 100});
        const qint64 second = addLead(store, QStringLiteral("B"), QStringLiteral("Second"));
        ClaimService mara(store, QStringLiteral("mara"), ClaimService::newSessionToken());
        ClaimService maraOtherWindow(store, QStringLiteral("mara"),
                                     ClaimService::newSessionToken());
        ClaimService jonas(store, QStringLiteral("jonas"), ClaimService::newSessionToken());

        QCOMPARE(mara.claimNext(), std::optional<qint64>(first));
        QCOMPARE(column(store, first, QStringLiteral("claimed_by")).toString(),
                 QStringLiteral("mara"));
        QVERIFY(mara.claimOf(first).ownedByMe);
        QCOMPARE(maraOtherWindow.claimNext(), std::optional<qint64>(second));
        QCOMPARE(jonas.claimNext(), std::nullopt);
        QVERIFY(!jonas.claim(first));
        QCOMPARE(jonas.claimOf(first).claimedBy, QStringLiteral("mara"));

        // "Next" skips the lead just shown and releases it for others.
        QCOMPARE(mara.claimNext(first), std::nullopt);
        QVERIFY(!mara.claimOf(first).active);
        QCOMPARE(jonas.claimNext(), std::optional<qint64>(first));
    }

    void claimsExpireAndCanBeReleased()
    {
        TestStore fixture;
        Store& store = fixture.store();
        TeamSettings(store).setClaimMinutes(10);
        const qint64 lead = addLead(store, QStringLiteral("A"), QStringLiteral("B"));
        ClaimService mara(store, QStringLiteral("mara"), ClaimService::newSessionToken());
        ClaimService jonas(store, QStringLiteral("jonas"), ClaimService::newSessionToken());
        QVERIFY(mara.claim(lead));
        QCOMPARE(column(store, lead, QStringLiteral("claim_expires_at")).toLongLong(),
                 Clock::nowSecs() + 600);
        Clock::advance(599);
        QCOMPARE(jonas.claimNext(), std::nullopt);
        QVERIFY(mara.renew(lead)); // renewing moves the expiry
        Clock::advance(599);
        QCOMPARE(jonas.claimNext(), std::nullopt);
        Clock::advance(2);
        QVERIFY(!mara.claimOf(lead).active);
        QCOMPARE(jonas.claimNext(), std::optional<qint64>(lead));
        QVERIFY(!mara.renew(lead)); // now someone else's
        jonas.release(lead);
        QVERIFY(!jonas.claimOf(lead).active);
        QVERIFY(mara.claim(lead));
        mara.releaseAll();
        QVERIFY(column(store, lead, QStringLiteral("claimed_by")).isNull());
    }

    void twoProcessesNeverGetTheSameLead()
    {
        TestStore fixture;
        Store& store = fixture.store();
        constexpr int perProcess = 150;
        constexpr int processes = 3;
        {
            WriteTransaction transaction(store);
            LeadRepository leads(store);
            const qint64 rep = Reps::idFor(store, QStringLiteral("mara"));
            for (int i = 0; i < perProcess * processes + 20; ++i)
                leads.createInTransaction(sampleLead(QStringLiteral("L%1").arg(i),
                                                     QStringLiteral("X"), QStringLiteral("C")),
                                          rep);
            transaction.commit();
        }
        QList<QProcess*> running;
        for (int p = 0; p < processes; ++p) {
            auto* process = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LEADSCOUT_NOW"), tuesdayMorning().toString(Qt::ISODate));
            process->setProcessEnvironment(env);
            process->start(
                QStringLiteral(QUEUE_CLAIMER),
                {fixture.path(), QStringLiteral("rep%1").arg(p), QString::number(perProcess)});
            running.append(process);
        }
        QSet<qint64> handedOut;
        int total = 0;
        for (QProcess* process : running) {
            QVERIFY(process->waitForFinished(120000));
            QCOMPARE(process->exitCode(), 0);
            const QList<QByteArray> lines = process->readAllStandardOutput().split('\n');
            for (const QByteArray& line : lines) {
                if (line.isEmpty())
                    continue;
                const qint64 id = line.toLongLong();
                QVERIFY2(id > 0, "a process found no lead although enough were left");
                QVERIFY2(!handedOut.contains(id),
                         qPrintable(QStringLiteral("lead %1 handed out twice").arg(id)));
                handedOut.insert(id);
                ++total;
            }
        }
        QCOMPARE(total, perProcess * processes);
        const qint64 claimed =
            Sql::scalar(store.db(),
                        QStringLiteral("SELECT count(*) FROM leads WHERE claimed_by IS NOT NULL"))
                .toLongLong();
        QCOMPARE(claimed, qint64(perProcess * processes));
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
