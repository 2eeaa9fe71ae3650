#pragma once

#include "team/TeamRoles.h"

#include <QString>

class Store;

/// The tools only a team lead may use on a shared store.
enum class TeamTool
{
    ScoringRules,   ///< Team ▸ Scoring Rules (the editor saves new rules)
    RescoreAll,     ///< Team ▸ Rescore All Leads
    QueueSettings,  ///< Team ▸ Queue Settings
    HandoffColumns, ///< Team ▸ Handoff Columns
    EraseLead,      ///< Lead ▸ Erase on Request
    EditMembers,    ///< changing weights and absence in Team ▸ Members
    ContentLibrary, ///< Team ▸ Content Library (what nurture steps send)
    AssignLeads     ///< giving leads to another rep (an import's owner for the whole file)
};

/// Whether one tool may be used, and if not, why (for a tooltip).
struct ToolAccess
{
    bool allowed = true;
    QString reason; ///< empty when allowed
};

/// What this connection may do, decided once from its role on the server (TeamRoles::current):
/// a rep's login gets the team lead's tools refused — the server would refuse their writes
/// anyway, this says so before the rep tries. On SQLite (one user, a team lead) all is allowed.
class TeamPermissions
{
public:
    /// Asks the store for the connection's role (one query on PostgreSQL).
    explicit TeamPermissions(const Store& store);
    explicit TeamPermissions(TeamRole role);

    TeamRole role() const { return m_role; }
    ToolAccess access(TeamTool tool) const;
    bool allows(TeamTool tool) const { return access(tool).allowed; }

private:
    TeamRole m_role;
};
