#pragma once

#include <QPointer>
#include <QWidget>

class CallPanel;
class LeadDetailsEditor;
class QLabel;
class QPushButton;
class QTableView;
class Store;
class StoreEvents;
class TimelineModel;

/// The lead's card, a vertical stack: header (name, call and mail buttons), where the lead stands,
/// its details (editable in place), the call panel, and the lead's timeline, newest first.
class LeadCard : public QWidget
{
    Q_OBJECT

public:
    explicit LeadCard(QWidget* parent = nullptr);

    /// Works on this store; the shown lead is read again whenever the store announces a change
    /// of it (StoreEvents), whoever made it.
    void setStore(const Store* store);
    /// Shows the lead with this id; 0 clears the card.
    void showLead(qint64 leadId);
    /// Reads the shown lead again (a change of it was announced).
    void refresh() { showLead(m_leadId); }
    qint64 leadId() const { return m_leadId; }
    CallPanel* callPanel() const { return m_callPanel; }
    LeadDetailsEditor* detailsEditor() const { return m_editor; }
    /// A line above the call panel, e.g. who holds the lead; empty hides it.
    void setNotice(const QString& text);
    /// Why the lead is where it is in the queue, under its details ("" hides it).
    void setQueueReason(const QString& reason);

signals:
    /// The rep pressed the call button (the controller dials and starts the timer).
    void dialRequested();
    /// A detail of the shown lead was changed on the card (it is in the timeline already).
    void leadChanged(qint64 leadId);
    /// The card now shows this lead (0: none).
    void leadShown(qint64 leadId);
    /// The rep wants to change the lead's running nurture plan (LeadPlanDialog).
    void editPlanRequested(qint64 leadId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showDetails(const struct Lead& lead);
    void arrangeTimelineColumns();

    const Store* m_store = nullptr;
    QPointer<StoreEvents> m_events;
    qint64 m_leadId = 0;
    QString m_email;
    QLabel* m_title;
    QPushButton* m_call;
    QPushButton* m_mail;
    QLabel* m_details; ///< stage, score and calls: what the rep cannot edit here
    QLabel* m_queueReason;
    QLabel* m_plan;          ///< the running nurture plan, if any
    QPushButton* m_editPlan; ///< shown with the plan
    LeadDetailsEditor* m_editor;
    QLabel* m_notice;
    CallPanel* m_callPanel;
    TimelineModel* m_timeline;
    QTableView* m_timelineView;
};
