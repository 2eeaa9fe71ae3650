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

constexpr qint64 daySecs = 24 * 3600;

const QString connected = QStringLiteral(
    "outcome IN ('connected', 'callback_requested', 'not_interested', 'do_not_call')");

void readReached(const Store& store, qint64 since, FunnelMeasures& measures)
{
    // Per lead the furthest step it ever reached, from its history and its stage now: the
    // dashboard's roll-ups keep it per lead (lead_funnel.ever_top) in the transaction of every
    // change, so a million leads are not joined with their history here (9 s on a 1M store).
    QSqlQuery query =
        Sql::exec(store.db(),
                  QStringLiteral("SELECT ever_top, COUNT(*) FROM lead_funnel WHERE created_at >= ?"
                                 " GROUP BY ever_top"),
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
    // Calls and connects: the whole days from the roll-up of calls per day, rep and outcome,
    // the part of a day where the year begins from the call log itself.
    const qint64 firstWholeDay = (since + daySecs - 1) / daySecs;
    const QSqlDatabase db = store.db();
    const auto add = [&measures](QSqlQuery query) {
        if (query.next()) {
            measures.calls += query.value(0).toLongLong();
            measures.connects += query.value(1).toLongLong();
        }
    };
    add(Sql::exec(db,
                  QStringLiteral("SELECT COALESCE(SUM(n), 0), COALESCE(SUM(CASE WHEN %1 THEN n"
                                 " ELSE 0 END), 0) FROM rollup_calls WHERE day >= ?")
                      .arg(connected),
                  {firstWholeDay}));
    add(Sql::exec(db,
                  QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END),"
                                 " 0) FROM calls WHERE started_at >= ? AND started_at < ?")
                      .arg(connected),
                  {since, firstWholeDay * daySecs}));
    // Leads called in the year: their latest call, from the (lead, time) index alone.
    measures.leadsCalled =
        Sql::scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM (SELECT lead_id FROM calls GROUP BY"
                                   " lead_id HAVING MAX(started_at) >= ?) AS called"),
                    {since})
            .toLongLong();
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
