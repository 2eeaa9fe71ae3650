#include "dashboard/DashboardChartModel.h"

#include "dashboard/DashboardReport.h"
#include "domain/Vocabulary.h"

#include <QLocale>
#include <functional>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
};

using Kind = DashboardSelection::Kind;

// A stored key for people: the vocabulary's label, "(unknown)" for the empty bucket, else as is.
template <typename E> QString label(const QString& key)
{
    if (key.isEmpty())
        return DashboardFigures::keyLabel(key);
    const std::optional<E> value = fromKey<E>(key);
    return value ? labelOf(*value) : key;
}

QString percent(double value)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(value * 100, 'f', 1));
}

ChartCell countCell(qint64 count, const QString& what, std::optional<DashboardSelection> selection)
{
    return {double(count), Text::tr("%1: %2").arg(what).arg(count), false, std::move(selection),
            std::nullopt};
}

// A step's count with the rate that led there: greyed when the rate rests on too few leads.
ChartCell rateCell(qint64 count, const QString& what, const RateFigure& rate,
                   std::optional<DashboardSelection> selection)
{
    ChartCell cell = countCell(count, what, std::move(selection));
    cell.toolTip += QLatin1Char('\n') + DashboardReport::rateText(rate);
    cell.tooFew = rate.tooFew && rate.denominator > 0;
    cell.rate = rate;
    return cell;
}

ChartData funnel(const DashboardFigures& f)
{
    ChartData data{ChartData::Kind::Funnel,
                   QStringLiteral("funnel"),
                   Text::tr("Funnel"),
                   Text::tr("Leads created in the period that reached each step; grey: a rate "
                            "below the minimum of %n lead(s), with its 90 % interval",
                            nullptr, f.minCount),
                   {},
                   {Text::tr("Ever reached"), Text::tr("In order")},
                   {}};
    for (int step = 0; step < funnelSteps; ++step) {
        const QString name = DashboardFigures::stepLabel(step);
        data.categories.append(name);
        const auto cellOf = [&](const FunnelStepFigure& figure, Kind kind) {
            DashboardSelection selection{kind, {}, step};
            if (step == 0)
                return countCell(figure.count, name, selection);
            return rateCell(figure.count, name, figure.fromPrevious, selection);
        };
        data.cells.append({cellOf(f.everReached[step], Kind::EverReached),
                           cellOf(f.inOrder[step], Kind::InOrder)});
    }
    return data;
}

// Leads, SQLs and opportunities of each group; the category names the opportunity rate with
// its interval, the bars are counts whose leads a click lists.
ChartData groups(const QString& name, const QString& title, const QList<GroupFigure>& list,
                 Kind kind, const std::function<QString(const QString&)>& selectionKey,
                 const std::function<QString(const QString&)>& keyLabel)
{
    ChartData data{ChartData::Kind::Bars,
                   name,
                   title,
                   Text::tr("Leads, SQLs and opportunities; the rate is opportunities per lead "
                            "(90 % interval); grey: too few leads for a rate"),
                   {},
                   {DashboardFigures::stepLabel(0), DashboardFigures::stepLabel(3),
                    DashboardFigures::stepLabel(4)},
                   {}};
    for (const GroupFigure& group : list) {
        const RateFigure& rate = group.rates[4];
        // Two lines: the group, then its rate with numerator, denominator and interval.
        data.categories.append(
            QStringLiteral("%1\n%2").arg(keyLabel(group.key), DashboardCharts::shortRate(rate)));
        QList<ChartCell> row;
        for (const int step : {0, 3, 4}) {
            const DashboardSelection selection{kind, selectionKey(group.key), step};
            const QString what = DashboardFigures::stepLabel(step);
            row.append(step == 0
                           ? countCell(group.reached[step], what, selection)
                           : rateCell(group.reached[step], what, group.rates[step], selection));
        }
        data.cells.append(row);
    }
    return data;
}

