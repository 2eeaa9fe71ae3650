#pragma once

#include "leads/LeadValidator.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

/// Inputs for every detail of a lead, each with an inline message under it. Shared by the
/// new-lead dialog and the editor on the lead card. Values go in and out in the text form of
/// LeadFields (enum keys, "yes"/"no", the owner as a rep name).
class LeadFieldForm : public QWidget
{
    Q_OBJECT

public:
    enum class Arrangement
    {
        Columns, ///< contact, company and origin side by side (dialog)
        Stacked  ///< one column (lead card)
    };

    explicit LeadFieldForm(Arrangement arrangement, QWidget* parent = nullptr);

    void setOwnerNames(const QStringList& names);
    QString text(LeadField field) const;
    void setText(LeadField field, const QString& text);
    /// Shows each problem under its field and clears the others' messages.
    void showProblems(const QList<FieldProblem>& problems);
    void showProblems(LeadField field, const QList<FieldProblem>& problems);
    bool hasProblem(LeadField field) const;
    /// The messages shown under the field, one a line.
    QString problemText(LeadField field) const;
    /// The fields typed in but not yet finished (no Enter, focus still there); each is reported
    /// once: the call marks them finished.
    QList<LeadField> takeUnfinishedFields();
    /// The rep is typing in this field (changed, not yet finished with Enter or by leaving it).
    bool isModified(LeadField field) const;
    /// Marks a typed field as not yet finished again, so that Enter or leaving it saves it.
    void markUnfinished(LeadField field);
    /// Moves the focus to the input of this field.
    void focusField(LeadField field);
    QWidget* input(LeadField field) const { return m_inputs.value(field); }

signals:
    /// The rep finished editing a field: Enter or leaving a changed line, a choice, a tick.
    void fieldEdited(LeadField field);

private:
    QWidget* createInput(LeadField field);
    QLineEdit* createLineEdit(LeadField field, const QString& placeholder);
    QComboBox* createComboBox(LeadField field);
    QCheckBox* createCheckBox(LeadField field);
    void addRow(QFormLayout* layout, LeadField field);

    QHash<LeadField, QWidget*> m_inputs;
    QHash<LeadField, QLabel*> m_problems;
    QHash<LeadField, QFormLayout*> m_layouts;
};
