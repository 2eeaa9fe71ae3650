// The team lead's pages (dashboard, planner, nurture) and the bulk jobs: handoff and import.
#include "Bench.h"
#include "BenchMeasure.h"
#include "PlainSqlite.h"
#include "dashboard/DashboardRollups.h"
#include "handoff/HandoffService.h"
#include "import/LeadImport.h"
#include "nurture/NurtureDue.h"
#include "planning/KpiPlan.h"
#include "store/Store.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTextStream>

namespace {

const QString rep = QStringLiteral("bench");

} // namespace

namespace BenchGroups {

void dashboard(Bench& bench)
{
    OpSpec figures{QStringLiteral("dashboard"),
                   QStringLiteral("dashboard figures (all time)"),
                   300,
                   QStringLiteral("DashboardRollups::figures for all time, no filter (what "
                                  "`leadscout report` prints). Plain SQLite: a bare GROUP BY "
                                  "for the funnel (leads per stage, leads that ever reached "
                                  "each stage)."),
                   false,
                   true};
    figures.plainSql = {"SELECT stage, count(*) FROM leads GROUP BY stage",
                        "SELECT to_stage, count(DISTINCT lead_id) FROM stage_history "
                        "GROUP BY to_stage"};
    figures.runs = bench.longRuns;
    measure(bench, figures,
            [](const Store& store, int) { (void)DashboardRollups(store).figures({}); });

    KpiPlanInput input;
    input.revenueTarget = Ratio(250000);
    input.averageDeal = Ratio(5000);
    input.closeRate = Ratio(1, 4);
    input.period = PlanPeriod::Month;
    OpSpec planner{QStringLiteral("planner"),
                   QStringLiteral("planner (month, with measures)"),
                   300,
                   QStringLiteral("FunnelMeasures::read for the month and KpiPlan::compute (the "
                                  "planner page's Plan); target: the dashboard's."),
                   false,
                   true};
    planner.runs = bench.longRuns;
    measure(bench, planner, [&](const Store& store, int) {
        (void)KpiPlan::compute(input, FunnelMeasures::read(store, input.period));
    });
}

void nurture(Bench& bench)
{
    OpSpec spec{QStringLiteral("nurture_due"),
                QStringLiteral("nurture page's due steps"),
                100,
                QStringLiteral("NurtureDue::list, the team's steps due today (overdue "
                               "included), at most 500."),
                false,
                true};
    measure(bench, spec, [](const Store& store, int) {
        DueFilter filter;
        filter.window = DueFilter::Window::Today;
        (void)NurtureDue(store).list(filter);
    });
}

void handoff(Bench& bench)
{
    // The same 10,000 sales-ready or handed-off leads each run ("hand off again"), so that a
    // store can be measured again and again.
    QList<qint64> ids;
    QSqlQuery q =
        Sql::exec(bench.store->db(), QStringLiteral("SELECT id FROM leads WHERE stage IN ('sql', "
                                                    "'handed_off') ORDER BY id LIMIT 10000"));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (const auto& [format, key, target] : {std::tuple{HandoffFormat::Csv, "csv", 1000.0},
                                              std::tuple{HandoffFormat::Xlsx, "xlsx", 2000.0}}) {
        const QString name = QLatin1String(key);
        Figure figure{
            QStringLiteral("handoff_") + name,
            QStringLiteral("hand off %1 leads to %2").arg(ids.size()).arg(name.toUpper())};
        figure.target = target;
        figure.note =
            QStringLiteral(
                "HandoffService::handOff of %1 leads at sql or handed off before (again): rows "
                "read, "
                "file written and read back, leads marked with their history and snapshots in one "
                "transaction. Plain SQLite: the same SQL replayed and rolled back, no file.")
                .arg(ids.size());
        QByteArrayList statements;
        for (int run = 0; run < bench.longRuns; ++run) {
            const QString path =
                bench.scratch + QStringLiteral("/handoff-%1.%2").arg(run).arg(name);
            std::optional<SqlCapture> capture;
            if (run == 0)
                capture.emplace(*bench.store);
            figure.runs.append(Bench::timeMs([&] {
                HandoffService(*bench.store)
                    .handOff({path, {format, QLatin1Char(',')}, ids, true, rep});
            }));
            if (capture)
                statements = capture->statements();
            QFile::remove(path);
        }
        PlainSqlite plain(bench.path);
        for (int run = 0; run < bench.longRuns && !bench.server; ++run)
            figure.plain.append(plain.run(statements, true));
        if (plain.failures() > 0)
            figure.note += QStringLiteral(" [plain SQLite: %1 statements failed in the replay]")
                               .arg(plain.failures());
        bench.report.add(figure);
    }
}

} // namespace BenchGroups
