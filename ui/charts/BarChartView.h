#pragma once

#include "ChartView.h"

class QChart;
class QChartView;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QGraphicsRectItem;
class QValueAxis;
class QVBarModelMapper;

/// Bars from Qt Charts, fed by a model mapper (a bar set per column of the model): horizontal
/// bars side by side, or vertical bars stacked. Rates on too few leads are drawn grey. Long
/// category names are elided in the middle to what the card's width allows (the figure, the
/// tooltip, the drill-down and the CSV keep them whole); many categories of the stacked chart
/// stand on their side.
///
/// The keyboard: the arrows along the category axis move across the categories (Up and Down on
/// the horizontal chart, Left and Right on the stacked one), the other two across the series
/// (Up to the bar above in a stack); Home and End go to the first and last category. The bar
/// is outlined, Enter or Space lists its leads.
class BarChartView : public ChartView
{
    Q_OBJECT

public:
    BarChartView(DashboardChartModel* model, QWidget* parent);
    QList<QList<double>> plottedValues() const override;
    QPoint current() const override { return {m_column, m_row}; }
    /// The category axis' labels as drawn (HTML, elided): what a test reads.
    QStringList axisLabels() const;
    /// Where the highlighted bar is drawn, in the plot's coordinates (empty when none).
    QRect highlightRect() const;

protected:
    void refresh() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showToolTip(bool status, int index, QBarSet* set);
    void click(int index, QBarSet* set);
    /// Moves the keyboard to a bar (clamped), outlines it and shows its figure.
    void moveTo(int row, int column);
    void placeHighlight();
    /// The bar of `row` and `column` in the chart's coordinates.
    QRectF barRect(int row, int column) const;
    /// The category labels for the plot's width (only set again when they change).
    void relabel();
    /// 1 when the second category is drawn below the first (horizontal bars), else -1.
    int nextRowBelow() const;
    /// The category drawn first (top or left): where the keyboard starts and Home goes.
    int firstRow() const;
    /// The keyboard on the plot; false for a key it leaves to others.
    bool key(int key);

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QAbstractBarSeries* m_series = nullptr;
    QVBarModelMapper* m_mapper = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_values = nullptr;
    QGraphicsRectItem* m_highlight = nullptr;
    bool m_horizontal = true;
    int m_row = -1; ///< the bar the keyboard is on
    int m_column = 0;
};
