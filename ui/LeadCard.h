#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class Store;

/// The lead's card: who it is, how to reach them, where it stands, and its history.
class LeadCard : public QWidget
{
    Q_OBJECT

public:
    explicit LeadCard(QWidget* parent = nullptr);

    void setStore(const Store* store);
    /// Shows the lead with this id; 0 clears the card.
    void showLead(qint64 leadId);
    qint64 leadId() const { return m_leadId; }

private:
    const Store* m_store = nullptr;
    qint64 m_leadId = 0;
    QLabel* m_title;
    QLabel* m_details;
    QListWidget* m_history;
};
