#include "planning/KpiPlan.h"

#include <QJsonArray>

namespace {

int periodsPerYear(PlanPeriod period)
{
    switch (period) {
    case PlanPeriod::Month:
        return 12;
    case PlanPeriod::Quarter:
        return 4;
    case PlanPeriod::Year:
        break;
    }
    return 1;
}

QString percent(const Ratio& rate)
{
    return (rate * Ratio(100)).toDecimal(1) + QStringLiteral(" %");
}

QString rateText(const Ratio& rate)
{
    return rate.denominator() <= 12 && rate.numerator() < rate.denominator()
               ? QStringLiteral("%1/%2 (%3)")
                     .arg(rate.numerator())
                     .arg(rate.denominator())
                     .arg(percent(rate))
               : percent(rate);
}

PlanFigure neededFigure(const QString& key, const QString& label, const Ratio& exact,
                        const QString& basis)
{
    return {key, label, exact, exact.ceil(), basis, std::nullopt};
}

// SQLs, MQLs, worked and raw leads back from the opportunities, each through its measured rate.
void addFunnelSteps(KpiPlan& plan, const FunnelMeasures& measures, qint64 opportunities)
{
    qint64 needed = opportunities;
    for (int step = FunnelMeasures::Sql; step >= FunnelMeasures::Raw; --step) {
        const auto from = FunnelMeasures::Step(step);
        const std::optional<Ratio> rate = measures.rate(from);
        if (!rate) {
            const auto missing =
                measures.reached[from] == 0 ? from : FunnelMeasures::Step(step + 1);
            plan.gaps.append(
                KpiPlan::tr("%1 and the steps before: no measured conversion, as no "
                            "lead of the last 365 days reached %2.")
                    .arg(FunnelMeasures::stepLabel(from), FunnelMeasures::stepLabel(missing)));
            return;
        }
        const Ratio exact = Ratio(needed) / *rate;
        PlanFigure figure = neededFigure(
            FunnelMeasures::stepKey(from), FunnelMeasures::stepLabel(from), exact,
            KpiPlan::tr("measured: %1 of %2 reached %3 (%4)")
                .arg(measures.reached[step + 1])
                .arg(measures.reached[step])
                .arg(FunnelMeasures::stepLabel(FunnelMeasures::Step(step + 1)), percent(*rate)));
        figure.achieved = measures.achieved[step];
        plan.figures.append(figure);
        needed = figure.planned;
    }
}

void addCalls(KpiPlan& plan, const FunnelMeasures& measures)
{
    const PlanFigure* worked = plan.figure(FunnelMeasures::stepKey(FunnelMeasures::Worked));
    const std::optional<Ratio> perLead = measures.callsPerWorkedLead();
    if (!worked || !perLead) {
        if (worked)
            plan.gaps.append(KpiPlan::tr("Calls: the call log of the last 365 days is empty."));
        return;
    }
    const Ratio calls = Ratio(worked->planned) * *perLead;
    const std::optional<Ratio> connect = measures.connectRate();
    PlanFigure total = neededFigure(
        QStringLiteral("calls"), KpiPlan::tr("Calls"), calls,
        KpiPlan::tr("measured: %1 calls per worked lead, connect rate %2, %3 calls per connect")
            .arg(perLead->toDecimal(2), connect ? percent(*connect) : QStringLiteral("–"),
                 connect && connect->isPositive() ? (Ratio(1) / *connect).toDecimal(1)
                                                  : QStringLiteral("–")));
    total.achieved = measures.callsAchieved;
    plan.figures.append(total);
    if (measures.reps > 0 && plan.workingDays > 0) {
        const Ratio daily = Ratio(total.planned) / Ratio(qint64(measures.reps) * plan.workingDays);
        plan.figures.append(neededFigure(QStringLiteral("calls_per_rep_day"),
                                         KpiPlan::tr("Calls per rep and working day"), daily,
                                         KpiPlan::tr("%1 reps, %2 working days (Monday to Friday)")
                                             .arg(measures.reps)
                                             .arg(plan.workingDays)));
    }
}

void addSensitivity(KpiPlan& plan, const KpiPlanInput& input, qint64 neededOpportunities)
{
    const Ratio opportunities = input.opportunities.value_or(Ratio(neededOpportunities)) *
                                Ratio(periodsPerYear(input.period));
    const auto row = [&](const QString& key, const QString& label, const Ratio& opps,
                         const Ratio& close) {
        const Ratio deals = opps * close;
        const Ratio revenue = deals * input.averageDeal;
        const Ratio base = plan.sensitivity.isEmpty() ? revenue : plan.sensitivity.first().revenue;
        plan.sensitivity.append({key, label, opps, close, deals, revenue, revenue - base});
    };
    row(QStringLiteral("as_planned"), KpiPlan::tr("As planned"), opportunities, input.closeRate);
    for (const int uplift : {10, 20})
        row(QStringLiteral("close_rate_plus_%1").arg(uplift),
            KpiPlan::tr("Close rate %1 % better").arg(uplift), opportunities,
            input.closeRate * Ratio(100 + uplift, 100));
    row(QStringLiteral("opportunities_plus_10"),
        KpiPlan::tr("10 % more opportunities (better conversion to opportunity)"),
        opportunities * Ratio(110, 100), input.closeRate);
}

} // namespace

