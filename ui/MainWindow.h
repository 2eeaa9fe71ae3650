#pragma once

#include <QMainWindow>
#include <memory>

class AppSettings;
class LeadCard;
class LeadRecordActions;
class LeadListModel;
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QSplitter;
class QTableView;
class Store;

/// The rep's workstation: the lead list on the left, the lead card beside it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Store> store, AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    Store& store() const { return *m_store; }
    /// Opens another store; on failure says why and keeps the current one.
    bool openStore(const QString& location);

signals:
    void storeChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void buildWorkspace();
    void attachStore();
    void updateStatus();
    void chooseStore();
    void showSettings();
    void showAbout();
    void restoreLayout();
    void hideEmptyMenus();
    void createLeadRecordActions();
    /// Reloads the lead list quietly (the card keeps its state) and selects this lead.
    void refreshLeadList(qint64 selectLeadId);

    std::unique_ptr<Store> m_store;
    AppSettings& m_settings;
    LeadListModel* m_leadModel = nullptr;
    QTableView* m_leadTable = nullptr;
    LeadCard* m_leadCard = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_pages = nullptr; ///< the workspace, then one page per further view (handoff…)
    QMenu* m_fileMenu = nullptr;
    QMenu* m_leadMenu = nullptr; ///< actions on the current lead (calls, decisions, record)
    QMenu* m_viewMenu = nullptr;
    QMenu* m_teamMenu = nullptr; ///< team lead's tools (rules, settings shared by the team)
    QLabel* m_statusStore = nullptr;
    QLabel* m_statusRep = nullptr;
    LeadRecordActions* m_leadRecord = nullptr; ///< new lead, disclose, erase

    QAction* m_openStoreAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};
