#pragma once

#include <QWidget>

class LeadFieldForm;
class QAction;
class QHBoxLayout;
class Store;
struct Lead;
enum class LeadField;

/// The lead's details on the card, every one editable in place: a change is checked with the
/// rules of a new lead and saved at once (Enter or leaving the field, a choice, a tick), and kept
/// in the lead's field history. A refused value stays in its field with the reason under it.
class LeadDetailsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LeadDetailsEditor(QWidget* parent = nullptr);

    void setStore(const Store* store);
    /// The rep recorded as the author of changes.
    void setRepName(const QString& repName);
    /// Shows this lead's details (0 clears). Showing the same lead again keeps refused values.
    void showLead(qint64 leadId);
    qint64 leadId() const { return m_leadId; }
    /// Buttons for actions on the whole record (disclose, erase), shown above the details.
    void addRecordAction(QAction* action);

signals:
    /// A detail was saved; the lead's history has a new entry.
    void leadChanged(qint64 leadId);

private:
    void saveField(LeadField field);
    void fill(const Lead& lead, bool keepRefused);

    const Store* m_store = nullptr;
    QString m_repName;
    qint64 m_leadId = 0;
    LeadFieldForm* m_form;
    QHBoxLayout* m_actions;
};
