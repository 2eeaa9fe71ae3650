#include "import/ImportOwner.h"

#include "domain/LeadRepository.h"

ImportOwners::ImportOwners(const Store& store, QString repName)
    : m_store(store)
    , m_repName(repName.trimmed())
{}

QStringList ImportOwners::assignable(const TeamPermissions& permissions) const
{
    QStringList result;
    if (!m_repName.isEmpty())
        result.append(m_repName);
    if (!permissions.allows(TeamTool::AssignLeads))
        return result;
    for (const QString& name : Reps::names(m_store))
        if (!result.contains(name))
            result.append(name);
    return result;
}

OwnerRefusal ImportOwners::refusal(const ImportOwnerOptions& options,
                                   const TeamPermissions& permissions) const
{
    if (options.mode != OwnerMode::Rep)
        return {};
    const QString rep = options.rep.trimmed();
    if (rep.isEmpty())
        return {OwnerRefusal::Kind::UnknownRep, tr("Choose the rep who gets the leads.")};
    if (rep == m_repName)
        return {};
    const QStringList team = Reps::names(m_store);
    if (!team.contains(rep))
        return {OwnerRefusal::Kind::UnknownRep,
                team.isEmpty() ? tr("There is no rep named \"%1\" on this store.").arg(rep)
                               : tr("There is no rep named \"%1\" on this store; its reps are: %2.")
                                     .arg(rep, team.join(QStringLiteral(", ")))};
    if (const ToolAccess access = permissions.access(TeamTool::AssignLeads); !access.allowed)
        return {OwnerRefusal::Kind::NotAllowed, access.reason};
    return {};
}

OwnerRefusal ImportOwners::refusal(const ImportOwnerOptions& options) const
{
    if (options.mode != OwnerMode::Rep)
        return {};
    return refusal(options, TeamPermissions(m_store));
}

QString ImportOwners::modeKey(OwnerMode mode)
{
    switch (mode) {
    case OwnerMode::FromFile:
        return QStringLiteral("file");
    case OwnerMode::Rep:
        return QStringLiteral("rep");
    case OwnerMode::Nobody:
        break;
    }
    return QStringLiteral("nobody");
}
