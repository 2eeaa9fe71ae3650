#pragma once

#include "dashboard/DashboardTypes.h"

#include <QJsonObject>

/// One table of figures behind a chart: what a CSV file, a table view or a chart series reads.
struct DashboardTable
{
    QString name; ///< file name without ".csv": "funnel", "by_source", …
    QStringList header;
    QList<QStringList> rows;
};

/// The dashboard's figures as JSON (complete and stable: keys never translated, every rate with
/// numerator, denominator, interval and the too-few flag), as readable text, and as tables.
namespace DashboardReport {

QJsonObject toJson(const DashboardFigures& figures);
QString toText(const DashboardFigures& figures);
QList<DashboardTable> tables(const DashboardFigures& figures);
/// The table as a CSV file's bytes (header row first; what `report --csv` and a chart's
/// "Export figures" write).
QByteArray csvBytes(const DashboardTable& table);
/// A rate for people: "12.5 % (5/40, 90 % interval 6.0–22.1 %)", marked when too few.
QString rateText(const RateFigure& rate);

} // namespace DashboardReport
