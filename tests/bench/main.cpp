// leadscout-bench (issue 24): every operation a rep or team lead waits for, measured on a store
// of N demo leads through the code the program uses, beside plain SQLite doing the same work.
// A developer tool: its output is English only and not translated.
//
//   leadscout-bench [--leads N] [--db PATH|postgresql://…] [--only NAME…] [--json] [--runs R]
//
// On a PostgreSQL server LeadScout's figures are measured alone: the plain counterparts use the
// SQLite C API, and the server's cache cannot be dropped from here (no cold runs).
#include "Bench.h"
#include "PlainSqlite.h"
#include "demo/DemoGenerator.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <cstdlib>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace {

QStringList chosenGroups(const QStringList& only)
{
    QStringList names;
    for (const QString& value : only)
        names += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return names;
}

/// Makes the store with the demo generator when there is none (a SQLite file not there yet, a
/// server without leads); returns the seconds it took, or -1 when the store was there already.
double makeStore(const QString& location, qint64 leads, bool server)
{
    if (!server && QFileInfo::exists(location))
        return -1;
    QElapsedTimer timer;
    timer.start();
    {
        const std::unique_ptr<Store> store = Store::open(location);
        if (server &&
            Sql::scalar(store->db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong() > 0)
            return -1;
        std::fprintf(stderr, "making a store of %lld demo leads at %s…\n",
                     static_cast<long long>(leads), qPrintable(store->displayName()));
        DemoGenerator generator(*store, {leads, 42});
        qint64 shown = 0;
        generator.setProgress([&shown](qint64 done, qint64 total) {
            if (done - shown < total / 20 && done < total)
                return;
            shown = done;
            std::fprintf(stderr, "  %lld of %lld leads\n", static_cast<long long>(done),
                         static_cast<long long>(total));
        });
        generator.run();
    } // closing checkpoints the write-ahead log into the file
    return double(timer.elapsed()) / 1000.0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the card and form are real widgets
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures LeadScout's operations on a store of N demo leads beside plain SQLite."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("leads"), QStringLiteral("Leads of a new store."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("The store, a SQLite file or a postgresql:// URL: reused "
                                     "when it holds leads, else made with N demo leads "
                                     "(default: leadscout-bench-N.sqlite in the temp folder)."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("only"),
         QStringLiteral("Only these groups (repeat or separate by commas): %1.").arg([] {
             QStringList names;
             for (const BenchGroup& group : benchGroups())
                 names << QLatin1String(group.name);
             return names.join(QStringLiteral(", "));
         }()),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the figures as JSON.")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of a short operation."),
                      QStringLiteral("R"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("import-rows"),
                      QStringLiteral("Rows of the CSV file imported (the issue's figure: 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("app"), QStringLiteral("The leadscout binary to start."),
                      QStringLiteral("PATH"), QStringLiteral(LEADSCOUT_BINARY)});
    parser.process(app);

    spdlog::set_default_logger(spdlog::stderr_logger_mt("bench"));
    spdlog::set_level(spdlog::level::warn);
    const QStringList only = chosenGroups(parser.values(QStringLiteral("only")));
    for (const QString& name : only)
        if (std::none_of(benchGroups().begin(), benchGroups().end(),
                         [&](const BenchGroup& g) { return name == QLatin1String(g.name); })) {
            std::fprintf(stderr, "leadscout-bench: no group \"%s\" (see --help)\n",
                         qPrintable(name));
            return 2;
        }

    Bench bench;
    bench.leads = parser.value(QStringLiteral("leads")).toLongLong();
    bench.runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    bench.app = parser.value(QStringLiteral("app"));
    bench.importRows = std::max(100, parser.value(QStringLiteral("import-rows")).toInt());
    bench.path = parser.value(QStringLiteral("db"));
    bench.server = bench.path.startsWith(QLatin1String("postgresql:"));
    if (bench.path.isEmpty())
        bench.path =
            QDir::temp().filePath(QStringLiteral("leadscout-bench-%1.sqlite").arg(bench.leads));
    QTemporaryDir scratch;
    bench.scratch = scratch.path();

    QElapsedTimer total;
    total.start();
    const double created = makeStore(bench.path, bench.leads, bench.server);
    bench.store = Store::open(bench.path);
    bench.leads =
        Sql::scalar(bench.store->db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
    bench.coldMethod = bench.server ? QString() : dropCaches(bench.path);
    bench.report.setInfo(QStringLiteral("leads"), bench.leads);
    bench.report.setInfo(QStringLiteral("store"), bench.store->location());
    bench.report.setInfo(QStringLiteral("store_mib"),
                         double(QFileInfo(bench.path).size() / 1048576));
    bench.report.setInfo(QStringLiteral("cold_method"), bench.coldMethod);
    bench.report.setInfo(QStringLiteral("sqlite"), QLatin1String(sqlite3_libversion()));
    bench.report.setInfo(QStringLiteral("cores"), QThread::idealThreadCount());
    if (created >= 0) {
        Figure store{QStringLiteral("store_create"),
                     QStringLiteral("make the store (%1 demo leads)").arg(bench.leads),
                     QStringLiteral("s")};
        store.runs = {created};
        store.note = QStringLiteral("DemoGenerator in one transaction, scored, file closed.");
        bench.report.add(store);
    }
    std::fprintf(
        stderr, "%lld leads in %s (%.0f MiB); cold runs: %s\n", static_cast<long long>(bench.leads),
        qPrintable(bench.path), double(QFileInfo(bench.path).size()) / 1048576.0,
        bench.coldMethod.isEmpty() ? "not possible, skipped" : qPrintable(bench.coldMethod));
    int failures = 0;
    for (const BenchGroup& group : benchGroups()) {
        if (!only.isEmpty() && !only.contains(QLatin1String(group.name)))
            continue;
        std::fprintf(stderr, "%s: %s\n", group.name, group.what);
        try {
            group.run(bench);
        } catch (const StoreError& error) {
            ++failures;
            std::fprintf(stderr, "  FAILED: %s (%s)\n", qPrintable(error.message()), error.what());
        } catch (const std::exception& error) {
            ++failures;
            std::fprintf(stderr, "  FAILED: %s\n", error.what());
        }
    }
    double load[3] = {};
    if (getloadavg(load, 3) > 0)
        bench.report.setInfo(QStringLiteral("load_average"), load[0]);
    bench.report.setInfo(QStringLiteral("total_s"), double(total.elapsed()) / 1000.0);
    bench.report.setInfo(QStringLiteral("failures"), failures);
    if (parser.isSet(QStringLiteral("json")))
        std::printf("%s", QJsonDocument(bench.report.toJson()).toJson().constData());
    else
        std::printf("%s", qPrintable(bench.report.toTable()));
    std::fprintf(stderr, "total %.0f s\n", double(total.elapsed()) / 1000.0);
    return failures == 0 ? 0 : 1;
}