ChartData stageTimes(const DashboardFigures& f)
{
    ChartData data{ChartData::Kind::Bars,
                   QStringLiteral("stage_times"),
                   Text::tr("Time in stage"),
                   Text::tr("Hours, over completed stays: median and 90th percentile"),
                   {},
                   {Text::tr("Median"), Text::tr("90th percentile")},
                   {}};
    for (const StageTimeFigure& stage : f.stageTimes) {
        data.categories.append(label<Stage>(stage.stage));
        const auto hours = [&](qint64 value, const QString& what) {
            return ChartCell{double(std::max<qint64>(value, 0)),
                             value < 0
                                 ? Text::tr("%1: no completed stay").arg(what)
                                 : Text::tr("%1: %2 h over %n stay(s)", nullptr, int(stage.stays))
                                       .arg(what)
                                       .arg(value),
                             false, std::nullopt, std::nullopt};
        };
        data.cells.append(
            {hours(stage.medianHours, data.series[0]), hours(stage.p90Hours, data.series[1])});
    }
    return data;
}

ChartData speed(const DashboardFigures& f)
{
    const SpeedFigure& s = f.speed;
    const QString minutes = [&] {
        if (s.medianMinutes < 0)
            return Text::tr("no lead called yet");
        return Text::tr("median %1 min, 90th percentile %2 min")
            .arg(s.medianMinutes)
            .arg(s.p90Minutes);
    }();
    ChartData data{ChartData::Kind::Bars,
                   QStringLiteral("speed_to_lead"),
                   Text::tr("Speed to lead (SLA %n h)", nullptr, s.slaHours),
                   Text::tr("Creation to first call attempt: %1; within SLA %2")
                       .arg(minutes, DashboardCharts::shortRate(s.withinSla)),
                   {Text::tr("Within SLA"), Text::tr("Over SLA"), Text::tr("Not called")},
                   {Text::tr("Leads")},
                   {}};
    ChartCell within = rateCell(s.withinSla.numerator, data.categories[0], s.withinSla,
                                DashboardSelection{Kind::WithinSla, {}, 0});
    data.cells.append({within});
    data.cells.append({countCell(s.called - s.withinSla.numerator, data.categories[1],
                                 DashboardSelection{Kind::OverSla, {}, 0})});
    data.cells.append(
        {countCell(s.notCalled, data.categories[2], DashboardSelection{Kind::NotCalled, {}, 0})});
    return data;
}

// Calls by rep and day (a bar each, the day first), stacked by outcome. A long period would
// make hundreds of bars: then by rep and week, or by rep and month (the CSV keeps the days).
ChartData calls(const DashboardFigures& f)
{
    ChartData data{ChartData::Kind::StackedBars,
                   QStringLiteral("call_outcomes"),
                   Text::tr("Call outcomes per rep and day"),
                   Text::tr("Calls made in the period, by the rep who called"),
                   {},
                   {},
                   {}};
    QStringList outcomes;
    for (const CallOutcomeFigure& call : f.calls)
        if (!outcomes.contains(call.outcome))
            outcomes.append(call.outcome);
    std::sort(outcomes.begin(), outcomes.end());
    for (const QString& outcome : outcomes)
        data.series.append(label<CallOutcome>(outcome));
    enum Span
    {
        Day,
        Week,
        Month
    };
    const auto startOf = [](const QDate& day, Span span) {
        if (span == Week)
            return DashboardBuckets::dateOfDay(
                DashboardBuckets::weekOf(DashboardBuckets::dayOf(day)));
        if (span == Month)
            return QDate(day.year(), day.month(), 1);
        return day;
    };
    QMap<QPair<QDate, QString>, QHash<QString, qint64>> bars;
    Span span = Day;
    for (; span <= Month; span = Span(span + 1)) {
        bars.clear();
        for (const CallOutcomeFigure& call : f.calls)
            bars[{startOf(call.day, span), call.rep}][call.outcome] += call.count;
        if (bars.size() <= 60)
            break;
    }
    span = std::min(span, Month);
    if (span == Week)
        data.title = Text::tr("Call outcomes per rep and week");
    else if (span == Month)
        data.title = Text::tr("Call outcomes per rep and month");
    for (auto bar = bars.cbegin(); bar != bars.cend(); ++bar) {
        const QString when = span == Month
                                 ? QLocale().toString(bar.key().first, QStringLiteral("MMM yyyy"))
                                 : QLocale().toString(bar.key().first, QLocale::ShortFormat);
        data.categories.append(
            QStringLiteral("%1 %2").arg(when, DashboardFigures::keyLabel(bar.key().second)));
        QList<ChartCell> row;
        for (int i = 0; i < outcomes.size(); ++i)
            row.append(countCell(bar->value(outcomes[i]), data.series[i], std::nullopt));
        data.cells.append(row);
    }
    return data;
}

