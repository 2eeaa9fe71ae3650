// The dashboard page (issue 21), kept out of MainWindow.cpp.
#include "DashboardPage.h"
#include "MainWindow.h"
#include "queue/QueueController.h"
#include "queue/QueueView.h"
#include "store/Store.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

// View ▸ Dashboard (Ctrl+4): the funnel and conversion charts; a lead listed under a bar opens
// on the card. The page computes its figures again each time it is shown.
void MainWindow::addDashboardPage()
{
    auto* dashboard = new DashboardPage;
    const int page = m_pages->addTab(dashboard, tr("Dashboard"));
    connect(this, &MainWindow::storeChanged, dashboard,
            [this, dashboard] { dashboard->setStore(m_store.get()); });
    connect(dashboard, &DashboardPage::openLeadRequested, this, [this](qint64 id) {
        m_pages->setCurrentIndex(0);
        m_queueView->showLead(id);
        m_queue->openLead(id);
        updateStatus();
    });
    connect(dashboard, &DashboardPage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    auto* show = new QAction(tr("&Dashboard"), this);
    show->setObjectName(QStringLiteral("showDashboardAction"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(show, &QAction::triggered, this, [this, page, dashboard] {
        m_pages->setCurrentIndex(page);
        dashboard->findChild<QWidget*>(QStringLiteral("dashboardPeriod"))
            ->setFocus(Qt::ShortcutFocusReason);
    });
    m_viewMenu->addAction(show);
}
