#include "PaintedCharts.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace {

/// The plot of a painted chart: paints through the view, maps the mouse and keys to items.
class Canvas : public QWidget
{
public:
    explicit Canvas(PaintedChartView* view)
        : m_view(view)
    {
        setObjectName(QStringLiteral("chartPlot"));
        setFocusPolicy(Qt::StrongFocus);
        setMouseTracking(true);
        setMinimumHeight(220);
    }

    void reset() { m_current = -1; }
    int current() const { return m_current; }
    /// Shows the current item's figure again (its figures or the funnel's mode changed).
    void showCurrent()
    {
        const QList<QRectF> rects = m_view->itemRects(size());
        if (hasFocus() && m_current >= 0 && m_current < rects.size())
            m_view->itemFocused(m_current, rects.at(m_current).center().toPoint());
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        m_view->paintPlot(painter, size(), hasFocus() ? qMax(0, m_current) : -1);
    }

    int itemAt(const QPointF& point) const
    {
        const QList<QRectF> rects = m_view->itemRects(size());
        for (int item = 0; item < rects.size(); ++item)
            if (rects.at(item).contains(point))
                return item;
        return -1;
    }

    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(event);
            const int item = itemAt(help->pos());
            if (item < 0) {
                QToolTip::hideText();
            } else {
                QString text =
                    m_view->itemName(item) + QLatin1Char('\n') + m_view->itemCell(item).toolTip;
                if (m_view->itemCell(item).selection)
                    text += QLatin1Char('\n') + PaintedChartView::tr("Click to list these leads.");
                QToolTip::showText(help->globalPos(), text, this);
            }
            return true;
        }
        return QWidget::event(event);
    }

    void mouseMoveEvent(QMouseEvent* event) override
    {
        const int item = itemAt(event->position());
        setCursor(item >= 0 && m_view->itemCell(item).selection ? Qt::PointingHandCursor
                                                                : Qt::ArrowCursor);
    }

    void mouseReleaseEvent(QMouseEvent* event) override
    {
        const int item = itemAt(event->position());
        if (event->button() == Qt::LeftButton && item >= 0) {
            m_current = item;
            update();
            showCurrent();
            choose(item);
        }
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        const int count = int(m_view->itemRects(size()).size());
        if (count == 0 || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
            QWidget::keyPressEvent(event);
            return;
        }
        switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_Left:
            m_current = qMax(0, m_current - 1);
            break;
        case Qt::Key_Down:
        case Qt::Key_Right:
            m_current = qMin(count - 1, m_current + 1);
            break;
        case Qt::Key_Home:
            m_current = 0;
            break;
        case Qt::Key_End:
            m_current = count - 1;
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (m_current >= 0 && m_current < count)
                choose(m_current);
            return;
        default:
            QWidget::keyPressEvent(event);
            return;
        }
        update();
        showCurrent();
    }

    void focusInEvent(QFocusEvent* event) override
    {
        if (m_current < 0)
            m_current = 0;
        QWidget::focusInEvent(event);
        showCurrent();
    }

private:
    void choose(int item)
    {
        if (const auto& selection = m_view->itemCell(item).selection)
            emit m_view->selected(*selection);
    }

    PaintedChartView* m_view;
    int m_current = -1;
};

QString percentText(double value)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(value * 100, 'f', 1));
}

} // namespace

PaintedChartView::PaintedChartView(DashboardChartModel* model, QWidget* parent)
    : ChartView(model, parent)
{
    m_canvas = new Canvas(this);
    setPlot(m_canvas);
}

void PaintedChartView::refresh()
{
    auto* canvas = static_cast<Canvas*>(m_canvas);
    if (!canvas->hasFocus())
        canvas->reset();
    else if (canvas->current() >= model()->rowCount())
        canvas->reset();
    canvas->showCurrent();
    m_canvas->update();
}

QPoint PaintedChartView::current() const
{
    const int item = static_cast<Canvas*>(m_canvas)->current();
    return item < 0 ? QPoint(-1, -1) : QPoint(itemColumn(), item);
}

