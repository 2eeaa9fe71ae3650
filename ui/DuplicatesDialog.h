#pragma once

#include "leads/LeadMerge.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class Store;

/// Lead ▸ Find Duplicates…: the groups of stored leads that are probably one person (the same
/// e-mail address, or the same phone number with a matching name), each with its leads; Merge…
/// (or Enter) opens the merge of the selected group.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(const Store& store, QString repName, QWidget* parent = nullptr);

    /// Lists the groups again (after a merge or an undo).
    void refresh();
    /// The number of groups listed.
    int groupCount() const;

signals:
    void merged(const LeadMerge::Result& result);

private:
    void mergeSelected();
    QList<qint64> selectedGroup() const;

    const Store& m_store;
    QString m_repName;
    QTreeWidget* m_groups;
    QLabel* m_summary;
    QPushButton* m_merge;
};
