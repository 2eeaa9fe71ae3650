#include "nurture/PlanStops.h"

#include "domain/LeadRepository.h"
#include "nurture/DueDates.h"
#include "store/Store.h"
#include "support/Clock.h"

PlanStops::PlanStops(const Store& store)
    : m_store(store)
{}

bool PlanStops::stopActiveInTransaction(qint64 leadId, StopReason reason,
                                        const QString& repName) const
{
    Q_UNUSED(repName)
    const QVariant planId = Sql::scalar(
        m_store.db(),
        QStringLiteral("SELECT id FROM nurture_plans WHERE lead_id = ? AND status = 'active'"),
        {leadId});
    if (!planId.isValid())
        return false;
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE nurture_steps SET status = 'cancelled' WHERE plan_id = ? AND"
                             " status = 'pending'"),
              {planId});
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE nurture_plans SET status = 'stopped', ending = 'stopped',"
                             " ended_at = ?, ending_note = ? WHERE id = ?"),
              {Clock::nowSecs(), NurtureTerms::key(reason), planId});
    m_store.announceLead(leadId);
    return true;
}

void PlanStops::stop(qint64 planId, StopReason reason, const QString& repName) const
{
    WriteTransaction transaction(m_store);
    QSqlQuery q = Sql::exec(m_store.db(),
                            QStringLiteral("SELECT lead_id, status FROM nurture_plans WHERE id = ?"),
                            {planId});
    if (!q.next() || q.value(1).toString() != QLatin1String("active"))
        throw StoreError(tr("The nurture plan %1 is not running.").arg(planId));
    stopActiveInTransaction(q.value(0).toLongLong(), reason, repName);
    transaction.commit();
}

void PlanStops::pauseInTransaction(qint64 planId, QDate from, QDate to) const
{
    QSqlQuery q = Sql::exec(m_store.db(),
                            QStringLiteral("SELECT lead_id, status, time_zone, holiday_country,"
                                           " holiday_region FROM nurture_plans WHERE id = ?"),
                            {planId});
    if (!q.next() || q.value(1).toString() != QLatin1String("active"))
        throw StoreError(tr("The nurture plan %1 is not running.").arg(planId));
    const qint64 leadId = q.value(0).toLongLong();
    const QTimeZone zone = DueDates::zoneOf(q.value(2).toString());
    const HolidayCalendar calendar =
        HolidayCalendar::forStore(m_store, q.value(3).toString(), q.value(4).toString());
    const qint64 fromSecs = QDateTime(from, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 untilSecs = QDateTime(to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    const int days = int(from.daysTo(to)) + 1;
    QList<QPair<qint64, qint64>> moves;
    QSqlQuery steps = Sql::exec(m_store.db(),
                                QStringLiteral("SELECT id, due_at FROM nurture_steps WHERE plan_id"
                                               " = ? AND status = 'pending' AND due_at >= ?"),
                                {planId, fromSecs});
    while (steps.next())
        moves.append({steps.value(0).toLongLong(),
                      DueDates::shifted(steps.value(1).toLongLong(), days, zone, calendar)});
    for (const auto& [id, due] : moves)
        Sql::exec(m_store.db(), QStringLiteral("UPDATE nurture_steps SET due_at = ? WHERE id = ?"),
                  {due, id});
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE nurture_plans SET paused_from = ?, paused_until = ? WHERE id = ?"),
              {fromSecs, untilSecs, planId});
    m_store.announceLead(leadId);
}

void PlanStops::pause(qint64 planId, QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        throw StoreError(tr("A pause needs a first and a last day, the last not before the first."));
    WriteTransaction transaction(m_store);
    pauseInTransaction(planId, from, to);
    transaction.commit();
}

int PlanStops::pauseRep(const QString& repName, QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        throw StoreError(tr("A pause needs a first and a last day, the last not before the first."));
    WriteTransaction transaction(m_store);
    QList<qint64> plans;
    QSqlQuery q = Sql::exec(m_store.db(),
                            QStringLiteral("SELECT p.id FROM nurture_plans p JOIN reps r ON"
                                           " r.id = p.rep_id WHERE r.name = ? AND p.status ="
                                           " 'active'"),
                            {repName});
    while (q.next())
        plans.append(q.value(0).toLongLong());
    for (const qint64 plan : plans)
        pauseInTransaction(plan, from, to);
    transaction.commit();
    return int(plans.size());
}
