#include "TestStore.h"
#include "dashboard/RollupBulkScope.h"
#include "demo/DemoGenerator.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "qualification/QualificationRepository.h"
#include "scoring/BulkScoring.h"
#include "scoring/LeadScores.h"
#include "scoring/ScoringEngine.h"
#include "scoring/ScoringRulesRepository.h"
#include "support/BackgroundJob.h"
#include "support/Clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace {

ScoringRules testRules()
{
    QFile file(QStringLiteral(LEADSCOUT_TEST_DATA "/scoring-test-rules.json"));
    file.open(QIODevice::ReadOnly);
    ScoringRules rules;
    QString error;
    if (!ScoringRules::fromJson(file.readAll(), rules, &error))
        qFatal("%s", qPrintable(error));
    return rules;
}

/// Every lead's stored score columns, in id order, as one comparable text.
QStringList scoreSnapshot(const Store& store)
{
    QSqlQuery q =
        Sql::exec(store.db(), QStringLiteral("SELECT id, fit_score, interest_score, bant_score,"
                                             " total_score, grade, quadrant, score_rule_version,"
                                             " scored_at, score_band, score_flags FROM leads"
                                             " ORDER BY id"));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int c = 0; c < 11; ++c)
            values.append(q.value(c).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

/// Many plain leads at once, for the chunked paths. Their roll-ups are made set-based at the
/// end (RollupBulkScope): per row, the triggers would update the one roll-up row of these leads
/// thousands of times in one transaction, which a server makes quadratic.
void addManyLeads(const Store& store, int count)
{
    WriteTransaction tx(store);
    RollupBulkScope rollups(store);
    Sql::exec(store.db(),
              QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                             " WHERE i < ?) INSERT INTO leads (first_name, email, industry,"
                             " employees, source_channel, stage_changed_at, created_at,"
                             " updated_at) SELECT 'Lead' || i, 'l' || i || '@example.com',"
                             " CASE i % 2 WHEN 0 THEN 'software' ELSE 'manufacturing' END,"
                             " (i * 37) % 600, 'web_form', 0, 0, 0 FROM n"),
              {count});
    rollups.touchedIfChanged();
    rollups.finish();
    tx.commit();
}

} // namespace

class TestRescoring : public QObject
{
    Q_OBJECT

    qint64 m_big = 0, m_competitor = 0, m_small = 0;

    void addThreeLeads(const Store& store)
    {
        LeadRepository leads(store);
        Lead big = sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                              QStringLiteral("Becker GmbH"));
        big.employees = 300;
        big.industry = Industry::Manufacturing;
        big.seniority = Seniority::CLevel;
        m_big = leads.create(big, QStringLiteral("mara"));
        Lead rival =
            sampleLead(QStringLiteral("Rolf"), QStringLiteral("Rival"), QStringLiteral("Rival AG"));
        rival.email = QStringLiteral("rolf@rival.example");
        rival.employees = 300;
        m_competitor = leads.create(rival, QStringLiteral("mara"));
        Lead small =
            sampleLead(QStringLiteral("Jo"), QStringLiteral("Klein"), QStringLiteral("Klein KG"));
        small.employees = 60;
        m_small = leads.create(small, QStringLiteral("mara"));

