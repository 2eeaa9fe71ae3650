#include "NurturePlanSummary.h"

#include "nurture/NurtureDefaults.h"
#include "nurture/NurturePlans.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QLocale>

QString NurturePlanSummary::text(const Store& store, qint64 leadId)
{
    std::optional<NurturePlan> plan;
    try {
        plan = NurturePlans(store).activePlanOf(leadId);
    } catch (const StoreError&) {
        return {}; // the card shows the lead without it
    }
    if (!plan)
        return {};
    int done = 0, skipped = 0;
    const PlanStep* next = nullptr;
    for (const PlanStep& step : plan->steps) {
        if (step.status == StepStatus::Done)
            ++done;
        else if (step.status == StepStatus::Skipped)
            ++skipped;
        else if (step.status == StepStatus::Pending && (!next || step.dueAt < next->dueAt))
            next = &step;
    }
    QString line = tr("Nurture plan: %1 (version %2), %3 of %n step(s) done, %4 skipped.", nullptr,
                      int(plan->steps.size()))
                       .arg(NurtureDefaults::trackName(plan->trackName))
                       .arg(plan->trackVersion)
                       .arg(done)
                       .arg(skipped);
    if (plan->pausedAt(Clock::nowSecs()))
        line += QLatin1Char(' ') + tr("Paused.");
    if (next) {
        const QDate day = Clock::fromSecs(next->dueAt).toLocalTime().date();
        line += QLatin1Char(' ') +
                tr("Next: %1, %2 on %3.")
                    .arg(labelOf(next->channel),
                         next->contentTitle.isEmpty() ? labelOf(next->kind) : next->contentTitle,
                         QLocale().toString(day, QLocale::ShortFormat));
    }
    return line;
}
