#include "MergeActions.h"

#include "DuplicatesDialog.h"
#include "MergeDialog.h"
#include "Prompts.h"
#include "domain/LeadRepository.h"
#include "leads/DuplicateFinder.h"
#include "store/Store.h"
#include "support/AppSettings.h"

#include <QAction>

MergeActions::MergeActions(QWidget* window, AppSettings& settings,
                           std::function<const Store*()> store, std::function<qint64()> currentLead)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_store(std::move(store))
    , m_currentLead(std::move(currentLead))
    , m_findDuplicates(new QAction(tr("Find Dupli&cates…"), this))
    , m_mergeCurrent(new QAction(tr("Merge &with Duplicates…"), this))
    , m_undoMerge(new QAction(tr("Undo Merge"), this))
{
    m_findDuplicates->setObjectName(QStringLiteral("findDuplicatesAction"));
    m_findDuplicates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_findDuplicates->setToolTip(tr("List the leads that are probably one person and merge them"));
    m_mergeCurrent->setObjectName(QStringLiteral("mergeCurrentLeadAction"));
    m_mergeCurrent->setToolTip(tr("Merge this lead with its likely duplicates"));
    m_undoMerge->setObjectName(QStringLiteral("undoMergeAction"));
    m_undoMerge->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    m_undoMerge->setToolTip(tr("Put the leads of the latest merge back as they were"));
    connect(m_findDuplicates, &QAction::triggered, this, &MergeActions::findDuplicates);
    connect(m_mergeCurrent, &QAction::triggered, this, &MergeActions::mergeCurrent);
    connect(m_undoMerge, &QAction::triggered, this, &MergeActions::undoMerge);
    setCurrentLead(0);
    updateUndo();
}

void MergeActions::storeChanged()
{
    const Store* store = m_store();
    m_findDuplicates->setEnabled(store != nullptr);
    updateUndo();
    if (store && store->events())
        connect(store->events(), &StoreEvents::leadsChanged, this, &MergeActions::updateUndo,
                Qt::UniqueConnection);
}

void MergeActions::setCurrentLead(qint64 leadId)
{
    m_mergeCurrent->setEnabled(leadId > 0 && m_store());
    updateUndo(); // working the lead may have ended the undo
}

void MergeActions::updateUndo()
{
    bool undoable = false;
    try {
        const Store* store = m_store();
        undoable = store && LeadMerge(*store).latestUndoable().has_value();
    } catch (const StoreError&) {
        undoable = false; // the store cannot be read now; the action stays off
    }
    m_undoMerge->setEnabled(undoable);
}

void MergeActions::findDuplicates()
{
    const Store* store = m_store();
    if (!store)
        return;
    auto* dialog = new DuplicatesDialog(*store, m_settings.repName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicatesDialog::merged, this, &MergeActions::afterMerge);
    dialog->open();
}

void MergeActions::mergeCurrent()
{
    const qint64 leadId = m_currentLead();
    const Store* store = m_store();
    if (!store || leadId <= 0)
        return;
    const std::optional<Lead> lead = LeadRepository(*store).find(leadId);
    if (!lead)
        return;
    QList<qint64> ids{leadId};
    for (const DuplicateMatch& match : DuplicateFinder(*store).find(*lead, leadId))
        ids.append(match.leadId);
    if (ids.size() < 2) {
        Prompts::information(m_window, tr("Merge with Duplicates"),
                             tr("No other lead has this lead's e-mail address, or its phone "
                                "number with a matching name."));
        return;
    }
    auto* dialog = new MergeDialog(*store, ids, m_settings.repName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::merged, this, &MergeActions::afterMerge);
    dialog->open();
}

void MergeActions::afterMerge(const LeadMerge::Result& result)
{
    updateUndo();
    emit leadsMerged(result.survivorId);
    Prompts::information(m_window, tr("Leads Merged"),
                         tr("%n lead(s) merged into lead %1. Lead ▸ Undo Merge (%2) puts them "
                            "back as they were, as long as lead %1 is not worked on.",
                            nullptr, int(result.mergedIds.size()))
                             .arg(result.survivorId)
                             .arg(m_undoMerge->shortcut().toString(QKeySequence::NativeText)));
}

void MergeActions::undoMerge()
{
    const Store* store = m_store();
    if (!store)
        return;
    LeadMerge merge(*store);
    const std::optional<MergeRecord> latest = merge.latestUndoable();
    if (!latest)
        return;
    if (Prompts::question(m_window, tr("Undo Merge"),
                          tr("Put lead %1 and the %n lead(s) merged into it back as they were "
                             "before the merge?",
                             nullptr, int(latest->mergedIds.size()))
                              .arg(latest->survivorId),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    try {
        merge.undo(latest->mergeId);
    } catch (const StoreError& error) {
        Prompts::critical(m_window, tr("Undo Merge"), error.message());
        updateUndo();
        return;
    }
    updateUndo();
    emit mergeUndone(latest->survivorId);
}
