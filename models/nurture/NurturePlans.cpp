#include "nurture/NurturePlans.h"

#include "domain/LeadRepository.h"
#include "domain/TeamSettings.h"
#include "nurture/DueDates.h"
#include "nurture/HolidayRegions.h"
#include "nurture/PlanStops.h"
#include "nurture/TrackLibrary.h"
#include "store/Store.h"
#include "support/Clock.h"

namespace {

const QString planColumns = QStringLiteral(
    "p.id, p.lead_id, p.track_id, t.track_key, coalesce(t.name, p.track), t.version,"
    " p.buying_phase, p.buying_role, p.proposal, p.started_at, p.status, p.paused_from,"
    " p.paused_until, p.ended_at, p.ending_note, r.name, p.holiday_country, p.holiday_region,"
    " p.time_zone FROM nurture_plans p LEFT JOIN nurture_tracks t ON t.id = p.track_id"
    " LEFT JOIN reps r ON r.id = p.rep_id");

const QString stepColumns = QStringLiteral(
    "s.id, s.plan_id, s.lead_id, s.position, s.content_id, c.title, c.link, s.content_kind,"
    " s.channel, s.purpose, s.due_at, s.status, s.done_at, s.response, s.note"
    " FROM nurture_steps s LEFT JOIN content_pieces c ON c.id = s.content_id");

template <typename T> std::optional<T> opt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<T>(v.value<T>());
}

NurturePlan planFrom(const QSqlQuery& q)
{
    NurturePlan p;
    p.id = q.value(0).toLongLong();
    p.leadId = q.value(1).toLongLong();
    p.trackId = q.value(2).toLongLong();
    p.trackKey = q.value(3).toString();
    p.trackName = q.value(4).toString();
    p.trackVersion = q.value(5).toInt();
    p.phase = fromKeyOr(q.value(6).toString(), BuyingPhase::Unknown);
    p.role = fromKeyOr(q.value(7).toString(), BuyingRole::Unknown);
    p.proposal = q.value(8).toString();
    p.startedAt = q.value(9).toLongLong();
    p.status =
        NurtureTerms::fromKey<PlanStatus>(q.value(10).toString()).value_or(PlanStatus::Active);
    p.pausedFrom = opt<qint64>(q.value(11));
    p.pausedUntil = opt<qint64>(q.value(12));
    p.endedAt = opt<qint64>(q.value(13));
    p.endingNote = q.value(14).toString();
    p.repName = q.value(15).toString();
    p.country = q.value(16).toString();
    p.region = q.value(17).toString();
    p.timeZone = q.value(18).toString();
    return p;
}

PlanStep stepFrom(const QSqlQuery& q)
{
    PlanStep s;
    s.id = q.value(0).toLongLong();
    s.planId = q.value(1).toLongLong();
    s.leadId = q.value(2).toLongLong();
    s.position = q.value(3).toInt();
    s.contentId = q.value(4).toLongLong();
    s.contentTitle = q.value(5).toString();
    s.contentLink = q.value(6).toString();
    s.kind = fromKeyOr(q.value(7).toString(), ContentKind::Overview);
    s.channel = fromKeyOr(q.value(8).toString(), NurtureChannel::Email);
    s.purpose = NurtureTerms::fromKey<StepPurpose>(q.value(9).toString())
                    .value_or(StepPurpose::RaiseInterest);
    s.dueAt = q.value(10).toLongLong();
    s.status = fromKeyOr(q.value(11).toString(), StepStatus::Pending);
    s.doneAt = opt<qint64>(q.value(12));
    s.response = NurtureTerms::fromKey<StepResponse>(q.value(13).toString());
    s.note = q.value(14).toString();
    return s;
}

QVariant nullId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

NurturePlans::NurturePlans(const Store& store)
    : m_store(store)
{}

QString NurturePlans::holidayCountry(const Store& store, qint64 leadId)
{
    return Sql::scalar(store.db(), QStringLiteral("SELECT country FROM leads WHERE id = ?"),
                       {leadId})
        .toString()
        .toUpper();
}

qint64 NurturePlans::start(qint64 leadId, qint64 trackId, const QString& repName,
                           const StartOptions& options) const
{
    WriteTransaction transaction(m_store);
    const QVariant stage =
        Sql::scalar(m_store.db(), QStringLiteral("SELECT stage FROM leads WHERE id = ?"), {leadId});
    if (!stage.isValid())
        throw StoreError(tr("Lead %1 no longer exists.").arg(leadId));
    if (stage.toString() != keyOf(Stage::Nurture))
        throw StoreError(
            tr("Lead %1 is not in nurture: start its plan with the Nurture decision.").arg(leadId));
    const qint64 id = startInTransaction(leadId, trackId, repName, options);
    transaction.commit();
    return id;
}

