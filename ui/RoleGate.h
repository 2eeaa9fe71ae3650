#pragma once

#include "team/TeamPermissions.h"

#include <QHash>
#include <QObject>

class MainWindow;
class QAction;
class QActionGroup;

/// Greys out the team lead's tools for a rep connected to a team store, with a tooltip saying
/// why; the decision is TeamPermissions' (the connection's role on the server). Follows the
/// window's store: on SQLite, or a team lead's login, everything stays enabled. The actions are
/// found by object name, so the window only creates the gate.
class RoleGate : public QObject
{
    Q_OBJECT

public:
    explicit RoleGate(MainWindow* window);

    /// The object names of the gated actions and their tool.
    static const QHash<QString, TeamTool>& gatedActions();

private:
    void update();

    MainWindow* m_window;
    /// One group per action: a disabled group keeps its action disabled whatever the action's
    /// own owner enables (e.g. erase when a lead is shown), and restores it when enabled again.
    QHash<QAction*, QActionGroup*> m_groups;
    QHash<QAction*, QString> m_ownTips;
};
