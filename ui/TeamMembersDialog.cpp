#include "TeamMembersDialog.h"

#include "Prompts.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    NameColumn,
    RoleColumn,
    WeightColumn,
    AbsentColumn,
    TodayColumn
};

} // namespace

TeamMembersDialog::TeamMembersDialog(const Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("teamMembersDialog"));
    setWindowTitle(tr("Team Members"));
    const ToolAccess access = TeamPermissions(store).access(TeamTool::EditMembers);
    m_mayEdit = access.allowed;
    m_refusal = access.reason;
    m_table->setObjectName(QStringLiteral("teamMembersTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Weight"), tr("Absent"), tr("Assigned today")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves between the weight and absent inputs
    auto* note = new QLabel(m_mayEdit ? tr("New leads go to present members in proportion to "
                                           "their weight. A weight of 0 gives none.")
                                      : tr("Only a team lead can change weights and absence."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(
        m_mayEdit ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamMembersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    fill();
    resize(560, 360);
}

void TeamMembersDialog::fill()
{
    m_members = TeamMembers(m_store).list();
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const TeamMember& member = m_members.at(row);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(member.name));
        m_table->setItem(
            row, RoleColumn,
            new QTableWidgetItem(member.role == TeamRole::Lead ? tr("Team lead") : tr("Rep")));
        auto* weight = new QSpinBox;
        weight->setRange(0, 100);
        weight->setValue(member.weight);
        weight->setEnabled(m_mayEdit);
        weight->setToolTip(m_refusal);
        weight->setAccessibleName(tr("Weight of %1").arg(member.name));
        m_table->setCellWidget(row, WeightColumn, weight);
        auto* absent = new QCheckBox;
        absent->setChecked(member.absent);
        absent->setEnabled(m_mayEdit);
        absent->setToolTip(m_refusal);
        absent->setAccessibleName(tr("%1 is absent").arg(member.name));
        m_table->setCellWidget(row, AbsentColumn, absent);
        m_table->setItem(row, TodayColumn,
                         new QTableWidgetItem(QString::number(member.assignedToday)));
    }
    m_table->resizeColumnsToContents();
}

QSpinBox* TeamMembersDialog::weightBox(int row) const
{
    return qobject_cast<QSpinBox*>(m_table->cellWidget(row, WeightColumn));
}

QCheckBox* TeamMembersDialog::absentBox(int row) const
{
    return qobject_cast<QCheckBox*>(m_table->cellWidget(row, AbsentColumn));
}

void TeamMembersDialog::accept()
{
    if (!m_mayEdit) {
        QDialog::accept();
        return;
    }
    const TeamMembers members(m_store);
    try {
        for (int row = 0; row < m_members.size(); ++row) {
            const TeamMember& member = m_members.at(row);
            if (weightBox(row)->value() != member.weight)
                members.setWeight(member.id, weightBox(row)->value());
            if (absentBox(row)->isChecked() != member.absent)
                members.setAbsent(member.id, absentBox(row)->isChecked());
        }
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("The team was not saved"), error.message());
        fill();
        return;
    }
    QDialog::accept();
}
