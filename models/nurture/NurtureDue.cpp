#include "nurture/NurtureDue.h"

#include "store/Store.h"
#include "support/Clock.h"

QString NurtureDue::windowKey(DueFilter::Window window)
{
    switch (window) {
    case DueFilter::Window::Today:
        return QStringLiteral("today");
    case DueFilter::Window::Overdue:
        return QStringLiteral("overdue");
    case DueFilter::Window::Week:
        return QStringLiteral("week");
    case DueFilter::Window::All:
        break;
    }
    return QStringLiteral("all");
}

std::optional<DueFilter::Window> NurtureDue::windowFromKey(const QString& key)
{
    for (const auto w : {DueFilter::Window::Today, DueFilter::Window::Overdue,
                         DueFilter::Window::Week, DueFilter::Window::All})
        if (windowKey(w) == key)
            return w;
    return std::nullopt;
}

NurtureDue::NurtureDue(const Store& store)
    : m_store(store)
{}

QList<DueStep> NurtureDue::list(const DueFilter& filter) const
{
    const qint64 now = Clock::nowSecs();
    const QDateTime localNow = Clock::fromSecs(now).toLocalTime();
    const qint64 startOfToday = QDateTime(localNow.date(), QTime(0, 0)).toSecsSinceEpoch();
    qint64 before = QDateTime(localNow.date().addDays(1), QTime(0, 0)).toSecsSinceEpoch();
    if (filter.window == DueFilter::Window::Overdue)
        before = startOfToday;
    else if (filter.window == DueFilter::Window::Week)
        before = QDateTime(localNow.date().addDays(7), QTime(0, 0)).toSecsSinceEpoch();
    else if (filter.window == DueFilter::Window::All)
        before = std::numeric_limits<qint64>::max();

    QString sql = QStringLiteral(
        "SELECT s.id, s.plan_id, s.lead_id, l.first_name, l.last_name, l.company, r.name,"
        " t.track_key, coalesce(t.name, p.track), p.buying_phase, s.channel, s.content_kind,"
        " c.title, s.purpose, s.due_at FROM nurture_steps s"
        " JOIN nurture_plans p ON p.id = s.plan_id JOIN leads l ON l.id = s.lead_id"
        " LEFT JOIN nurture_tracks t ON t.id = p.track_id LEFT JOIN reps r ON r.id = p.rep_id"
        " LEFT JOIN content_pieces c ON c.id = s.content_id"
        " WHERE s.status = 'pending' AND s.due_at < ? AND p.status = 'active'"
        " AND (p.paused_until IS NULL OR p.paused_until <= ? OR p.paused_from > ?)");
    QVariantList binds{before, now, now};
    if (!filter.repName.isEmpty()) {
        sql += QStringLiteral(" AND r.name = ?");
        binds << filter.repName;
    }
    if (!filter.trackKey.isEmpty()) {
        sql += QStringLiteral(" AND t.track_key = ?");
        binds << filter.trackKey;
    }
    if (filter.phase) {
        sql += QStringLiteral(" AND p.buying_phase = ?");
        binds << keyOf(*filter.phase);
    }
    if (filter.channel) {
        sql += QStringLiteral(" AND s.channel = ?");
        binds << keyOf(*filter.channel);
    }
    sql += QStringLiteral(" ORDER BY s.due_at, s.id LIMIT ?");
    binds << filter.limit;
    QSqlQuery q = Sql::exec(m_store.db(), sql, binds);
    QList<DueStep> steps;
    while (q.next()) {
        DueStep d;
        d.stepId = q.value(0).toLongLong();
        d.planId = q.value(1).toLongLong();
        d.leadId = q.value(2).toLongLong();
        d.leadName = QStringLiteral("%1 %2")
                         .arg(q.value(3).toString(), q.value(4).toString())
                         .trimmed();
        d.company = q.value(5).toString();
        d.repName = q.value(6).toString();
        d.trackKey = q.value(7).toString();
        d.trackName = q.value(8).toString();
        d.phase = fromKeyOr(q.value(9).toString(), BuyingPhase::Unknown);
        d.channel = fromKeyOr(q.value(10).toString(), NurtureChannel::Email);
        d.kind = fromKeyOr(q.value(11).toString(), ContentKind::Overview);
        d.contentTitle = q.value(12).isNull() ? labelOf(d.kind) : q.value(12).toString();
        d.purpose = NurtureTerms::fromKey<StepPurpose>(q.value(13).toString())
                        .value_or(StepPurpose::RaiseInterest);
        d.dueAt = q.value(14).toLongLong();
        d.overdue = d.dueAt < startOfToday;
        steps.append(d);
    }
    return steps;
}
