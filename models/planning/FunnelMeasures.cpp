#include "planning/FunnelMeasures.h"

#include "store/Store.h"
#include "support/Clock.h"

#include <QTimeZone>

namespace {

constexpr qint64 yearSecs = 365 * 24 * 3600;

// The furthest funnel step a stage stands for (0 for new, nurture and disqualified).
const QString rankOfStage =
    QStringLiteral("CASE %1 WHEN 'working' THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' THEN 3 "
                   "WHEN 'handed_off' THEN 4 ELSE 0 END");

void readReached(const Store& store, qint64 since, FunnelMeasures& measures)
{
    // Per lead the furthest step it ever reached, from its history and its stage now.
    QSqlQuery query = Sql::exec(
        store.db(),
        QStringLiteral("SELECT top, COUNT(*) FROM (SELECT l.id, MAX(CASE WHEN %1 > %2 THEN %1 "
                       "ELSE %2 END) AS top FROM leads l LEFT JOIN stage_history h ON "
                       "h.lead_id = l.id WHERE l.created_at >= ? GROUP BY l.id) AS per_lead "
                       "GROUP BY top")
            .arg(rankOfStage.arg(QStringLiteral("coalesce(h.to_stage, '')")),
                 rankOfStage.arg(QStringLiteral("l.stage"))),
        {since});
    while (query.next()) {
        const int top = query.value(0).toInt();
        for (int step = 0; step <= top && step < FunnelMeasures::StepCount; ++step)
            measures.reached[step] += query.value(1).toLongLong();
    }
}

void readAchieved(const Store& store, qint64 from, qint64 to, FunnelMeasures& measures)
{
    const QSqlDatabase db = store.db();
    measures.achieved[FunnelMeasures::Raw] =
        Sql::scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM leads WHERE created_at >= ? AND "
                                   "created_at < ?"),
                    {from, to})
            .toLongLong();
    QSqlQuery query = Sql::exec(
        db,
        QStringLiteral("SELECT %1, COUNT(DISTINCT lead_id) FROM stage_history WHERE changed_at "
                       ">= ? AND changed_at < ? GROUP BY %1")
            .arg(rankOfStage.arg(QStringLiteral("to_stage"))),
        {from, to});
    while (query.next())
        if (const int step = query.value(0).toInt(); step > 0 && step < FunnelMeasures::StepCount)
            measures.achieved[step] = query.value(1).toLongLong();
    measures.callsAchieved =
        Sql::scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM calls WHERE started_at >= ? AND "
                                   "started_at < ?"),
                    {from, to})
            .toLongLong();
}

void readCalls(const Store& store, qint64 since, FunnelMeasures& measures)
{
    QSqlQuery query = Sql::exec(
        store.db(),
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN outcome IN ('connected', "
                       "'callback_requested', 'not_interested', 'do_not_call') THEN 1 ELSE 0 "
                       "END), 0), COUNT(DISTINCT lead_id) FROM calls WHERE started_at >= ?"),
        {since});
    if (query.next()) {
        measures.calls = query.value(0).toLongLong();
        measures.connects = query.value(1).toLongLong();
        measures.leadsCalled = query.value(2).toLongLong();
    }
    measures.reps =
        Sql::scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM reps WHERE active = 1"))
            .toInt();
}

} // namespace

PeriodSpan PeriodSpan::of(PlanPeriod period, const QDate& day)
{
    switch (period) {
    case PlanPeriod::Month:
        return {QDate(day.year(), day.month(), 1),
                QDate(day.year(), day.month(), day.daysInMonth())};
    case PlanPeriod::Quarter: {
        const int firstMonth = (day.month() - 1) / 3 * 3 + 1;
        const QDate first(day.year(), firstMonth, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case PlanPeriod::Year:
        break;
    }
    return {QDate(day.year(), 1, 1), QDate(day.year(), 12, 31)};
}

int PeriodSpan::workingDays() const
{
    int days = 0;
    for (QDate day = first; day <= last; day = day.addDays(1))
        days += day.dayOfWeek() <= 5 ? 1 : 0;
    return days;
}

QString FunnelMeasures::stepKey(Step step)
{
    static const char* const keys[] = {"raw_leads", "worked_leads", "mqls", "sqls",
                                       "opportunities"};
    return QString::fromLatin1(keys[step]);
}

QString FunnelMeasures::stepLabel(Step step)
{
    switch (step) {
    case Raw:
        return tr("Raw leads");
    case Worked:
        return tr("Worked leads");
    case Mql:
        return tr("MQLs");
    case Sql:
        return tr("SQLs");
    case Opportunity:
    case StepCount:
        break;
    }
    return tr("Opportunities");
}

std::optional<Ratio> FunnelMeasures::rate(Step step) const
{
    if (step + 1 >= StepCount || reached[step] == 0 || reached[step + 1] == 0)
        return std::nullopt;
    return Ratio(reached[step + 1], reached[step]);
}

std::optional<Ratio> FunnelMeasures::callsPerWorkedLead() const
{
    return leadsCalled > 0 ? std::optional<Ratio>(Ratio(calls, leadsCalled)) : std::nullopt;
}

std::optional<Ratio> FunnelMeasures::connectRate() const
{
    return calls > 0 ? std::optional<Ratio>(Ratio(connects, calls)) : std::nullopt;
}

FunnelMeasures FunnelMeasures::read(const Store& store, PlanPeriod period)
{
    FunnelMeasures measures;
    const qint64 now = Clock::nowSecs();
    readReached(store, now - yearSecs, measures);
    readCalls(store, now - yearSecs, measures);
    measures.span = PeriodSpan::of(period, Clock::now().date());
    const qint64 from = measures.span.first.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    readAchieved(store, from, now + 1, measures);
    return measures;
}
