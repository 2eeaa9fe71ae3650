#include "BarChartView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

BarChartView::BarChartView(DashboardChartModel* model, QWidget* parent)
    : ChartView(model, parent)
    , m_horizontal(model->chartData().kind == ChartData::Kind::Bars)
{
    m_chart = new QChart;
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    if (m_horizontal)
        m_series = new QHorizontalBarSeries;
    else
        m_series = new QStackedBarSeries;
    m_series->setLabelsVisible(m_horizontal);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsPrecision(12);
    m_chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis;
    m_values = new QValueAxis;
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_categories, m_horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(m_values, m_horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    if (m_horizontal)
        m_categories->setReverse(true); // the first category on top, as it is read
    // A bar set per column, a bar per row: the mapper keeps the sets as the model says.
    m_mapper = new QVBarModelMapper(this);
    m_mapper->setFirstBarSetColumn(0);
    m_mapper->setLastBarSetColumn(qMax(0, model->columnCount() - 1));
    m_mapper->setSeries(m_series);
    m_mapper->setModel(model);
    // After the mapper has made the sets anew: colours, grey bars and labels on the new sets.
    connect(model, &QAbstractItemModel::modelReset, this, &BarChartView::refresh);
    connect(m_series, &QAbstractBarSeries::hovered, this, &BarChartView::showToolTip);
    connect(m_series, &QAbstractBarSeries::clicked, this, &BarChartView::click);
    m_view = new QChartView(m_chart);
    m_view->setObjectName(QStringLiteral("chartPlot"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->installEventFilter(this);
    setPlot(m_view);
}

int BarChartView::rowOf(int index) const
{
    return index;
}

void BarChartView::refresh()
{
    DashboardChartModel* source = model();
    // The call chart's series (outcomes) change with the period: the mapper follows the columns.
    m_mapper->setLastBarSetColumn(qMax(0, source->columnCount() - 1));
    const ChartData& data = source->chartData();
    // Axis labels are HTML: a group's rate goes on a second, smaller line, grey when it rests
    // on too few leads.
    QStringList labels;
    for (int row = 0; row < data.categories.size(); ++row) {
        const QStringList lines = data.categories.at(row).split(QLatin1Char('\n'));
        QString label = lines.first().toHtmlEscaped();
        if (lines.size() > 1) {
            const bool tooFew = data.cells.value(row).size() > 2 && data.cells.at(row).at(2).tooFew;
            label += QStringLiteral("<br><small><span style=\"color:%1\">%2</span></small>")
                         .arg(tooFew ? QStringLiteral("#8a8a8a") : QStringLiteral("#333333"),
                              lines.at(1).toHtmlEscaped());
        }
        labels.append(label);
    }
    m_categories->setCategories(labels);
    double top = 0;
    const QList<QBarSet*> sets = m_series->barSets();
    for (int column = 0; column < sets.size(); ++column) {
        QBarSet* set = sets.at(column);
        set->setColor(seriesColour(column));
        set->setBorderColor(seriesColour(column));
        set->setLabelColor(QColor(0x20, 0x20, 0x20));
        set->setSelectedColor(tooFewColour());
        set->deselectAllBars();
        for (int row = 0; row < data.cells.size() && row < set->count(); ++row)
            if (source->cell(row, column).tooFew)
                set->selectBar(row);
    }
    for (int row = 0; row < data.cells.size(); ++row) {
        double stacked = 0;
        for (int column = 0; column < data.series.size(); ++column) {
            stacked += source->cell(row, column).value;
            top = std::max(top, source->cell(row, column).value);
        }
        if (!m_horizontal)
            top = std::max(top, stacked);
    }
    m_values->setRange(0, top <= 0 ? 1 : top * 1.15);
    m_values->applyNiceNumbers();
    m_chart->legend()->setVisible(data.series.size() > 1);
    const int rows = int(data.categories.size());
    if (m_horizontal)
        m_view->setMinimumHeight(
            qBound(220, 90 + rows * std::max(40, int(data.series.size()) * 14), 2400));
}

QList<QList<double>> BarChartView::plottedValues() const
{
    QList<QList<double>> values;
    for (const QBarSet* set : m_series->barSets()) {
        QList<double> bars;
        for (int i = 0; i < set->count(); ++i)
            bars.append(set->at(i));
        values.append(bars);
    }
    return values;
}

void BarChartView::showToolTip(bool status, int index, QBarSet* set)
{
    const int column = int(m_series->barSets().indexOf(set));
    const int row = rowOf(index);
    if (!status || column < 0 || row >= model()->rowCount()) {
        QToolTip::hideText();
        return;
    }
    QString text = model()->chartData().categories.value(row) + QLatin1Char('\n') +
                   model()->cell(row, column).toolTip;
    if (model()->cell(row, column).selection)
        text += QLatin1Char('\n') + tr("Click to list these leads.");
    QToolTip::showText(QCursor::pos(), text, m_view);
}

void BarChartView::click(int index, QBarSet* set)
{
    const int column = int(m_series->barSets().indexOf(set));
    const int row = rowOf(index);
    if (column < 0 || row >= model()->rowCount())
        return;
    if (const auto& selection = model()->cell(row, column).selection)
        emit selected(*selection);
}

bool BarChartView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return ChartView::eventFilter(watched, event);
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    if (rows == 0 || columns == 0)
        return false;
    // Up and down go through the categories (as drawn, the first on top), left and right
    // through the series.
    switch (static_cast<QKeyEvent*>(event)->key()) {
    case Qt::Key_Up:
        m_row = qMax(0, m_row - 1);
        break;
    case Qt::Key_Down:
        m_row = qMin(rows - 1, m_row + 1);
        break;
    case Qt::Key_Left:
        m_column = qMax(0, m_column - 1);
        break;
    case Qt::Key_Right:
        m_column = qMin(columns - 1, m_column + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_row < rows && m_column < columns)
            if (const auto& selection = model()->cell(m_row, m_column).selection)
                emit selected(*selection);
        return true;
    default:
        return false;
    }
    m_row = qMin(m_row, rows - 1);
    m_column = qMin(m_column, columns - 1);
    const QString text = model()->chartData().categories.value(m_row) + QLatin1Char('\n') +
                         model()->cell(m_row, m_column).toolTip;
    QToolTip::showText(m_view->mapToGlobal(m_view->rect().center()), text, m_view);
    return true;
}
