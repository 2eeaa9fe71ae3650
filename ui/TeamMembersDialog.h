#pragma once

#include "team/TeamMembers.h"
#include "team/TeamPermissions.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;
class QTableWidget;
class Store;

/// Team ▸ Members: the reps and team leads with their role, share of new leads (weight), absence
/// and the new leads assigned to them today. A team lead changes weights and absence and saves;
/// a rep sees the same read-only (the server would refuse the change anyway).
class TeamMembersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamMembersDialog(const Store& store, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QSpinBox* weightBox(int row) const;
    QCheckBox* absentBox(int row) const;
    /// Saves the changed weights and absences (a team lead); stays open when the store refuses.
    void accept() override;

private:
    void fill();

    const Store& m_store;
    QList<TeamMember> m_members;
    bool m_mayEdit = false;
    QString m_refusal; ///< why a rep cannot change anything (the inputs' tooltip)
    QTableWidget* m_table;
};