QStringList KpiPlan::problems(const KpiPlanInput& input)
{
    QStringList problems;
    if (!input.revenueTarget.isPositive())
        problems.append(tr("The revenue target must be more than 0."));
    if (!input.averageDeal.isPositive())
        problems.append(tr("The average deal must be more than 0."));
    if (!input.closeRate.isPositive() || Ratio(1) < input.closeRate)
        problems.append(tr("The close rate must be more than 0 and at most 100 %."));
    if (input.opportunities && input.opportunities->numerator() < 0)
        problems.append(tr("The opportunities cannot be negative."));
    return problems;
}

KpiPlan KpiPlan::compute(const KpiPlanInput& input, const std::optional<FunnelMeasures>& measures)
{
    KpiPlan plan;
    const Ratio deals = input.revenueTarget / input.averageDeal;
    plan.figures.append(neededFigure(QStringLiteral("deals"), tr("Deals"), deals,
                                     tr("revenue target ÷ average deal")));
    const Ratio opportunities = Ratio(deals.ceil()) / input.closeRate;
    plan.figures.append(neededFigure(QStringLiteral("opportunities"), tr("Opportunities"),
                                     opportunities,
                                     tr("deals ÷ close rate %1").arg(rateText(input.closeRate))));
    if (measures) {
        plan.workingDays = measures->span.workingDays();
        plan.reps = measures->reps;
        plan.figures[1].achieved = measures->achieved[FunnelMeasures::Opportunity];
        addFunnelSteps(plan, *measures, opportunities.ceil());
        addCalls(plan, *measures);
    }
    addSensitivity(plan, input, opportunities.ceil());
    return plan;
}

const PlanFigure* KpiPlan::figure(const QString& key) const
{
    for (const PlanFigure& figure : figures)
        if (figure.key == key)
            return &figure;
    return nullptr;
}

QJsonObject KpiPlan::toJson() const
{
    QJsonArray needed;
    for (const PlanFigure& figure : figures) {
        QJsonObject item{{QStringLiteral("key"), figure.key},
                         {QStringLiteral("planned"), figure.planned},
                         {QStringLiteral("exact"), figure.exact.toDecimal(4)},
                         {QStringLiteral("rounding"), QStringLiteral("up")},
                         {QStringLiteral("basis"), figure.basis}};
        if (figure.achieved)
            item.insert(QStringLiteral("achieved"), *figure.achieved);
        needed.append(item);
    }
    QJsonArray rows;
    for (const SensitivityRow& row : sensitivity)
        rows.append(
            QJsonObject{{QStringLiteral("key"), row.key},
                        {QStringLiteral("opportunities_per_year"), row.opportunities.toDecimal(2)},
                        {QStringLiteral("close_rate"), row.closeRate.toDecimal(4)},
                        {QStringLiteral("deals"), row.deals.toDecimal(2)},
                        {QStringLiteral("revenue"), row.revenue.toDecimal(2)},
                        {QStringLiteral("gain"), row.gain.toDecimal(2)}});
    QJsonObject json{{QStringLiteral("needed"), needed},
                     {QStringLiteral("sensitivity_per_year"), rows},
                     {QStringLiteral("gaps"), QJsonArray::fromStringList(gaps)}};
    if (workingDays > 0)
        json.insert(QStringLiteral("working_days"), workingDays);
    return json;
}

QString KpiPlan::toText() const
{
    QStringList lines{tr("Needed (rounded up to whole numbers):")};
    for (const PlanFigure& figure : figures) {
        QString line = QStringLiteral("  %1 %2   (%3: %4)")
                           .arg(figure.label + QLatin1Char(':'), -32)
                           .arg(figure.planned)
                           .arg(tr("exactly %1").arg(figure.exact.toDecimal(2)), figure.basis);
        if (figure.achieved)
            line += tr(" — achieved this period: %1").arg(*figure.achieved);
        lines.append(line);
    }
    for (const QString& gap : gaps)
        lines.append(tr("  Not planned: %1").arg(gap));
    lines.append(tr("Over a year (exact, not rounded):"));
    for (const SensitivityRow& row : sensitivity)
        lines.append(tr("  %1 %2 opportunities × %3 = %4 deals, revenue %5 (%6 more)")
                         .arg(row.label + QLatin1Char(':'), -62)
                         .arg(row.opportunities.toDecimal(1), percent(row.closeRate),
                              row.deals.toDecimal(2), row.revenue.toDecimal(2),
                              row.gain.toDecimal(2)));
    return lines.join(QLatin1Char('\n'));
}
