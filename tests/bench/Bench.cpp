#include "Bench.h"

#include "BenchMeasure.h"
#include "PlainSqlite.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <algorithm>

double Bench::timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

bool Bench::dropCache() const
{
    return !server && !coldMethod.isEmpty() && !dropCaches(path).isEmpty();
}

QList<qint64> Bench::sampleLeads(int count, const QString& where) const
{
    // Spread over the whole store (a hash of the id), the same leads on every run.
    QSqlQuery query = Sql::exec(
        store->db(), QStringLiteral("SELECT id FROM leads %1 ORDER BY (id * 2654435761) %% 1000003 "
                                    "LIMIT %2")
                         .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where)
                         .arg(count)
                         .replace(QStringLiteral("%%"), QStringLiteral("%")));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

const QList<BenchGroup>& benchGroups()
{
    using namespace BenchGroups;
    static const QList<BenchGroup> groups{
        {"open", "open the store and the queue's first screen", openStore},
        {"next", "next lead (pick + claim)", nextLead},
        {"search", "search by name, company and phone; filter by grade", searches},
        {"lead", "open a lead in the card and the form", openLead},
        {"call", "save a call log", saveCall},
        {"qualification", "save a qualification with its rescore", saveQualification},
        {"dashboard", "dashboard figures and the planner", dashboard},
        {"nurture", "the nurture page's due steps", nurture},
        {"handoff", "hand off 10,000 leads to CSV and XLSX", handoff},
        {"erase", "erase one lead", erase},
        {"import", "import a CSV file of 100,000 rows with duplicate checks", import},
        {"rescore", "rescore all leads", rescore},
        {"start", "start to first painted window; peak memory with the queue open", startup}};
    return groups;
}

void measure(Bench& bench, const OpSpec& spec,
             const std::function<void(const Store& store, int run)>& work,
             const std::function<void(const Store& store)>& prepare,
             const std::function<void()>& finish)
{
    // Warm: the window's own connection, everything read before.
    // Writes are measured warm only (the rep has just opened the lead): no suffix then.
    Figure warm(spec.cold ? spec.name + QStringLiteral("_warm") : spec.name,
                spec.cold ? spec.label + QStringLiteral(" (warm)") : spec.label);
    warm.target = spec.target;
    warm.note = spec.note;
    QByteArrayList statements;
    double firstMs = 0;
    {
        const SqlCapture capture(*bench.store);
        firstMs = Bench::timeMs([&] { work(*bench.store, 0); });
        statements = capture.statements();
    }
    if (!spec.plainSql.isEmpty())
        statements = spec.plainSql;
    // An operation of seconds (the planner on a million leads) gets as many runs as the other
    // long ones, and one cold run: the whole benchmark stays within its 15 minutes.
    const bool slow = firstMs > 1000;
    int runs = spec.runs > 0 ? spec.runs : bench.runs;
    if (slow)
        runs = std::min(runs, bench.longRuns);
    const int coldRuns = slow ? 1 : bench.coldRuns;
    for (int run = 1; run <= runs; ++run)
        warm.runs.append(Bench::timeMs([&] { work(*bench.store, run); }));
    if (!bench.server) {
        PlainSqlite plain(bench.path);
        plain.run(statements, spec.writes);
        for (int run = 0; run < runs; ++run)
            warm.plain.append(plain.run(statements, spec.writes));
        if (plain.failures() > 0)
            warm.note += QStringLiteral(" [plain SQLite: %1 statements failed in the replay]")
                             .arg(plain.failures());
    }
    bench.report.add(warm);
    if (!spec.cold || bench.coldMethod.isEmpty())
        return;

    // Cold: a new connection on a store none of whose pages are in memory.
    Figure cold{spec.name + QStringLiteral("_cold"), spec.label + QStringLiteral(" (cold)")};
    cold.target = spec.target;
    cold.note = spec.note + QStringLiteral(" Page cache dropped (%1) before each run; the new "
                                           "connection opened (and what the window has open "
                                           "read) untimed.")
                                .arg(bench.coldMethod);
    QByteArrayList prepared; // what `prepare` read: plain SQLite reads it too, untimed
    for (int run = 0; run < coldRuns; ++run) {
        bench.dropCache();
        const std::unique_ptr<Store> store = Store::open(bench.path);
        if (prepare) {
            const SqlCapture capture(*store);
            prepare(*store);
            prepared = capture.statements();
        }
        cold.runs.append(Bench::timeMs([&] { work(*store, 1000 + run); }));
        if (finish)
            finish();
    }
    for (int run = 0; run < coldRuns; ++run) {
        bench.dropCache();
        PlainSqlite plain(bench.path);
        plain.run(prepared);
        cold.plain.append(plain.run(statements, spec.writes));
    }
    bench.report.add(cold);
}
