#include "MainWindow.h"

#include "LeadCard.h"
#include "LeadDetailsEditor.h"
#include "LeadRecordActions.h"
#include "Prompts.h"
#include "SettingsDialog.h"
#include "domain/LeadRepository.h"
#include "items/LeadListModel.h"
#include "store/Store.h"
#include "support/AppSettings.h"
#include "support/Log.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

MainWindow::MainWindow(std::unique_ptr<Store> store, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/leadscout/icons/leadscout.svg")));
    createActions();
    createMenus();
    buildWorkspace();
    createLeadRecordActions();
    attachStore();
    restoreLayout();
    hideEmptyMenus();
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
        m_leadModel->reload();
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
    m_leadTable = new QTableView;
    m_leadTable->setObjectName(QStringLiteral("leadTableView"));
    m_leadTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leadTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_leadTable->setAlternatingRowColors(true);
    m_leadTable->verticalHeader()->hide();
    m_leadTable->horizontalHeader()->setStretchLastSection(true);

    m_leadCard = new LeadCard;

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->addWidget(m_leadTable);
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

void MainWindow::attachStore()
{
    delete m_leadModel;
    m_leadModel = new LeadListModel(*m_store, this);
    m_leadTable->setModel(m_leadModel);
    m_leadTable->hideColumn(LeadListModel::Id);
    m_leadCard->setStore(m_store.get());
    connect(m_leadTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_leadCard->showLead(current.isValid() ? m_leadModel->leadId(current.row()) : 0);
            });
    setWindowTitle(tr("%1 — LeadScout").arg(m_store->displayName()));
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
    try {
        m_store = Store::open(location);
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("Cannot open store"), error.message());
        return false;
    }
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
    QMessageBox::about(
        this, tr("About LeadScout"),
        tr("<h3>LeadScout %1</h3><p>The workstation for lead qualification: work the call queue, "
           "qualify by BANT, hand sales-ready leads to sales.</p><p>Store: %2<br>Log file: %3<br>"
           "Qt %4</p>")
            .arg(QStringLiteral(LEADSCOUT_VERSION), m_store->location().toHtmlEscaped(),
                 Log::logFilePath().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.value(AppSettings::Key::WindowGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(m_settings.value(AppSettings::Key::WindowState).toByteArray());
    m_splitter->restoreState(m_settings.value(AppSettings::Key::SplitterState).toByteArray());
}

void MainWindow::hideEmptyMenus()
{
    for (QMenu* menu : {m_fileMenu, m_leadMenu, m_viewMenu, m_teamMenu})
        menu->menuAction()->setVisible(!menu->isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(AppSettings::Key::WindowState, saveState());
    m_settings.setValue(AppSettings::Key::SplitterState, m_splitter->saveState());
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
    connect(m_leadCard, &LeadCard::leadChanged, this, &MainWindow::refreshLeadList);
    auto showLead = [this](qint64 id) {
        refreshLeadList(id);
        m_leadCard->showLead(id);
    };
    connect(m_leadRecord, &LeadRecordActions::leadCreated, this, showLead);
    connect(m_leadRecord, &LeadRecordActions::openLeadRequested, this, showLead);
    connect(m_leadRecord, &LeadRecordActions::aboutToErase, this, [this] {
        m_leadCard->showLead(0);
        m_leadModel->clear(); // lets go of its open query, so the log can be emptied
    });
    connect(m_leadRecord, &LeadRecordActions::leadsErased, this, [this] { refreshLeadList(0); });
}

void MainWindow::refreshLeadList(qint64 selectLeadId)
{
    const QSignalBlocker blocker(m_leadTable->selectionModel());
    m_leadModel->reload();
    // The list is fetched lazily: look through the first few pages only; the card shows the lead
    // either way.
    for (int row = 0; selectLeadId > 0 && row < 5000; ++row) {
        if (row >= m_leadModel->rowCount() && m_leadModel->canFetchMore())
            m_leadModel->fetchMore();
        if (row >= m_leadModel->rowCount())
            break;
        if (m_leadModel->leadId(row) == selectLeadId) {
            m_leadTable->selectRow(row);
            break;
        }
    }
    m_leadTable->viewport()->update();
    updateStatus();
}
