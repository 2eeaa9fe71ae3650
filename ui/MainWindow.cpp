#include "MainWindow.h"

#include "HandoffColumnsDialog.h"
#include "HandoffView.h"
#include "LeadCard.h"
#include "LeadDetailsEditor.h"
#include "LeadRecordActions.h"
#include "MergeActions.h"
#include "PlannerPage.h"
#include "Prompts.h"
#include "QualificationForm.h"
#include "QueueSettingsDialog.h"
#include "RescoreRunner.h"
#include "RoleGate.h"
#include "RulesEditorDialog.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SnapshotDialog.h"
#include "StoreLogin.h"
#include "TeamMembersDialog.h"
#include "domain/LeadRepository.h"
#include "queue/CallPanel.h"
#include "queue/QueueController.h"
#include "queue/QueueView.h"
#include "store/Store.h"
#include "store/StoreWarmer.h"
#include "support/AppSettings.h"
#include "support/Log.h"
#include "support/Versions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

static void initUiResources()
{
    // The widgets library is static: its resources register only when asked for.
    Q_INIT_RESOURCE(ui);
}

MainWindow::MainWindow(std::unique_ptr<Store> store, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    initUiResources();
    setWindowIcon(QIcon(QStringLiteral(":/leadscout/icons/leadscout.svg")));
    createActions();
    createMenus();
    buildWorkspace();
    createQueueActions();
    createLeadRecordActions();
    createMergeActions();
    addHandoffPage();
    addNurturePage();
    addDashboardPage();
    addPlannerPage();
    createQualificationPane();
    new RoleGate(this); // a rep's login on a team store: the team lead's tools greyed out
    attachStore();
    restoreLayout();
    hideEmptyMenus();
    nameForScreenReaders();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openStoreAction = new QAction(tr("&Open Store…"), this);
    m_openStoreAction->setShortcut(QKeySequence::Open);
    m_openStoreAction->setToolTip(
        tr("Open another LeadScout store (%1)")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(m_openStoreAction, &QAction::triggered, this, &MainWindow::chooseStore);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_queueView->refresh(m_leadCard->leadId());
        updateStatus();
    });

    m_aboutAction = new QAction(tr("&About LeadScout"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openStoreAction);
    m_fileMenu->addAction(SnapshotDialog::createAction(this));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_leadMenu = menuBar()->addMenu(tr("&Lead"));
    m_leadMenu->setObjectName(QStringLiteral("leadMenu"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_refreshAction);

    m_teamMenu = menuBar()->addMenu(tr("&Team"));
    m_teamMenu->setObjectName(QStringLiteral("teamMenu"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    auto* shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_openStoreAction);
    toolbar->addAction(m_refreshAction);
}

void MainWindow::buildWorkspace()
{
    m_queueView = new QueueView;
    m_leadCard = new LeadCard;

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->addWidget(m_queueView);
    m_splitter->addWidget(m_leadCard);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("pagesTabWidget"));
    m_pages->setDocumentMode(true);
    m_pages->setTabBarAutoHide(true);
    m_pages->addTab(m_splitter, tr("Call queue"));
    setCentralWidget(m_pages);

    m_statusStore = new QLabel;
    m_statusStore->setObjectName(QStringLiteral("storeStatusLabel"));
    m_statusRep = new QLabel;
    statusBar()->addWidget(m_statusStore, 1);
    statusBar()->addPermanentWidget(m_statusRep);
}

void MainWindow::createQueueActions()
{
    m_queue = new QueueController(this, m_settings, m_queueView, m_leadCard);
    for (QAction* action : m_queue->actions()) {
        if (action)
            m_leadMenu->addAction(action);
        else
            m_leadMenu->addSeparator();
    }
    QToolBar* toolbar = findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    toolbar->addSeparator();
    toolbar->addActions(m_queue->actions().mid(0, 2));
    connect(m_queue, &QueueController::queueChanged, this, &MainWindow::updateStatus);
}

void MainWindow::attachStore()
{
    m_warmer = StoreWarmer::startFor(*m_store); // the first search of the day reads from memory
    m_queue->setStore(m_store.get());
    m_qualificationForm->setStore(m_store.get());
    if (m_store->snapshotOf().isEmpty())
        setWindowTitle(tr("%1 — LeadScout").arg(m_store->displayName()));
    else // a copy for review: saying so keeps a rep from working leads nobody will see
        setWindowTitle(
            tr("%1 — read-only snapshot of %2, taken %3 — LeadScout")
                .arg(m_store->displayName(), m_store->snapshotOf(),
                     QLocale().toString(QDateTime::fromSecsSinceEpoch(m_store->snapshotTakenAt()),
                                        QLocale::ShortFormat)));
    updateStatus();
    emit storeChanged();
}

void MainWindow::updateStatus()
{
    const qint64 count = LeadRepository(*m_store).count();
    m_statusStore->setText(tr("%n lead(s) in %1", nullptr, int(count)).arg(m_store->location()));
    m_statusRep->setText(tr("Rep: %1").arg(m_settings.repName()));
}

bool MainWindow::openStore(const QString& location)
{
    if (!m_queue->confirmDiscard()) // the call belongs to the store that is open now
        return false;
    std::unique_ptr<Store> opened;
    try {
        // An empty file is no store; a server may ask for the password.
        opened = StoreLogin::open(this, location, Store::Options{false, 5000, -1, {}});
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("Cannot open store"), error.message());
        return false;
    }
    m_queue->setStore(nullptr);
    m_qualificationForm->setStore(nullptr); // writes its drafts to the store it is leaving
    m_store = std::move(opened);
    attachStore();
    return true;
}

