// The nurture page and the content library (issue 20), kept out of MainWindow.cpp.
#include "ContentLibraryDialog.h"
#include "LeadCard.h"
#include "LeadPlanDialog.h"
#include "MainWindow.h"
#include "NurturePage.h"
#include "TrackEditorDialog.h"
#include "queue/QueueController.h"
#include "queue/QueueView.h"
#include "store/Store.h"
#include "support/AppSettings.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>

// View ▸ Nurture (Ctrl+3): the due steps of the running plans; a lead opens on the card.
// Team ▸ Content Library… edits what the steps send.
void MainWindow::addNurturePage()
{
    auto* nurture = new NurturePage(m_settings);
    const int page = m_pages->addTab(nurture, tr("Nurture"));
    connect(this, &MainWindow::storeChanged, nurture,
            [this, nurture] { nurture->setStore(m_store.get()); });
    connect(nurture, &NurturePage::openLeadRequested, this, [this](qint64 id) {
        m_pages->setCurrentIndex(0);
        m_queueView->showLead(id);
        m_queue->openLead(id);
        updateStatus();
    });
    // The card's "Edit plan…": the lead's own steps, window-modal; the card and the page follow
    // the plan's changes through the store's announcements.
    connect(m_leadCard, &LeadCard::editPlanRequested, this, [this](qint64 id) {
        if (!m_store || id <= 0)
            return;
        auto* dialog = new LeadPlanDialog(*m_store, id, m_settings.repName(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(nurture, &NurturePage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_pages, &QTabWidget::currentChanged, nurture, [nurture, page](int index) {
        if (index == page)
            nurture->refresh(); // steps fall due by the clock, not only by changes
    });
    auto* show = new QAction(tr("&Nurture Plans"), this);
    show->setObjectName(QStringLiteral("showNurtureAction"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(show, &QAction::triggered, this, [this, page, nurture] {
        m_pages->setCurrentIndex(page);
        nurture->findChild<QTableWidget*>(QStringLiteral("nurtureStepsTable"))
            ->setFocus(Qt::ShortcutFocusReason);
    });
    m_viewMenu->addAction(show);

    auto* library = new QAction(tr("C&ontent Library…"), this);
    library->setObjectName(QStringLiteral("contentLibraryAction"));
    library->setToolTip(tr("The pieces nurture steps send: whitepapers, studies, datasheets…"));
    connect(library, &QAction::triggered, this, [this] {
        ContentLibraryDialog dialog(*m_store, this);
        dialog.exec();
    });
    m_teamMenu->addAction(library);

    auto* tracks = new QAction(tr("Nurture &Tracks…"), this);
    tracks->setObjectName(QStringLiteral("nurtureTracksAction"));
    tracks->setToolTip(tr("A track's steps, saved as a new version"));
    connect(tracks, &QAction::triggered, this, [this] {
        TrackEditorDialog dialog(*m_store, m_settings.repName(), this);
        dialog.exec();
    });
    m_teamMenu->addAction(tracks);
}
