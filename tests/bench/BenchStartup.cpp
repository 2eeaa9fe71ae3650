// Start of the real leadscout binary to its first painted window (offscreen), and its peak
// memory with the queue open. The window prints both when LEADSCOUT_FIRST_PAINT=1
// (app/FirstPaint.cpp) and closes.
#include "Bench.h"
#include "store/Store.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

struct Start
{
    double ms = -1;
    double peakMib = -1;
};

Start startOnce(const Bench& bench, const QString& home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LEADSCOUT_FIRST_PAINT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("LEADSCOUT_HOME"), home);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    Start start;
    QByteArray out;
    const double ms = Bench::timeMs([&] {
        process.start(bench.app, {QStringLiteral("--db"), bench.path});
        while (!out.contains('\n') && process.waitForReadyRead(60000))
            out += process.readAllStandardOutput();
    });
    process.waitForFinished(60000);
    const QByteArrayList words = out.trimmed().split(' ');
    if (words.value(0) == "first-paint") {
        start.ms = ms;
        start.peakMib = words.value(1).toDouble() / 1024.0;
    } else {
        std::fprintf(stderr, "leadscout did not report its first paint: %s %s\n", out.constData(),
                     process.readAllStandardError().left(2000).constData());
    }
    return start;
}

} // namespace

namespace BenchGroups {

void startup(Bench& bench)
{
    const QString home = bench.scratch + QStringLiteral("/start-home");
    QDir().mkpath(home);
    bench.store.reset(); // the window opens the store on its own (and checks it is not in use)
    Figure warm{QStringLiteral("start_first_paint_warm"),
                QStringLiteral("start to first painted window (warm)")};
    warm.target = 1000;
    warm.note = QStringLiteral("The leadscout binary started offscreen on the store until its "
                               "window's first paint event was handled (LEADSCOUT_FIRST_PAINT).");
    Figure memory{QStringLiteral("peak_memory"), QStringLiteral("peak memory, queue open"),
                  QStringLiteral("MiB")};
    memory.target = 300;
    memory.note = QStringLiteral("VmHWM of the leadscout process at its first paint (queue "
                                 "open with its first page, card and form).");
    Figure cold = warm;
    cold.name = QStringLiteral("start_first_paint_cold");
    cold.label = QStringLiteral("start to first painted window (cold)");
    cold.note += QStringLiteral(" Page cache dropped (%1) before each run: the program's own "
                                "files too.")
                     .arg(bench.coldMethod);
    startOnce(bench, home);
    for (int run = 0; run < bench.longRuns; ++run) {
        const Start start = startOnce(bench, home);
        if (start.ms >= 0) {
            warm.runs.append(start.ms);
            memory.runs.append(start.peakMib);
        }
    }
    for (int run = 0; run < bench.longRuns && !bench.coldMethod.isEmpty(); ++run) {
        bench.dropCache();
        const Start start = startOnce(bench, home);
        if (start.ms >= 0)
            cold.runs.append(start.ms);
    }
    bench.store = Store::open(bench.path);
    if (!warm.runs.isEmpty()) {
        bench.report.add(warm);
        bench.report.add(memory);
    }
    if (!cold.runs.isEmpty())
        bench.report.add(cold);
}

} // namespace BenchGroups