void PaintedChartView::itemFocused(int item, const QPoint& at)
{
    showFigure(itemName(item) + QLatin1Char('\n') + itemCell(item).toolTip, at);
}

FunnelChartView::FunnelChartView(DashboardChartModel* model, QWidget* parent)
    : PaintedChartView(model, parent)
{
    canvas()->setMinimumHeight(260);
}

void FunnelChartView::setInOrder(bool inOrder)
{
    m_column = inOrder ? 1 : 0;
    static_cast<Canvas*>(canvas())->showCurrent();
    canvas()->update();
}

QList<QList<double>> FunnelChartView::plottedValues() const
{
    QList<double> values;
    for (int row = 0; row < model()->rowCount(); ++row)
        values.append(model()->cell(row, m_column).value);
    return {values};
}

const ChartCell& FunnelChartView::itemCell(int item) const
{
    return model()->cell(item, m_column);
}

QString FunnelChartView::itemName(int item) const
{
    return model()->chartData().categories.value(item) + QStringLiteral(" (") +
           model()->chartData().series.value(m_column) + QLatin1Char(')');
}

QList<QRectF> FunnelChartView::itemRects(const QSizeF& size) const
{
    const int rows = model()->rowCount();
    QList<QRectF> rects;
    if (rows == 0)
        return rects;
    const double area = size.width() * 0.56;
    // Rows of at most 56 pixels, the funnel at the top of a tall card.
    const double height = std::min(56.0, size.height() / rows);
    const double top = std::max(1.0, model()->cell(0, m_column).value);
    for (int row = 0; row < rows; ++row) {
        const double share = std::clamp(model()->cell(row, m_column).value / top, 0.0, 1.0);
        const double width = std::max(area * 0.04, area * share);
        rects.append(QRectF((area - width) / 2, row * height + 2, width, height - 4));
    }
    return rects;
}

void FunnelChartView::paintPlot(QPainter& painter, const QSizeF& size, int current) const
{
    const QList<QRectF> rects = itemRects(size);
    const double area = size.width() * 0.56;
    const QPalette colours = palette();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (int row = 0; row < rects.size(); ++row) {
        const ChartCell& cell = model()->cell(row, m_column);
        const QRectF bar = rects.at(row);
        // Each bar joins the one below with a trapeze, so the steps read as one funnel.
        if (row + 1 < rects.size()) {
            const QRectF next = rects.at(row + 1);
            const QPolygonF neck{{bar.left(), bar.bottom()},
                                 {bar.right(), bar.bottom()},
                                 {next.right(), next.top()},
                                 {next.left(), next.top()}};
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x56, 0xb4, 0xe9, 60));
            painter.drawPolygon(neck);
        }
        painter.setPen(row == current ? QPen(colours.color(QPalette::Highlight), 3) : Qt::NoPen);
        // A light fill: the step's name and count stay legible over a bar narrower than them.
        painter.setBrush(cell.tooFew ? tooFewColour() : seriesColour(5));
        painter.drawRect(bar);
        const QString name = model()->chartData().categories.value(row);
        const QString count = QLocale().toString(qint64(cell.value));
        painter.setPen(QColor(0x10, 0x10, 0x10));
        painter.setFont(font());
        painter.drawText(QRectF(0, bar.top(), area, bar.height()), Qt::AlignCenter,
                         QStringLiteral("%1: %2").arg(name, count));
        if (row == 0)
            continue;
        // The conversion from the step above: the rate, its numerator and denominator, and the
        // 90 % interval on a second line; grey when it rests on too few leads.
        const QRectF text(area + 8, bar.top(), size.width() - area - 8, bar.height());
        painter.setPen(cell.tooFew ? tooFewColour().darker(150) : colours.color(QPalette::Text));
        QFont rateFont = font();
        rateFont.setBold(!cell.tooFew);
        rateFont.setItalic(cell.tooFew);
        painter.setFont(rateFont);
        const RateFigure rate = cell.rate.value_or(RateFigure());
        if (rate.denominator == 0) {
            painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                             tr("→ no leads"));
            continue;
        }
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                         tr("→ %1 (%2/%3)")
                             .arg(percentText(rate.value))
                             .arg(rate.numerator)
                             .arg(rate.denominator));
        painter.setFont(small);
        const QString interval =
            tr("90 %: %1–%2").arg(percentText(rate.low), percentText(rate.high));
        // The interval, and for a greyed rate why, wrapped on a narrow card.
        painter.drawText(text.adjusted(0, painter.fontMetrics().height() + 4, 0, 20),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         cell.tooFew ? tr("%1 · too few leads").arg(interval) : interval);
    }
}

