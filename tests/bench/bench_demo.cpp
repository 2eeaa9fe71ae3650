// Benchmark of the demo-data generator: writes N leads into a fresh store and prints the wall
// time, the CPU time, rows per second, the file size and the peak memory. Not a test: run it by
// hand, e.g.  build/tests/bench/bench_demo 100000  or  build/tests/bench/bench_demo 1000000
// /tmp/d1m.sqlite
#include "demo/DemoGenerator.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

namespace {

double cpuSeconds(const rusage& usage)
{
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 leads = args.size() > 1 ? args.at(1).toLongLong() : 100000;
    QTemporaryDir dir;
    const QString path =
        args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("bench-demo.sqlite"));
    if (leads < 1 || QFileInfo::exists(path)) {
        std::fprintf(stderr, "usage: bench_demo [LEADS] [NEW-STORE-PATH]\n");
        return 2;
    }
    QElapsedTimer wall;
    wall.start();
    DemoSummary summary;
    {
        const std::unique_ptr<Store> store = Store::open(path);
        DemoGenerator generator(*store, {leads, 42});
        summary = generator.run();
    } // closing the store checkpoints the write-ahead log into the file
    const qint64 totalMs = wall.elapsed();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    qint64 rows = 0;
    for (const auto& [table, count] : summary.tables)
        rows += count;
    std::printf("leads            %lld\n", static_cast<long long>(leads));
    std::printf("rows (all)       %lld\n", static_cast<long long>(rows));
    std::printf("generate+commit  %.2f s\n", double(summary.elapsedMs) / 1000.0);
    std::printf("incl. open/close %.2f s\n", double(totalMs) / 1000.0);
    std::printf("cpu (user+sys)   %.2f s\n", cpuSeconds(usage));
    std::printf("rows per second  %.0f\n", double(rows) / (double(summary.elapsedMs) / 1000.0));
    std::printf("file size        %.1f MiB\n", double(QFileInfo(path).size()) / 1048576.0);
    std::printf("peak memory      %.1f MiB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
