// Benchmark (not a test): how late a 10 ms timer on the GUI thread fires while the real main
// window rescores every lead (Team ▸ Rescore All Leads, the rescore runs on its own thread and
// the window's progress dialog, queue view and card stay live).
//
//   QT_QPA_PLATFORM=offscreen bench_gui_rescore STORE
#include "MainWindow.h"
#include "Prompts.h"
#include "store/Store.h"
#include "support/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui_rescore STORE\n");
        return 2;
    }
    Prompts::setRecordOnly(true);
    QTemporaryDir home;
    AppSettings settings(home.filePath(QStringLiteral("settings.ini")));
    QElapsedTimer timer;
    timer.start();
    MainWindow window(Store::open(QString::fromLocal8Bit(argv[1])), settings);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    std::printf("window shown in %lld ms\n", static_cast<long long>(timer.elapsed()));
    QTest::qWait(500);

    auto* rescore = window.findChild<QAction*>(QStringLiteral("rescoreAllAction"));
    std::vector<qint64> late;
    std::vector<std::pair<qint64, qint64>> stalls; // (ms since start, ms late) over 50 ms
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        late.push_back(std::max<qint64>(0, sinceTick.elapsed() - 10));
        if (late.back() > 50)
            stalls.push_back({timer.elapsed(), late.back()});
        sinceTick.restart();
    });
    timer.restart();
    sinceTick.start();
    tick.start();
    rescore->trigger();
    // Done when the progress dialog has gone again.
    QTest::qWait(200);
    while (window.findChild<QProgressDialog*>(QStringLiteral("rescoreProgressDialog")))
        QTest::qWait(50);
    const qint64 totalMs = timer.elapsed();
    tick.stop();
    std::sort(late.begin(), late.end());
    const auto at = [&](double p) {
        return late.empty() ? 0 : late.at(std::min(late.size() - 1, size_t(p * late.size())));
    };
    std::printf("rescore from the window: %.2f s; GUI timer late: median %lld ms, p99 %lld ms, "
                "max %lld ms (%zu ticks)\n",
                totalMs / 1000.0, static_cast<long long>(at(0.5)), static_cast<long long>(at(0.99)),
                static_cast<long long>(at(1.0)), late.size());
    for (const auto& [when, ms] : stalls)
        std::printf("  stall of %lld ms ending at %.2f s\n", static_cast<long long>(ms),
                    when / 1000.0);
    return 0;
}
