// Benchmark (not a test): "next lead" (pick + claim) and the queue's first screen on a store of
// a million leads, searches by name, company and phone, and grade filters, cold and warm.
// Usage: bench_queue [STORE] [--leads N] [--calls N] [--at ISO-TIME]
// Without STORE (or when STORE has no leads) it generates the leads with one SQL statement.
// The clock: --at (e.g. 2026-11-24T22:30:00Z, when few zones are open), else LEADSCOUT_NOW, else
// a weekday morning in Berlin.
#include "domain/TeamSettings.h"
#include "items/QueueModel.h"
#include "queue/ClaimService.h"
#include "store/Store.h"
#include "store/StoreWarmer.h"
#include "support/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

void generate(Store& store, qint64 count)
{
    // Realistic spread: stages, scores, creation times over two years, zones by phone prefix.
    const qint64 now = Clock::nowSecs();
    WriteTransaction transaction(store);
    Sql::exec(
        store.db(),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
            " INSERT INTO leads (first_name, last_name, email, email_norm, phone, phone_e164,"
            " company, country, source_channel, stage, stage_changed_at, total_score, grade,"
            " attempts, next_action_at, next_action_kind, nurture_until, created_at, updated_at)"
            " SELECT 'First' || (i % 997), 'Last' || (i % 7919), 'lead' || i || '@example.com',"
            " 'lead' || i || '@example.com', '+4930' || (1000000 + i),"
            " CASE i % 10 WHEN 0 THEN '+1212' || (1000000 + i) WHEN 1 THEN '+1415' || (1000000 + i)"
            " WHEN 2 THEN '+44207' || (1000000 + i) ELSE '+4930' || (1000000 + i) END,"
            " 'Company ' || (i % 50000), 'DE', 'web_form',"
            " CASE WHEN i % 20 = 0 THEN 'new' WHEN i % 20 < 9 THEN 'working' WHEN i % 20 < 11"
            " THEN 'mql' WHEN i % 20 < 14 THEN 'nurture' WHEN i % 20 < 16 THEN 'sql'"
            " WHEN i % 20 < 18 THEN 'handed_off' ELSE 'disqualified' END, ?,"
            " (i * 7919) % 100, substr('ABCDE', 1 + i % 5, 1), i % 7,"
            " CASE WHEN i % 9 = 0 THEN ? + (i % 500) * 3600 WHEN i % 13 = 0 THEN ? - (i % 50) * 60"
            " END, CASE WHEN i % 9 = 0 THEN 'retry' WHEN i % 13 = 0 THEN 'callback' END,"
            " CASE WHEN i % 20 BETWEEN 11 AND 13 THEN ? + (i % 200 - 100) * 86400 END,"
            " ? - (i % 730) * 86400 - i % 86400, ? FROM n"),
        {count, now, now, now, now, now, now});
    transaction.commit();
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

/// What the searches look for: names, a company and a phone prefix that are in the store.
struct Terms
{
    QString name = QStringLiteral("Kowal");
    QString company;
    QString phone;
};

Terms termsOf(const Store& store, qint64 total)
{
    Terms terms;
    QSqlQuery q = Sql::exec(store.db(),
                            QStringLiteral("SELECT company, phone_key FROM leads "
                                           "ORDER BY id LIMIT 1 OFFSET ?"),
                            {total / 2});
    if (q.next()) {
        terms.company = q.value(0).toString().left(6);
        terms.phone = q.value(1).toString().left(8);
    }
    return terms;
}

QList<QPair<QString, QueueFilter>> filtersOf(const Terms& terms)
{
    QList<QPair<QString, QueueFilter>> filters;
    for (const QString& text : {terms.name, terms.company, terms.phone}) {
        QueueFilter filter;
        filter.search = text;
        filters.append({QStringLiteral("search \"%1\"").arg(text), filter});
    }
    for (const char* grade : {"A", "B", "E"}) {
        QueueFilter filter;
        filter.grade = QLatin1String(grade);
        filters.append({QStringLiteral("grade %1").arg(QLatin1String(grade)), filter});
    }
    return filters;
}

/// Opens the store on a new connection and times one filter of the queue model.
double freshFilterMs(const QString& path, const QueueFilter& filter)
{
    auto store = Store::open(path);
    QueueModel model(*store);
    QElapsedTimer timer;
    timer.start();
    model.setFilter(filter);
    return timer.nsecsElapsed() / 1e6;
}