        Qualification q;
        q.budget = BudgetStatus::Approved;
        q.authority = AuthorityLevel::DecisionMaker;
        q.decisionMakerConfirmed = true;
        q.need = NeedLevel::Urgent;
        q.timing = Timing::Within3Months;
        WriteTransaction tx(store);
        QualificationRepository(store).saveInTransaction(m_big, q, Reps::idFor(store, {}));
        Sql::exec(store.db(),
                  QStringLiteral("INSERT INTO interest_events (lead_id, kind, occurred_at)"
                                 " VALUES (?, 'webinar', ?)"),
                  {m_big, Clock::nowSecs()});
        tx.commit();
    }

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)); }
    void cleanup() { Clock::reset(); }

    void firstUseInstallsTheShippedDefaultsAsVersion1()
    {
        TestStore fixture;
        ScoringRulesRepository rules(fixture.store());
        QVERIFY(rules.versions().isEmpty());
        const ActiveRules active = rules.active();
        QCOMPARE(active.version, 1);
        QVERIFY(active.rules == ScoringRules::defaults());
        rules.ensureInstalled(); // a second time changes nothing
        QCOMPARE(rules.versions().size(), 1);
        QVERIFY(rules.versions().first().active);
    }

    void rescoringMovesScoresToTheNewVersionAndOldScoresKeepTheirs()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        addThreeLeads(store);
        const qint64 rep = Reps::idFor(store, QStringLiteral("lead"));

        BulkScoring::RescoreOutcome first = BulkScoring::rescoreAll(store, std::nullopt, rep, {});
        QVERIFY(first.completed);
        QCOMPARE(first.leads, 3);
        QCOMPARE(first.version, 1);
        for (qint64 id : {m_big, m_competitor, m_small})
            QCOMPARE(*LeadScores::find(store, id)->ruleVersion, 1);

        // Version 2 (the round-number rules), saved and applied in one go.
        const BulkScoring::RescoreOutcome second =
            BulkScoring::rescoreAll(store, testRules(), rep, QStringLiteral("round numbers"));
        QVERIFY(second.completed);
        QCOMPARE(second.version, 2);
        // Big: fit 30 + 20 + 20 = 70, interest 20 (webinar today), BANT 20+15+5+10+10 = 60.
        const StoredScore big = *LeadScores::find(store, m_big);
        QCOMPARE(big.fit, 70);
        QCOMPARE(big.interest, 20);
        QCOMPARE(big.bant, 60);
        QCOMPARE(big.total, 150);
        QCOMPARE(big.grade, QStringLiteral("A"));
        QCOMPARE(big.quadrant, QStringLiteral("sales_ready"));
        QCOMPARE(big.band, QStringLiteral("sql"));
        QCOMPARE(*big.ruleVersion, 2);
        QCOMPARE(*big.scoredAt, Clock::nowSecs());
        const StoredScore rival = *LeadScores::find(store, m_competitor);
        QCOMPARE(rival.total, 0);
        QCOMPARE(rival.grade, QStringLiteral("E"));
        QCOMPARE(rival.flags, QStringLiteral("exclude:competitor"));
        QCOMPARE(LeadScores::find(store, m_small)->total, 20);

        // A third version saved without rescoring: every stored score keeps version 2 …
        ScoringRules third = testRules();
        third.industryPoints[vocabIndex(Industry::Manufacturing)] = 25;
        {
            WriteTransaction tx(store);
            QCOMPARE(ScoringRulesRepository(store).addVersionInTransaction(third, rep, {}), 3);
            tx.commit();
        }
        QCOMPARE(*LeadScores::find(store, m_big)->ruleVersion, 2);
        QCOMPARE(LeadScores::find(store, m_big)->fit, 70);
        // … until a lead is scored again, which records the version that scored it.
        Clock::advance(60);
        LeadScores::rescore(store, m_big);
        QCOMPARE(*LeadScores::find(store, m_big)->ruleVersion, 3);
        QCOMPARE(LeadScores::find(store, m_big)->fit, 75);
        QCOMPARE(*LeadScores::find(store, m_small)->ruleVersion, 2);
        const BulkScoring::RescoreOutcome all =
            BulkScoring::rescoreAll(store, std::nullopt, rep, {});
        QCOMPARE(all.version, 3);
        QCOMPARE(*LeadScores::find(store, m_small)->ruleVersion, 3);

        const QList<RuleVersion> versions = ScoringRulesRepository(store).versions();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions.first().version, 3);
        QVERIFY(versions.first().active);
        QVERIFY(!versions.last().active);
        QCOMPARE(versions.at(1).note, QStringLiteral("round numbers"));
        QCOMPARE(versions.at(1).repName, QStringLiteral("lead"));
    }

    void storedScoreMatchesTheEngineOnTheSameInputs()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        addThreeLeads(store);
        BulkScoring::rescoreAll(store, std::nullopt, 0, {});
        const ActiveRules active = ScoringRulesRepository(store).active();
        for (qint64 id : {m_big, m_competitor, m_small}) {
            const ScoringInput input =
                *LeadScores::inputFor(store, id, Clock::nowSecs(), active.rules.maxAgeDays);
            const ScoreResult expected =
                ScoringEngine::score(active.rules, input, Clock::nowSecs());
            const StoredScore stored = *LeadScores::find(store, id);
            QCOMPARE(stored.total, expected.total);
            QCOMPARE(stored.fit, expected.fit);
            QCOMPARE(stored.grade, keyOf(expected.grade));
            QCOMPARE(stored.flags, LeadScores::flagsText(expected));
        }
    }

    void bulkPathAgreesWithSingleLeadScoringAcrossChunks()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        const qint64 now = Clock::nowSecs();
        {
            WriteTransaction tx(store);
            RollupBulkScope rollups(store); // as in addManyLeads
            Sql::exec(
                store.db(),
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                    " INSERT INTO leads (title, seniority, email, website, industry, employees,"
                    " annual_revenue_minor, revenue_currency, source_channel, stage_changed_at,"
                    " created_at, updated_at) SELECT"
                    " CASE i % 40 WHEN 0 THEN 'Applicant' ELSE 'Manager' END,"
                    " CASE i % 3 WHEN 0 THEN 'c_level' WHEN 1 THEN 'trainee_student'"
                    "  ELSE 'manager' END,"
                    " 'p' || i || CASE i % 7 WHEN 0 THEN '@gmail.com' WHEN 1 THEN '@rival.example'"
                    "  ELSE '@x.example' END, NULL,"
                    " CASE i % 4 WHEN 0 THEN 'manufacturing' WHEN 1 THEN 'public_sector'"
                    "  WHEN 2 THEN 'software' ELSE 'unknown' END,"
                    " CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 37) % 700 END,"
                    " (i * 7919) % 3000000000, CASE i % 6 WHEN 0 THEN 'USD' ELSE 'EUR' END,"
                    " 'web_form', 0, 0, 0 FROM n"),
                {BulkScoring::chunkSize + 700});
            Sql::exec(store.db(),
                      QStringLiteral("INSERT INTO qualification (lead_id, budget_status, authority,"
                                     " buying_role, decision_maker_confirmed, need, timing,"
                                     " updated_at) SELECT id, CASE id % 3 WHEN 0 THEN 'approved'"
                                     " ELSE 'none' END, 'decision_maker', 'executive', id % 2,"
                                     " 'urgent', 'within_3m', 0 FROM leads WHERE id % 3 <> 1"));
            Sql::exec(store.db(),
                      QStringLiteral("INSERT INTO interest_events (lead_id, kind, occurred_at)"
                                     " SELECT id, CASE id % 3 WHEN 0 THEN 'webinar'"
                                     " WHEN 1 THEN 'event' ELSE 'download' END,"
                                     " ? - (id % 90) * 86400 FROM leads WHERE id % 4 <> 0"),
                      {now});
            rollups.touchedIfChanged();
            rollups.finish();
            tx.commit();
        }
        QVERIFY(BulkScoring::rescoreAll(store, testRules(), 0, {}).completed);
        const ScoringRules rules = testRules();
        QSqlQuery ids = Sql::exec(store.db(), QStringLiteral("SELECT id FROM leads ORDER BY id"));
        int compared = 0;
        while (ids.next()) {
            const qint64 id = ids.value(0).toLongLong();
            const ScoreResult expected = ScoringEngine::score(
                rules, *LeadScores::inputFor(store, id, now, rules.maxAgeDays), now, false);
            const StoredScore stored = *LeadScores::find(store, id);
            QCOMPARE(stored.fit, expected.fit);
            QCOMPARE(stored.interest, expected.interest);
            QCOMPARE(stored.bant, expected.bant);
            QCOMPARE(stored.total, expected.total);
            QCOMPARE(stored.quadrant, keyOf(expected.quadrant));
            QCOMPARE(stored.band, ScoreBands::keyOf(expected.band()));
            QCOMPARE(stored.flags, LeadScores::flagsText(expected));
            ++compared;
        }
        QCOMPARE(compared, BulkScoring::chunkSize + 700);
        // The mix covers exclusions, flags and every quadrant.
        for (const char* quadrant : {"sales_ready", "nurture", "advocate", "park"})
            QVERIFY2(Sql::scalar(store.db(),
                                 QStringLiteral("SELECT count(*) FROM leads WHERE quadrant = ?"),
                                 {QString::fromLatin1(quadrant)})
                             .toInt() > 0,
                     quadrant);
    }

    void cancelLeavesEveryScoreAndTheRulesAsTheyWere_data()
    {
        QTest::addColumn<int>("cancelAfter");
        QTest::newRow("before the first lead") << 0;
        QTest::newRow("after the first chunk") << BulkScoring::chunkSize;
        QTest::newRow("after the second chunk") << 2 * BulkScoring::chunkSize;
    }

    void cancelLeavesEveryScoreAndTheRulesAsTheyWere()
    {
        QFETCH(int, cancelAfter);
        TestStore fixture;
        const Store& store = fixture.store();
        addManyLeads(store, 2 * BulkScoring::chunkSize + 1234);
        QVERIFY(BulkScoring::rescoreAll(store, std::nullopt, 0, {}).completed);
        const QStringList before = scoreSnapshot(store);
        const QList<RuleVersion> versionsBefore = ScoringRulesRepository(store).versions();

        Clock::advance(3600);
        QList<qint64> seen;
        const BulkScoring::RescoreOutcome outcome = BulkScoring::rescoreAll(
            store, testRules(), 0, QStringLiteral("cancelled"), [&](qint64 done, qint64 total) {
                seen.append(done);
                Q_UNUSED(total);
                return done < cancelAfter;
            });
        QVERIFY(!outcome.completed);
        QCOMPARE(seen.last(), qint64(cancelAfter));
        if (!store.isSqlite()) {
            // A server rescores in committed batches: the rules are saved, the leads done so
            // far carry the new version and the rest still their old one — none half-way.
            QVERIFY(outcome.rulesSaved);
            QCOMPARE(outcome.leads, qint64(cancelAfter));
            QCOMPARE(ScoringRulesRepository(store).active().version, 2);
            const auto atVersion = [&](int version) {
                return Sql::scalar(store.db(),
                                   QStringLiteral("SELECT count(*) FROM leads"
                                                  " WHERE score_rule_version = ?"),
                                   {version})
                    .toInt();
            };
            QCOMPARE(atVersion(2), cancelAfter);
            QCOMPARE(atVersion(1), before.size() - cancelAfter);
            // The next rescore (with the active rules) completes what was broken off.
            const BulkScoring::RescoreOutcome rest =
                BulkScoring::rescoreAll(store, std::nullopt, 0, {});
            QVERIFY(rest.completed);
            QCOMPARE(rest.version, 2);
            QCOMPARE(atVersion(2), before.size());
            return;
        }
        QCOMPARE(scoreSnapshot(store), before);
        QCOMPARE(ScoringRulesRepository(store).versions().size(), versionsBefore.size());
        QCOMPARE(ScoringRulesRepository(store).active().version, 1);

        // The same change run to the end moves every lead.
        const BulkScoring::RescoreOutcome done = BulkScoring::rescoreAll(store, testRules(), 0, {});
        QVERIFY(done.completed);
        QCOMPARE(done.leads, qint64(before.size()));
        QCOMPARE(Sql::scalar(store.db(), QStringLiteral("SELECT count(*) FROM leads"
                                                        " WHERE score_rule_version = 2"))
                     .toInt(),
                 before.size());
    }

    void aNeverScoredStoreGetsItsIndexesBackAfterTheRescore()
    {
        // Enough unscored leads for the rescore to rebuild the score and grade indexes at the end.
        TestStore fixture;
        const Store& store = fixture.store();
        addManyLeads(store, 12000);
        const auto indexes = [&] {
            QStringList found;
            QSqlQuery query = Sql::exec(store.db(), store.dialect().secondaryIndexesQuery(),
                                        {QStringLiteral("leads")});
            while (query.next())
                found.append(query.value(0).toString() + QLatin1Char(':') +
                             query.value(1).toString());
            return found;
        };
        const QStringList before = indexes();
        QVERIFY(before.join(QLatin1Char(' ')).contains(QLatin1String("idx_leads_queue_score")));
        // Cancelled: the dropped indexes come back with the rollback.
        QVERIFY(!BulkScoring::rescoreAll(store, std::nullopt, 0, {}, [](qint64 done, qint64) {
                     return done < BulkScoring::chunkSize;
                 }).completed);
        QCOMPARE(indexes(), before);
        QVERIFY(BulkScoring::rescoreAll(store, std::nullopt, 0, {}).completed);
        QCOMPARE(indexes(), before);
        QCOMPARE(Sql::scalar(store.db(), QStringLiteral("SELECT count(*) FROM leads"
                                                        " WHERE score_rule_version IS NULL"))
                     .toInt(),
                 0);
        // The rebuilt index gives the queue's order.
        QCOMPARE(Sql::scalar(
                     store.db(),
                     QStringLiteral("SELECT id FROM leads%1"
                                    " WHERE stage IN ('new', 'working', 'mql', 'nurture')"
                                    " ORDER BY total_score DESC, id LIMIT 1")
                         .arg(store.dialect().indexedBy(QStringLiteral("idx_leads_queue_score")))),
                 Sql::scalar(store.db(), QStringLiteral("SELECT id FROM leads ORDER BY"
                                                        " total_score DESC, id LIMIT 1")));
    }

    void previewCountsTheLeadsThatWouldMove()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        addThreeLeads(store);
        const ScoringRules current = testRules();
        ScoringRules proposed = current;
        proposed.gradeA = 151; // big: 150 would drop from A to B
        proposed.gradeB = 140;
        proposed.sqlThreshold = 160; // and below the SQL threshold: band sql → mql
        const QStringList before = scoreSnapshot(store);
        const BulkScoring::Preview preview = BulkScoring::preview(store, current, proposed);
        QVERIFY(preview.completed);
        QCOMPARE(preview.leads, 3);
        QCOMPARE(preview.gradeChanges, 1);
        QCOMPARE(preview.bandChanges, 1);
        QCOMPARE(preview.grades[vocabIndex(Grade::A)][vocabIndex(Grade::B)], 1);
        QCOMPARE(preview.grades[vocabIndex(Grade::E)][vocabIndex(Grade::E)], 2);
        QCOMPARE(preview.bands[int(ScoreBand::Sql)][int(ScoreBand::Mql)], 1);
        QCOMPARE(scoreSnapshot(store), before); // a preview writes nothing
    }

    void backgroundJobReportsProgressAndCancels()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        addManyLeads(store, 3 * BulkScoring::chunkSize);
        const QStringList before = scoreSnapshot(store);

        BackgroundJob job(store, [](const Store& own, BackgroundJob& self) {
            return BulkScoring::rescoreAll(own, std::nullopt, 0, {},
                                           [&](qint64 done, qint64 all) {
                                               self.setProgress(done, all);
                                               if (done >= BulkScoring::chunkSize)
                                                   self.cancel();
                                               return !self.isCancelled();
                                           })
                .completed;
        });
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(job.total(), qint64(3 * BulkScoring::chunkSize));
        if (store.isSqlite()) // a server keeps the batches committed before the cancel
            QCOMPARE(scoreSnapshot(store), before);

        BackgroundJob full(store, [](const Store& own, BackgroundJob& self) {
            return BulkScoring::rescoreAll(own, std::nullopt, 0, {},
                                           [&](qint64 done, qint64 all) {
                                               self.setProgress(done, all);
                                               return true;
                                           })
                .completed;
        });
        QSignalSpy fullFinished(&full, &BackgroundJob::finished);
        QSignalSpy progressed(&full, &BackgroundJob::progressed);
        full.start();
        QVERIFY(fullFinished.wait(60000));
        QCOMPARE(fullFinished.first().at(0).toBool(), true);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(0).toLongLong(), qint64(3 * BulkScoring::chunkSize));
        QVERIFY(scoreSnapshot(store) != before);
    }

    void demoStoresAreScoredWithTheDefaultRules()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        DemoGenerator generator(store, {800, 11});
        QVERIFY(!generator.run().cancelled);
        QCOMPARE(ScoringRulesRepository(store).versions().size(), 1);
        QCOMPARE(Sql::scalar(store.db(), QStringLiteral("SELECT count(*) FROM leads"
                                                        " WHERE score_rule_version = 1"))
                     .toInt(),
                 800);
        QVERIFY(Sql::scalar(store.db(), QStringLiteral("SELECT count(DISTINCT grade) FROM leads"))
                    .toInt() >= 3);
        QVERIFY(Sql::scalar(store.db(),
                            QStringLiteral("SELECT count(*) FROM leads WHERE interest_score > 0"))
                    .toInt() > 0);
        const ActiveRules active = ScoringRulesRepository(store).active();
        for (qint64 id = 1; id <= 800; id += 37) {
            const ScoreResult expected = ScoringEngine::score(
                active.rules,
                *LeadScores::inputFor(store, id, Clock::nowSecs(), active.rules.maxAgeDays),
                Clock::nowSecs(), false);
            QCOMPARE(LeadScores::find(store, id)->total, expected.total);
            QCOMPARE(LeadScores::find(store, id)->grade, keyOf(expected.grade));
        }
    }

    void failureInTheJobIsReported()
    {
        TestStore fixture;
        BackgroundJob job(fixture.store(), [](const Store&, BackgroundJob&) -> bool {
            throw StoreError(QStringLiteral("disk full"));
        });
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("disk full"));
    }
};

QTEST_GUILESS_MAIN(TestRescoring)
#include "tst_rescoring.moc"
