#include "dashboard/DashboardReport.h"

#include "export/CsvWriter.h"

#include <QBuffer>
#include <QJsonArray>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)
};

QJsonValue optionalNumber(qint64 value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

QJsonObject rateJson(const RateFigure& rate)
{
    return {{QStringLiteral("numerator"), rate.numerator},
            {QStringLiteral("denominator"), rate.denominator},
            {QStringLiteral("value"), rate.denominator > 0 ? QJsonValue(rate.value) : QJsonValue()},
            {QStringLiteral("low"), rate.denominator > 0 ? QJsonValue(rate.low) : QJsonValue()},
            {QStringLiteral("high"), rate.denominator > 0 ? QJsonValue(rate.high) : QJsonValue()},
            {QStringLiteral("too_few"), rate.tooFew}};
}

QJsonArray funnelJson(const std::array<FunnelStepFigure, funnelSteps>& steps)
{
    QJsonArray array;
    for (const FunnelStepFigure& step : steps)
        array.append(QJsonObject{{QStringLiteral("step"), DashboardFigures::stepKey(step.step)},
                                 {QStringLiteral("count"), step.count},
                                 {QStringLiteral("from_previous"), rateJson(step.fromPrevious)}});
    return array;
}

QJsonArray groupsJson(const QList<GroupFigure>& groups)
{
    QJsonArray array;
    for (const GroupFigure& group : groups) {
        QJsonObject reached;
        QJsonObject rates;
        for (int step = 0; step < funnelSteps; ++step) {
            reached.insert(DashboardFigures::stepKey(step), group.reached[step]);
            if (step > 0)
                rates.insert(DashboardFigures::stepKey(step), rateJson(group.rates[step]));
        }
        array.append(QJsonObject{{QStringLiteral("key"), group.key},
                                 {QStringLiteral("leads"), group.reached[0]},
                                 {QStringLiteral("reached"), reached},
                                 {QStringLiteral("rates"), rates}});
    }
    return array;
}

QJsonArray countsJson(const QList<CountFigure>& counts)
{
    QJsonArray array;
    for (const CountFigure& count : counts)
        array.append(QJsonObject{{QStringLiteral("key"), count.key},
                                 {QStringLiteral("count"), count.count}});
    return array;
}

QJsonValue optionalText(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString percent(double value)
{
    return QStringLiteral("%1 %").arg(value * 100, 0, 'f', 1);
}

QString number(qint64 value)
{
    return value < 0 ? QStringLiteral("–") : QString::number(value);
}

QStringList rateCells(const RateFigure& rate)
{
    const bool any = rate.denominator > 0;
    return {QString::number(rate.numerator),
            QString::number(rate.denominator),
            any ? QString::number(rate.value, 'f', 6) : QString(),
            any ? QString::number(rate.low, 'f', 6) : QString(),
            any ? QString::number(rate.high, 'f', 6) : QString(),
            rate.tooFew ? QStringLiteral("1") : QStringLiteral("0")};
}

QStringList rateHeader(const QString& prefix)
{
    QStringList header;
    for (const char* part : {"numerator", "denominator", "rate", "low90", "high90", "too_few"})
        header.append(prefix + QLatin1String(part));
    return header;
}

DashboardTable groupTable(const QString& name, const QList<GroupFigure>& groups)
{
    DashboardTable table{name, {QStringLiteral("key"), QStringLiteral("leads")}, {}};
    for (int step = 1; step < funnelSteps; ++step)
        table.header += rateHeader(DashboardFigures::stepKey(step) + QLatin1Char('_'));
    for (const GroupFigure& group : groups) {
        QStringList row{group.key, QString::number(group.reached[0])};
        for (int step = 1; step < funnelSteps; ++step)
            row += rateCells(group.rates[step]);
        table.rows.append(row);
    }
    return table;
}

void groupText(QString& out, const QString& title, const QList<GroupFigure>& groups)
{
    out += QStringLiteral("\n%1\n").arg(title);
    for (const GroupFigure& group : groups)
        out += Text::tr("  %1: %2 leads, %3 reached SQL, %4 became opportunities: %5\n")
                   .arg(DashboardFigures::keyLabel(group.key))
                   .arg(group.reached[0])
                   .arg(group.reached[3])
                   .arg(group.reached[4])
                   .arg(DashboardReport::rateText(group.rates[4]));
}

} // namespace

namespace DashboardReport {

QString rateText(const RateFigure& rate)
{
    if (rate.denominator == 0)
        return Text::tr("no leads");
    QString text = Text::tr("%1 (%2/%3, 90 % interval %4–%5)")
                       .arg(percent(rate.value))
                       .arg(rate.numerator)
                       .arg(rate.denominator)
                       .arg(percent(rate.low), percent(rate.high));
    if (rate.tooFew)
        text += Text::tr(" [too few]");
    return text;
}

QJsonObject toJson(const DashboardFigures& f)
{
    const DashboardFilter& filter = f.filter;
    QJsonObject filterJson{
        {QStringLiteral("from"),
         filter.from.isValid() ? QJsonValue(filter.from.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("to"),
         filter.to.isValid() ? QJsonValue(filter.to.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("source"), optionalText(filter.source)},
        {QStringLiteral("campaign"), optionalText(filter.campaign)},
        {QStringLiteral("rep_id"), filter.repId ? QJsonValue(*filter.repId) : QJsonValue()},
        {QStringLiteral("grade"), optionalText(filter.grade)}};
    QJsonArray stageTimes;
    for (const StageTimeFigure& stage : f.stageTimes)
        stageTimes.append(
            QJsonObject{{QStringLiteral("stage"), stage.stage},
                        {QStringLiteral("stays"), stage.stays},
                        {QStringLiteral("median_hours"), optionalNumber(stage.medianHours)},
                        {QStringLiteral("p90_hours"), optionalNumber(stage.p90Hours)}});
    const SpeedFigure& s = f.speed;
    QJsonArray calls;
    for (const CallOutcomeFigure& call : f.calls)
        calls.append(QJsonObject{{QStringLiteral("day"), call.day.toString(Qt::ISODate)},
                                 {QStringLiteral("rep"), call.rep},
                                 {QStringLiteral("outcome"), call.outcome},
                                 {QStringLiteral("count"), call.count}});
    return {{QStringLiteral("filter"), filterJson},
            {QStringLiteral("min_count"), f.minCount},
            {QStringLiteral("leads"), f.leads},
            {QStringLiteral("funnel"),
             QJsonObject{{QStringLiteral("ever_reached"), funnelJson(f.everReached)},
                         {QStringLiteral("in_order"), funnelJson(f.inOrder)}}},
            {QStringLiteral("by_source"), groupsJson(f.bySource)},
            {QStringLiteral("by_campaign"), groupsJson(f.byCampaign)},
            {QStringLiteral("by_rep"), groupsJson(f.byRep)},
            {QStringLiteral("by_week"), groupsJson(f.byWeek)},
            {QStringLiteral("stage_times"), stageTimes},
            {QStringLiteral("speed_to_lead"),
             QJsonObject{{QStringLiteral("sla_hours"), s.slaHours},
                         {QStringLiteral("leads"), s.leads},
                         {QStringLiteral("called"), s.called},
                         {QStringLiteral("not_called"), s.notCalled},
                         {QStringLiteral("within_sla"), rateJson(s.withinSla)},
                         {QStringLiteral("median_minutes"), optionalNumber(s.medianMinutes)},
                         {QStringLiteral("p90_minutes"), optionalNumber(s.p90Minutes)}}},
            {QStringLiteral("call_outcomes"), calls},
            {QStringLiteral("quadrants"), countsJson(f.quadrants)},
            {QStringLiteral("grades"), countsJson(f.grades)}};
}

QString toText(const DashboardFigures& f)
{
    QString out = Text::tr("%n lead(s) in the period.\n", nullptr, int(f.leads));
    out += Text::tr("\nFunnel (ever reached | in order)\n");
    for (int step = 0; step < funnelSteps; ++step) {
        out += QStringLiteral("  %1: %2 | %3\n")
                   .arg(DashboardFigures::stepLabel(step), -22)
                   .arg(f.everReached[step].count)
                   .arg(f.inOrder[step].count);
        if (step > 0)
            out += Text::tr("    conversion: %1 | %2\n")
                       .arg(rateText(f.everReached[step].fromPrevious),
                            rateText(f.inOrder[step].fromPrevious));
    }
    groupText(out, Text::tr("By source channel"), f.bySource);
    groupText(out, Text::tr("By campaign"), f.byCampaign);
    groupText(out, Text::tr("By rep"), f.byRep);
    groupText(out, Text::tr("By week of creation"), f.byWeek);
    out += Text::tr("\nTime in stage (hours: median, 90th percentile)\n");
    for (const StageTimeFigure& stage : f.stageTimes)
        out += Text::tr("  %1: %2 stays, median %3, p90 %4\n")
                   .arg(stage.stage)
                   .arg(stage.stays)
                   .arg(number(stage.medianHours), number(stage.p90Hours));
    const SpeedFigure& s = f.speed;
    out += Text::tr("\nSpeed to lead (SLA %1 h): %2 called, %3 not yet; within SLA %4; "
                    "median %5 min, p90 %6 min\n")
               .arg(s.slaHours)
               .arg(s.called)
               .arg(s.notCalled)
               .arg(rateText(s.withinSla), number(s.medianMinutes), number(s.p90Minutes));
    QMap<QString, QMap<QString, qint64>> perRep;
    for (const CallOutcomeFigure& call : f.calls)
        perRep[call.rep][call.outcome] += call.count;
    out += Text::tr("\nCall outcomes by rep (all days of the period)\n");
    for (auto rep = perRep.cbegin(); rep != perRep.cend(); ++rep) {
        QStringList parts;
        for (auto outcome = rep->cbegin(); outcome != rep->cend(); ++outcome)
            parts.append(QStringLiteral("%1 %2").arg(outcome.key()).arg(outcome.value()));
        out += QStringLiteral("  %1: %2\n")
                   .arg(DashboardFigures::keyLabel(rep.key()), parts.join(QStringLiteral(", ")));
    }
    out += Text::tr("\nOpen leads by fit × interest quadrant\n");
    for (const CountFigure& count : f.quadrants)
        out += QStringLiteral("  %1: %2\n")
                   .arg(DashboardFigures::keyLabel(count.key))
                   .arg(count.count);
    out += Text::tr("\nGrades\n");
    for (const CountFigure& count : f.grades)
        out += QStringLiteral("  %1: %2\n")
                   .arg(DashboardFigures::keyLabel(count.key))
                   .arg(count.count);
    return out;
}

QList<DashboardTable> tables(const DashboardFigures& f)
{
    QList<DashboardTable> all;
    DashboardTable funnel{QStringLiteral("funnel"),
                          QStringList{QStringLiteral("step"), QStringLiteral("ever_reached")} +
                              rateHeader(QStringLiteral("ever_")) +
                              QStringList{QStringLiteral("in_order")} +
                              rateHeader(QStringLiteral("in_order_")),
                          {}};
    for (int step = 0; step < funnelSteps; ++step)
        funnel.rows.append(QStringList{DashboardFigures::stepKey(step),
                                       QString::number(f.everReached[step].count)} +
                           rateCells(f.everReached[step].fromPrevious) +
                           QStringList{QString::number(f.inOrder[step].count)} +
                           rateCells(f.inOrder[step].fromPrevious));
    all.append(funnel);
    all.append(groupTable(QStringLiteral("by_source"), f.bySource));
    all.append(groupTable(QStringLiteral("by_campaign"), f.byCampaign));
    all.append(groupTable(QStringLiteral("by_rep"), f.byRep));
    all.append(groupTable(QStringLiteral("by_week"), f.byWeek));
    DashboardTable stages{QStringLiteral("stage_times"),
                          {QStringLiteral("stage"), QStringLiteral("stays"),
                           QStringLiteral("median_hours"), QStringLiteral("p90_hours")},
                          {}};
    for (const StageTimeFigure& stage : f.stageTimes)
        stages.rows.append({stage.stage, QString::number(stage.stays),
                            stage.medianHours < 0 ? QString() : QString::number(stage.medianHours),
                            stage.p90Hours < 0 ? QString() : QString::number(stage.p90Hours)});
    all.append(stages);
    const SpeedFigure& s = f.speed;
    all.append({QStringLiteral("speed_to_lead"),
                QStringList{QStringLiteral("sla_hours"), QStringLiteral("leads"),
                            QStringLiteral("called"), QStringLiteral("not_called")} +
                    rateHeader(QStringLiteral("within_sla_")) +
                    QStringList{QStringLiteral("median_minutes"), QStringLiteral("p90_minutes")},
                {QStringList{QString::number(s.slaHours), QString::number(s.leads),
                             QString::number(s.called), QString::number(s.notCalled)} +
                 rateCells(s.withinSla) +
                 QStringList{s.medianMinutes < 0 ? QString() : QString::number(s.medianMinutes),
                             s.p90Minutes < 0 ? QString() : QString::number(s.p90Minutes)}}});
    DashboardTable calls{QStringLiteral("call_outcomes"),
                         {QStringLiteral("day"), QStringLiteral("rep"), QStringLiteral("outcome"),
                          QStringLiteral("count")},
                         {}};
    for (const CallOutcomeFigure& call : f.calls)
        calls.rows.append(
            {call.day.toString(Qt::ISODate), call.rep, call.outcome, QString::number(call.count)});
    all.append(calls);
    for (const auto& [name, counts] : {std::pair{QStringLiteral("quadrants"), &f.quadrants},
                                       std::pair{QStringLiteral("grades"), &f.grades}}) {
        DashboardTable table{name, {QStringLiteral("key"), QStringLiteral("count")}, {}};
        for (const CountFigure& count : *counts)
            table.rows.append({count.key, QString::number(count.count)});
        all.append(table);
    }
    return all;
}

QByteArray csvBytes(const DashboardTable& table)
{
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(bytes, {});
        writer.writeRow(table.header);
        for (const QStringList& row : table.rows)
            writer.writeRow(row);
        writer.flush();
    }
    return bytes.data();
}

} // namespace DashboardReport
