#include "dashboard/DashboardAccumulator.h"
#include "dashboard/DashboardQuery.h"
#include "dashboard/DashboardRollups.h"
#include "store/Store.h"

#include <QHash>

// The reference: nothing here reads a roll-up table or shares SQL with RollupSql. Each lead's
// funnel is worked out from its history rows in C++.
namespace {

struct LeadRow
{
    qint64 createdAt = 0;
    QString source;
    QString campaign;
    qint64 owner = 0;
    QString grade;
    QString quadrant;
    QString stage;
    std::array<std::optional<qint64>, funnelSteps> firstAt{}; ///< first time each step
    int historyTop = -1;
    QList<std::pair<QString, qint64>> history; ///< to_stage, changed_at in order
    std::optional<qint64> firstCall;
};

int rankOf(const QString& stage)
{
    static const QHash<QString, int> ranks = {{QStringLiteral("working"), 1},
                                              {QStringLiteral("mql"), 2},
                                              {QStringLiteral("sql"), 3},
                                              {QStringLiteral("handed_off"), 4}};
    return ranks.value(stage, 0);
}

bool picked(const DashboardFilter& filter, const LeadRow& lead, qint64 day)
{
    return day >= filter.firstDay() && day <= filter.lastDay() &&
           (!filter.source || *filter.source == lead.source) &&
           (!filter.campaign || *filter.campaign == lead.campaign) &&
           (!filter.repId || *filter.repId == lead.owner) &&
           (!filter.grade || *filter.grade == lead.grade);
}

} // namespace

DashboardScan::DashboardScan(const Store& store)
    : m_store(store)
{}

DashboardFigures DashboardScan::figures(const DashboardFilter& filter) const
{
    const DashboardQuery::Settings settings = DashboardQuery::settings(m_store);
    const QSqlDatabase db = m_store.db();
    QHash<qint64, LeadRow> leads;
    QSqlQuery query = Sql::exec(db, QStringLiteral("SELECT id, created_at, source_channel,"
                                                   " campaign, owner_id, grade, quadrant, stage"
                                                   " FROM leads"));
    while (query.next()) {
        LeadRow& lead = leads[query.value(0).toLongLong()];
        lead.createdAt = query.value(1).toLongLong();
        lead.source = query.value(2).toString();
        lead.campaign = query.value(3).toString();
        lead.owner = query.value(4).toLongLong();
        lead.grade = query.value(5).toString();
        lead.quadrant = query.value(6).toString();
        lead.stage = query.value(7).toString();
    }
    query = Sql::exec(db, QStringLiteral("SELECT lead_id, to_stage, changed_at FROM stage_history"
                                         " ORDER BY lead_id, changed_at, id"));
    while (query.next()) {
        const auto found = leads.find(query.value(0).toLongLong());
        if (found == leads.end())
            continue;
        LeadRow& lead = *found;
        const QString stage = query.value(1).toString();
        const qint64 at = query.value(2).toLongLong();
        lead.history.append({stage, at});
        const int rank = rankOf(stage);
        lead.historyTop = std::max(lead.historyTop, rank);
        if (rank > 0 && !lead.firstAt[rank])
            lead.firstAt[rank] = at;
    }
    query = Sql::exec(db, QStringLiteral("SELECT lead_id, started_at, rep_id, outcome FROM calls"));
    DashboardAccumulator acc;
    while (query.next()) {
        const qint64 at = query.value(1).toLongLong();
        auto found = leads.find(query.value(0).toLongLong());
        if (found != leads.end() && (!found->firstCall || at < *found->firstCall))
            found->firstCall = at;
        const qint64 day = at / 86400;
        const qint64 rep = query.value(2).toLongLong();
        if (day >= filter.firstDay() && day <= filter.lastDay() &&
            (!filter.repId || *filter.repId == rep))
            acc.addCall(day, settings.repName(rep), query.value(3).toString(), 1);
    }
    for (const LeadRow& lead : std::as_const(leads)) {
        const qint64 day = lead.createdAt / 86400;
        if (!picked(filter, lead, day))
            continue;
        const int everTop = std::max(rankOf(lead.stage), lead.historyTop);
        // In order: reached worked, MQL, SQL, opportunity one after the other, each first
        // reached no earlier than the step before it.
        int orderTop = 0;
        for (int step = 1; step < funnelSteps; ++step) {
            if (!lead.firstAt[step] || (step > 1 && *lead.firstAt[step] < *lead.firstAt[step - 1]))
                break;
            orderTop = step;
        }
        acc.addFunnel(everTop, orderTop, 1);
        acc.addGroup(DashboardAccumulator::Source, lead.source, everTop, 1);
        acc.addGroup(DashboardAccumulator::Campaign, lead.campaign, everTop, 1);
        acc.addGroup(DashboardAccumulator::Rep, settings.repName(lead.owner), everTop, 1);
        acc.addGroup(
            DashboardAccumulator::Week,
            DashboardBuckets::dateOfDay(DashboardBuckets::weekOf(day)).toString(Qt::ISODate),
            everTop, 1);
        const bool closed = lead.stage == QLatin1String("handed_off") ||
                            lead.stage == QLatin1String("disqualified");
        acc.addQuadrant(closed ? QStringLiteral("-") : lead.quadrant, 1);
        acc.addGrade(lead.grade, 1);
        for (qsizetype i = 0; i + 1 < lead.history.size(); ++i)
            acc.addStint(
                lead.history[i].first,
                DashboardBuckets::stintHours(lead.history[i + 1].second - lead.history[i].second),
                1);
        acc.addSpeed(lead.firstCall ? DashboardBuckets::speedMinutes(
                                          std::max<qint64>(0, *lead.firstCall - lead.createdAt))
                                    : -1,
                     1);
    }
    return acc.finish(filter, settings.minCount, settings.slaHours);
}
