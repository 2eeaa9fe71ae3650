#pragma once

#include "team/TeamRoles.h"

#include <QList>
#include <QString>

class Store;

/// One person of the team as Team ▸ Members shows them.
struct TeamMember
{
    qint64 id = 0;
    QString name;
    TeamRole role = TeamRole::Rep;
    int weight = 1;
    bool absent = false;
    int assignedToday = 0; ///< new leads round robin gave them since local midnight
};

/// The team's members: who they are, their share of new leads and whether they are away. Only a
/// team lead may change a weight or mark someone absent; on a server the server refuses anyone
/// else (TeamRoles), this only says so in advance.
class TeamMembers
{
public:
    explicit TeamMembers(const Store& store);

    /// The active members by name.
    QList<TeamMember> list() const;
    /// Whether this connection may change members (a team lead).
    bool mayEdit() const;
    /// Throws StoreError when refused (not a team lead) or the store fails.
    void setWeight(qint64 repId, int weight) const;
    void setAbsent(qint64 repId, bool absent) const;

private:
    const Store& m_store;
};
