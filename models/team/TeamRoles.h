#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class Store;

/// What a person may do on a shared store.
enum class TeamRole
{
    Lead, ///< scoring rules, queue settings, handoff columns, erasure, the team's members
    Rep   ///< works leads
};

/// The roles on the server: group roles leadscout_lead and leadscout_rep, granted what each may
/// do, so the server refuses a rep's login what a rep may not do — whatever client it uses.
/// Role names belong to the whole server, not to one database, and creating them takes
/// CREATEROLE, which the login that migrates may not have: so they are not made by a migration
/// but by setUp (`leadscout team setup`, and every `team add-member`), run by an administrator
/// once and again after an upgrade that adds tables. On SQLite there is one user, a team lead.
namespace TeamRoles {

/// The server's group role of a team role.
QString groupOf(TeamRole role);
/// The role of this connection's login, as the server decides it (PostgreSQL: whether it may
/// change the scoring rules); always Lead on SQLite.
TeamRole current(const Store& store);
/// Creates the group roles when missing and grants them their rights on this database's tables
/// (on team_settings, a rep only writes the handoff's own notes: row-level security). Nothing
/// on SQLite. Throws StoreError without the rights to do it.
void setUp(const Store& store);

/// A person joining the team.
struct NewMember
{
    QString name; ///< the rep's name in LeadScout and the login on the server
    TeamRole role = TeamRole::Rep;
    int weight = 1;                  ///< share of new leads (RoundRobin)
    std::optional<QString> password; ///< the login's password; none: the server's other means
};
/// Adds (or updates) the rep and, on PostgreSQL, the login in the role's group (created when
/// missing). Throws StoreError when the server refuses.
void addMember(const Store& store, const NewMember& member);

QString keyOf(TeamRole role);
std::optional<TeamRole> roleFromKey(const QString& key);
} // namespace TeamRoles