void MainWindow::chooseStore()
{
    const QString path = Prompts::openFileName(this, tr("Open store"),
                                               tr("LeadScout stores (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        updateStatus();
}

void MainWindow::showAbout()
{
    QStringList libraries = Versions::libraryLines();
    for (QString& line : libraries)
        line = line.toHtmlEscaped();
    QMessageBox::about(
        this, tr("About LeadScout"),
        tr("<h3>LeadScout %1</h3><p>The workstation for lead qualification: work the call queue, "
           "qualify by BANT, hand sales-ready leads to sales.</p><p>Store: %2 (schema version "
           "%4)<br>Log file: %3</p><p>Libraries: %5</p>")
            .arg(Versions::application(), m_store->location().toHtmlEscaped(),
                 Log::logFilePath().toHtmlEscaped(), QString::number(m_store->schemaVersion()),
                 libraries.join(QStringLiteral(", "))));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.value(AppSettings::Key::WindowGeometry).toByteArray())) {
        const QRect screen = this->screen()->availableGeometry();
        resize(std::max(1280, screen.width() * 9 / 10), std::max(800, screen.height() * 9 / 10));
    }
    restoreState(m_settings.value(AppSettings::Key::WindowState).toByteArray());
    m_panesSetByRep =
        m_splitter->restoreState(m_settings.value(AppSettings::Key::SplitterState).toByteArray());
    proportionPanes();
    m_queueView->setColumnState(m_settings.value(AppSettings::Key::QueueColumns).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_panesSetByRep = true; });
}

// The laptop layout (issue 16): three panes side by side, never narrower than their content
// needs (the form reflows its labels above the fields when narrow, the queue's filters take two
// rows), the queue narrower on a small screen and collapsible (View ▸ Queue Pane, F7) so that
// card and form can take the whole width while a lead is worked.
void MainWindow::proportionPanes()
{
    if (m_panesSetByRep || !m_splitter->isVisibleTo(this) || m_splitter->widget(0)->isHidden())
        return;
    const int w = std::max(width(), 1);
    const bool laptop = w < 1500;
    m_splitter->setSizes(laptop ? QList<int>{w * 30 / 100, w * 31 / 100, w * 39 / 100}
                                : QList<int>{w * 36 / 100, w * 28 / 100, w * 36 / 100});
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    proportionPanes();
}

