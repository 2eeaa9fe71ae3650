#pragma once

#include "ChartView.h"

/// A chart Qt Charts has no type for, painted by hand: items (funnel stages, quadrants) that
/// show their figures on hover, list their leads on a click, and take the keyboard (arrows
/// move between items, Home and End to the first and last, Enter or Space lists the current
/// one's leads).
class PaintedChartView : public ChartView
{
    Q_OBJECT

public:
    PaintedChartView(DashboardChartModel* model, QWidget* parent);

    /// The items' rectangles in a plot of `size`, one per item.
    virtual QList<QRectF> itemRects(const QSizeF& size) const = 0;
    virtual void paintPlot(QPainter& painter, const QSizeF& size, int current) const = 0;
    virtual const ChartCell& itemCell(int item) const = 0;
    virtual QString itemName(int item) const = 0;
    /// The model's column the items are drawn from.
    virtual int itemColumn() const { return 0; }
    QPoint current() const override;
    /// The keyboard came to `item` (drawn at `at` in the plot): its figure is shown.
    void itemFocused(int item, const QPoint& at);

protected:
    void refresh() override;
    QWidget* canvas() const { return m_canvas; }

private:
    QWidget* m_canvas = nullptr;
};

/// The funnel: a centred bar per step, its width the step's count, narrowing down the steps,
/// with each step's conversion from the one above beside it (grey when it rests on too few
/// leads, with its 90 % interval), ever reached or in order.
class FunnelChartView : public PaintedChartView
{
    Q_OBJECT

public:
    FunnelChartView(DashboardChartModel* model, QWidget* parent);
    QList<QList<double>> plottedValues() const override;
    void setInOrder(bool inOrder) override;

    QList<QRectF> itemRects(const QSizeF& size) const override;
    void paintPlot(QPainter& painter, const QSizeF& size, int current) const override;
    const ChartCell& itemCell(int item) const override;
    QString itemName(int item) const override;
    int itemColumn() const override { return m_column; }

private:
    int m_column = 0;
};

/// Fit × interest: the four quadrants as a two by two grid (fit up, interest to the right),
/// each with its count and a shade by its share, and the unknown bucket beneath.
class QuadrantChartView : public PaintedChartView
{
    Q_OBJECT

public:
    QuadrantChartView(DashboardChartModel* model, QWidget* parent);
    QList<QList<double>> plottedValues() const override;

    QList<QRectF> itemRects(const QSizeF& size) const override;
    void paintPlot(QPainter& painter, const QSizeF& size, int current) const override;
    const ChartCell& itemCell(int item) const override;
    QString itemName(int item) const override;
};
