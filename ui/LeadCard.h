#pragma once

#include <QWidget>

class LeadDetailsEditor;
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
    LeadDetailsEditor* detailsEditor() const { return m_details; }

signals:
    /// A detail of the shown lead was changed on the card.
    void leadChanged(qint64 leadId);
    /// The card now shows this lead (0: none).
    void leadShown(qint64 leadId);

private:
    void showHistory();

    const Store* m_store = nullptr;
    qint64 m_leadId = 0;
    QLabel* m_title;
    LeadDetailsEditor* m_details;
    QListWidget* m_history;
};
