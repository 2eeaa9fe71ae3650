#include "team/TeamPermissions.h"

#include <QCoreApplication>

TeamPermissions::TeamPermissions(const Store& store)
    : m_role(TeamRoles::current(store))
{}

TeamPermissions::TeamPermissions(TeamRole role)
    : m_role(role)
{}

ToolAccess TeamPermissions::access(TeamTool tool) const
{
    if (m_role == TeamRole::Lead)
        return {};
    switch (tool) {
    case TeamTool::ScoringRules:
        return {false, QCoreApplication::translate(
                           "TeamPermissions", "Team lead only: your login on this team store is "
                                              "a rep's and cannot change the scoring rules.")};
    case TeamTool::RescoreAll:
        return {false, QCoreApplication::translate(
                           "TeamPermissions", "Team lead only: your login on this team store is "
                                              "a rep's and cannot rescore every lead.")};
    case TeamTool::QueueSettings:
        return {false, QCoreApplication::translate(
                           "TeamPermissions", "Team lead only: your login on this team store is "
                                              "a rep's and cannot change the queue settings.")};
    case TeamTool::HandoffColumns:
        return {false, QCoreApplication::translate(
                           "TeamPermissions", "Team lead only: your login on this team store is "
                                              "a rep's and cannot change the handoff columns.")};
    case TeamTool::EraseLead:
        return {false, QCoreApplication::translate(
                           "TeamPermissions", "Team lead only: your login on this team store is "
                                              "a rep's and cannot erase leads.")};
    case TeamTool::EditMembers:
        return {false, QCoreApplication::translate(
                           "TeamPermissions", "Team lead only: your login on this team store is "
                                              "a rep's and cannot change weights or absence.")};
    case TeamTool::ContentLibrary:
        return {false, QCoreApplication::translate(
                           "TeamPermissions",
                           "Team lead only: your login on this team store is "
                           "a rep's and cannot change the content library or the nurture tracks.")};
    case TeamTool::AssignLeads:
        return {false, QCoreApplication::translate(
                           "TeamPermissions", "Team lead only: your login on this team store is "
                                              "a rep's and can give leads only to yourself.")};
    }
    return {};
}
