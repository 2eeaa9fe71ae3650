#pragma once

#include "planning/KpiPlan.h"

#include <QPointer>
#include <QWidget>

class BackgroundJob;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Store;

/// The reverse-funnel planner as a page: a revenue target, the average deal and the close rate
/// (33.3%, 0.333 or 1/3) for a month, quarter or year give the deals, opportunities and — from
/// the store's measured conversion and call log, read off the GUI thread — the SQLs, MQLs,
/// worked and raw leads and calls per rep and day, against what the period achieved, and what a
/// better close rate or conversion is worth over a year.
class PlannerPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlannerPage(QWidget* parent = nullptr);
    ~PlannerPage() override;

    void setStore(Store* store);
    /// Plans with what is typed (reads the store first when "measured" is ticked).
    void plan();
    /// The plan shown last (empty before the first).
    const std::optional<KpiPlan>& shownPlan() const { return m_plan; }

signals:
    /// A plan is shown, or a problem with the input is.
    void planned();

private:
    QWidget* buildInputs();
    std::optional<KpiPlanInput> readInput();
    void showPlan(const KpiPlanInput& input, const std::optional<FunnelMeasures>& measures);
    void fillFigures();
    void fillSensitivity();

    Store* m_store = nullptr;
    QLineEdit* m_revenue = nullptr;
    QLineEdit* m_deal = nullptr;
    QLineEdit* m_closeRate = nullptr;
    QComboBox* m_period = nullptr;
    QLineEdit* m_opportunities = nullptr;
    QCheckBox* m_measured = nullptr;
    QPushButton* m_planButton = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_figures = nullptr;
    QTableWidget* m_sensitivity = nullptr;
    QPointer<BackgroundJob> m_job;
    std::optional<KpiPlan> m_plan;
};
