#include "DashboardBoard.h"

#include "ChartView.h"

#include <QGridLayout>

DashboardBoard::DashboardBoard(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardBoard"));
    setAutoFillBackground(true);
    m_grid = new QGridLayout(this);
    m_grid->setSpacing(10);
    // The charts' kinds come from empty figures: the same list, the same order, every time.
    for (ChartData& data : DashboardCharts::build(DashboardFigures(), {})) {
        auto* model = new DashboardChartModel(this);
        model->setChartData(std::move(data));
        ChartView* view = ChartView::create(model, this);
        connect(view, &ChartView::selected, this, &DashboardBoard::selected);
        m_models.append(model);
        m_charts.append(view);
    }
    place();
}

void DashboardBoard::setFigures(const DashboardFigures& figures,
                                const QHash<QString, qint64>& repIds)
{
    QList<ChartData> all = DashboardCharts::build(figures, repIds);
    for (int i = 0; i < all.size() && i < m_models.size(); ++i)
        m_models.at(i)->setChartData(std::move(all[i]));
    setInOrder(m_inOrder);
}

ChartView* DashboardBoard::chart(const QString& name) const
{
    for (ChartView* view : m_charts)
        if (view->model()->chartData().name == name)
            return view;
    return nullptr;
}

void DashboardBoard::setInOrder(bool inOrder)
{
    m_inOrder = inOrder;
    for (ChartView* view : m_charts)
        view->setInOrder(inOrder);
}

void DashboardBoard::setColumns(int columns)
{
    if (columns == m_columns || columns < 1)
        return;
    m_columns = columns;
    place();
}

void DashboardBoard::place()
{
    for (ChartView* view : m_charts)
        m_grid->removeWidget(view);
    for (int i = 0; i < m_charts.size(); ++i)
        // At the top of their row: a short chart beside a long one keeps its own height.
        m_grid->addWidget(m_charts.at(i), i / m_columns, i % m_columns, Qt::AlignTop);
    for (int column = 0; column < 3; ++column)
        m_grid->setColumnStretch(column, column < m_columns ? 1 : 0);
}
