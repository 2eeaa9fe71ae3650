#include "BarChartView.h"

#include "AxisLabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsRectItem>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

namespace {

// Labels on a card: at most this share of a horizontal chart's width, this many pixels on
// their side under a crowded stacked chart.
constexpr double labelShare = 0.3; // the axis gets about a third, with its padding
constexpr int sidewaysWidth = 150;

} // namespace

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
    // The keyboard's bar: an outline above the bars, where the plot area puts them.
    m_highlight = new QGraphicsRectItem(m_chart);
    m_highlight->setZValue(1e6);
    m_highlight->setBrush(Qt::NoBrush);
    m_highlight->hide();
    connect(m_chart, &QChart::plotAreaChanged, this, &BarChartView::placeHighlight);
    m_view = new QChartView(m_chart);
    m_view->setObjectName(QStringLiteral("chartPlot"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    setPlot(m_view);
}

void BarChartView::refresh()
{
    DashboardChartModel* source = model();
    // The call chart's series (outcomes) change with the period: the mapper follows the columns.
    m_mapper->setLastBarSetColumn(qMax(0, source->columnCount() - 1));
    const ChartData& data = source->chartData();
    relabel();
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
    // The keyboard stays on its bar where the new figures have it.
    if (m_row >= 0 && (rows == 0 || source->columnCount() == 0))
        m_row = -1;
    if (m_row >= 0 && m_view->hasFocus())
        moveTo(m_row, m_column);
    else
        placeHighlight();
}

void BarChartView::relabel()
{
    const ChartData& data = model()->chartData();
    QList<bool> dim;
    for (int row = 0; row < data.categories.size(); ++row)
        dim.append(data.cells.value(row).size() > 2 && data.cells.at(row).at(2).tooFew);
    const QFont font = m_categories->labelsFont();
    int width = std::max(80, int(m_view ? m_view->width() * labelShare : 200));
    int angle = 0;
    if (!m_horizontal && !data.categories.isEmpty()) {
        // Side by side while each name fits its share of the width, else on their side.
        const int share = (m_view ? m_view->width() - 60 : 400) / int(data.categories.size());
        width = std::max(40, share - 6);
        if (AxisLabels::widest(data.categories, font) > width) {
            angle = -90;
            width = sidewaysWidth;
        }
    }
    const QStringList labels = AxisLabels::html(data.categories, dim, font, width);
    if (m_categories->labelsAngle() != angle)
        m_categories->setLabelsAngle(angle);
    if (labels != m_categories->categories())
        m_categories->setCategories(labels);
}

QStringList BarChartView::axisLabels() const
{
    return m_categories->categories();
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
    if (!status || column < 0 || index >= model()->rowCount()) {
        QToolTip::hideText();
        return;
    }
    QString text = cellText(index, column);
    if (model()->cell(index, column).selection)
        text += QLatin1Char('\n') + tr("Click to list these leads.");
    QToolTip::showText(QCursor::pos(), text, m_view);
}

void BarChartView::click(int index, QBarSet* set)
{
    const int column = int(m_series->barSets().indexOf(set));
    if (column < 0 || index >= model()->rowCount())
        return;
    moveTo(index, column); // the keyboard goes on from the bar clicked
    if (const auto& selection = model()->cell(index, column).selection)
        emit selected(*selection);
}

QRectF BarChartView::barRect(int row, int column) const
{
    const QList<QBarSet*> sets = m_series->barSets();
    if (column < 0 || column >= sets.size() || row < 0 || row >= sets.at(column)->count())
        return {};
    // Qt Charts' own layout: a category's bars share barWidth() around the category's index,
    // side by side in set order (horizontal) or stacked on the sets below (vertical).
    const double share = m_series->barWidth();
    const double value = sets.at(column)->at(row);
    QPointF from;
    QPointF to;
    if (m_horizontal) {
        const double thick = share / double(sets.size());
        const double begin = row - share / 2 + column * thick;
        from = m_chart->mapToPosition(QPointF(0, begin), m_series);
        to = m_chart->mapToPosition(QPointF(value, begin + thick), m_series);
    } else {
        double below = 0;
        for (int set = 0; set < column; ++set)
            below += std::max(0.0, sets.at(set)->at(row));
        from = m_chart->mapToPosition(QPointF(row - share / 2, below), m_series);
        to = m_chart->mapToPosition(QPointF(row + share / 2, below + value), m_series);
    }
    return QRectF(from, to).normalized();
}

void BarChartView::placeHighlight()
{
    if (m_row < 0 || !m_view || !m_view->hasFocus()) {
        m_highlight->hide();
        return;
    }
    QRectF bar = barRect(m_row, m_column);
    if (bar.isNull() && bar.topLeft().isNull()) {
        m_highlight->hide();
        return;
    }
    // A bar of nought is a line: the outline still shows where it is.
    if (m_horizontal && bar.width() < 4)
        bar.setWidth(4);
    if (!m_horizontal && bar.height() < 4)
        bar.setTop(bar.bottom() - 4);
    m_highlight->setPen(QPen(palette().color(QPalette::Text), 3));
    m_highlight->setRect(bar.adjusted(-3, -3, 3, 3));
    m_highlight->show();
}

QRect BarChartView::highlightRect() const
{
    if (!m_highlight->isVisible())
        return {};
    const QRectF scene = m_highlight->mapRectToScene(m_highlight->rect());
    return m_view->mapFromScene(scene).boundingRect();
}

void BarChartView::moveTo(int row, int column)
{
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    if (rows == 0 || columns == 0) {
        m_row = -1;
        placeHighlight();
        return;
    }
    m_row = std::clamp(row, 0, rows - 1);
    m_column = std::clamp(column, 0, columns - 1);
    placeHighlight();
    const QRect at = highlightRect();
    showFigure(cellText(m_row, m_column), at.isEmpty() ? m_view->rect().center() : at.topRight());
}

int BarChartView::nextRowBelow() const
{
    const QRectF first = barRect(0, 0);
    const QRectF second = barRect(1, 0);
    if (first.isNull() || second.isNull())
        return 1;
    return second.center().y() >= first.center().y() ? 1 : -1;
}

int BarChartView::firstRow() const
{
    // The category drawn first: on top (horizontal), on the left (stacked).
    if (!m_horizontal || nextRowBelow() > 0)
        return 0;
    return std::max(0, model()->rowCount() - 1);
}

bool BarChartView::key(int key)
{
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    if (rows == 0 || columns == 0)
        return false;
    int row = std::max(0, m_row);
    int column = m_column;
    // The arrows along the category axis go through the categories (the horizontal chart's
    // first on top, the stacked chart's first on the left); the others through the series
    // (Up to the bar above in a stack). With one series, every arrow goes through categories.
    const bool oneSeries = columns == 1;
    const int down = m_horizontal ? nextRowBelow() : 1;
    switch (key) {
    case Qt::Key_Up:
        if (m_horizontal || oneSeries)
            row -= down;
        else
            ++column;
        break;
    case Qt::Key_Down:
        if (m_horizontal || oneSeries)
            row += down;
        else
            --column;
        break;
    case Qt::Key_Left:
        if (!m_horizontal || oneSeries)
            --row;
        else
            --column;
        break;
    case Qt::Key_Right:
        if (!m_horizontal || oneSeries)
            ++row;
        else
            ++column;
        break;
    case Qt::Key_Home:
        row = firstRow();
        break;
    case Qt::Key_End:
        row = firstRow() == 0 ? rows - 1 : 0;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        moveTo(row, column);
        if (const auto& selection = model()->cell(m_row, m_column).selection)
            emit selected(*selection);
        return true;
    default:
        return false;
    }
    moveTo(row, column);
    return true;
}

bool BarChartView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view)
        return ChartView::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto* press = static_cast<QKeyEvent*>(event);
        if (press->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return false;
        return key(press->key());
    }
    case QEvent::FocusIn:
        ChartView::eventFilter(watched, event); // the card's frame first, then the bar
        moveTo(m_row >= 0 ? m_row : firstRow(), m_column);
        break;
    case QEvent::FocusOut:
        ChartView::eventFilter(watched, event);
        m_highlight->hide();
        break;
    case QEvent::Resize:
        relabel();
        break;
    default:
        break;
    }
    return false;
}
