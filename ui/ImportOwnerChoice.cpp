#include "ImportOwnerChoice.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>

ImportOwnerChoice::ImportOwnerChoice(const Store& store, const QString& repName, QWidget* parent)
    : QWidget(parent)
    , m_fromFile(new QRadioButton(tr("From the file's &owner column; rows that name none stay "
                                     "unassigned")))
    , m_rep(new QRadioButton(tr("From the owner column; rows that name none &go to:")))
    , m_nobody(new QRadioButton(tr("Nobody: every lead waits &unassigned in the queue")))
    , m_reps(new QComboBox)
    , m_rejectUnknown(new QCheckBox(tr("Re&ject rows whose owner is not a rep of the team "
                                       "(otherwise they stay unassigned)")))
    , m_note(new QLabel)
{
    m_fromFile->setObjectName(QStringLiteral("importOwnerFromFile"));
    m_rep->setObjectName(QStringLiteral("importOwnerRep"));
    m_nobody->setObjectName(QStringLiteral("importOwnerNobody"));
    m_reps->setObjectName(QStringLiteral("importOwnerReps"));
    m_rejectUnknown->setObjectName(QStringLiteral("importOwnerRejectUnknown"));
    m_note->setObjectName(QStringLiteral("importOwnerNote"));
    m_note->setWordWrap(true);
    m_fromFile->setChecked(true);
    auto* modes = new QButtonGroup(this);
    for (QRadioButton* mode : {m_fromFile, m_rep, m_nobody})
        modes->addButton(mode);

    const ImportOwners owners(store, repName);
    const TeamPermissions permissions(store);
    m_reps->addItems(owners.assignable(permissions));
    if (const ToolAccess access = permissions.access(TeamTool::AssignLeads); !access.allowed) {
        m_note->setText(access.reason);
        m_reps->setToolTip(access.reason);
    }
    m_note->setVisible(!m_note->text().isEmpty());

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_fromFile, 0, 0, 1, 2);
    grid->addWidget(m_rep, 1, 0);
    grid->addWidget(m_reps, 1, 1);
    grid->addWidget(m_nobody, 2, 0, 1, 2);
    grid->addWidget(m_rejectUnknown, 3, 0, 1, 2);
    grid->addWidget(m_note, 4, 0, 1, 2);
    grid->setColumnStretch(2, 1);

    connect(modes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on)
            refresh();
    });
    connect(m_reps, &QComboBox::currentIndexChanged, this, &ImportOwnerChoice::refresh);
    connect(m_rejectUnknown, &QCheckBox::toggled, this, &ImportOwnerChoice::refresh);
    refresh();
}

ImportOwnerOptions ImportOwnerChoice::options() const
{
    ImportOwnerOptions options;
    options.mode = m_rep->isChecked()      ? OwnerMode::Rep
                   : m_nobody->isChecked() ? OwnerMode::Nobody
                                           : OwnerMode::FromFile;
    if (options.mode == OwnerMode::Rep)
        options.rep = m_reps->currentText();
    options.rejectUnknown = options.mode != OwnerMode::Nobody && m_rejectUnknown->isChecked();
    return options;
}

void ImportOwnerChoice::refresh()
{
    m_reps->setEnabled(m_rep->isChecked());
    // Without reading the owner column there is no owner to find unknown.
    m_rejectUnknown->setEnabled(!m_nobody->isChecked());
    emit changed();
}
