#include "DuplicatesDialog.h"

#include "MergeDialog.h"
#include "domain/LeadRepository.h"
#include "leads/DuplicateGroups.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int idsRole = Qt::UserRole;

} // namespace

DuplicatesDialog::DuplicatesDialog(const Store& store, QString repName, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_repName(std::move(repName))
    , m_groups(new QTreeWidget)
    , m_summary(new QLabel)
    , m_merge(new QPushButton(tr("&Merge…")))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Find Duplicates"));
    m_groups->setObjectName(QStringLiteral("duplicateGroupsTree"));
    m_groups->setHeaderLabels({tr("Lead"), tr("Company"), tr("Stage")});
    m_groups->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->setAllColumnsShowFocus(true);
    m_merge->setObjectName(QStringLiteral("mergeDuplicatesButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &DuplicatesDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    // Enter reaches the default button (Merge…); a double click merges too.
    connect(m_groups, &QTreeWidget::itemDoubleClicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_groups, &QTreeWidget::currentItemChanged, this,
            [this] { m_merge->setEnabled(selectedGroup().size() > 1); });
    auto* intro = new QLabel(tr("Leads with the same e-mail address, or the same phone number "
                                "and a matching name, are probably one person. Select a group "
                                "and press Merge… to make one lead of them."));
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("duplicatesSummaryLabel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_groups, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    m_merge->setDefault(true); // now that it is in the dialog: Enter merges, never closes
    resize(760, 520);
    refresh();
}

void DuplicatesDialog::refresh()
{
    m_groups->clear();
    const LeadRepository repository(m_store);
    const QList<DuplicateGroup> groups = DuplicateGroups(m_store).find();
    for (const DuplicateGroup& group : groups) {
        QVariantList ids;
        for (const qint64 id : group.leadIds)
            ids.append(id);
        auto* top = new QTreeWidgetItem(
            m_groups, {tr("%1: %2 (%n lead(s))", nullptr, int(group.leadIds.size()))
                           .arg(group.reasonText(), group.shared)});
        top->setData(0, idsRole, ids);
        for (const qint64 id : group.leadIds)
            if (const std::optional<Lead> lead = repository.find(id)) {
                auto* child =
                    new QTreeWidgetItem(top, {tr("Lead %1: %2").arg(id).arg(lead->displayName()),
                                              lead->company, labelOf(lead->stage)});
                child->setData(0, idsRole, ids);
            }
        top->setFirstColumnSpanned(true);
        top->setExpanded(true);
    }
    m_summary->setText(groups.isEmpty()
                           ? tr("No likely duplicates found.")
                           : tr("%n group(s) of likely duplicates.", nullptr, int(groups.size())));
    if (m_groups->topLevelItemCount() > 0)
        m_groups->setCurrentItem(m_groups->topLevelItem(0));
    m_merge->setEnabled(selectedGroup().size() > 1);
    m_groups->setFocus();
}

int DuplicatesDialog::groupCount() const
{
    return m_groups->topLevelItemCount();
}

QList<qint64> DuplicatesDialog::selectedGroup() const
{
    QList<qint64> ids;
    if (const QTreeWidgetItem* item = m_groups->currentItem())
        for (const QVariant& id : item->data(0, idsRole).toList())
            ids.append(id.toLongLong());
    return ids;
}

void DuplicatesDialog::mergeSelected()
{
    const QList<qint64> ids = selectedGroup();
    if (ids.size() < 2)
        return;
    auto* dialog = new MergeDialog(m_store, ids, m_repName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::merged, this, [this](const LeadMerge::Result& result) {
        refresh();
        emit merged(result);
    });
    dialog->open();
}