void MainWindow::hideEmptyMenus()
{
    for (QMenu* menu : {m_fileMenu, m_leadMenu, m_viewMenu, m_teamMenu})
        menu->menuAction()->setVisible(!menu->isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_queue->confirmDiscard()) { // the rep goes back to log the call
        event->ignore();
        return;
    }
    m_qualificationForm->flushDraft();
    m_queue->releaseAll();
    m_settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(AppSettings::Key::WindowState, saveState());
    m_settings.setValue(AppSettings::Key::SplitterState, m_splitter->saveState());
    m_settings.setValue(AppSettings::Key::QueueColumns, m_queueView->columnState());
    event->accept();
}

void MainWindow::createLeadRecordActions()
{
    m_leadRecord = new LeadRecordActions(this, m_settings, [this] { return m_leadCard->leadId(); });
    m_fileMenu->insertAction(m_openStoreAction, m_leadRecord->newLeadAction());
    m_fileMenu->insertSeparator(m_openStoreAction);
    if (auto* toolbar = findChild<QToolBar*>(QStringLiteral("mainToolBar")))
        toolbar->insertAction(m_openStoreAction, m_leadRecord->newLeadAction());
    m_leadMenu->addSeparator();
    m_leadMenu->addAction(m_leadRecord->importAction());
    m_leadMenu->addAction(m_leadRecord->discloseAction());
    m_leadMenu->addAction(m_leadRecord->eraseAction());
    LeadDetailsEditor* editor = m_leadCard->detailsEditor();
    editor->addRecordAction(m_leadRecord->discloseAction());
    editor->addRecordAction(m_leadRecord->eraseAction());
    editor->setRepName(m_settings.repName());
    connect(&m_settings, &AppSettings::changed, editor,
            [this, editor] { editor->setRepName(m_settings.repName()); });
    connect(this, &MainWindow::storeChanged, m_leadRecord,
            [this] { m_leadRecord->setStore(m_store.get()); });
    connect(m_leadCard, &LeadCard::leadShown, m_leadRecord, &LeadRecordActions::setCurrentLead);
    // The card says why its lead is where it is in the queue: no column to scroll to.
    connect(m_leadCard, &LeadCard::leadShown, this,
            [this](qint64 id) { m_leadCard->setQueueReason(m_queueView->reasonFor(id)); });
    connect(m_leadCard, &LeadCard::leadChanged, this,
            [this] { statusBar()->showMessage(tr("Change saved in the lead's record."), 8000); });
    // A new lead enters the queue at once (announced by the store) and opens on the card, like
    // any lead taken from it.
    auto openLead = [this](qint64 id) {
        m_queueView->showLead(id);
        m_queue->openLead(id);
        updateStatus();
    };
    connect(m_leadRecord, &LeadRecordActions::leadCreated, this, openLead);
    connect(m_leadRecord, &LeadRecordActions::openLeadRequested, this, openLead);
    connect(m_leadRecord, &LeadRecordActions::aboutToErase, this, [this] {
        m_leadCard->callPanel()->clear(); // a call with a person being erased is not logged
        m_queue->releaseLead();
    });
    connect(m_leadRecord, &LeadRecordActions::leadsErased, this, [this] {
        m_queueView->showLead(0); // the panes drop the erased leads through the store's events
        updateStatus();
    });
}

// Merging duplicates (issue 18): Lead ▸ Find Duplicates… and Undo Merge, and Merge with
// Duplicates… among the lead card's record actions. The survivor opens on the card.
void MainWindow::createMergeActions()
{
    m_mergeActions = new MergeActions(
        this, m_settings, [this] { return m_store.get(); },
        [this] { return m_leadCard->leadId(); });
    m_leadMenu->addSeparator();
    m_leadMenu->addAction(m_mergeActions->findDuplicatesAction());
    m_leadMenu->addAction(m_mergeActions->mergeCurrentAction());
    m_leadMenu->addAction(m_mergeActions->undoMergeAction());
    m_leadCard->detailsEditor()->addRecordAction(m_mergeActions->mergeCurrentAction());
    connect(this, &MainWindow::storeChanged, m_mergeActions, &MergeActions::storeChanged);
    connect(m_leadCard, &LeadCard::leadShown, m_mergeActions, &MergeActions::setCurrentLead);
    auto openLead = [this](qint64 id) {
        m_queueView->showLead(id);
        m_queue->openLead(id);
        updateStatus();
    };
    connect(m_mergeActions, &MergeActions::leadsMerged, this, openLead);
    connect(m_mergeActions, &MergeActions::mergeUndone, this, openLead);
}

