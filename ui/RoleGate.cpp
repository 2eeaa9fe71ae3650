#include "RoleGate.h"

#include "MainWindow.h"
#include "store/Store.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

RoleGate::RoleGate(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("roleGate"));
    for (auto it = gatedActions().cbegin(); it != gatedActions().cend(); ++it) {
        auto* action = window->findChild<QAction*>(it.key());
        if (!action)
            continue;
        auto* group = new QActionGroup(this);
        group->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
        group->addAction(action);
        m_groups.insert(action, group);
        m_ownTips.insert(action, action->toolTip());
        // A menu shows an action's tooltip only when asked to: the reason is seen where it is.
        for (QObject* shownIn : action->associatedObjects())
            if (auto* menu = qobject_cast<QMenu*>(shownIn))
                menu->setToolTipsVisible(true);
    }
    connect(window, &MainWindow::storeChanged, this, &RoleGate::update);
}

const QHash<QString, TeamTool>& RoleGate::gatedActions()
{
    static const QHash<QString, TeamTool> actions{
        {QStringLiteral("scoringRulesAction"), TeamTool::ScoringRules},
        {QStringLiteral("rescoreAllAction"), TeamTool::RescoreAll},
        {QStringLiteral("queueSettingsAction"), TeamTool::QueueSettings},
        {QStringLiteral("handoffColumnsAction"), TeamTool::HandoffColumns},
        {QStringLiteral("contentLibraryAction"), TeamTool::ContentLibrary},
        {QStringLiteral("nurtureTracksAction"), TeamTool::ContentLibrary},
        {QStringLiteral("eraseLeadAction"), TeamTool::EraseLead}};
    return actions;
}

void RoleGate::update()
{
    TeamPermissions permissions(TeamRole::Lead);
    try {
        permissions = TeamPermissions(m_window->store());
    } catch (const StoreError&) {
        // The server will say no itself when it must; an unanswered question locks nothing.
    }
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        QAction* action = it.key();
        const ToolAccess access = permissions.access(gatedActions().value(action->objectName()));
        it.value()->setEnabled(access.allowed);
        action->setToolTip(access.allowed ? m_ownTips.value(action) : access.reason);
        action->setStatusTip(access.allowed ? QString() : access.reason);
    }
}
