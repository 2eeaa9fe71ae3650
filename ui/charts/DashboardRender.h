#pragma once

#include "ChartExport.h"
#include "dashboard/DashboardTypes.h"

#include <QHash>

/// The whole dashboard drawn without a window (the offscreen platform of `report --png/--pdf`):
/// a board laid out for a wide screen, written as PNG, SVG or PDF (a page per chart).
namespace DashboardRender {

/// Empty on success, else why not.
QString write(const DashboardFigures& figures, const QHash<QString, qint64>& repIds,
              const QString& path, ChartExport::Format format);

} // namespace DashboardRender
