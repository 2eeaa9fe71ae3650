#pragma once

#include <QMap>
#include <QWidget>

class LeadFieldForm;
class QAction;
class QHBoxLayout;
class QPushButton;
class Store;
struct Lead;
enum class LeadField;

/// The lead's details on the card, every one editable in place: a change is checked with the
/// rules of a new lead and saved at once (Enter or leaving the field, a choice, a tick, and
/// before any keyboard shortcut or a change of lead), and kept in the lead's field history. A
/// refused value stays in its field with the reason under it, and under every other field the
/// change would have broken; a shortcut pressed while the typed value is refused does nothing.
/// A field someone else changed since it was shown is not overwritten: their value is shown at
/// the field with the rep's typing kept; saving again keeps the rep's value.
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
    /// Saves what is typed in a field but not yet finished with Enter or by leaving it. False
    /// when it was refused; the reasons are shown under the fields.
    bool commitPending();

protected:
    /// Commits a pending value before a shortcut (F8, F9…) acts on the lead; holds the shortcut
    /// back when the value is refused, so the rep sees why instead of losing it.
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /// A detail was saved; the lead's history has a new entry.
    void leadChanged(qint64 leadId);

private:
    /// Saves one field; false when refused (the reasons are shown). On success the card shows
    /// the stored form and `leadChanged` is sent, unless `quietly` (the card is leaving the lead).
    bool saveField(LeadField field, bool quietly = false);
    void showRefusal(LeadField field, const QList<struct FieldProblem>& problems);
    void fill(const Lead& lead, bool keepRefused);
    void showConflict(LeadField field, const struct FieldConflict& conflict);

    const Store* m_store = nullptr;
    QString m_repName;
    qint64 m_leadId = 0;
    qint64 m_rowVersion = 0;           ///< the lead's version when it was last shown
    QMap<LeadField, QString> m_loaded; ///< each field's stored text when it was last shown
    LeadFieldForm* m_form;
    QHBoxLayout* m_actions;
    QPushButton* m_recordButton = nullptr; ///< "Data protection ▾": disclose, erase
};
