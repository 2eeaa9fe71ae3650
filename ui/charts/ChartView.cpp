#include "ChartView.h"

#include "BarChartView.h"
#include "PaintedCharts.h"

#include <QLabel>
#include <QVBoxLayout>
#include <iterator>

ChartView* ChartView::create(DashboardChartModel* model, QWidget* parent)
{
    ChartView* view = nullptr;
    switch (model->chartData().kind) {
    case ChartData::Kind::Funnel:
        view = new FunnelChartView(model, parent);
        break;
    case ChartData::Kind::Quadrants:
        view = new QuadrantChartView(model, parent);
        break;
    case ChartData::Kind::Bars:
    case ChartData::Kind::StackedBars:
        view = new BarChartView(model, parent);
        break;
    }
    view->modelReset();
    return view;
}

ChartView::ChartView(DashboardChartModel* model, QWidget* parent)
    : QFrame(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("chart_") + model->chartData().name);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_layout = new QVBoxLayout(this);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_note);
    connect(model, &QAbstractItemModel::modelReset, this, &ChartView::modelReset);
}

void ChartView::setPlot(QWidget* plot)
{
    m_layout->addWidget(plot, 1);
}

void ChartView::modelReset()
{
    m_title->setText(m_model->chartData().title);
    m_note->setText(m_model->chartData().note);
    setAccessibleName(m_model->chartData().title);
    refresh();
}

QColor ChartView::tooFewColour()
{
    return QColor(0xbd, 0xbd, 0xbd);
}

QColor ChartView::seriesColour(int index)
{
    // Colour-blind safe (Okabe–Ito), dark enough for white labels.
    static const QColor colours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                     QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0xd5, 0x5e, 0x00), QColor(0x56, 0xb4, 0xe9),
                                     QColor(0x99, 0x99, 0x33)};
    return colours[index % std::size(colours)];
}