QuadrantChartView::QuadrantChartView(DashboardChartModel* model, QWidget* parent)
    : PaintedChartView(model, parent)
{}

QList<QList<double>> QuadrantChartView::plottedValues() const
{
    QList<double> values;
    for (int row = 0; row < model()->rowCount(); ++row)
        values.append(model()->cell(row, 0).value);
    return {values};
}

const ChartCell& QuadrantChartView::itemCell(int item) const
{
    return model()->cell(item, 0);
}

QString QuadrantChartView::itemName(int item) const
{
    return model()->chartData().categories.value(item);
}

QList<QRectF> QuadrantChartView::itemRects(const QSizeF& size) const
{
    // Rows: sales-ready (fit and interest high), nurture (fit high), advocate (interest high),
    // park (both low), then unknown and any other bucket beneath the grid.
    const double axis = 26;
    const double strip = 34;
    const double width = (size.width() - axis) / 2;
    const double height = (size.height() - axis - strip) / 2;
    QList<QRectF> rects{QRectF(axis + width, 0, width, height), QRectF(axis, 0, width, height),
                        QRectF(axis + width, height, width, height),
                        QRectF(axis, height, width, height)};
    const int extra = model()->rowCount() - 4;
    for (int i = 0; i < extra; ++i)
        rects.append(QRectF(axis + i * 2 * width / extra, size.height() - strip + 4,
                            2 * width / extra, strip - 4));
    return rects.mid(0, model()->rowCount());
}

void QuadrantChartView::paintPlot(QPainter& painter, const QSizeF& size, int current) const
{
    const QList<QRectF> rects = itemRects(size);
    double total = 0;
    for (int row = 0; row < model()->rowCount(); ++row)
        total += model()->cell(row, 0).value;
    const QPalette colours = palette();
    for (int item = 0; item < rects.size(); ++item) {
        const double value = model()->cell(item, 0).value;
        const double share = total > 0 ? value / total : 0;
        QColor fill = item < 4 ? seriesColour(item == 0 ? 2 : item == 3 ? 6 : 1) : tooFewColour();
        fill.setAlphaF(float(0.15 + 0.75 * share));
        painter.setPen(item == current ? QPen(colours.color(QPalette::Highlight), 3)
                                       : QPen(colours.color(QPalette::Mid), 1));
        painter.setBrush(fill);
        painter.drawRect(rects.at(item).adjusted(2, 2, -2, -2));
        painter.setPen(colours.color(QPalette::Text));
        painter.drawText(
            rects.at(item), Qt::AlignCenter | Qt::TextWordWrap,
            QStringLiteral("%1\n%2 (%3)")
                .arg(itemName(item), QLocale().toString(qint64(value)), percentText(share)));
    }
    const double axis = 26;
    const double strip = 34;
    painter.setPen(colours.color(QPalette::PlaceholderText));
    const double gridHeight = size.height() - axis - strip;
    painter.drawText(QRectF(axis, gridHeight, size.width() - axis, axis), Qt::AlignCenter,
                     tr("Interest: low → high"));
    painter.save();
    painter.translate(0, gridHeight);
    painter.rotate(-90);
    painter.drawText(QRectF(0, 0, gridHeight, axis), Qt::AlignCenter, tr("Fit: low → high"));
    painter.restore();
}