qint64 NurturePlans::startInTransaction(qint64 leadId, qint64 trackId, const QString& repName,
                                        const StartOptions& options) const
{
    const std::optional<Track> track = TrackLibrary(m_store).find(trackId);
    if (!track)
        throw StoreError(tr("The nurture track %1 does not exist.").arg(trackId));
    QSqlQuery lead =
        Sql::exec(m_store.db(),
                  QStringLiteral("SELECT l.country, l.call_zone, l.do_not_email, l.do_not_call,"
                                 " l.wrong_number, q.buying_phase, q.buying_role FROM leads l"
                                 " LEFT JOIN qualification q ON q.lead_id = l.id WHERE l.id = ?"),
                  {leadId});
    if (!lead.next())
        throw StoreError(tr("Lead %1 no longer exists.").arg(leadId));
    const QString country = lead.value(0).toString().toUpper();
    const QString zoneId = lead.value(1).toString();
    const bool noEmail = lead.value(2).toBool();
    const bool noCall = lead.value(3).toBool() || lead.value(4).toBool();
    const QString phase =
        lead.value(5).isNull() ? keyOf(BuyingPhase::Unknown) : lead.value(5).toString();
    const QString role =
        lead.value(6).isNull() ? keyOf(BuyingRole::Unknown) : lead.value(6).toString();

    // A German lead whose state is not known follows the team's state (Queue Settings).
    const QString region = !options.region.trimmed().isEmpty() ? options.region.trimmed().toUpper()
                           : country == QLatin1String("DE")
                               ? HolidayRegions::teamRegion(TeamSettings(m_store))
                               : QString();

    PlanStops(m_store).stopActiveInTransaction(leadId, StopReason::ByRep, repName);
    const qint64 now = Clock::nowSecs();
    const qint64 repId = Reps::idFor(m_store, repName);
    const qint64 planId = Sql::insertId(
        m_store.db(),
        QStringLiteral("INSERT INTO nurture_plans (lead_id, track, buying_phase, buying_role,"
                       " started_at, status, rep_id, track_id, proposal, holiday_country,"
                       " holiday_region, time_zone) VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?, ?,"
                       " ?, ?) RETURNING id"),
        {leadId, track->key, phase, role, now, nullId(repId), trackId,
         Sql::nullIfEmpty(options.proposal), Sql::nullIfEmpty(country), Sql::nullIfEmpty(region),
         Sql::nullIfEmpty(zoneId)});
    const QTimeZone zone = DueDates::zoneOf(zoneId);
    const HolidayCalendar calendar = HolidayCalendar::forStore(m_store, country, region);
    const QDate startDay = DueDates::localDay(now, zone);
    QSqlQuery insert(m_store.db());
    Sql::prepare(insert,
                 QStringLiteral("INSERT INTO nurture_steps (plan_id, lead_id, position,"
                                " content_kind, channel, due_at, status, content_id, purpose,"
                                " day_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 m_store.db());
    int position = 0;
    for (const TrackStep& step : track->steps) {
        const bool blocked = (step.channel == NurtureChannel::Email && noEmail) ||
                             (step.channel == NurtureChannel::Phone && noCall);
        Sql::run(insert,
                 {planId, leadId, ++position, keyOf(step.kind), keyOf(step.channel),
                  DueDates::dueAt(startDay, step.dayOffset, zone, calendar),
                  keyOf(blocked ? StepStatus::Cancelled : StepStatus::Pending),
                  nullId(step.contentId), NurtureTerms::key(step.purpose), step.dayOffset},
                 m_store.db());
    }
    Sql::exec(m_store.db(), QStringLiteral("UPDATE leads SET nurture_return = NULL WHERE id = ?"),
              {leadId});
    m_store.announceLead(leadId);
    return planId;
}

std::optional<NurturePlan> NurturePlans::plan(qint64 planId) const
{
    QSqlQuery q = Sql::exec(m_store.db(),
                            QStringLiteral("SELECT %1 WHERE p.id = ?").arg(planColumns), {planId});
    if (!q.next())
        return std::nullopt;
    NurturePlan result = planFrom(q);
    QSqlQuery steps =
        Sql::exec(m_store.db(),
                  QStringLiteral("SELECT %1 WHERE s.plan_id = ? ORDER BY s.due_at, s.position")
                      .arg(stepColumns),
                  {planId});
    while (steps.next())
        result.steps.append(stepFrom(steps));
    return result;
}

std::optional<NurturePlan> NurturePlans::activePlanOf(qint64 leadId) const
{
    const QVariant id = Sql::scalar(
        m_store.db(),
        QStringLiteral("SELECT id FROM nurture_plans WHERE lead_id = ? AND status = 'active'"
                       " ORDER BY id DESC LIMIT 1"),
        {leadId});
    return id.isValid() ? plan(id.toLongLong()) : std::nullopt;
}

QList<NurturePlan> NurturePlans::plansOf(qint64 leadId) const
{
    QList<qint64> ids;
    QSqlQuery q = Sql::exec(
        m_store.db(),
        QStringLiteral(
            "SELECT id FROM nurture_plans WHERE lead_id = ? ORDER BY started_at DESC, id DESC"),
        {leadId});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<NurturePlan> plans;
    for (const qint64 id : ids)
        if (auto p = plan(id))
            plans.append(*p);
    return plans;
}

std::optional<PlanStep> NurturePlans::step(qint64 stepId) const
{
    QSqlQuery q = Sql::exec(m_store.db(),
                            QStringLiteral("SELECT %1 WHERE s.id = ?").arg(stepColumns), {stepId});
    if (!q.next())
        return std::nullopt;
    return stepFrom(q);
}

PlanStep NurturePlans::requirePending(qint64 stepId) const
{
    const std::optional<PlanStep> found = step(stepId);
    if (!found)
        throw StoreError(tr("There is no nurture step %1.").arg(stepId));
    const QVariant status =
        Sql::scalar(m_store.db(), QStringLiteral("SELECT status FROM nurture_plans WHERE id = ?"),
                    {found->planId});
    if (status.toString() != QLatin1String("active"))
        throw StoreError(tr("The plan of step %1 has ended; its steps cannot change.").arg(stepId));
    if (found->status != StepStatus::Pending)
        throw StoreError(tr("Step %1 is %2 already.").arg(stepId).arg(labelOf(found->status)));
    return *found;
}

qint64 NurturePlans::dueFor(qint64 planId, const QDate& day) const
{
    const std::optional<NurturePlan> p = plan(planId);
    const QTimeZone zone = DueDates::zoneOf(p ? p->timeZone : QString());
    const HolidayCalendar calendar =
        HolidayCalendar::forStore(m_store, p ? p->country : QString(), p ? p->region : QString());
    return DueDates::dueAt(day, 0, zone, calendar);
}

void NurturePlans::editStep(qint64 stepId, const StepEdit& edit) const
{
    WriteTransaction transaction(m_store);
    const PlanStep current = requirePending(stepId);
    Sql::exec(
        m_store.db(),
        QStringLiteral("UPDATE nurture_steps SET content_id = ?, content_kind = ?, channel = ?,"
                       " purpose = ?, due_at = ?, note = ? WHERE id = ?"),
        {nullId(edit.contentId), keyOf(edit.kind), keyOf(edit.channel),
         NurtureTerms::key(edit.purpose),
         edit.dueDay.isValid() ? dueFor(current.planId, edit.dueDay) : current.dueAt,
         Sql::nullIfEmpty(edit.note.value_or(current.note).trimmed()), stepId});
    m_store.announceLead(current.leadId);
    transaction.commit();
}

qint64 NurturePlans::addStep(qint64 planId, const StepEdit& edit) const
{
    WriteTransaction transaction(m_store);
    const std::optional<NurturePlan> p = plan(planId);
    if (!p || !p->running())
        throw StoreError(tr("The plan %1 is not running; no step can be added.").arg(planId));
    if (!edit.dueDay.isValid())
        throw StoreError(tr("Choose the day the new step falls due."));
    const int position = Sql::scalar(m_store.db(),
                                     QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM"
                                                    " nurture_steps WHERE plan_id = ?"),
                                     {planId})
                             .toInt();
    const qint64 id = Sql::insertId(
        m_store.db(),
        QStringLiteral("INSERT INTO nurture_steps (plan_id, lead_id, position, content_kind,"
                       " channel, due_at, status, content_id, purpose, note) VALUES (?, ?, ?, ?,"
                       " ?, ?, 'pending', ?, ?, ?) RETURNING id"),
        {planId, p->leadId, position, keyOf(edit.kind), keyOf(edit.channel),
         dueFor(planId, edit.dueDay), nullId(edit.contentId), NurtureTerms::key(edit.purpose),
         Sql::nullIfEmpty(edit.note.value_or(QString()).trimmed())});
    m_store.announceLead(p->leadId);
    transaction.commit();
    return id;
}

void NurturePlans::removeStep(qint64 stepId) const
{
    WriteTransaction transaction(m_store);
    const PlanStep current = requirePending(stepId);
    Sql::exec(m_store.db(), QStringLiteral("DELETE FROM nurture_steps WHERE id = ?"), {stepId});
    m_store.announceLead(current.leadId);
    transaction.commit();
}
