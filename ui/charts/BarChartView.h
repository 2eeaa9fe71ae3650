#pragma once

#include "ChartView.h"

class QChart;
class QChartView;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;
class QVBarModelMapper;

/// Bars from Qt Charts, fed by a model mapper (a bar set per column of the model): horizontal
/// bars side by side, or vertical bars stacked. Rates on too few leads are drawn grey.
class BarChartView : public ChartView
{
    Q_OBJECT

public:
    BarChartView(DashboardChartModel* model, QWidget* parent);
    QList<QList<double>> plottedValues() const override;

protected:
    void refresh() override;
    /// The keyboard on the plot: arrows move between bars (their figures shown), Enter or
    /// Space lists the current bar's leads.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showToolTip(bool status, int index, QBarSet* set);
    void click(int index, QBarSet* set);
    int rowOf(int index) const;

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QAbstractBarSeries* m_series = nullptr;
    QVBarModelMapper* m_mapper = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_values = nullptr;
    bool m_horizontal = true;
    int m_row = 0; ///< the bar the keyboard is on
    int m_column = 0;
};
