#pragma once

#include "dashboard/DashboardChartModel.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

/// One chart of the dashboard as a card: its title, a line saying what it shows, and the plot,
/// drawn from a DashboardChartModel. The chart layer (this folder) is the only code that knows
/// how a plot is drawn (Qt Charts for bars, plain painting for the funnel and the quadrants), so
/// a move to another chart module touches this folder only.
///
/// The plot takes the keyboard: while it has the focus the card wears a frame, the arrow keys
/// move a highlighted bar or step (Home and End to the first and last), its figure shows on a
/// line under the plot (and as a tooltip, and as the plot's accessible description), and Enter
/// or Space lists its leads as a click does.
class ChartView : public QFrame
{
    Q_OBJECT

public:
    /// The view that suits the model's kind; it follows the model's resets.
    static ChartView* create(DashboardChartModel* model, QWidget* parent = nullptr);

    DashboardChartModel* model() const { return m_model; }
    /// The widget that takes the keyboard (the dashboard's tab order goes through them).
    QWidget* plot() const { return m_plot; }
    /// The values the plot draws now, a list per series (bar set, funnel mode) in category
    /// order: what a test compares with the report.
    virtual QList<QList<double>> plottedValues() const = 0;
    /// The funnel's mode (other charts ignore it): in order instead of ever reached.
    virtual void setInOrder(bool /*inOrder*/) {}
    /// The model's cell the keyboard is on (row = category, column = series); -1, -1 if none.
    virtual QPoint current() const = 0;
    /// The current figure in words, as the line under the plot shows it (empty when none).
    QString figure() const;

signals:
    /// A bar, funnel stage or quadrant was clicked (or chosen with the keyboard).
    void selected(const DashboardSelection& selection);
    /// The plot took the keyboard focus (the page scrolls the card into view).
    void plotFocused();

protected:
    ChartView(DashboardChartModel* model, QWidget* parent);
    /// Puts the plot under the title and note; it takes the keyboard focus.
    void setPlot(QWidget* plot);
    /// Title and note from the model, then refresh().
    void modelReset();
    virtual void refresh() = 0;
    /// Shows a figure (lines of `text`) for the keyboard: on the line under the plot, as the
    /// plot's accessible description, and as a tooltip at `at` (plot coordinates).
    void showFigure(const QString& text, const QPoint& at);
    void clearFigure();
    /// A cell's figure as hover and keyboard show it: the full category, then the cell's words.
    QString cellText(int row, int column) const;
    /// Focus in and out of the plot: the frame and the figure line.
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    /// The grey of a rate that rests on too few leads, and the colour of series `index`.
    static QColor tooFewColour();
    static QColor seriesColour(int index);

private:
    DashboardChartModel* m_model;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_figure = nullptr;
    QWidget* m_plot = nullptr;
    QVBoxLayout* m_layout = nullptr;
};
