#include "Screenshots.h"

#include "MainWindow.h"
#include "RulesEditorDialog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace Screenshots {

namespace {

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// 1024 pixels wide and 256 colours: sharp enough for a README, a few dozen KB each.
void save(QWidget& widget, const QString& path)
{
    QImage image = widget.grab().toImage();
    if (image.width() > 1024)
        image = image.scaledToWidth(1024, Qt::SmoothTransformation);
    image = image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
    if (!image.save(path, "PNG", 100))
        spdlog::error("cannot save the screenshot {}", path.toStdString());
}

void take(MainWindow& window, AppSettings& settings, const QString& folder)
{
    QDir().mkpath(folder);
    auto* pages = window.findChild<QTabWidget*>(QStringLiteral("pagesTabWidget"));
    auto* queue = window.findChild<QTableView*>(QStringLiteral("queueTableView"));
    settle(800);
    if (queue && queue->model() && queue->model()->rowCount() > 0)
        queue->selectRow(0);
    settle(800);
    save(window, folder + QStringLiteral("/queue.png"));
    // The demo's plans belong to its reps, not to whoever takes the screenshots (chosen before
    // the nurture page shows: showing it reads the steps).
    if (auto* whose = window.findChild<QComboBox*>(QStringLiteral("nurtureWhoseComboBox")))
        whose->setCurrentIndex(whose->count() - 1);
    // Pages by name, not by position: pages are added by several parts of the window.
    const struct
    {
        const char* file;
        const char* page;
    } tabs[] = {{"handoff.png", "handoffView"},
                {"planner.png", "plannerPage"},
                {"dashboard.png", "dashboardPage"},
                {"nurture.png", "nurturePage"}};
    for (const auto& tab : tabs)
        if (auto* page = window.findChild<QWidget*>(QLatin1String(tab.page)); pages && page) {
            pages->setCurrentWidget(page);
            // The planner shows its plan for the example target (measured from the store).
            if (auto* plan = page->findChild<QPushButton*>(QStringLiteral("plannerPlanButton")))
                plan->click();
            settle(1500);
            save(window, folder + QLatin1Char('/') + QLatin1String(tab.file));
        }
    if (pages)
        pages->setCurrentIndex(0);
    RulesEditorDialog rules(window.store(), settings, &window);
    rules.resize(900, 640);
    rules.show();
    settle(800);
    save(rules, folder + QStringLiteral("/rules.png"));
    rules.close();
    window.close();
}

} // namespace

QString folder()
{
    return qEnvironmentVariable("LEADSCOUT_SCREENSHOTS");
}

void takeLater(MainWindow& window, AppSettings& settings, const QString& folder)
{
    window.resize(1280, 800);
    QTimer::singleShot(0, &window,
                       [&window, &settings, folder] { take(window, settings, folder); });
}

} // namespace Screenshots
