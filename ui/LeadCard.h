#pragma once

#include <QWidget>

class CallPanel;
class QLabel;
class QPushButton;
class QTableView;
class Store;
class TimelineModel;

/// The lead's card, a vertical stack: header (name, call and mail buttons), details, the call
/// panel, and the lead's timeline, newest first.
class LeadCard : public QWidget
{
    Q_OBJECT

public:
    explicit LeadCard(QWidget* parent = nullptr);

    void setStore(const Store* store);
    /// Shows the lead with this id; 0 clears the card.
    void showLead(qint64 leadId);
    /// Reads the shown lead again (after a call was logged or undone).
    void refresh() { showLead(m_leadId); }
    qint64 leadId() const { return m_leadId; }
    CallPanel* callPanel() const { return m_callPanel; }
    /// A line above the call panel, e.g. who holds the lead; empty hides it.
    void setNotice(const QString& text);

signals:
    /// The rep pressed the call button (the controller dials and starts the timer).
    void dialRequested();

private:
    void showDetails(const struct Lead& lead);

    const Store* m_store = nullptr;
    qint64 m_leadId = 0;
    QString m_email;
    QLabel* m_title;
    QPushButton* m_call;
    QPushButton* m_mail;
    QLabel* m_details;
    QLabel* m_notice;
    CallPanel* m_callPanel;
    TimelineModel* m_timeline;
    QTableView* m_timelineView;
};
