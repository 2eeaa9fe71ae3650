#include "TestStore.h"
#include "dashboard/DashboardLeads.h"
#include "dashboard/DashboardReport.h"
#include "dashboard/DashboardRollups.h"
#include "dashboard/RollupBulkScope.h"
#include "dashboard/RollupSlots.h"
#include "dashboard/RollupSql.h"
#include "decisions/StageDecisions.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "import/ImportFile.h"
#include "import/LeadImport.h"
#include "leads/Erasure.h"
#include "leads/LeadMerge.h"
#include "queue/CallLog.h"
#include "support/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>
#include <latch>
#include <thread>

// The roll-ups, kept by triggers through every real use case, equal a full scan of the stage
// history, the leads and the calls after a long random sequence of work.
class TestDashboardRollups : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    Store& store() { return m_fixture->store(); }

    QList<DashboardFilter> filters() const
    {
        QList<DashboardFilter> all{DashboardFilter()};
        DashboardFilter period;
        period.from = QDate(2026, 1, 20);
        period.to = QDate(2026, 2, 10);
        all.append(period);
        DashboardFilter source;
        source.source = QStringLiteral("web_form");
        all.append(source);
        DashboardFilter grade;
        grade.grade = QStringLiteral("B");
        grade.campaign = QString();
        all.append(grade);
        DashboardFilter owner;
        owner.repId = Reps::idFor(m_fixture->store(), QStringLiteral("rep1"));
        owner.from = QDate(2026, 1, 10);
        all.append(owner);
        DashboardFilter nobody;
        nobody.repId = 0;
        all.append(nobody);
        return all;
    }

    // Every roll-up row with a count, as text, to compare a kept set with a rebuilt one.
    QStringList rollupRows()
    {
        QStringList rows;
        for (const QString& table : RollupSql::tables()) {
            const bool counted =
                table.startsWith(QStringLiteral("rollup_")) && table != RollupSlots::dirtyTable();
            QSqlQuery query =
                Sql::exec(store().db(),
                          QStringLiteral("SELECT * FROM %1%2")
                              .arg(table, counted ? QStringLiteral(" WHERE n <> 0") : QString()));
            while (query.next()) {
                QStringList cells{table};
                for (int i = 0; i < query.record().count(); ++i)
                    cells.append(query.value(i).toString());
                rows.append(cells.join(QLatin1Char('|')));
            }
        }
        rows.sort();
        return rows;
    }

    qint64 staleDays()
    {
        return Sql::scalar(store().db(),
                           QStringLiteral("SELECT count(*) FROM %1").arg(RollupSlots::dirtyTable()))
            .toLongLong();
    }

    // An empty write transaction: its end folds what writes outside a transaction left stale.
    void foldLeftovers()
    {
        WriteTransaction transaction(store());
        transaction.commit();
        QCOMPARE(staleDays(), 0);
    }

    // Every figure of every filter, from the level a report picks, from the first level and,
    // where it answers and no day is stale, from the second, equals the scan.
    void compareAll(int step)
    {
        const bool stale = RollupSlots::stale(store().db());
        for (const DashboardFilter& filter : filters()) {
            const DashboardRollups rollups(store());
            const bool second = RollupSlots::answers(filter) && !stale;
            QCOMPARE(rollups.levelFor(filter),
                     second ? DashboardRollups::Level::Second : DashboardRollups::Level::First);
            const DashboardFigures fast = rollups.figures(filter);
            const DashboardFigures scan = DashboardScan(store()).figures(filter);
            if (!(fast == scan)) {
                QFile out(QStringLiteral("dashboard-mismatch.json"));
                if (out.open(QIODevice::WriteOnly))
                    out.write(QJsonDocument(DashboardReport::toJson(fast)).toJson() + "\n----\n" +
                              QJsonDocument(DashboardReport::toJson(scan)).toJson());
            }
            QVERIFY2(fast == scan, qPrintable(QStringLiteral("after step %1").arg(step)));
            QVERIFY2(rollups.figures(filter, DashboardRollups::Level::First) == scan,
                     qPrintable(QStringLiteral("first level after step %1").arg(step)));
            if (second)
                QVERIFY2(rollups.figures(filter, DashboardRollups::Level::Second) == scan,
                         qPrintable(QStringLiteral("second level after step %1").arg(step)));
            for (int s = 0; s < funnelSteps; ++s)
                QCOMPARE(
                    DashboardLeads::ids(store(), filter, {DashboardSelection::Kind::InOrder, {}, s})
                        .size(),
                    fast.inOrder[s].count);
        }
    }

