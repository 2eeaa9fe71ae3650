#pragma once

#include "dashboard/DashboardChartModel.h"

#include <QWidget>

class ChartView;
class QGridLayout;

/// Every chart of the dashboard in a grid, each from its own DashboardChartModel; what the
/// page scrolls, what "Export dashboard" and `report --png/--pdf` draw.
class DashboardBoard : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardBoard(QWidget* parent = nullptr);

    /// Fills every chart (rep names turned into ids for the drill-down with `repIds`).
    void setFigures(const DashboardFigures& figures, const QHash<QString, qint64>& repIds);
    QList<ChartView*> charts() const { return m_charts; }
    /// The chart of the report's table `name` ("funnel", "by_source"…), or null.
    ChartView* chart(const QString& name) const;
    void setInOrder(bool inOrder);
    /// Charts side by side (2 on a laptop, 3 on a wide screen).
    void setColumns(int columns);
    int columns() const { return m_columns; }

signals:
    void selected(const DashboardSelection& selection);

private:
    void place();

    QList<DashboardChartModel*> m_models;
    QList<ChartView*> m_charts;
    QGridLayout* m_grid = nullptr;
    int m_columns = 2;
    bool m_inOrder = false;
};
