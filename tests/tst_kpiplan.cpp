#include "TestStore.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "planning/KpiPlan.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

// The reverse-funnel planner: the field's worked example, each close-rate notation, exact
// values with the rounding said, and the steps below opportunities from a store's history.

namespace {

KpiPlanInput example(const QString& closeRate)
{
    KpiPlanInput input;
    input.revenueTarget = Ratio(100000);
    input.averageDeal = Ratio(4000);
    input.closeRate = *Ratio::parse(closeRate);
    return input;
}

} // namespace

class TestKpiPlan : public QObject
{
    Q_OBJECT

    // A lead created `daysAgo` that went through `stages` in order, a day apart.
    static void addLead(Store& store, int daysAgo, const QStringList& stages)
    {
        const qint64 created = Clock::nowSecs() - qint64(daysAgo) * 86400;
        Lead lead = sampleLead(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("X"));
        const qint64 id = LeadRepository(store).create(lead, QStringLiteral("mara"));
        Sql::exec(store.db(), QStringLiteral("UPDATE leads SET created_at = ? WHERE id = ?"),
                  {created, id});
        Sql::exec(store.db(), QStringLiteral("DELETE FROM stage_history WHERE lead_id = ?"), {id});
        QString from = QStringLiteral("new");
        qint64 at = created;
        for (const QString& stage : stages) {
            at += 86400;
            Sql::exec(store.db(),
                      QStringLiteral("INSERT INTO stage_history (lead_id, from_stage, to_stage, "
                                     "changed_at) VALUES (?, ?, ?, ?)"),
                      {id, from, stage, at});
            from = stage;
        }
        Sql::exec(store.db(), QStringLiteral("UPDATE leads SET stage = ? WHERE id = ?"),
                  {from, id});
    }

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 3, 18), QTime(10, 0), QTimeZone::utc())); }
    void cleanup() { Clock::reset(); }

    void readsEveryCloseRateNotation()
    {
        QCOMPARE(*Ratio::parse(QStringLiteral("33.3%")), Ratio(333, 1000));
        QCOMPARE(*Ratio::parse(QStringLiteral("33,3 %")), Ratio(333, 1000));
        QCOMPARE(*Ratio::parse(QStringLiteral("0.333")), Ratio(333, 1000));
        QCOMPARE(*Ratio::parse(QStringLiteral("0,333")), Ratio(333, 1000));
        QCOMPARE(*Ratio::parse(QStringLiteral("1/3")), Ratio(1, 3));
        QCOMPARE(*Ratio::parse(QStringLiteral(" 1 / 3 ")), Ratio(1, 3));
        QCOMPARE(*Ratio::parse(QStringLiteral("33%")), Ratio(33, 100));
        for (const char* bad : {"", "abc", "1/0", "1/", "33.3.3", "-5%", "1e3", "%"})
            QVERIFY2(!Ratio::parse(QString::fromLatin1(bad)), bad);
        QCOMPARE(Ratio(3267, 10).toDecimal(2), QStringLiteral("326.70"));
        QCOMPARE(Ratio(2, 3).toDecimal(1), QStringLiteral("0.7"));
        QCOMPARE(Ratio(757575, 10000).ceil(), 76);
        QCOMPARE(Ratio(75).ceil(), 75);
    }

    void reproducesTheWorkedExample()
    {
        const KpiPlan plan = KpiPlan::compute(example(QStringLiteral("1/3")));
        QCOMPARE(plan.figure(QStringLiteral("deals"))->planned, 25);
        QCOMPARE(plan.figure(QStringLiteral("deals"))->exact, Ratio(25));
        // Exactly 75: a third as 0.333… in floating point would need 76.
        QCOMPARE(plan.figure(QStringLiteral("opportunities"))->planned, 75);
        QCOMPARE(plan.figure(QStringLiteral("opportunities"))->exact, Ratio(75));

        KpiPlanInput yearly = example(QStringLiteral("33%"));
        yearly.opportunities = Ratio(75);
        const KpiPlan year = KpiPlan::compute(yearly);
        const SensitivityRow& base = year.sensitivity.at(0);
        QCOMPARE(base.opportunities, Ratio(900));
        QCOMPARE(base.deals, Ratio(297));
        QCOMPARE(base.revenue, Ratio(1188000));
        const SensitivityRow& better = year.sensitivity.at(1);
        QCOMPARE(better.closeRate, Ratio(363, 1000));
        QCOMPARE(better.deals.toDecimal(1), QStringLiteral("326.7")); // not rounded up to 327
        QCOMPARE(better.revenue, Ratio(1306800));
        QCOMPARE(better.gain, Ratio(118800));
    }

    void roundsNeededCountsUpAndSaysSo()
    {
        for (const char* notation : {"33.3%", "0.333", "33,3 %"}) {
            const KpiPlan plan = KpiPlan::compute(example(QString::fromLatin1(notation)));
            QCOMPARE(plan.figure(QStringLiteral("opportunities"))->planned, 76); // 75.08 → 76
        }
        const KpiPlan plan = KpiPlan::compute(example(QStringLiteral("33%")));
        QCOMPARE(plan.figure(QStringLiteral("opportunities"))->exact.toDecimal(4),
                 QStringLiteral("75.7576"));
        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value(QStringLiteral("needed"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("rounding")),
                 QStringLiteral("up"));
        QVERIFY(plan.toText().contains(QLatin1String("rounded up")));
    }

    void refusesWhatCannotBePlanned()
    {
        KpiPlanInput input = example(QStringLiteral("1/3"));
        input.closeRate = Ratio(3, 2);
        QCOMPARE(KpiPlan::problems(input).size(), 1);
        input.closeRate = Ratio(0);
        input.averageDeal = Ratio(0);
        QCOMPARE(KpiPlan::problems(input).size(), 2);
        QVERIFY(KpiPlan::problems(example(QStringLiteral("100%"))).isEmpty());
    }

    void plansTheFunnelFromTheStoresHistory()
    {
        TestStore store;
        // 10 leads of the last year: 8 worked (one went straight to MQL, so it passed
        // working), 4 MQL, 2 SQL, 1 handed off; one older lead counts for nothing.
        for (int i = 0; i < 2; ++i)
            addLead(store.store(), 30, {});
        for (int i = 0; i < 4; ++i)
            addLead(store.store(), 40, {QStringLiteral("working")});
        addLead(store.store(), 50, {QStringLiteral("mql")});
        addLead(store.store(), 50,
                {QStringLiteral("working"), QStringLiteral("mql"), QStringLiteral("nurture")});
        addLead(store.store(), 60,
                {QStringLiteral("working"), QStringLiteral("mql"), QStringLiteral("sql")});
        addLead(store.store(), 6,
                {QStringLiteral("working"), QStringLiteral("mql"), QStringLiteral("sql"),
                 QStringLiteral("handed_off")});
        addLead(store.store(), 400, {QStringLiteral("working")});
        const FunnelMeasures measures = FunnelMeasures::read(store.store(), PlanPeriod::Month);
        QCOMPARE(measures.reached, (std::array<qint64, 5>{10, 8, 4, 2, 1}));
        QCOMPARE(measures.achieved[FunnelMeasures::Opportunity], 1);

        const KpiPlan plan = KpiPlan::compute(example(QStringLiteral("1/3")), measures);
        QCOMPARE(plan.figure(QStringLiteral("sqls"))->planned, 150);         // 75 ÷ 1/2
        QCOMPARE(plan.figure(QStringLiteral("mqls"))->planned, 300);         // 150 ÷ 2/4
        QCOMPARE(plan.figure(QStringLiteral("worked_leads"))->planned, 600); // 300 ÷ 4/8
        QCOMPARE(plan.figure(QStringLiteral("raw_leads"))->planned, 750);    // 600 ÷ 8/10
        QVERIFY(plan.figure(QStringLiteral("sqls"))->basis.contains(QLatin1String("1 of 2")));
        QVERIFY(plan.gaps.contains(QLatin1String("call log")) ||
                !plan.gaps.filter(QStringLiteral("call log")).isEmpty());
        QCOMPARE(plan.workingDays, 22); // March 2026: Monday to Friday
    }

    void plansCallsFromTheCallLog()
    {
        TestStore store;
        for (int i = 0; i < 4; ++i)
            addLead(store.store(), 10, {QStringLiteral("working")});
        addLead(store.store(), 10, {QStringLiteral("working"), QStringLiteral("mql")});
        addLead(store.store(), 10,
                {QStringLiteral("working"), QStringLiteral("mql"), QStringLiteral("sql"),
                 QStringLiteral("handed_off")});
        const QVariantList leads = [&] {
            QVariantList ids;
            QSqlQuery query = Sql::exec(store->db(), QStringLiteral("SELECT id FROM leads"));
            while (query.next())
                ids.append(query.value(0));
            return ids;
        }();
        // 18 calls to 6 leads: 3 per worked lead; 6 of them connected.
        for (int i = 0; i < 18; ++i)
            Sql::exec(store->db(),
                      QStringLiteral("INSERT INTO calls (lead_id, started_at, outcome) VALUES "
                                     "(?, ?, ?)"),
                      {leads.at(i % 6), Clock::nowSecs() - 3600,
                       i % 3 == 0 ? QStringLiteral("connected") : QStringLiteral("no_answer")});
        const FunnelMeasures measures = FunnelMeasures::read(store.store(), PlanPeriod::Month);
        QCOMPARE(*measures.connectRate(), Ratio(1, 3));
        QCOMPARE(*measures.callsPerWorkedLead(), Ratio(3));
        QCOMPARE(measures.callsAchieved, 18);
        const KpiPlan plan = KpiPlan::compute(example(QStringLiteral("1/3")), measures);
        const qint64 worked = plan.figure(QStringLiteral("worked_leads"))->planned;
        QCOMPARE(plan.figure(QStringLiteral("calls"))->planned, worked * 3);
        const qint64 reps = measures.reps;
        QVERIFY(reps > 0);
        QCOMPARE(plan.figure(QStringLiteral("calls_per_rep_day"))->exact,
                 Ratio(worked * 3) / Ratio(reps * 22));
    }

    void theCommandPlansWithAndWithoutAStore()
    {
        const auto run = [](const QStringList& arguments) {
            QProcess process;
            QTemporaryDir home;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LEADSCOUT_HOME"), home.path());
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(LEADSCOUT_BINARY),
                          QStringList{QStringLiteral("plan")} + arguments);
            process.waitForFinished(60000);
            return std::make_pair(process.exitCode(),
                                  QString::fromUtf8(process.readAllStandardOutput() +
                                                    process.readAllStandardError()));
        };
        const QStringList example{QStringLiteral("--revenue-target"), QStringLiteral("100000 €"),
                                  QStringLiteral("--average-deal"), QStringLiteral("4000"),
                                  QStringLiteral("--close-rate")};
        const auto [code, out] =
            run(example + QStringList{QStringLiteral("1/3"), QStringLiteral("--json")});
        QCOMPARE(code, 0);
        const QJsonArray needed = QJsonDocument::fromJson(out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("needed"))
                                      .toArray();
        QCOMPARE(needed.at(0).toObject().value(QStringLiteral("planned")).toInt(), 25);
        QCOMPARE(needed.at(1).toObject().value(QStringLiteral("planned")).toInt(), 75);
        const auto [badCode, badOut] = run(example + QStringList{QStringLiteral("a third")});
        QCOMPARE(badCode, 2);
        QVERIFY2(badOut.contains(QLatin1String("--close-rate \"a third\"")), qPrintable(badOut));
        QCOMPARE(run({QStringLiteral("--close-rate"), QStringLiteral("1/3")}).first, 2);
        // "100.000" is 100 thousand in German and 100 in English: refused, not guessed.
        const auto [twoWays, twoWaysOut] =
            run({QStringLiteral("--revenue-target"), QStringLiteral("100.000"),
                 QStringLiteral("--average-deal"), QStringLiteral("4000"),
                 QStringLiteral("--close-rate"), QStringLiteral("1/3")});
        QCOMPARE(twoWays, 2);
        QVERIFY2(twoWaysOut.contains(QLatin1String("--revenue-target \"100.000\"")),
                 qPrintable(twoWaysOut));
        const auto [periodCode, periodOut] =
            run(example + QStringList{QStringLiteral("1/3"), QStringLiteral("--period"),
                                      QStringLiteral("week")});
        QCOMPARE(periodCode, 2);
        const auto [missingCode, missingOut] =
            run(example + QStringList{QStringLiteral("1/3"), QStringLiteral("--db"),
                                      QStringLiteral("/nonexistent/store.sqlite")});
        QCOMPARE(missingCode, 1);
        QVERIFY2(missingOut.contains(QLatin1String("There is no store")), qPrintable(missingOut));
    }
};

QTEST_GUILESS_MAIN(TestKpiPlan)
#include "tst_kpiplan.moc"