// The handoff page (issue 7): a tab of its own, View ▸ Handoff, File ▸ Export handoff… and
// Team ▸ Handoff columns…; it follows the open store (and its changes, like every pane).
void MainWindow::addHandoffPage()
{
    m_handoffView = new HandoffView(m_settings);
    const int page = m_pages->addTab(m_handoffView, tr("Handoff"));
    connect(this, &MainWindow::storeChanged, m_handoffView,
            [this] { m_handoffView->setStore(m_store.get()); });

    // Pages by number (Ctrl+1, Ctrl+2), and Esc on the handoff page goes back to the queue.
    auto* showQueue = new QAction(tr("&Call Queue"), this);
    showQueue->setObjectName(QStringLiteral("showQueueAction"));
    showQueue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(showQueue, &QAction::triggered, this, [this] {
        m_pages->setCurrentIndex(0);
        m_queueView->table()->setFocus(Qt::ShortcutFocusReason);
    });
    m_viewMenu->addAction(showQueue);
    auto* show = new QAction(tr("&Handoff"), this);
    show->setObjectName(QStringLiteral("showHandoffAction"));
    show->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), QKeySequence(Qt::CTRL | Qt::Key_2)});
    connect(show, &QAction::triggered, this, [this, page] { m_pages->setCurrentIndex(page); });
    m_viewMenu->addAction(show);
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), m_handoffView);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, showQueue, &QAction::trigger);

    auto* exportHandoff = new QAction(tr("&Export Handoff…"), this);
    exportHandoff->setObjectName(QStringLiteral("exportHandoffAction"));
    exportHandoff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportHandoff->setToolTip(tr("Hand every sales-ready lead (or the selected ones) to sales"));
    connect(exportHandoff, &QAction::triggered, this, [this, page] {
        m_pages->setCurrentIndex(page);
        m_handoffView->handOff();
    });
    m_fileMenu->insertAction(m_settingsAction, exportHandoff);
    m_fileMenu->insertSeparator(m_settingsAction);

    auto* columns = new QAction(tr("Handoff &Columns…"), this);
    columns->setObjectName(QStringLiteral("handoffColumnsAction"));
    connect(columns, &QAction::triggered, this, [this] {
        HandoffColumnsDialog dialog(*m_store, this);
        dialog.exec();
    });
    m_teamMenu->addAction(columns);

    auto* queueSettings = new QAction(tr("&Queue Settings…"), this);
    queueSettings->setObjectName(QStringLiteral("queueSettingsAction"));
    queueSettings->setToolTip(tr("Calling hours, attempts, SLA and retry delays for the team"));
    connect(queueSettings, &QAction::triggered, this, [this] {
        QueueSettingsDialog dialog(*m_store, this);
        if (dialog.exec() == QDialog::Accepted)
            m_refreshAction->trigger(); // the queue follows the new rules
    });
    m_teamMenu->addAction(queueSettings);

    auto* members = new QAction(tr("&Members…"), this);
    members->setObjectName(QStringLiteral("teamMembersAction"));
    connect(members, &QAction::triggered, this, [this] {
        TeamMembersDialog dialog(*m_store, this);
        dialog.exec();
    });
    m_teamMenu->addAction(members);
}