/// Drops the OS page cache (root only) so that the next read comes from disk, as in the morning.
bool dropPageCache()
{
    ::sync();
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    return drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 leads = 1000000;
    int calls = 200;
    QDateTime at;
    QString path = QStringLiteral("/tmp/bench_queue_1m.sqlite");
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--leads") && i + 1 < args.size())
            leads = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--calls") && i + 1 < args.size())
            calls = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--at") && i + 1 < args.size()) {
            at = QDateTime::fromString(args.at(++i), Qt::ISODate);
            if (!at.isValid()) {
                std::fprintf(stderr, "--at needs an ISO 8601 time, not \"%s\"\n",
                             qPrintable(args.at(i)));
                return 2;
            }
        } else
            path = args.at(i);
    }
    if (at.isValid())
        Clock::setFixed(at);
    else if (qEnvironmentVariableIsEmpty("LEADSCOUT_NOW")) // most leads in calling hours
        Clock::setFixed(QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc()));
    std::printf("at %s\n", qPrintable(Clock::now().toUTC().toString(Qt::ISODate)));
    auto store = Store::open(path);
    const qint64 existing =
        Sql::scalar(store->db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
    if (existing == 0) {
        QElapsedTimer timer;
        timer.start();
        generate(*store, leads);
        std::printf("generated %lld leads in %.1f s\n", static_cast<long long>(leads),
                    timer.elapsed() / 1000.0);
    }
    const qint64 total =
        Sql::scalar(store->db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
    std::printf("store %s: %lld leads\n", qPrintable(path), static_cast<long long>(total));
    const Terms terms = termsOf(*store, total);
    store.reset();

    // First screen: open the store, build the model, fetch the first page (cold first when the
    // page cache can be dropped, then warm).
    const bool cold = dropPageCache();
    QElapsedTimer timer;
    timer.start();
    store = Store::open(path);
    const double openMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    {
        QueueModel model(*store);
        const double firstScreenMs = timer.nsecsElapsed() / 1e6;
        std::printf("open store: %.1f ms; queue first screen (model + first %d rows): %.1f ms%s\n",
                    openMs, model.rowCount(), firstScreenMs, cold ? " (cold)" : "");
        timer.restart();
        model.fetchMore({});
        std::printf("next page: %.1f ms\n", timer.nsecsElapsed() / 1e6);
        for (const auto& [label, filter] : filtersOf(terms)) {
            // Cold: nothing in the OS cache. First: the file in the OS cache, a new connection
            // (the rep's first search of this name). Warm: the same search again.
            const bool dropped = dropPageCache();
            const double coldMs = freshFilterMs(path, filter);
            const double firstMs = freshFilterMs(path, filter);
            model.setFilter(filter);
            std::vector<double> warm;
            for (int run = 0; run < 7; ++run) {
                timer.restart();
                model.setFilter(filter);
                warm.push_back(timer.nsecsElapsed() / 1e6);
            }
            std::printf("%-22s warm median %5.1f ms, p95 %5.1f ms; first %6.1f ms; %s %7.1f ms"
                        " (%d rows)\n",
                        qPrintable(label), percentile(warm, 0.5), percentile(warm, 0.95), firstMs,
                        dropped ? "cold" : "again", coldMs, model.rowCount());
        }
        // What the window does on a cold morning: the store warmer reads the file once, then the
        // rep's first search.
        if (dropPageCache()) {
            timer.restart();
            const std::unique_ptr<StoreWarmer> warmer = StoreWarmer::startFor(*store);
            if (warmer)
                warmer->wait();
            const double warmerMs = timer.nsecsElapsed() / 1e6;
            QueueFilter filter;
            filter.search = terms.name;
            std::printf("cold, store warmer: %.1f s to read the file; then first search \"%s\" "
                        "%.1f ms\n",
                        warmerMs / 1000.0, qPrintable(terms.name), freshFilterMs(path, filter));
        }
        model.setFilter({});
        timer.restart();
        model.sort(QueueModel::Name, Qt::AscendingOrder);
        std::printf("sorted by name, first page: %.1f ms\n", timer.nsecsElapsed() / 1e6);
    }

    // Next lead: pick + claim in one write transaction, many times, as one rep would.
    ClaimService claims(*store, QStringLiteral("bench"), ClaimService::newSessionToken());
    std::vector<double> times;
    qint64 current = 0;
    for (int i = 0; i < calls; ++i) {
        timer.restart();
        const std::optional<qint64> next = claims.claimNext(current);
        times.push_back(timer.nsecsElapsed() / 1e6);
        current = next.value_or(0);
    }
    claims.releaseAll();
    std::printf("next lead (claim included), %d calls: median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                calls, percentile(times, 0.5), percentile(times, 0.95), percentile(times, 1.0));
    return 0;
}
