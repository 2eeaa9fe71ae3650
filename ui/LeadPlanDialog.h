#pragma once

#include "nurture/NurturePlan.h"
#include "nurture/NurtureTypes.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Store;

/// One lead's running nurture plan, changed for this lead only (issue 20): a pending step moved
/// to another day (onto the next working day of the lead's calendar), its channel, content or
/// purpose changed, a note added; a step skipped with a note, removed, or a new one added; or
/// the plan started again on another track. Every change goes through the nurture use cases
/// (NurturePlans, StepCompletion), which announce the lead, so the card and the Nurture page
/// follow.
class LeadPlanDialog : public QDialog
{
    Q_OBJECT

public:
    LeadPlanDialog(const Store& store, qint64 leadId, const QString& repName,
                   QWidget* parent = nullptr);

    /// Reads the lead's running plan again (keeps the selected step when it is still there).
    void reload();
    /// Selects the step with this id; false when the plan has none.
    bool selectStep(qint64 stepId);
    /// The running plan shown, if any.
    const std::optional<NurturePlan>& plan() const { return m_plan; }

    /// Saves the form onto the selected pending step.
    void saveStep();
    /// Adds the form as a new pending step.
    void addStep();
    /// Skips the selected step with the note of the form.
    void skipStep();
    /// Removes the selected pending step (asks first).
    void removeStep();
    /// Starts the plan again on the track chosen (asks first).
    void changeTrack();

private:
    QWidget* buildForm();
    void showSelected();
    void updateActions();
    const PlanStep* selected() const;
    StepEdit edit() const;
    QDate localDay(qint64 utcSecs) const;
    void say(const QString& text, bool problem);

    const Store& m_store;
    qint64 m_leadId;
    QString m_repName;
    std::optional<NurturePlan> m_plan;
    QList<ContentPiece> m_pieces;

    QLabel* m_summary;
    QTableWidget* m_steps;
    QDateEdit* m_due;
    QComboBox* m_channel;
    QComboBox* m_kind;
    QComboBox* m_piece;
    QComboBox* m_purpose;
    QLineEdit* m_note;
    QPushButton* m_save;
    QPushButton* m_add;
    QPushButton* m_skip;
    QPushButton* m_remove;
    QComboBox* m_track;
    QPushButton* m_switch;
    QLabel* m_message;
};
