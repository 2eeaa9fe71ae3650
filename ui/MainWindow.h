#pragma once

#include <QMainWindow>
#include <memory>

class AppSettings;
class HandoffView;
class PlannerPage;
class LeadCard;
class LeadRecordActions;
class MergeActions;
class QueueController;
class QueueView;
class QualificationForm;
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QSplitter;
class Store;
class StoreWarmer;

/// The rep's workstation: the call queue on the left, the lead card beside it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Store> store, AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    Store& store() const { return *m_store; }
    /// Opens another store; on failure says why and keeps the current one.
    bool openStore(const QString& location);
    /// What the desktop hands the window (MainWindowLinks.cpp): tel: and callto: links open the
    /// lead with that number (or offer to add one), a CSV or XLSX file opens the import. None
    /// only brings the window to the front.
    void openArguments(const QStringList& arguments);

signals:
    void storeChanged();
    /// A phone link was looked up: the lead shown for it, or 0 when no lead has the number.
    void phoneLinkHandled(const QString& link, qint64 leadId);
    /// A file to import was handed to the window (the import wizard takes it when it exists).
    void importRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    /// Until the rep drags a splitter, the panes keep the proportions chosen for the width.
    void resizeEvent(QResizeEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createQueueActions();
    void buildWorkspace();
    void attachStore();
    void updateStatus();
    void chooseStore();
    void showSettings();
    void showAbout();
    void restoreLayout();
    void hideEmptyMenus();
    void proportionPanes();
    void createLeadRecordActions();
    void createMergeActions();
    void addHandoffPage();
    void addPlannerPage();
    void addNurturePage();   ///< MainWindowNurture.cpp
    void addDashboardPage(); ///< MainWindowDashboard.cpp
    // The qualification form (third pane), its Lead actions and the Team's scoring tools.
    void createQualificationPane();
    void showScoringRules();
    void rescoreAllLeads();
    void openPhoneLink(const QString& link);
    void openImport(const QString& path);
    /// Names for screen readers on the panes and controls that have no label of their own.
    void nameForScreenReaders();

    std::unique_ptr<Store> m_store;
    std::unique_ptr<StoreWarmer> m_warmer; ///< reads the store file into the OS cache once
    AppSettings& m_settings;
    QueueView* m_queueView = nullptr;
    QueueController* m_queue = nullptr;
    LeadCard* m_leadCard = nullptr;
    QualificationForm* m_qualificationForm = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_panesSetByRep = false;  ///< the splitter was dragged or restored: keep its sizes
    QTabWidget* m_pages = nullptr; ///< the workspace, then one page per further view (handoff…)
    QMenu* m_fileMenu = nullptr;
    QMenu* m_leadMenu = nullptr; ///< actions on the current lead (calls, decisions, record)
    QMenu* m_viewMenu = nullptr;
    QMenu* m_teamMenu = nullptr; ///< team lead's tools (rules, settings shared by the team)
    HandoffView* m_handoffView = nullptr;
    PlannerPage* m_plannerPage = nullptr;
    QLabel* m_statusStore = nullptr;
    QLabel* m_statusRep = nullptr;
    LeadRecordActions* m_leadRecord = nullptr; ///< new lead, disclose, erase
    MergeActions* m_mergeActions = nullptr;    ///< find duplicates, merge, undo merge

    QAction* m_openStoreAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};
