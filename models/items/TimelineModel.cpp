#include "items/TimelineModel.h"

#include "domain/Vocabulary.h"
#include "leads/LeadEditor.h"
#include "nurture/NurtureTerms.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QLocale>

namespace {

const QString timelineSql = QStringLiteral(
    "SELECT c.started_at, 'call', c.outcome, c.note, CAST(c.duration_s AS TEXT),"
    " CAST(c.callback_at AS TEXT), r.name, c.id FROM calls c LEFT JOIN reps r ON r.id = c.rep_id"
    " WHERE c.lead_id = ?"
    " UNION ALL SELECT h.changed_at, 'stage', h.from_stage, h.to_stage, h.reason, h.note, r.name,"
    " h.id FROM stage_history h LEFT JOIN reps r ON r.id = h.rep_id"
    " WHERE h.lead_id = ? AND h.from_stage IS NOT NULL"
    " UNION ALL SELECT coalesce(s.done_at, s.due_at), 'nurture', s.content_kind, s.channel,"
    " s.status, coalesce(s.response, '') || '|' || coalesce(s.note, ''), NULL, s.id"
    " FROM nurture_steps s WHERE s.lead_id = ?"
    " UNION ALL SELECT p.started_at, 'plan_start', coalesce(t.name, p.track), p.proposal,"
    " CAST(t.version AS TEXT), NULL, r.name, p.id FROM nurture_plans p LEFT JOIN nurture_tracks t"
    " ON t.id = p.track_id LEFT JOIN reps r ON r.id = p.rep_id WHERE p.lead_id = ?"
    " UNION ALL SELECT p.ended_at, 'plan_end', coalesce(t.name, p.track), p.status,"
    " p.ending_note, NULL, NULL, p.id FROM nurture_plans p LEFT JOIN nurture_tracks t"
    " ON t.id = p.track_id WHERE p.lead_id = ? AND p.ended_at IS NOT NULL"
    " UNION ALL SELECT e.occurred_at, 'interest', e.kind, e.detail, NULL, NULL, NULL, e.id"
    " FROM interest_events e WHERE e.lead_id = ?"
    " UNION ALL SELECT f.changed_at, 'field', f.field, f.old_value, f.new_value, NULL, r.name,"
    " f.id FROM lead_field_changes f LEFT JOIN reps r ON r.id = f.rep_id WHERE f.lead_id = ?"
    " UNION ALL SELECT l.created_at, 'created', l.source_channel, l.campaign, NULL, NULL, r.name,"
    " 0 FROM leads l LEFT JOIN reps r ON r.id = l.created_by WHERE l.id = ?"
    " ORDER BY 1 DESC, 8 DESC");

QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts)
        if (!part.isEmpty())
            kept.append(part);
    return kept.join(QStringLiteral(" · "));
}

QString shortTime(qint64 secs)
{
    return QLocale().toString(Clock::fromSecs(secs).toLocalTime(),
                              QStringLiteral("ddd d MMM HH:mm"));
}

} // namespace

TimelineModel::TimelineModel(const Store* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

void TimelineModel::setStore(const Store* store)
{
    m_store = store;
    setLead(0);
}

void TimelineModel::setLead(qint64 leadId)
{
    m_leadId = leadId;
    reload();
}

TimelineModel::Item TimelineModel::describe(const QString& kind, qint64 at, const QStringList& v,
                                            const QString& by)
{
    Item item{at, kind, {}, {}, by};
    if (kind == QLatin1String("call")) {
        item.event = tr("Call: %1").arg(labelOf(fromKeyOr(v[0], CallOutcome::NoAnswer)));
        const int secs = v[2].toInt();
        const QString length =
            secs > 0 ? tr("%1:%2 min").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'))
                     : QString();
        const QString callback =
            v[3].isEmpty() ? QString() : tr("callback %1").arg(shortTime(v[3].toLongLong()));
        item.details = joined({length, callback, v[1]});
    } else if (kind == QLatin1String("stage")) {
        item.event =
            tr("Stage: %1 → %2")
                .arg(labelOf(fromKeyOr(v[0], Stage::New)), labelOf(fromKeyOr(v[1], Stage::New)));
        const auto reason = fromKey<DisqualifyReason>(v[2]);
        item.details = joined({reason ? labelOf(*reason) : QString(), v[3]});
    } else if (kind == QLatin1String("nurture")) {
        item.event = tr("Nurture step: %1 by %2 (%3)")
                         .arg(labelOf(fromKeyOr(v[0], ContentKind::Overview)),
                              labelOf(fromKeyOr(v[1], NurtureChannel::Email)),
                              labelOf(fromKeyOr(v[2], StepStatus::Pending)));
        const auto response = NurtureTerms::fromKey<StepResponse>(v[3].section(QLatin1Char('|'), 0, 0));
        item.details = joined({response ? NurtureTerms::label(*response) : QString(),
                               v[3].section(QLatin1Char('|'), 1)});
    } else if (kind == QLatin1String("plan_start")) {
        item.event = tr("Nurture plan started: %1 (version %2)").arg(v[0], v[2]);
        item.details = v[1];
    } else if (kind == QLatin1String("plan_end")) {
        const PlanStatus status =
            NurtureTerms::fromKey<PlanStatus>(v[1]).value_or(PlanStatus::Stopped);
        item.event = tr("Nurture plan ended: %1 (%2)").arg(NurtureTerms::label(status), v[0]);
        const auto stop = NurtureTerms::fromKey<StopReason>(v[2]);
        item.details = stop ? NurtureTerms::label(*stop) : v[2];
    } else if (kind == QLatin1String("interest")) {
        item.event = tr("Interest: %1").arg(labelOf(fromKeyOr(v[0], InterestKind::EmailClick)));
        item.details = v[1];
    } else if (kind == QLatin1String("field")) {
        // Labels for the field and for keys and flags, as the lead card's editor names them.
        item.event = tr("Changed %1").arg(LeadFields::labelForKey(v[0]));
        item.details = tr("%1 → %2").arg(
            v[1].isEmpty() ? tr("(empty)") : FieldChange::displayValue(v[0], v[1]),
            v[2].isEmpty() ? tr("(empty)") : FieldChange::displayValue(v[0], v[2]));
    } else {
        item.event = tr("Lead created");
        item.details = joined({labelOf(fromKeyOr(v[0], SourceChannel::Other)), v[1]});
    }
    return item;
}

void TimelineModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (m_store && m_leadId > 0) {
        const QVariantList binds(8, m_leadId);
        QSqlQuery query = Sql::exec(m_store->db(), timelineSql, binds);
        while (query.next())
            m_items.append(describe(query.value(1).toString(), query.value(0).toLongLong(),
                                    {query.value(2).toString(), query.value(3).toString(),
                                     query.value(4).toString(), query.value(5).toString()},
                                    query.value(6).toString()));
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item& item = m_items.at(index.row());
    if (role == KindRole)
        return item.kind;
    if (role == TimeRole)
        return item.at;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return shortTime(item.at);
    case Event:
        return item.event;
    case Details:
        return item.details;
    case By:
        return item.by;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Event:
        return tr("Event");
    case Details:
        return tr("Details");
    case By:
        return tr("By");
    }
    return {};
}
