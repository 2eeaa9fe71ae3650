// Benchmark: rescoring every lead of a big store (target: 1,000,000 leads in under 20 s, with the
// GUI thread's event loop staying responsive). Not a unit test: it prints its figures.
//
//   bench_rescore [--leads N] [--db PATH]
//
// It generates a store of N leads (default 1,000,000) with interest events and qualification
// rows, in a temporary folder or at --db PATH when no file is there yet. Given an existing store
// (e.g. one made by `leadscout demo`) it measures that one, rescoring it in place.
#include "domain/LeadRepository.h"
#include "scoring/BulkScoring.h"
#include "scoring/ScoringRulesRepository.h"
#include "store/Store.h"
#include "support/BackgroundJob.h"
#include "support/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

namespace {

void print(const QString& text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

void generate(const Store& store, qint64 leads)
{
    const qint64 now = Clock::nowSecs();
    WriteTransaction transaction(store);
    Sql::exec(
        store.db(),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
            " INSERT INTO leads (first_name, last_name, title, seniority, email, email_norm,"
            " company, website, industry, employees, annual_revenue_minor, revenue_currency,"
            " country, source_channel, stage, stage_changed_at, created_at, updated_at)"
            " SELECT 'First' || i, 'Last' || i,"
            " CASE i % 50 WHEN 0 THEN 'Working Student' WHEN 1 THEN 'Applicant' ELSE 'Manager' END,"
            " CASE i % 7 WHEN 0 THEN 'c_level' WHEN 1 THEN 'vp_director' WHEN 2 THEN 'head_of'"
            "  WHEN 3 THEN 'manager' WHEN 4 THEN 'specialist' WHEN 5 THEN 'trainee_student'"
            "  ELSE 'unknown' END,"
            " 'p' || i || CASE i % 9 WHEN 0 THEN '@gmail.com' WHEN 1 THEN '@competitor.example'"
            "  ELSE '@company' || (i % 5000) || '.example' END,"
            " 'p' || i || '@company' || (i % 5000) || '.example',"
            " 'Company ' || (i % 5000), 'https://www.company' || (i % 5000) || '.example',"
            " CASE i % 12 WHEN 0 THEN 'unknown' WHEN 1 THEN 'manufacturing' WHEN 2 THEN 'software'"
            "  WHEN 3 THEN 'finance' WHEN 4 THEN 'healthcare' WHEN 5 THEN 'retail'"
            "  WHEN 6 THEN 'logistics' WHEN 7 THEN 'energy' WHEN 8 THEN 'public_sector'"
            "  WHEN 9 THEN 'education' WHEN 10 THEN 'professional_services' ELSE 'other' END,"
            " CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 37) % 5000 END,"
            " CASE WHEN i % 4 = 0 THEN NULL ELSE ((i * 7919) % 400000000) * 100 END,"
            " CASE i % 13 WHEN 0 THEN 'USD' ELSE 'EUR' END, 'DE', 'web_form',"
            " CASE i % 5 WHEN 0 THEN 'new' ELSE 'working' END, ?, ?, ? FROM n"),
        {leads, now, now, now});
    // About 2.6 interest events per lead, ages spread over 400 days.
    const int everyNth[] = {3, 3, 2, 5};
    for (int round = 0; round < 4; ++round)
        Sql::exec(store.db(),
                  QStringLiteral("INSERT INTO interest_events (lead_id, kind, occurred_at)"
                                 " SELECT id, CASE (id * ? ) % 6 WHEN 0 THEN 'email_click'"
                                 "  WHEN 1 THEN 'landing_page_visit' WHEN 2 THEN 'social_reaction'"
                                 "  WHEN 3 THEN 'download' WHEN 4 THEN 'webinar' ELSE 'event' END,"
                                 " ? - ((id * ?) % 400) * 86400 FROM leads WHERE id % ? <> 0"),
                  {7 + round, now, 13 + round * 4, everyNth[round]});
    Sql::exec(
        store.db(),
        QStringLiteral("INSERT INTO qualification (lead_id, budget_status, authority, buying_role,"
                       " decision_maker_confirmed, need, timing, buying_phase, updated_at)"
                       " SELECT id, CASE id % 4 WHEN 0 THEN 'unknown' WHEN 1 THEN 'none'"
                       "  WHEN 2 THEN 'planned' ELSE 'approved' END,"
                       " CASE id % 5 WHEN 0 THEN 'user' WHEN 1 THEN 'influencer'"
                       "  WHEN 2 THEN 'recommender' ELSE 'decision_maker' END,"
                       " CASE id % 3 WHEN 0 THEN 'executive' WHEN 1 THEN 'technical_decider'"
                       "  ELSE 'finance_controller' END, id % 2,"
                       " CASE id % 3 WHEN 0 THEN 'recognised' WHEN 1 THEN 'urgent' ELSE 'none' END,"
                       " CASE id % 4 WHEN 0 THEN 'within_3m' WHEN 1 THEN '3_6m' ELSE '6_12m' END,"
                       " 'consideration', ? FROM leads WHERE id % 10 < 3"),
        {now});
    transaction.commit();
}

/// Runs the job while this (the "GUI") thread keeps an event loop, and measures how late a 10 ms
/// timer fires (the longest stall a user would feel) and how long a page of the lead list takes
/// to read meanwhile.
struct Responsiveness
{
    qint64 maxTimerLateMs = 0;
    qint64 maxPageReadMs = 0;
    int pageReads = 0;
};

Responsiveness runWatched(BackgroundJob& job, const Store& guiStore)
{
    Responsiveness r;
    QEventLoop loop;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        r.maxTimerLateMs = std::max(r.maxTimerLateMs, sinceTick.elapsed() - 10);
        sinceTick.restart();
    });
    QTimer page;
    page.setInterval(250);
    QObject::connect(&page, &QTimer::timeout, &loop, [&] {
        QElapsedTimer t;
        t.start();
        QSqlQuery q = Sql::exec(guiStore.db(),
                                QStringLiteral("SELECT id, first_name, last_name, company, stage,"
                                               " grade, total_score FROM leads"
                                               " ORDER BY id DESC LIMIT 256"));
        while (q.next()) {
        }
        r.maxPageReadMs = std::max(r.maxPageReadMs, t.elapsed());
        ++r.pageReads;
    });
    QObject::connect(&job, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    tick.start();
    page.start();
    job.start();
    loop.exec();
    return r;
}

