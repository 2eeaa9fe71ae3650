#include "team/TeamMembers.h"

#include "store/Store.h"
#include "support/Clock.h"
#include "team/TeamPermissions.h"

#include <QDateTime>

TeamMembers::TeamMembers(const Store& store)
    : m_store(store)
{}

QList<TeamMember> TeamMembers::list() const
{
    const qint64 midnight =
        QDateTime(Clock::now().toLocalTime().date(), QTime(0, 0)).toSecsSinceEpoch();
    QSqlQuery query =
        Sql::exec(m_store.db(),
                  QStringLiteral("SELECT r.id, r.name, r.role, r.weight, r.absent,"
                                 " (SELECT count(*) FROM leads l WHERE l.owner_id = r.id"
                                 " AND l.assigned_at >= ?)"
                                 " FROM reps r WHERE r.active = 1 ORDER BY r.name"),
                  {midnight});
    QList<TeamMember> members;
    while (query.next())
        members.append({query.value(0).toLongLong(), query.value(1).toString(),
                        TeamRoles::roleFromKey(query.value(2).toString()).value_or(TeamRole::Rep),
                        query.value(3).toInt(), query.value(4).toInt() != 0,
                        query.value(5).toInt()});
    return members;
}

bool TeamMembers::mayEdit() const
{
    return TeamPermissions(m_store).allows(TeamTool::EditMembers);
}

void TeamMembers::setWeight(qint64 repId, int weight) const
{
    WriteTransaction transaction(m_store);
    Sql::exec(m_store.db(), QStringLiteral("UPDATE reps SET weight = ? WHERE id = ?"),
              {std::max(0, weight), repId});
    transaction.commit();
}

void TeamMembers::setAbsent(qint64 repId, bool absent) const
{
    WriteTransaction transaction(m_store);
    Sql::exec(m_store.db(), QStringLiteral("UPDATE reps SET absent = ? WHERE id = ?"),
              {absent ? 1 : 0, repId});
    transaction.commit();
}
