#include "TestStore.h"
#include "decisions/StageDecisions.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "qualification/QualificationRepository.h"
#include "scoring/BulkScoring.h"
#include "scoring/LeadScores.h"
#include "support/Clock.h"

#include <QFile>
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

const QString rep = QStringLiteral("mara");

} // namespace

class TestDecisions : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    const Store& store() { return m_fixture->store(); }

    /// A lead that meets every SQL criterion under the test rules, except those switched off.
    qint64 addLead(bool confirmed, int employees = 300, bool interest = true)
    {
        Lead lead = sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                               QStringLiteral("Becker GmbH"));
        lead.employees = employees;
        lead.industry = Industry::Software; // fit: employees + 10 + 20
        lead.seniority = Seniority::CLevel;
        const qint64 id = LeadRepository(store()).create(lead, rep);
        Qualification q;
        q.budget = BudgetStatus::Approved;
        q.authority = AuthorityLevel::DecisionMaker;
        q.decisionMakerConfirmed = confirmed;
        q.need = NeedLevel::Urgent;
        q.timing = Timing::Within3Months;
        WriteTransaction tx(store());
        QualificationRepository(store()).saveInTransaction(id, q, Reps::idFor(store(), rep));
        if (interest)
            Sql::exec(store().db(),
                      QStringLiteral("INSERT INTO interest_events (lead_id, kind, occurred_at)"
                                     " VALUES (?, 'event', ?)"),
                      {id, Clock::nowSecs()});
        tx.commit();
        return id;
    }

    Stage stageOf(qint64 id) { return LeadRepository(store()).find(id)->stage; }
    int historyCount(qint64 id) { return LeadRepository(store()).stageHistory(id).size(); }

    /// Applies a decision that must be refused; returns the refusal.
    std::optional<DecisionRefused> refusal(qint64 id, const DecisionRequest& request)
    {
        try {
            StageDecisions(store()).apply(id, request, rep);
        } catch (const DecisionRefused& refused) {
            return refused;
        }
        return std::nullopt;
    }