QString figure(double ms)
{
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("leads"), QStringLiteral("Leads to generate."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("The store to measure (made if missing)."),
                      QStringLiteral("PATH")});
    parser.process(app);

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("db"));
    QElapsedTimer timer;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (!QFileInfo::exists(path)) {
        auto store = Store::open(path);
        timer.start();
        generate(*store, parser.value(QStringLiteral("leads")).toLongLong());
        print(QStringLiteral("generated store in %1").arg(figure(timer.elapsed())));
    }
    auto store = Store::open(path);
    const qint64 leads =
        Sql::scalar(store->db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
    const qint64 events =
        Sql::scalar(store->db(), QStringLiteral("SELECT count(*) FROM interest_events"))
            .toLongLong();
    const qint64 qualified =
        Sql::scalar(store->db(), QStringLiteral("SELECT count(*) FROM qualification")).toLongLong();
    print(QStringLiteral("store %1: %2 leads, %3 interest events, %4 qualification rows, %5 MB")
              .arg(QFileInfo(path).fileName())
              .arg(leads)
              .arg(events)
              .arg(qualified)
              .arg(QFileInfo(path).size() / 1048576));
    ScoringRulesRepository(*store).ensureInstalled();
    const qint64 repId = Reps::idFor(*store, QStringLiteral("bench"));

    const ScoringRules current = ScoringRulesRepository(*store).active().rules;
    ScoringRules proposed = current;
    proposed.sqlThreshold += 10;
    proposed.gradeB += 5;
    proposed.interestPoints[vocabIndex(InterestKind::Webinar)] += 5;

    // 1. Rescore all with the active rules, off the "GUI" thread.
    BulkScoring::RescoreOutcome outcome;
    BackgroundJob rescore(*store, [&](const Store& own, BackgroundJob& job) {
        outcome = BulkScoring::rescoreAll(own, std::nullopt, 0, {}, [&](qint64 done, qint64 all) {
            job.setProgress(done, all);
            return !job.isCancelled();
        });
        return outcome.completed;
    });
    timer.restart();
    Responsiveness r = runWatched(rescore, *store);
    const qint64 rescoreMs = timer.elapsed();
    print(QStringLiteral("rescore all (active rules): %1 leads in %2 (%3 leads/s); GUI thread: "
                         "timer at most %4 ms late, lead-list page read at most %5 ms (%6 reads)")
              .arg(outcome.leads)
              .arg(figure(rescoreMs))
              .arg(qint64(outcome.leads * 1000.0 / std::max<qint64>(rescoreMs, 1)))
              .arg(r.maxTimerLateMs)
              .arg(r.maxPageReadMs)
              .arg(r.pageReads));

    // 2. Preview of a rule change (read only).
    BulkScoring::Preview preview;
    BackgroundJob previewJob(*store, [&](const Store& own, BackgroundJob& job) {
        preview = BulkScoring::preview(own, current, proposed, [&](qint64 done, qint64 all) {
            job.setProgress(done, all);
            return !job.isCancelled();
        });
        return preview.completed;
    });
    timer.restart();
    r = runWatched(previewJob, *store);
    print(QStringLiteral("preview of a rule change: %1 leads in %2; %3 would change grade, %4 "
                         "stage band; timer at most %5 ms late")
              .arg(preview.leads)
              .arg(figure(timer.elapsed()))
              .arg(preview.gradeChanges)
              .arg(preview.bandChanges)
              .arg(r.maxTimerLateMs));

    // 3. Save as a new version and rescore, cancelled half-way: everything rolls back.
    BackgroundJob cancelled(*store, [&](const Store& own, BackgroundJob& job) {
        return BulkScoring::rescoreAll(own, proposed, repId, QStringLiteral("bench"),
                                       [&](qint64 done, qint64 all) {
                                           job.setProgress(done, all);
                                           if (done >= all / 2)
                                               job.cancel();
                                           return !job.isCancelled();
                                       })
            .completed;
    });
    timer.restart();
    runWatched(cancelled, *store);
    const int versionAfterCancel = ScoringRulesRepository(*store).active().version;
    print(QStringLiteral("save-and-rescore cancelled at 50%: rolled back after %1; active version "
                         "still %2")
              .arg(figure(timer.elapsed()))
              .arg(versionAfterCancel));

    // 4. Save as a new version and rescore to the end.
    BackgroundJob save(*store, [&](const Store& own, BackgroundJob& job) {
        outcome = BulkScoring::rescoreAll(own, proposed, repId, QStringLiteral("bench"),
                                          [&](qint64 done, qint64 all) {
                                              job.setProgress(done, all);
                                              return !job.isCancelled();
                                          });
        return outcome.completed;
    });
    timer.restart();
    r = runWatched(save, *store);
    print(QStringLiteral("save new version %1 and rescore all: %2 leads in %3; timer at most %4 "
                         "ms late, page read at most %5 ms")
              .arg(outcome.version)
              .arg(outcome.leads)
              .arg(figure(timer.elapsed()))
              .arg(r.maxTimerLateMs)
              .arg(r.maxPageReadMs));
    return 0;
}
