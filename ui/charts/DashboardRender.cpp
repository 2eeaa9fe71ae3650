#include "DashboardRender.h"

#include "ChartView.h"
#include "DashboardBoard.h"

#include <QCoreApplication>

namespace DashboardRender {

QString write(const DashboardFigures& figures, const QHash<QString, qint64>& repIds,
              const QString& path, ChartExport::Format format)
{
    DashboardBoard board;
    board.setAttribute(Qt::WA_DontShowOnScreen);
    board.setColumns(3);
    board.setFigures(figures, repIds);
    board.resize(1800, 10);
    board.show();
    board.resize(1800, board.sizeHint().height());
    QCoreApplication::processEvents();
    QList<QWidget*> pages;
    for (ChartView* chart : board.charts())
        pages.append(chart);
    return ChartExport::write(board, path, format,
                              QCoreApplication::translate("DashboardRender", "Dashboard"), pages);
}

} // namespace DashboardRender
