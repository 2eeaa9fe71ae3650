#pragma once

#include "leads/LeadMerge.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class Store;

/// Merging leads the rep found to be one person: which lead stays, and per detail in which they
/// differ whose value it keeps (a combo box per detail; a lead with nothing there is not
/// offered). OK merges through LeadMerge; the dialog only shows what it says.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    /// `leadIds`: two or more leads; the first is offered as the one to keep.
    MergeDialog(const Store& store, QList<qint64> leadIds, QString repName,
                QWidget* parent = nullptr);

    /// The merge done when the dialog was accepted.
    const LeadMerge::Result& result() const { return m_result; }

    void accept() override;

signals:
    void merged(const LeadMerge::Result& result);

private:
    qint64 survivorId() const;
    QList<qint64> othersOf(qint64 survivor) const;
    void rebuildFields();

    const Store& m_store;
    QList<qint64> m_leadIds;
    QString m_repName;
    QComboBox* m_survivor;
    QFormLayout* m_fields;
    QLabel* m_agreeing;
    QDialogButtonBox* m_buttons;
    QList<QPair<LeadField, QComboBox*>> m_choices;
    LeadMerge::Result m_result;
};
