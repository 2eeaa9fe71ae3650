#include "HandoffColumnsDialog.h"

#include "Prompts.h"
#include "domain/TeamSettings.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

HandoffColumnsDialog::HandoffColumnsDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("handoffColumnsDialog"));
    setWindowTitle(tr("Handoff columns"));
    m_list->setObjectName(QStringLiteral("columnsListWidget"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    auto* up = new QPushButton(tr("Move &up"));
    up->setObjectName(QStringLiteral("moveUpButton"));
    auto* down = new QPushButton(tr("Move &down"));
    down->setObjectName(QStringLiteral("moveDownButton"));
    auto* reset = new QPushButton(tr("&All, in the usual order"));
    reset->setObjectName(QStringLiteral("resetColumnsButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(reset, &QPushButton::clicked, this, [this] { fill(HandoffColumns::all()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoffColumnsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* side = new QVBoxLayout;
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch(1);
    side->addWidget(reset);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The columns of every handoff file, for the whole team. "
                                    "Tick what sales needs and put it in order.")));
    layout->addLayout(middle);
    layout->addWidget(buttons);
    fill(HandoffColumns::chosen(TeamSettings(m_store)));
    resize(460, 560);
}

void HandoffColumnsDialog::fill(const QList<HandoffColumn>& chosen)
{
    m_list->clear();
    QList<HandoffColumn> order = chosen;
    for (HandoffColumn column : HandoffColumns::all())
        if (!order.contains(column))
            order.append(column);
    for (HandoffColumn column : order) {
        auto* item = new QListWidgetItem(HandoffColumns::headerOf(column), m_list);
        item->setData(Qt::UserRole, HandoffColumns::keyOf(column));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(column) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
}

void HandoffColumnsDialog::move(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

QList<HandoffColumn> HandoffColumnsDialog::chosenColumns() const
{
    QList<HandoffColumn> columns;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        if (const auto column = HandoffColumns::fromKey(item->data(Qt::UserRole).toString()))
            columns.append(*column);
    }
    return columns;
}

void HandoffColumnsDialog::accept()
{
    try {
        TeamSettings settings(m_store);
        HandoffColumns::setChosen(settings, chosenColumns());
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("Handoff columns"), error.message());
        return;
    }
    QDialog::accept();
}
