#pragma once

#include <QObject>
#include <functional>

class AppSettings;
class QAction;
class QWidget;
class Store;

/// The actions on a lead as a record: enter a new lead (Ctrl+N), import leads or activities from
/// a CSV or Excel file (Ctrl+I, ImportWizard), disclose everything stored
/// about the current lead, erase it on request. The main window puts them into its menus and
/// toolbar and reacts to the signals; every question goes through Prompts.
class LeadRecordActions : public QObject
{
    Q_OBJECT

public:
    /// `currentLead` gives the lead shown on the card (0 for none).
    LeadRecordActions(QWidget* window, AppSettings& settings, std::function<qint64()> currentLead);

    void setStore(const Store* store);
    /// Enables disclose and erase when a lead is shown.
    void setCurrentLead(qint64 leadId);

    QAction* newLeadAction() const { return m_newLead; }
    QAction* importAction() const { return m_import; }
    /// Opens the new-lead form, its phone filled in when given (a tel: link nobody has).
    void newLead(const QString& phone = {});
    /// Opens the import wizard, on `path` when given (a file opened with LeadScout).
    void importFile(const QString& path = {});
    QAction* discloseAction() const { return m_disclose; }
    QAction* eraseAction() const { return m_erase; }

signals:
    void leadCreated(qint64 leadId);
    void openLeadRequested(qint64 leadId);
    /// Sent just before an erasure: views should let go of open queries on the store.
    void aboutToErase();
    void leadsErased();

private:
    void disclose();
    void erase();
    /// The lead, or every lead sharing its e-mail address when the rep says so; empty = cancel.
    QList<qint64> chooseLeads(qint64 leadId, const QString& purpose);
    QString resultText(int leads, qint64 rows, bool logCleared, const QStringList& backups) const;

    QWidget* m_window;
    AppSettings& m_settings;
    std::function<qint64()> m_currentLead;
    const Store* m_store = nullptr;
    QAction* m_newLead;
    QAction* m_import;
    QAction* m_disclose;
    QAction* m_erase;
};
