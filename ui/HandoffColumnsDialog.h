#pragma once

#include "handoff/HandoffColumns.h"

#include <QDialog>

class QListWidget;
class Store;

/// The team's choice of handoff columns: tick the columns sales receives and put them in order.
/// Saved in the store's team settings, so every rep's handoff has the same columns.
class HandoffColumnsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HandoffColumnsDialog(Store& store, QWidget* parent = nullptr);

    /// The ticked columns, in the order shown.
    QList<HandoffColumn> chosenColumns() const;
    /// Saves the choice; with no column ticked it says so and stays open.
    void accept() override;

private:
    void fill(const QList<HandoffColumn>& chosen);
    void move(int delta);

    Store& m_store;
    QListWidget* m_list;
};
