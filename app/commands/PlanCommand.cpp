#include "CommandFrame.h"
#include "CommandSupport.h"
#include "import/NumberReading.h"
#include "planning/KpiPlan.h"
#include "store/Store.h"

#include <cmath>

// leadscout plan: the reverse funnel from a revenue target. Without --db it plans deals and
// opportunities (and the sensitivity table); with --db the steps below come from the store's
// measured conversion rates and call log, shown against what the period achieved.

namespace {

struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)
};

// An amount as people write it ("100000", "100000 €", "4.000,50", "1,5 Mio"), to the cent;
// nothing (and why in `why`) when it cannot be read or could be read two ways ("100.000").
std::optional<Ratio> readAmount(const QString& text, QString& why)
{
    const ReadNumber read = NumberReading::read(text);
    why = read.reason();
    if (!read.number || !std::isfinite(*read.number) || std::abs(*read.number) > 1e13)
        return std::nullopt;
    return Ratio(std::llround(*read.number * 100.0), 100);
}

std::optional<PlanPeriod> readPeriod(const QString& text)
{
    if (text.isEmpty() || text == QLatin1String("month"))
        return PlanPeriod::Month;
    if (text == QLatin1String("quarter"))
        return PlanPeriod::Quarter;
    if (text == QLatin1String("year"))
        return PlanPeriod::Year;
    return std::nullopt;
}

// The input from the options; a usage error (exit 2) names the option that cannot be read.
std::optional<int> readInput(const CommandFrame& frame, KpiPlanInput& input)
{
    const auto amount = [&](const char* name, Ratio& target) -> std::optional<int> {
        const QString option = QString::fromLatin1(name);
        if (!frame.isSet(option))
            return frame.usageError(PlanText::tr("--%1 is needed.").arg(option));
        QString why;
        const std::optional<Ratio> value = readAmount(frame.value(option), why);
        if (!value)
            return frame.usageError(
                PlanText::tr("--%1 \"%2\" is not an amount%3.")
                    .arg(option, frame.value(option),
                         why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
        target = *value;
        return std::nullopt;
    };
    if (const auto stop = amount("revenue-target", input.revenueTarget))
        return stop;
    if (const auto stop = amount("average-deal", input.averageDeal))
        return stop;
    const QString close = frame.value(QStringLiteral("close-rate"));
    const std::optional<Ratio> rate = Ratio::parse(close);
    if (!rate)
        return frame.usageError(
            PlanText::tr("--close-rate \"%1\" is not a rate: write 33.3%, 0.333 or 1/3.")
                .arg(close));
    input.closeRate = *rate;
    const std::optional<PlanPeriod> period = readPeriod(frame.value(QStringLiteral("period")));
    if (!period)
        return frame.usageError(PlanText::tr("--period is month, quarter or year."));
    input.period = *period;
    if (frame.isSet(QStringLiteral("opportunities"))) {
        const std::optional<Ratio> given =
            Ratio::parse(frame.value(QStringLiteral("opportunities")));
        if (!given)
            return frame.usageError(PlanText::tr("--opportunities is a number per period."));
        input.opportunities = *given;
    }
    if (const QStringList problems = KpiPlan::problems(input); !problems.isEmpty())
        return frame.usageError(problems.join(QLatin1Char(' ')));
    return std::nullopt;
}

int runPlan(const QStringList& arguments)
{
    CommandFrame frame(QStringLiteral("plan"));
    frame.addOptions(
        "PlanCommand",
        {{"revenue-target", QT_TRANSLATE_NOOP("PlanCommand", "Revenue to reach in the period."),
          "X"},
         {"average-deal", QT_TRANSLATE_NOOP("PlanCommand", "Revenue of an average deal."), "Y"},
         {"close-rate",
          QT_TRANSLATE_NOOP("PlanCommand", "Share of opportunities won: 33.3%, 0.333 or 1/3."),
          "R"},
         {"period", QT_TRANSLATE_NOOP("PlanCommand", "month (default), quarter or year."),
          "PERIOD"},
         {"opportunities",
          QT_TRANSLATE_NOOP("PlanCommand", "Opportunities the pipeline gives per period, for "
                                           "the sensitivity table (default: the needed ones)."),
          "N"},
         {"json", QT_TRANSLATE_NOOP("PlanCommand", "Print the plan as JSON.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    KpiPlanInput input;
    if (const auto stop = readInput(frame, input))
        return *stop;
    if (!frame.isSet(QStringLiteral("db"))) {
        const KpiPlan plan = KpiPlan::compute(input);
        frame.print(plan.toJson(), plan.toText());
        return ExitOk;
    }
    return frame.withStore([&](Store& store) {
        const KpiPlan plan = KpiPlan::compute(input, FunnelMeasures::read(store, input.period));
        frame.print(plan.toJson(), plan.toText());
        return ExitOk;
    });
}

const RegisterCommand registration(
    {"plan",
     "--revenue-target X --average-deal Y --close-rate R [--period month|quarter|year] "
     "[--opportunities N] [--db PATH] [--json]",
     QT_TRANSLATE_NOOP("Commands", "Reverse-funnel KPI plan from a revenue target"), &runPlan});

} // namespace
