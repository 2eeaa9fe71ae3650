#pragma once

#include "dashboard/DashboardLeads.h"
#include "dashboard/DashboardTypes.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class BackgroundJob;
class ChartView;
class DashboardBoard;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QTableWidget;
class Store;

/// The dashboard as a page: filters (period, source channel, campaign, rep, grade), every chart
/// of the funnel and its conversion (computed from the roll-ups off the GUI thread), and beside
/// them the leads of the bar or stage last clicked, from which a lead opens. Each chart and the
/// whole dashboard export to PNG, SVG, PDF, paper and CSV.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    void setStore(Store* store);
    /// Computes the figures for the filters again (off the GUI thread).
    void refresh();
    DashboardFilter filter() const;
    const DashboardFigures& figures() const { return m_figures; }
    DashboardBoard* board() const { return m_board; }
    /// Lists the leads behind a figure (off the GUI thread).
    void listLeads(const DashboardSelection& selection);
    /// How many leads the list holds in all (it shows the first few thousand).
    qint64 listedCount() const { return m_listed.size(); }

signals:
    void figuresShown();
    void leadsListed();
    void openLeadRequested(qint64 leadId);
    void statusMessage(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;
    /// Shown again (its tab chosen): calls and stage changes since then count.
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilters();
    QWidget* buildLeadList();
    QMenu* buildExportMenu();
    void periodChosen();
    void fillChoices();
    void showLeads(const QString& what, const QList<qint64>& ids,
                   const QList<DashboardLeads::Row>& rows);
    void openCurrentLead();
    void exportWidget(QWidget* widget, const QString& title, const QList<QWidget*>& pages);
    void exportCsv(ChartView* chart);
    void exportAllCsv();
    QString describe(const DashboardSelection& selection) const;

    Store* m_store = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_campaign = nullptr;
    QComboBox* m_rep = nullptr;
    QComboBox* m_grade = nullptr;
    QRadioButton* m_everReached = nullptr;
    QRadioButton* m_inOrder = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_message = nullptr;
    QScrollArea* m_scroll = nullptr;
    DashboardBoard* m_board = nullptr;
    QLabel* m_listTitle = nullptr;
    QTableWidget* m_leads = nullptr;
    QPushButton* m_open = nullptr;
    QPointer<BackgroundJob> m_job;
    QPointer<BackgroundJob> m_listJob;
    bool m_again = false; ///< the filters changed while the figures were computed
    bool m_filling = false;
    DashboardFigures m_figures;
    QHash<QString, qint64> m_repIds; ///< name → id
    QList<qint64> m_listed;
};
