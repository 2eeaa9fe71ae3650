#pragma once

#include "dashboard/DashboardChartModel.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

/// One chart of the dashboard as a card: its title, a line saying what it shows, and the plot,
/// drawn from a DashboardChartModel. The chart layer (this folder) is the only code that knows
/// how a plot is drawn (Qt Charts for bars, plain painting for the funnel and the quadrants), so
/// a move to another chart module touches this folder only.
class ChartView : public QFrame
{
    Q_OBJECT

public:
    /// The view that suits the model's kind; it follows the model's resets.
    static ChartView* create(DashboardChartModel* model, QWidget* parent = nullptr);

    DashboardChartModel* model() const { return m_model; }
    /// The values the plot draws now, a list per series (bar set, funnel mode) in category
    /// order: what a test compares with the report.
    virtual QList<QList<double>> plottedValues() const = 0;
    /// The funnel's mode (other charts ignore it): in order instead of ever reached.
    virtual void setInOrder(bool /*inOrder*/) {}

signals:
    /// A bar, funnel stage or quadrant was clicked (or chosen with the keyboard).
    void selected(const DashboardSelection& selection);

protected:
    ChartView(DashboardChartModel* model, QWidget* parent);
    /// Puts the plot under the title and note.
    void setPlot(QWidget* plot);
    /// Title and note from the model, then refresh().
    void modelReset();
    virtual void refresh() = 0;
    /// The grey of a rate that rests on too few leads, and the colour of series `index`.
    static QColor tooFewColour();
    static QColor seriesColour(int index);

private:
    DashboardChartModel* m_model;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QVBoxLayout* m_layout = nullptr;
};