ChartData counts(ChartData::Kind chartKind, const QString& name, const QString& title,
                 const QString& note, const QStringList& keys, const QList<CountFigure>& list,
                 Kind kind, const std::function<QString(const QString&)>& keyLabel)
{
    ChartData data{chartKind, name, title, note, {}, {Text::tr("Leads")}, {}};
    // Every expected bucket (zero when empty), then whatever else the store holds.
    QStringList all = keys;
    for (const CountFigure& count : list)
        if (!all.contains(count.key))
            all.append(count.key);
    for (const QString& key : all) {
        qint64 value = 0;
        for (const CountFigure& count : list)
            if (count.key == key)
                value = count.count;
        data.categories.append(keyLabel(key));
        data.cells.append({countCell(value, keyLabel(key), DashboardSelection{kind, key, 0})});
    }
    return data;
}

} // namespace

DashboardChartModel::DashboardChartModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DashboardChartModel::setChartData(ChartData data)
{
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

int DashboardChartModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_data.cells.size());
}

int DashboardChartModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_data.series.size());
}

QVariant DashboardChartModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ChartCell& c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c.value;
    case Qt::ToolTipRole:
        return c.toolTip;
    case TooFewRole:
        return c.tooFew;
    case SelectableRole:
        return c.selection.has_value();
    default:
        return {};
    }
}

QVariant DashboardChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const QStringList& names = orientation == Qt::Horizontal ? m_data.series : m_data.categories;
    return section >= 0 && section < names.size() ? QVariant(names.at(section)) : QVariant();
}

namespace DashboardCharts {

QString shortRate(const RateFigure& rate)
{
    if (rate.denominator == 0)
        return Text::tr("no leads");
    return Text::tr("%1 (%2/%3; 90 %: %4–%5)")
        .arg(percent(rate.value))
        .arg(rate.numerator)
        .arg(rate.denominator)
        .arg(percent(rate.low), percent(rate.high));
}

QList<ChartData> build(const DashboardFigures& f, const QHash<QString, qint64>& repIds)
{
    const auto same = [](const QString& key) { return key; };
    const auto plain = [](const QString& key) { return DashboardFigures::keyLabel(key); };
    const auto repId = [&repIds](const QString& name) {
        return QString::number(name.isEmpty() ? 0 : repIds.value(name, -1));
    };
    QStringList grades;
    for (const Grade grade : allValues<Grade>())
        grades.append(keyOf(grade));
    grades.append(QString());
    QStringList quadrants;
    for (const Quadrant quadrant : allValues<Quadrant>())
        quadrants.append(keyOf(quadrant));
    quadrants.append(QString());
    return {funnel(f),
            groups(QStringLiteral("by_source"), Text::tr("Conversion by source channel"),
                   f.bySource, Kind::Source, same, label<SourceChannel>),
            groups(QStringLiteral("by_campaign"), Text::tr("Conversion by campaign"), f.byCampaign,
                   Kind::Campaign, same, plain),
            groups(QStringLiteral("by_rep"), Text::tr("Conversion by rep"), f.byRep, Kind::Rep,
                   repId, plain),
            groups(QStringLiteral("by_week"), Text::tr("Conversion by week of creation"), f.byWeek,
                   Kind::Week, same, plain),
            stageTimes(f),
            speed(f),
            calls(f),
            counts(ChartData::Kind::Quadrants, QStringLiteral("quadrants"),
                   Text::tr("Fit × interest of open leads"),
                   Text::tr("Open leads (not handed off or disqualified) by quadrant"), quadrants,
                   f.quadrants, Kind::Quadrant, label<Quadrant>),
            counts(ChartData::Kind::Bars, QStringLiteral("grades"), Text::tr("Grades"),
                   Text::tr("Leads created in the period by grade"), grades, f.grades, Kind::Grade,
                   plain)};
}

} // namespace DashboardCharts
