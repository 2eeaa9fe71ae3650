// The rep's writes (a call, a qualification, an erasure) and rescoring every lead.
#include "Bench.h"
#include "BenchMeasure.h"
#include "PlainSqlite.h"
#include "domain/LeadRepository.h"
#include "leads/Erasure.h"
#include "qualification/QualificationService.h"
#include "queue/CallLog.h"
#include "scoring/BulkScoring.h"
#include "store/Store.h"
#include "support/BackgroundJob.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QTimer>
#include <sqlite3.h>

namespace {

const QString rep = QStringLiteral("bench");
const QString callable =
    QStringLiteral("do_not_call = 0 AND wrong_number = 0 AND stage IN ('new', 'working')");

/// The tables that hold rows of a lead (a lead_id column), read from the store's schema.
QList<QByteArray> leadTables(sqlite3* db)
{
    QList<QByteArray> tables;
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
                       "WHERE m.type = 'table' AND c.name = 'lead_id'",
                       -1, &q, nullptr);
    while (sqlite3_step(q) == SQLITE_ROW)
        tables.append(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
    sqlite3_finalize(q);
    return tables;
}

} // namespace

namespace BenchGroups {

void saveCall(Bench& bench)
{
    const QList<qint64> leads = bench.sampleLeads(bench.runs + 1, callable);
    CallLog log(*bench.store);
    OpSpec spec{QStringLiteral("save_call"),
                QStringLiteral("save a call log"),
                20,
                QStringLiteral("CallLog::log (no answer, 45 s, a note) with what it does to "
                               "the lead (attempts, retry), a different lead each run."),
                true,
                false};
    measure(bench, spec, [&](const Store&, int run) {
        CallDraft draft;
        draft.outcome = CallOutcome::NoAnswer;
        draft.durationSecs = 45;
        draft.note = QStringLiteral("leadscout-bench");
        log.log(leads.value(run), draft, rep);
    });
}

void saveQualification(Bench& bench)
{
    // The form's context is loaded when the lead opens (measured there); saving is timed.
    const QList<qint64> leads = bench.sampleLeads(bench.runs + 1, callable);
    const QualificationService service(*bench.store);
    QList<QualificationContext> contexts;
    for (qint64 id : leads)
        if (auto context = service.load(id, QLocale()))
            contexts.append(*context);
    OpSpec spec{QStringLiteral("save_qualification"),
                QStringLiteral("save a qualification with rescore"),
                20,
                QStringLiteral("QualificationService::save: BANT and fit attributes with their "
                               "history, the lead scored with the active rules, the draft "
                               "removed; a different lead each run."),
                true,
                false};
    measure(bench, spec, [&](const Store&, int run) {
        const QualificationContext& context = contexts.at(run % contexts.size());
        QualificationEntry entry = context.storedEntry;
        entry.need = entry.need == QLatin1String("urgent") ? QStringLiteral("recognised")
                                                           : QStringLiteral("urgent");
        entry.notes = QStringLiteral("leadscout-bench run %1").arg(run);
        const auto result = service.save(context.lead.id, entry, context.storedFit, rep, QLocale(),
                                         QDate::currentDate());
        if (!result.saved)
            throw StoreError(QStringLiteral("qualification not saved: %1")
                                 .arg(result.problems.value(0).message));
    });
}

void erase(Bench& bench)
{
    Figure figure(QStringLiteral("erase_lead"), QStringLiteral("erase one lead"));
    figure.target = 1000;
    figure.note = QStringLiteral(
        "Erasure::planForLead + erase: every row of the lead in one transaction, secure_delete, "
        "suppression entry, then the WAL checkpointed empty. Plain SQLite: DELETE of another "
        "lead's rows from every table with a lead_id and the lead, secure_delete on, "
        "wal_checkpoint(TRUNCATE).");
    const QList<qint64> leads = bench.sampleLeads(2 * bench.longRuns);
    Erasure erasure(*bench.store);
    for (int run = 0; run < bench.longRuns; ++run)
        figure.runs.append(
            Bench::timeMs([&] { erasure.erase(erasure.planForLead(leads.at(run))); }));
    if (bench.server) {
        bench.report.add(figure);
        return;
    }
    PlainSqlite plain(bench.path);
    plain.exec("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON");
    const QList<QByteArray> tables = leadTables(plain.handle());
    for (int run = 0; run < bench.longRuns; ++run) {
        const QByteArray id = QByteArray::number(leads.at(bench.longRuns + run));
        QByteArray sql = "BEGIN IMMEDIATE;";
        for (const QByteArray& table : tables)
            sql += "DELETE FROM \"" + table + "\" WHERE lead_id = " + id + ";";
        sql += "DELETE FROM leads WHERE id = " + id + "; COMMIT; PRAGMA wal_checkpoint(TRUNCATE)";
        figure.plain.append(plain.exec(sql));
    }
    if (plain.failures() > 0)
        figure.note +=
            QStringLiteral(" [plain SQLite: %1 statements failed]").arg(plain.failures());
    bench.report.add(figure);
}

void rescore(Bench& bench)
{
    // As Team > Rescore All Leads does it: a BackgroundJob with its own connection, while this
    // (the GUI) thread runs its event loop; a 10 ms timer there says how late it got to run.
    Figure figure(QStringLiteral("rescore_all"), QStringLiteral("rescore all leads"),
                  QStringLiteral("s"));
    figure.target = 20;
    figure.note = QStringLiteral(
        "BulkScoring::rescoreAll with the active rules in a BackgroundJob (one transaction), as "
        "Team > Rescore All Leads. Plain SQLite: one UPDATE of every lead's score that reads its "
        "interest events, rolled back.");
    Figure late(QStringLiteral("rescore_gui_late"),
                QStringLiteral("GUI thread during rescore: timer late at most"));
    late.note = QStringLiteral("How much later than due a 10 ms timer on the GUI thread fired "
                               "while the rescore ran (the longest stall a rep would feel).");
    const int runs = bench.leads > 200000 ? 1 : bench.longRuns;
    const qint64 repId = Reps::idFor(*bench.store, rep);
    for (int run = 0; run < runs; ++run) {
        BackgroundJob job(*bench.store, [&](const Store& own, BackgroundJob& self) {
            return BulkScoring::rescoreAll(own, std::nullopt, repId,
                                           QStringLiteral("leadscout-bench"),
                                           [&](qint64 done, qint64 all) {
                                               self.setProgress(done, all);
                                               return !self.isCancelled();
                                           })
                .completed;
        });
        qint64 maxLate = 0;
        QEventLoop loop;
        QElapsedTimer sinceTick;
        QTimer tick;
        tick.setInterval(10);
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            maxLate = std::max(maxLate, sinceTick.elapsed() - 10);
            sinceTick.restart();
        });
        QObject::connect(&job, &BackgroundJob::finished, &loop, &QEventLoop::quit);
        figure.runs.append(Bench::timeMs([&] {
                               sinceTick.start();
                               tick.start();
                               job.start();
                               loop.exec();
                           }) /
                           1000.0);
        if (!job.completed())
            throw StoreError(QStringLiteral("rescore failed: %1").arg(job.errorMessage()));
        late.runs.append(double(maxLate));
    }
    PlainSqlite plain(bench.path);
    for (int run = 0; run < runs && !bench.server; ++run)
        figure.plain.append(
            plain.run({"UPDATE leads SET total_score = min(100, total_score + 0 * (SELECT "
                       "count(*) FROM interest_events e WHERE e.lead_id = leads.id))"},
                      true) /
            1000.0);
    bench.report.add(figure);
    bench.report.add(late);
}

} // namespace BenchGroups
