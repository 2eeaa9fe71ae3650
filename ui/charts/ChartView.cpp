#include "ChartView.h"

#include "BarChartView.h"
#include "PaintedCharts.h"

#include <QAccessible>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QToolTip>
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
    // The figure the keyboard is on, under the plot while the plot has the focus.
    m_figure = new QLabel;
    m_figure->setObjectName(QStringLiteral("chartFigure"));
    m_figure->setWordWrap(true);
    m_figure->setTextFormat(Qt::PlainText);
    m_figure->hide();
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_note);
    connect(model, &QAbstractItemModel::modelReset, this, &ChartView::modelReset);
}

void ChartView::setPlot(QWidget* plot)
{
    m_plot = plot;
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->installEventFilter(this);
    m_layout->addWidget(plot, 1);
    m_layout->addWidget(m_figure);
}

QString ChartView::figure() const
{
    return m_figure->text();
}

QString ChartView::cellText(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_model->rowCount() || column >= m_model->columnCount())
        return {};
    return m_model->chartData().categories.value(row) + QLatin1Char('\n') +
           m_model->cell(row, column).toolTip;
}

void ChartView::showFigure(const QString& text, const QPoint& at)
{
    // One line under the plot, the parts apart; the tooltip keeps the lines.
    m_figure->setText(QString(text).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    m_figure->setVisible(m_plot && m_plot->hasFocus() && !text.isEmpty());
    if (!m_plot)
        return;
    m_plot->setAccessibleDescription(m_figure->text());
    if (QAccessible::isActive()) {
        QAccessibleEvent changed(m_plot, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }
    if (m_plot->hasFocus() && !text.isEmpty())
        QToolTip::showText(m_plot->mapToGlobal(at), text, m_plot);
}

void ChartView::clearFigure()
{
    m_figure->clear();
    m_figure->hide();
    if (m_plot)
        m_plot->setAccessibleDescription(QString());
}

bool ChartView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        const bool in = event->type() == QEvent::FocusIn;
        m_figure->setVisible(in && !m_figure->text().isEmpty());
        if (!in)
            QToolTip::hideText();
        update(); // the focus frame
        if (in)
            emit plotFocused();
    }
    return QFrame::eventFilter(watched, event);
}

void ChartView::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (!m_plot || !m_plot->hasFocus())
        return;
    // The card of the chart the keyboard is in: a frame in the highlight colour.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
}

void ChartView::modelReset()
{
    m_title->setText(m_model->chartData().title);
    m_note->setText(m_model->chartData().note);
    setAccessibleName(m_model->chartData().title);
    setAccessibleDescription(m_model->chartData().note);
    if (m_plot)
        m_plot->setAccessibleName(m_model->chartData().title);
    clearFigure();
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