private slots:
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc()));
        m_fixture = std::make_unique<TestStore>();
    }
    void cleanup()
    {
        m_fixture.reset();
        Clock::reset();
    }

    void rollupsEqualTheScanAfterRandomWork()
    {
        QRandomGenerator random(20261205);
        const QStringList reps = {QStringLiteral("rep1"), QStringLiteral("rep2"),
                                  QStringLiteral("rep3")};
        QList<qint64> ownerIds;
        for (const QString& rep : reps)
            ownerIds.append(Reps::idFor(store(), rep));
        const QList<SourceChannel> sources = allValues<SourceChannel>();
        const QStringList campaigns = {QString(), QStringLiteral("spring"),
                                       QStringLiteral("autumn")};
        QList<qint64> leads;
        QList<qint64> callIds;
        QDateTime now = Clock::now();
        const auto pick = [&](const auto& list) {
            return list.at(random.bounded(int(list.size())));
        };
        const auto createLead = [&] {
            Lead lead = sampleLead(QStringLiteral("Ann"), QStringLiteral("Lee"),
                                   QStringLiteral("Co %1").arg(random.bounded(1000)));
            lead.email = QStringLiteral("a%1@example.com").arg(random.generate());
            lead.source = pick(sources);
            lead.campaign = pick(campaigns);
            if (random.bounded(5) > 0)
                lead.ownerId = pick(ownerIds);
            leads.append(LeadRepository(store()).create(lead, pick(reps)));
        };
        int imports = 0;
        int rawWrites = 0;
        const int steps = 10000;
        const QList<Decision> decisions = {Decision::SalesReady, Decision::MarketingQualified,
                                           Decision::Nurture, Decision::Disqualify,
                                           Decision::Reopen};
        const QList<CallOutcome> outcomes = allValues<CallOutcome>();
        for (int step = 1; step <= steps; ++step) {
            now = now.addSecs(random.bounded(6 * 3600));
            Clock::setFixed(now);
            const int what = random.bounded(100);
            try {
                if (leads.size() < 5 || what < 20) {
                    createLead();
                } else if (what < 45) {
                    CallDraft draft;
                    draft.outcome = pick(outcomes);
                    draft.durationSecs = 60;
                    if (draft.outcome == CallOutcome::CallbackRequested)
                        draft.callbackAt = now.addDays(1).toSecsSinceEpoch();
                    callIds.append(CallLog(store()).log(pick(leads), draft, pick(reps)).callId);
                } else if (what < 50 && !callIds.isEmpty()) {
                    CallLog(store()).undo(callIds.takeLast());
                } else if (what < 85) {
                    DecisionRequest request;
                    request.decision = pick(decisions);
                    request.overrideReason = QStringLiteral("test");
                    request.disqualifyReason = DisqualifyReason::NoBudget;
                    request.nurtureUntil = now.date().addDays(30);
                    StageDecisions(store()).apply(pick(leads), request, pick(reps));
                } else if (what < 92) {
                    const qint64 survivor = pick(leads);
                    const qint64 other = pick(leads);
                    if (survivor != other) {
                        LeadMerge(store()).merge({survivor, {other}, {}, pick(reps)});
                        leads.removeAll(other);
                    }
                } else if (what < 95) {
                    const qint64 gone = pick(leads);
                    Erasure erasure(store());
                    erasure.erase(erasure.planForLead(gone));
                    leads.removeAll(gone);
                } else if (what < 97) {
                    const QString path =
                        m_fixture->dir() + QStringLiteral("/import%1.csv").arg(++imports);
                    QFile file(path);
                    QVERIFY(file.open(QIODevice::WriteOnly));
                    file.write("First Name,Last Name,Email,Company,Source\n");
                    for (int row = 0; row < 3; ++row)
                        file.write(QStringLiteral("Imp,Row%1,imp%2@example.org,Imp Co,webinar\n")
                                       .arg(row)
                                       .arg(random.generate())
                                       .toUtf8());
                    file.close();
                    LeadImportOptions options;
                    options.defaultCountry = QStringLiteral("DE");
                    LeadImport(store(), pick(reps)).run({path, {}, {}, {}}, options);
                    leads = {};
                    QSqlQuery query =
                        Sql::exec(store().db(), QStringLiteral("SELECT id FROM leads"));
                    while (query.next())
                        leads.append(query.value(0).toLongLong());
                } else {
                    // A rescore or another column the dashboard reads, changed in place.
                    Sql::exec(
                        store().db(),
                        QStringLiteral("UPDATE leads SET grade = ?, quadrant = ? WHERE id = ?"),
                        {QString(QChar(u'A' + random.bounded(5))),
                         pick(QStringList{QStringLiteral("sales_ready"), QStringLiteral("park")}),
                         pick(leads)});
                    // Written outside a write transaction: its day stays stale, reports read
                    // the first level until the next write transaction folds it.
                    if (RollupSlots::stale(store().db()) && ++rawWrites % 10 == 1) {
                        compareAll(step);
                        if (QTest::currentTestFailed())
                            return;
                    }
                }
            } catch (const StoreError&) {
                // a refused decision, merge or call: nothing written, nothing to check
            }
            if (step % 2500 == 0) {
                compareAll(step);
                if (QTest::currentTestFailed())
                    return;
                foldLeftovers();
                compareAll(step); // now every filter with one key through the second level
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QVERIFY(rawWrites > 10);
        const qint64 count =
            Sql::scalar(store().db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
        QVERIFY2(count > 500, qPrintable(QString::number(count)));
        const qint64 history =
            Sql::scalar(store().db(), QStringLiteral("SELECT count(*) FROM stage_history"))
                .toLongLong();
        QVERIFY(history > count * 2);
        // What the triggers and folds kept is what a rebuild from the history makes.
        foldLeftovers();
        const QStringList kept = rollupRows();
        {
            WriteTransaction transaction(store());
            RollupSql::rebuild(store().db());
            transaction.commit();
        }
        QCOMPARE(rollupRows(), kept);
    }

    void bulkScopeGivesTheRebuiltRollups_data()
    {
        QTest::addColumn<bool>("all");
        QTest::newRow("touched leads") << false;
        QTest::newRow("everything") << true;
    }

    // A bulk writer's scope: the triggers wait, the end brings the roll-ups up to date set-based
    // in the same transaction, and they are what a full rebuild makes; afterwards the triggers
    // keep them again.
    void bulkScopeGivesTheRebuiltRollups()
    {
        QFETCH(bool, all);
        QRandomGenerator random(20261206);
        const qint64 rep = Reps::idFor(store(), QStringLiteral("rep1"));
        const QList<SourceChannel> sources = allValues<SourceChannel>();
        const QList<Stage> stages = allValues<Stage>();
        const QList<CallOutcome> outcomes = allValues<CallOutcome>();
        const auto pick = [&](const auto& list) {
            return list.at(random.bounded(int(list.size())));
        };
        const auto newLead = [&] {
            Lead lead = sampleLead(QStringLiteral("Bo"), QStringLiteral("Bulk"),
                                   QStringLiteral("Co %1").arg(random.bounded(1000)));
            lead.email = QStringLiteral("b%1@example.com").arg(random.generate());
            lead.source = pick(sources);
            lead.campaign = pick(QStringList{QString(), QStringLiteral("spring")});
            if (random.bounded(4) > 0)
                lead.ownerId = rep;
            return lead;
        };
        QList<qint64> leads;
        for (int i = 0; i < 30; ++i)
            leads.append(LeadRepository(store()).create(newLead(), QStringLiteral("rep1")));
        QDateTime now = Clock::now();
        qint64 firstNew = 0;
        {
            WriteTransaction transaction(store());
            RollupBulkScope rollups(store());
            if (all)
                rollups.touchedAll();
            LeadRepository repository(store());
            for (int step = 0; step < 3000; ++step) {
                now = now.addSecs(random.bounded(4 * 3600));
                Clock::setFixed(now);
                const int what = random.bounded(100);
                const qint64 lead = pick(leads);
                if (what < 25) {
                    leads.append(repository.createInTransaction(newLead(), rep));
                    firstNew = firstNew ? firstNew : leads.last();
                } else if (what < 60) {
                    repository.changeStageInTransaction(lead, pick(stages), rep, {}, {});
                    rollups.touched(lead);
                } else if (what < 75) {
                    Sql::exec(store().db(),
                              QStringLiteral("INSERT INTO calls (lead_id, rep_id, started_at,"
                                             " outcome) VALUES (?, ?, ?, ?)"),
                              {lead, rep, now.toSecsSinceEpoch(), keyOf(pick(outcomes))});
                    rollups.touched(lead);
                } else if (what < 80) {
                    Sql::exec(store().db(),
                              QStringLiteral("DELETE FROM calls WHERE id = (SELECT MIN(id) FROM"
                                             " calls WHERE lead_id = ?)"),
                              {lead});
                    rollups.touched(lead);
                } else if (what < 85 && leads.size() > 10) {
                    // Erased: nothing to name, its counts go with it.
                    Sql::exec(store().db(), QStringLiteral("DELETE FROM leads WHERE id = ?"),
                              {lead});
                    leads.removeAll(lead);
                } else {
                    // A rescore: found by touchedIfChanged().
                    Sql::exec(
                        store().db(),
                        QStringLiteral("UPDATE leads SET grade = ?, quadrant = ? WHERE"
                                       " id = ?"),
                        {QString(QChar(u'A' + random.bounded(5))),
                         pick(QStringList{QStringLiteral("sales_ready"), QStringLiteral("park")}),
                         lead});
                }
            }
            rollups.touchedRange(firstNew, leads.last());
            rollups.touchedIfChanged();
            rollups.finish();
            transaction.commit();
        }
        QCOMPARE(Sql::scalar(store().db(), QStringLiteral("SELECT count(*) FROM rollup_pause"))
                     .toLongLong(),
                 0);
        QVERIFY(leads.size() > 500);
        compareAll(1);
        const auto rebuiltEqualsKept = [this] {
            foldLeftovers();
            const QStringList kept = rollupRows();
            WriteTransaction transaction(store());
            RollupSql::rebuild(store().db());
            transaction.commit();
            QCOMPARE(rollupRows(), kept);
        };
        rebuiltEqualsKept();
        // A scope left without finish() rolls back with its transaction, the pause with it.
        {
            WriteTransaction transaction(store());
            RollupBulkScope rollups(store());
            LeadRepository(store()).changeStageInTransaction(leads.first(), Stage::Working, rep, {},
                                                             {});
        }
        // The triggers work again.
        for (int i = 0; i < 20; ++i) {
            LeadRepository(store()).changeStage(pick(leads), pick(stages), QStringLiteral("rep1"));
            leads.append(LeadRepository(store()).create(newLead(), QStringLiteral("rep1")));
        }
        compareAll(2);
        rebuiltEqualsKept();
    }
    // A transaction that marked days stale and rolled back leaves none behind, and the next
    // write transaction's fold leaves none either; the second level equals a scan and a rebuild.
    void rolledBackTransactionLeavesNothingStale()
    {
        const qint64 rep = Reps::idFor(store(), QStringLiteral("rep1"));
        QList<qint64> leads;
        for (int i = 0; i < 5; ++i)
            leads.append(LeadRepository(store()).create(sampleLead(QStringLiteral("Ro"),
                                                                   QStringLiteral("Back%1").arg(i),
                                                                   QStringLiteral("Co")),
                                                        QStringLiteral("rep1")));
        QCOMPARE(staleDays(), 0);
        {
            WriteTransaction transaction(store());
            LeadRepository repository(store());
            repository.changeStageInTransaction(leads[0], Stage::Working, rep, {}, {});
            leads.append(repository.createInTransaction(
                sampleLead(QStringLiteral("Ro"), QStringLiteral("Gone"), QStringLiteral("Co")),
                rep));
            QVERIFY(staleDays() > 0); // marked, not folded yet
            QCOMPARE(DashboardRollups(store()).levelFor({}), DashboardRollups::Level::First);
        }
        leads.removeLast();
        QCOMPARE(staleDays(), 0);
        LeadRepository(store()).changeStage(leads[1], Stage::Working, QStringLiteral("rep1"));
        QCOMPARE(staleDays(), 0);
        QCOMPARE(DashboardRollups(store()).levelFor({}), DashboardRollups::Level::Second);
        compareAll(1);
        const QStringList kept = rollupRows();
        {
            WriteTransaction transaction(store());
            RollupSql::rebuild(store().db());
            transaction.commit();
        }
        QCOMPARE(rollupRows(), kept);
    }

    // Two reps' connections on a server write leads of the same creation day in overlapping
    // transactions and commit at the same moment: neither waits for the other's stale-day row
    // (each is keyed by its transaction), the folds take turns, both commit, and the second
    // level equals a scan.
    void overlappingWritersOfOneDayBothCommit()
    {
        if (TestStore::postgresServer().isEmpty())
            QSKIP("two writers at once need a server");
        const qint64 rep = Reps::idFor(store(), QStringLiteral("rep1"));
        const Store::Recipe recipe = store().recipe();
        const int rounds = 20;
        const auto lead = [rep](const QString& name, SourceChannel source) {
            Lead result = sampleLead(QStringLiteral("Over"), name, QStringLiteral("Lap Co"));
            result.email = name + QStringLiteral("@example.com");
            result.source = source;
            result.ownerId = rep; // no round-robin counter shared by the two writers
            return result;
        };
        QString otherFailed;
        std::latch bothWritten(2);
        std::latch nextRound(2);
        bool written = false;
        bool committed = false;
        std::thread other([&] {
            try {
                std::unique_ptr<Store> own = Store::openAnother(recipe);
                WriteTransaction transaction(*own);
                LeadRepository repository(*own);
                const qint64 id = repository.createInTransaction(
                    lead(QStringLiteral("b0"), SourceChannel::Referral), rep);
                repository.changeStageInTransaction(id, Stage::Working, rep, {}, {});
                written = true;
                bothWritten.arrive_and_wait();
                transaction.commit(); // at the same moment as the main thread's
                committed = true;
                nextRound.arrive_and_wait();
            } catch (const StoreError& error) {
                otherFailed = error.message();
                if (!written)
                    bothWritten.count_down();
                if (!committed)
                    nextRound.count_down();
            }
        });
        {
            WriteTransaction transaction(store());
            LeadRepository repository(store());
            const qint64 id = repository.createInTransaction(
                lead(QStringLiteral("a0"), SourceChannel::WebForm), rep);
            repository.changeStageInTransaction(id, Stage::Working, rep, {}, {});
            bothWritten.arrive_and_wait();
            transaction.commit();
            nextRound.arrive_and_wait();
        }
        other.join();
        QVERIFY2(otherFailed.isEmpty(), qPrintable(otherFailed));
        QCOMPARE(Sql::scalar(store().db(), QStringLiteral("SELECT count(*) FROM leads WHERE"
                                                          " last_name IN ('a0', 'b0')"))
                     .toLongLong(),
                 2);
        QCOMPARE(staleDays(), 0);
        compareAll(1);
        // Many rounds on two connections of one thread: the second writes while the first's
        // transaction is open, both mark the same day and commit one after the other.
        std::unique_ptr<Store> second = store().openAnother();
        for (int round = 1; round < rounds; ++round) {
            WriteTransaction first(store());
            WriteTransaction next(*second);
            LeadRepository one(store());
            LeadRepository two(*second);
            one.createInTransaction(lead(QStringLiteral("a%1").arg(round), SourceChannel::WebForm),
                                    rep);
            two.createInTransaction(lead(QStringLiteral("b%1").arg(round), SourceChannel::Referral),
                                    rep);
            if (round % 2) {
                first.commit();
                next.commit();
            } else {
                next.commit();
                first.commit();
            }
        }
        QCOMPARE(staleDays(), 0);
        compareAll(2);
        const QStringList kept = rollupRows();
        {
            WriteTransaction transaction(store());
            RollupSql::rebuild(store().db());
            transaction.commit();
        }
        QCOMPARE(rollupRows(), kept);
    }
};

QTEST_GUILESS_MAIN(TestDashboardRollups)
#include "tst_dashboardrollups.moc"