private slots:
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        m_fixture = std::make_unique<TestStore>();
        QVERIFY(BulkScoring::rescoreAll(store(), testRules(), 0, {}).completed);
    }
    void cleanup()
    {
        m_fixture.reset();
        Clock::reset();
    }

    void salesReadyRefusesWithoutConfirmedAuthority()
    {
        const qint64 id = addLead(false);
        const DecisionCheck check = StageDecisions(store()).check(id, Decision::SalesReady);
        QVERIFY(check.possible);
        QVERIFY(check.needsOverride);
        QCOMPARE(check.gaps,
                 QStringList{QStringLiteral("The decision authority is not confirmed.")});

        const auto refused = refusal(id, {Decision::SalesReady, QStringLiteral("   "), {}, {}, {}});
        QVERIFY(refused);
        QVERIFY(refused->overridable());
        QCOMPARE(refused->reasons(), check.gaps);
        QVERIFY(refused->message().contains(QLatin1String("override reason")));
        QCOMPARE(stageOf(id), Stage::New);
        QCOMPARE(historyCount(id), 1); // nothing written
    }

    void salesReadyWithAWrittenOverrideReason()
    {
        const qint64 id = addLead(false);
        StageDecisions(store()).apply(id,
                                      {Decision::SalesReady,
                                       QStringLiteral("CEO confirmed by e-mail, signs Friday"),
                                       {},
                                       {},
                                       {}},
                                      rep);
        QCOMPARE(stageOf(id), Stage::Sql);
        const StageChange last = LeadRepository(store()).stageHistory(id).last();
        QCOMPARE(last.fromStage, QStringLiteral("new"));
        QCOMPARE(last.toStage, QStringLiteral("sql"));
        QCOMPARE(last.reason, QStringLiteral("override"));
        QCOMPARE(last.note, QStringLiteral("CEO confirmed by e-mail, signs Friday"));
        QCOMPARE(last.repName, rep);
        QCOMPARE(last.changedAt, Clock::nowSecs());
    }

    void salesReadyWhenEveryCriterionIsMet()
    {
        const qint64 id = addLead(true);
        QVERIFY(!StageDecisions(store()).check(id, Decision::SalesReady).needsOverride);
        StageDecisions(store()).apply(id, {Decision::SalesReady, {}, {}, {}, {}}, rep);
        QCOMPARE(stageOf(id), Stage::Sql);
        const StageChange last = LeadRepository(store()).stageHistory(id).last();
        QVERIFY(last.reason.isEmpty());
        QVERIFY(last.note.isEmpty());
        // The decision scored the lead with the active rules first.
        QCOMPARE(*LeadScores::find(store(), id)->ruleVersion, 2);
        QCOMPARE(LeadScores::find(store(), id)->band, QStringLiteral("sql"));
    }

    /// The panel's text line goes out as the override reason; with the criteria met it is a note
    /// the history keeps (it used to be dropped).
    void aNoteOnAQualifiedDecisionIsKept()
    {
        const qint64 sql = addLead(true);
        StageDecisions(store()).apply(
            sql, {Decision::SalesReady, QStringLiteral("Demo booked for Tuesday"), {}, {}, {}},
            rep);
        StageChange last = LeadRepository(store()).stageHistory(sql).last();
        QCOMPARE(last.toStage, QStringLiteral("sql"));
        QVERIFY(last.reason.isEmpty()); // not an override
        QCOMPARE(last.note, QStringLiteral("Demo booked for Tuesday"));

        const qint64 mql = addLead(true);
        StageDecisions(store()).apply(
            mql, {Decision::MarketingQualified, {}, {}, QStringLiteral(" Met at the fair "), {}},
            rep);
        last = LeadRepository(store()).stageHistory(mql).last();
        QCOMPARE(last.toStage, QStringLiteral("mql"));
        QVERIFY(last.reason.isEmpty());
        QCOMPARE(last.note, QStringLiteral("Met at the fair"));
    }

    void anExcludedLeadIsNeverSalesReadyNotEvenWithAnOverride()
    {
        Lead rival = sampleLead(QStringLiteral("Rita"), QStringLiteral("Roth"),
                                QStringLiteral("Rival GmbH"));
        rival.email = QStringLiteral("rita.roth@rival.example"); // the test rules' competitor
        const qint64 id = LeadRepository(store()).create(rival, rep);
        const DecisionCheck check = StageDecisions(store()).check(id, Decision::SalesReady);
        QVERIFY(check.possible);
        QVERIFY(check.blocked);
        QCOMPARE(check.gaps, QStringList{QStringLiteral(
                                 "The lead matches a negative persona and is excluded.")});

        const auto refused = refusal(
            id, {Decision::SalesReady, QStringLiteral("They want to buy anyway"), {}, {}, {}});
        QVERIFY(refused);
        QVERIFY(!refused->overridable());
        QVERIFY2(refused->message().contains(QLatin1String("never be marked sales-ready")),
                 qPrintable(refused->message()));
        QCOMPARE(stageOf(id), Stage::New);
        QCOMPARE(historyCount(id), 1);
        // Disqualifying it is what remains.
        QVERIFY(StageDecisions(store()).check(id, Decision::Disqualify).possible);
    }

    void aTickBesideAnAuthorityOfUserConfirmsNothing()
    {
        const qint64 id = addLead(true);
        Qualification q = *QualificationRepository(store()).find(id);
        q.authority = AuthorityLevel::User;
        {
            WriteTransaction tx(store());
            QualificationRepository(store()).saveInTransaction(id, q, Reps::idFor(store(), rep));
            tx.commit();
        }
        const DecisionCheck check = StageDecisions(store()).check(id, Decision::SalesReady);
        QVERIFY(check.needsOverride);
        QVERIFY(check.gaps.contains(QStringLiteral("The decision authority is not confirmed.")));
        QVERIFY(refusal(id, {Decision::SalesReady, {}, {}, {}, {}}));
        QCOMPARE(stageOf(id), Stage::New);
    }

    void advocateIsNeverSalesReadyWithoutOverride()
    {
        const qint64 id = addLead(true, 5); // micro company: fit 30, interest 40
        QCOMPARE(LeadScores::rescore(store(), id).quadrant, Quadrant::Advocate);
        const auto refused = refusal(id, {Decision::SalesReady, {}, {}, {}, {}});
        QVERIFY(refused);
        QVERIFY(refused->reasons().first().contains(QLatin1String("advocate")));
        StageDecisions(store()).apply(
            id, {Decision::SalesReady, QStringLiteral("Parent company buys"), {}, {}, {}}, rep);
        QCOMPARE(stageOf(id), Stage::Sql);
    }

    void marketingQualifiedNeedsTheMqlThreshold()
    {
        Lead plain = sampleLead(QStringLiteral("Jo"), QStringLiteral("Klein"), {});
        const qint64 low = LeadRepository(store()).create(plain, rep);
        Qualification approved;
        approved.budget = BudgetStatus::Approved; // BANT 20, nothing else: total 20 < 60
        {
            WriteTransaction tx(store());
            QualificationRepository(store()).saveInTransaction(low, approved,
                                                               Reps::idFor(store(), rep));
            tx.commit();
        }
        const auto refused = refusal(low, {Decision::MarketingQualified, {}, {}, {}, {}});
        QVERIFY(refused);
        QCOMPARE(refused->reasons(),
                 QStringList{QStringLiteral("The total score (20) is below the MQL threshold of "
                                            "60.")});
        StageDecisions(store()).apply(
            low, {Decision::MarketingQualified, QStringLiteral("Event contact"), {}, {}, {}}, rep);
        QCOMPARE(stageOf(low), Stage::Mql);

        const qint64 high = addLead(true);
        StageDecisions(store()).apply(high, {Decision::MarketingQualified, {}, {}, {}, {}}, rep);
        QCOMPARE(stageOf(high), Stage::Mql);
        QVERIFY(LeadRepository(store()).stageHistory(high).last().reason.isEmpty());
    }

    void disqualifyNeedsAReason()
    {
        const qint64 id = addLead(true);
        auto refused = refusal(id, {Decision::Disqualify, {}, std::nullopt, {}, {}});
        QVERIFY(refused);
        QVERIFY(!refused->overridable());
        QCOMPARE(refused->message(), QStringLiteral("Choose why the lead is disqualified."));
        refused = refusal(
            id, {Decision::Disqualify, {}, DisqualifyReason::Other, QStringLiteral(" "), {}});
        QVERIFY(refused);
        QVERIFY(refused->message().contains(QLatin1String("describe it")));
        QCOMPARE(stageOf(id), Stage::New);
        QCOMPARE(historyCount(id), 1);

        StageDecisions(store()).apply(id,
                                      {Decision::Disqualify,
                                       {},
                                       DisqualifyReason::Other,
                                       QStringLiteral("Merged into group"),
                                       {}},
                                      rep);
        const Lead lead = *LeadRepository(store()).find(id);
        QCOMPARE(lead.stage, Stage::Disqualified);
        QCOMPARE(lead.disqualifyReason, QStringLiteral("other"));
        QCOMPARE(lead.disqualifyNote, QStringLiteral("Merged into group"));
        const StageChange last = LeadRepository(store()).stageHistory(id).last();
        QCOMPARE(last.reason, QStringLiteral("other"));
        QCOMPARE(last.note, QStringLiteral("Merged into group"));
    }

    void nurtureNeedsAReturnDateAfterToday()
    {
        const qint64 id = addLead(true);
        QVERIFY(refusal(id, {Decision::Nurture, {}, {}, {}, QDate()}));
        QVERIFY(refusal(id, {Decision::Nurture, {}, {}, {}, QDate(2026, 3, 2)}));
        QCOMPARE(historyCount(id), 1);
        StageDecisions(store()).apply(
            id, {Decision::Nurture, {}, {}, QStringLiteral("Budget next year"), QDate(2026, 9, 1)},
            rep);
        const Lead lead = *LeadRepository(store()).find(id);
        QCOMPARE(lead.stage, Stage::Nurture);
        QCOMPARE(Clock::fromSecs(*lead.nurtureUntil).toLocalTime().date(), QDate(2026, 9, 1));
        QCOMPARE(LeadRepository(store()).stageHistory(id).last().note,
                 QStringLiteral("Budget next year"));
    }

    void reopenBringsALeadBackToWorking()
    {
        const qint64 id = addLead(true);
        StageDecisions(store()).apply(
            id, {Decision::Disqualify, {}, DisqualifyReason::NoBudget, {}, {}}, rep);
        StageDecisions(store()).apply(id, {Decision::Reopen, {}, {}, {}, {}}, rep);
        Lead lead = *LeadRepository(store()).find(id);
        QCOMPARE(lead.stage, Stage::Working);
        QVERIFY(lead.disqualifyReason.isEmpty());

        StageDecisions(store()).apply(id, {Decision::Nurture, {}, {}, {}, QDate(2026, 5, 1)}, rep);
        StageDecisions(store()).apply(id, {Decision::Reopen, {}, {}, {}, {}}, rep);
        lead = *LeadRepository(store()).find(id);
        QCOMPARE(lead.stage, Stage::Working);
        QVERIFY(!lead.nurtureUntil);

        const QList<StageChange> history = LeadRepository(store()).stageHistory(id);
        QStringList path;
        for (const StageChange& change : history)
            path.append(change.toStage);
        QCOMPARE(path.join(QLatin1Char(' ')),
                 QStringLiteral("new disqualified working nurture working"));
    }

    void decisionsThatDoNotFitTheStageAreRefused()
    {
        const qint64 id = addLead(true);
        auto refused = refusal(id, {Decision::Reopen, {}, {}, {}, {}});
        QVERIFY(refused);
        QVERIFY(!refused->overridable());
        QVERIFY(!StageDecisions(store()).check(id, Decision::Reopen).possible);
        LeadRepository(store()).changeStage(id, Stage::HandedOff, rep);
        QVERIFY(refusal(id, {Decision::SalesReady, QStringLiteral("again"), {}, {}, {}}));
        QVERIFY(refusal(id, {Decision::Disqualify, {}, DisqualifyReason::Duplicate, {}, {}}));
        QCOMPARE(stageOf(id), Stage::HandedOff);
    }

    void everyDecisionWritesOneHistoryRow_data()
    {
        QTest::addColumn<int>("decision");
        QTest::addColumn<QString>("to");
        QTest::newRow("sales-ready") << int(Decision::SalesReady) << "sql";
        QTest::newRow("mql") << int(Decision::MarketingQualified) << "mql";
        QTest::newRow("nurture") << int(Decision::Nurture) << "nurture";
        QTest::newRow("disqualify") << int(Decision::Disqualify) << "disqualified";
    }

    void everyDecisionWritesOneHistoryRow()
    {
        QFETCH(int, decision);
        QFETCH(QString, to);
        const qint64 id = addLead(true);
        DecisionRequest request{
            Decision(decision), {}, DisqualifyReason::Competitor, {}, QDate(2026, 6, 1)};
        StageDecisions(store()).apply(id, request, rep);
        const QList<StageChange> history = LeadRepository(store()).stageHistory(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().fromStage, QStringLiteral("new"));
        QCOMPARE(history.last().toStage, to);
        QCOMPARE(history.last().repName, rep);
        QCOMPARE(keyOf(stageOf(id)), to);
    }

    void vanishedLeadIsAnError()
    {
        try {
            StageDecisions(store()).apply(4711, {Decision::SalesReady, {}, {}, {}, {}}, rep);
            QFAIL("no error");
        } catch (const DecisionRefused&) {
            QFAIL("a refusal instead of an error");
        } catch (const StoreError& error) {
            QVERIFY(error.message().contains(QLatin1String("4711")));
        }
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
