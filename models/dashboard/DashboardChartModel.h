#pragma once

#include "dashboard/DashboardLeads.h"
#include "dashboard/DashboardTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

/// One value of a chart: a count or a duration, what it means in words, and for a rate the
/// interval and whether it rests on too few leads (drawn greyed); a selection when its leads
/// can be listed.
struct ChartCell
{
    double value = 0;
    QString toolTip;
    bool tooFew = false;
    std::optional<DashboardSelection> selection;
    std::optional<RateFigure> rate; ///< the rate that led to this count, if any
};

/// The figures behind one chart of the dashboard, in the shape every chart reads: a row per
/// category (a funnel step, a source, a grade…), a column per series (counts, hours).
struct ChartData
{
    enum class Kind
    {
        Funnel,      ///< column 0 ever reached, column 1 in order; drawn as a funnel
        Bars,        ///< horizontal bars, a set per column
        StackedBars, ///< vertical stacked bars, a set per column
        Quadrants    ///< fit × interest: rows sales_ready, nurture, advocate, park, unknown
    };
    Kind kind = Kind::Bars;
    QString name; ///< the report's table behind it ("funnel", "by_source"…): its CSV
    QString title;
    QString note;           ///< a line under the title: the unit, the SLA, what grey means
    QStringList categories; ///< a group's second line (after '\n') is its rate
    QStringList series;
    QList<QList<ChartCell>> cells; ///< [row][column]
};

/// A chart's figures as a table model (Qt Core only): what the chart layer (ui/charts) maps to
/// its series, a table view shows, and a click on a bar turns into a DashboardSelection.
class DashboardChartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        TooFewRole = Qt::UserRole + 1, ///< bool: a rate below the team's minimum count
        SelectableRole                 ///< bool: the cell's leads can be listed
    };

    explicit DashboardChartModel(QObject* parent = nullptr);

    void setChartData(ChartData data);
    const ChartData& chartData() const { return m_data; }
    const ChartCell& cell(int row, int column) const { return m_data.cells.at(row).at(column); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ChartData m_data;
};

/// Every chart of the dashboard from its figures, in the order the page shows them. Rep names
/// are turned back into ids for the drill-down with `repIds` (name → id).
namespace DashboardCharts {

QList<ChartData> build(const DashboardFigures& figures, const QHash<QString, qint64>& repIds);
/// A rate in few words: "12.5 % (5/40; 90 %: 6.0–22.1 %)".
QString shortRate(const RateFigure& rate);

} // namespace DashboardCharts
