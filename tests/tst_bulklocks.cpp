#include "TestStore.h"
#include "queue/CallLog.h"
#include "scoring/BulkScoring.h"
#include "scoring/ScoringRulesRepository.h"
#include "support/Clock.h"
#include "support/QueueFixtures.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <atomic>

namespace {

/// Many plain leads at once.
void addManyLeads(const Store& store, int count)
{
    WriteTransaction tx(store);
    Sql::exec(store.db(),
              QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                             " WHERE i < ?) INSERT INTO leads (first_name, email, industry,"
                             " employees, source_channel, stage_changed_at, created_at,"
                             " updated_at) SELECT 'Lead' || i, 'l' || i || '@example.com',"
                             " CASE i % 2 WHEN 0 THEN 'software' ELSE 'manufacturing' END,"
                             " (i * 37) % 600, 'web_form', 0, 0, 0 FROM n"),
              {count});
    tx.commit();
}

int leadsAtVersion(const Store& store, int version)
{
    return Sql::scalar(store.db(),
                       QStringLiteral("SELECT count(*) FROM leads WHERE score_rule_version = ?"),
                       {version})
        .toInt();
}

} // namespace

/// The bulk paths on a server do not keep other reps from working: while one connection rescores
/// every lead, another logs a call on a lead the rescore has not reached yet within a second —
/// no lead stays locked for the whole run.
class TestBulkLocks : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QueueFixtures::tuesdayMorning()); }
    void cleanup() { Clock::reset(); }

    void aCallIsLoggedWhileEveryLeadIsRescored()
    {
        if (TestStore::postgresServer().isEmpty())
            QSKIP("row locks of a server (SQLite has one writer and keeps its behaviour)");
        constexpr int leads = 10000;
        TestStore fixture;
        const Store& store = fixture.store();
        addManyLeads(store, leads);
        QVERIFY(BulkScoring::rescoreAll(store, std::nullopt, 0, {}).completed); // version 1
        const qint64 lastLead =
            Sql::scalar(store.db(), QStringLiteral("SELECT max(id) FROM leads")).toLongLong();

        // The rescore on its own connection in another thread, slowed down between its batches
        // (a loaded server): one transaction for all leads would hold the last lead's row lock
        // for the whole run, several seconds.
        std::atomic<qint64> done{0};
        std::atomic<bool> finished{false};
        BulkScoring::RescoreOutcome outcome;
        QString failure;
        const QString location = fixture.path();
        QThread* rescorer = QThread::create([&] {
            try {
                const std::unique_ptr<Store> own = Store::open(location);
                ScoringRules rules = ScoringRulesRepository(*own).active().rules;
                rules.sqlThreshold += 1; // a new version
                outcome = BulkScoring::rescoreAll(*own, rules, 0, QStringLiteral("bulk"),
                                                  [&](qint64 d, qint64) {
                                                      done = d;
                                                      QThread::msleep(150);
                                                      return true;
                                                  });
            } catch (const StoreError& error) {
                failure = error.message();
            }
            finished = true;
        });
        rescorer->start();
        QTRY_VERIFY_WITH_TIMEOUT(done >= 2 * BulkScoring::batchLeads || finished, 30000);
        QVERIFY2(!finished, "the rescore ended before the call could be logged");

        CallDraft call;
        call.outcome = CallOutcome::Busy;
        call.durationSecs = 20;
        QElapsedTimer clock;
        clock.start();
        CallLog(store).log(lastLead, call, QStringLiteral("mara"));
        const qint64 callMs = clock.elapsed();
        const bool rescoreStillRunning = !finished;
        qInfo("call logged in %lld ms while the rescore had done %lld of %d leads", callMs,
              qint64(done), leads);
        QVERIFY(rescorer->wait(120000));
        delete rescorer;
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(rescoreStillRunning);
        QVERIFY(outcome.completed);
        // Generous for a loaded machine; one transaction for the whole run takes > 3 s here.
        QVERIFY2(callMs < 2000, qPrintable(QString::number(callMs)));
        // Every lead ends up with the new version, the called one included, and its call stays.
        QCOMPARE(leadsAtVersion(store, outcome.version), leads);
        QCOMPARE(CallLog(store).calls(lastLead).size(), 1);
    }
};

QTEST_MAIN(TestBulkLocks)
#include "tst_bulklocks.moc"