// The reverse-funnel planner (Ctrl+5; 3 and 4 are kept for the nurture and dashboard pages).
void MainWindow::addPlannerPage()
{
    m_plannerPage = new PlannerPage;
    const int page = m_pages->addTab(m_plannerPage, tr("Planner"));
    connect(this, &MainWindow::storeChanged, m_plannerPage,
            [this] { m_plannerPage->setStore(m_store.get()); });
    auto* show = new QAction(tr("KPI &Planner"), this);
    show->setObjectName(QStringLiteral("showPlannerAction"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(show, &QAction::triggered, this, [this, page] {
        m_pages->setCurrentIndex(page);
        m_plannerPage->findChild<QWidget*>(QStringLiteral("plannerRevenue"))
            ->setFocus(Qt::ShortcutFocusReason);
    });
    m_viewMenu->addAction(show);
}

// The qualification form (issue 4): the third pane of the workspace, its save and decision
// actions in the Lead menu, and the scoring rules and rescoring in the Team menu.
void MainWindow::createQualificationPane()
{
    m_qualificationForm = new QualificationForm(m_settings);
    m_splitter->addWidget(m_qualificationForm);
    m_splitter->setStretchFactor(2, 3);
    // Explicit minimums: a pane's content reflows below its one-row width instead of widening
    // the window beyond a laptop's screen.
    m_queueView->setMinimumWidth(240);
    m_leadCard->setMinimumWidth(300);
    m_qualificationForm->setMinimumWidth(320);
    m_splitter->setCollapsible(1, false);
    m_splitter->setCollapsible(2, false);
    auto* queuePane = new QAction(tr("&Queue Pane"), this);
    queuePane->setObjectName(QStringLiteral("queuePaneAction"));
    queuePane->setCheckable(true);
    queuePane->setChecked(true);
    queuePane->setShortcut(QKeySequence(Qt::Key_F7));
    queuePane->setToolTip(tr("Show or hide the queue beside the lead (F7); F8 works either way"));
    connect(queuePane, &QAction::toggled, this, [this](bool shown) {
        m_queueView->setVisible(shown);
        if (shown && !m_panesSetByRep)
            proportionPanes();
    });
    m_viewMenu->addAction(queuePane);
    m_leadMenu->addSeparator();
    m_leadMenu->addActions(m_qualificationForm->leadActions());
    // The form follows the lead on the card; every pane follows the store's announcements of
    // what changed (StoreEvents), whichever pane or worker changed it.
    connect(m_leadCard, &LeadCard::leadShown, m_qualificationForm, &QualificationForm::showLead);
    connect(m_qualificationForm, &QualificationForm::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    // "Save and next" saves what is typed on the form too: never left behind as a draft.
    m_queue->setLeaveCheck([this](qint64 leadId) {
        return m_qualificationForm->leadId() != leadId ||
               !m_qualificationForm->hasUnsavedChanges() || m_qualificationForm->save();
    });

    auto* rules = new QAction(tr("Scoring &Rules…"), this);
    rules->setObjectName(QStringLiteral("scoringRulesAction"));
    connect(rules, &QAction::triggered, this, &MainWindow::showScoringRules);
    auto* rescore = new QAction(tr("Re&score All Leads"), this);
    rescore->setObjectName(QStringLiteral("rescoreAllAction"));
    connect(rescore, &QAction::triggered, this, &MainWindow::rescoreAllLeads);
    m_teamMenu->addAction(rules);
    m_teamMenu->addAction(rescore);
}

void MainWindow::showScoringRules()
{
    try {
        RulesEditorDialog dialog(*m_store, m_settings, this);
        if (dialog.exec() == QDialog::Accepted) {
            statusBar()->showMessage(tr("New scoring rules saved; every lead is rescored."), 10000);
        }
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("Scoring rules"), error.message());
    }
}

void MainWindow::rescoreAllLeads()
{
    const qint64 repId = Reps::idFor(*m_store, m_settings.repName());
    RescoreRunner::start(this, *m_store, std::nullopt, repId, {},
                         [this](const BulkScoring::RescoreOutcome& outcome, const QString& error) {
                             if (!error.isEmpty())
                                 Prompts::critical(this, tr("Rescoring failed"), error);
                             else if (!outcome.completed)
                                 Prompts::information(this, tr("Rescoring cancelled"),
                                                      RescoreRunner::cancelledText(outcome));
                             else {
                                 statusBar()->showMessage(
                                     tr("Rescoring finished: %n lead(s) scored with rules "
                                        "version %1.",
                                        nullptr, int(outcome.leads))
                                         .arg(outcome.version),
                                     10000);
                             }
                         });
}
