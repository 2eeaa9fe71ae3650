// Hands off 10,000 sales-ready leads to CSV and to XLSX and prints how long it took.
// Targets (issue 7): under 1 s for CSV, under 2 s for XLSX.
//
//   build/tests/bench/bench_handoff [--leads N] [--runs R]

#include "HandoffFixture.h"
#include "handoff/HandoffService.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <spdlog/spdlog.h>
#include <sys/resource.h>

namespace {

// CPU seconds this process has used: on a machine shared with other work, wall time grows with
// the load, CPU time much less.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Run
{
    double total = 0;
    double cpu = 0;
    double reading = 0, writing = 0, marking = 0; // phases, from the progress callback
    qint64 bytes = 0;
};

Run handOffOnce(HandoffFormat format, int leads)
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("bench.sqlite")));
    QList<ReadyLead> ready;
    ready.reserve(leads);
    for (int i = 0; i < leads; ++i)
        ready.append(HandoffFixture::varied(i));
    HandoffFixture::addReadyLeads(*store, ready);

    const QString path =
        dir.filePath(QStringLiteral("handoff.") + HandoffFormats::suffixOf(format));
    Run run;
    QElapsedTimer timer;
    qint64 wroteFrom = -1, markedFrom = -1;
    const double cpuBefore = cpuSeconds();
    timer.start();
    const HandoffResult result = HandoffService(*store).handOff(
        {path, {format, QLatin1Char(',')}, {}, false, QStringLiteral("bench")}, [&](int percent) {
            if (percent >= 30 && wroteFrom < 0)
                wroteFrom = timer.nsecsElapsed();
            if (percent >= 70 && markedFrom < 0)
                markedFrom = timer.nsecsElapsed();
            return true;
        });
    const qint64 end = timer.nsecsElapsed();
    run.cpu = cpuSeconds() - cpuBefore;
    if (result.leadCount != leads) {
        std::fprintf(stderr, "handed off %d of %d leads\n", result.leadCount, leads);
        std::exit(1);
    }
    run.total = double(end) / 1e9;
    run.reading = double(wroteFrom) / 1e9;
    run.writing = double(markedFrom - wroteFrom) / 1e9;
    run.marking = double(end - markedFrom) / 1e9;
    run.bytes = QFileInfo(path).size();
    return run;
}

void report(const char* name, QList<Run> runs, double target)
{
    std::sort(runs.begin(), runs.end(),
              [](const Run& a, const Run& b) { return a.total < b.total; });
    const Run& median = runs.at(runs.size() / 2);
    std::printf("%-5s median %.3f s (best %.3f s, worst %.3f s) over %lld runs; target < %.1f s: "
                "%s\n",
                name, median.total, runs.first().total, runs.last().total,
                static_cast<long long>(runs.size()), target,
                median.total < target ? "met" : "MISSED");
    std::printf("      CPU time of the median run %.3f s\n", median.cpu);
    std::printf("      median run: read rows %.3f s, write file %.3f s, mark + record %.3f s; "
                "file %.1f MB\n",
                median.reading, median.writing, median.marking, double(median.bytes) / 1e6);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("leads"), QStringLiteral("Ready leads to hand off."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per format."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.addHelpOption();
    parser.process(app);
    const int leads = parser.value(QStringLiteral("leads")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    spdlog::set_level(spdlog::level::warn);
    Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));

    double load[3] = {};
    getloadavg(load, 3);
    std::printf("Handing off %d ready leads (32 columns, BANT, last call), SQLite store in a "
                "temporary folder; load average %.2f:\n",
                leads, load[0]);
    for (const auto& [format, name, target] : {std::tuple{HandoffFormat::Csv, "CSV", 1.0},
                                               std::tuple{HandoffFormat::Xlsx, "XLSX", 2.0}}) {
        QList<Run> results;
        for (int r = 0; r < runs; ++r)
            results.append(handOffOnce(format, leads));
        report(name, results, target);
    }
    return 0;
}
