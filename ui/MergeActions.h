#pragma once

#include "leads/LeadMerge.h"

#include <QObject>
#include <functional>

class AppSettings;
class QAction;
class QWidget;
class Store;

/// Merging duplicates from the window: Lead ▸ Find Duplicates… (every group of likely duplicates
/// in the store), Merge with Duplicates… on the lead card (the current lead and its likely
/// duplicates) and Lead ▸ Undo Merge (the latest merge, while its lead has not been worked
/// since). After a merge a notice says how to undo it.
class MergeActions : public QObject
{
    Q_OBJECT

public:
    /// `store` gives the window's store (nullptr for none), `currentLead` the lead shown on the
    /// card (0 for none); both are asked each time, so a store opened later is the one used.
    MergeActions(QWidget* window, AppSettings& settings, std::function<const Store*()> store,
                 std::function<qint64()> currentLead);

    /// The window opened another store: follows its changes.
    void storeChanged();
    /// Enables Merge with Duplicates… when a lead is shown.
    void setCurrentLead(qint64 leadId);

    QAction* findDuplicatesAction() const { return m_findDuplicates; }
    QAction* mergeCurrentAction() const { return m_mergeCurrent; }
    QAction* undoMergeAction() const { return m_undoMerge; }

signals:
    /// A merge was made: the survivor is the lead to show.
    void leadsMerged(qint64 survivorId);
    /// A merge was undone: the survivor is back as it was.
    void mergeUndone(qint64 survivorId);

private:
    void findDuplicates();
    void mergeCurrent();
    void undoMerge();
    void afterMerge(const LeadMerge::Result& result);
    void updateUndo();

    QWidget* m_window;
    AppSettings& m_settings;
    std::function<const Store*()> m_store;
    std::function<qint64()> m_currentLead;
    QAction* m_findDuplicates;
    QAction* m_mergeCurrent;
    QAction* m_undoMerge;
};
