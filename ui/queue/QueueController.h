#pragma once

#include "queue/LeadOpening.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class AppSettings;
class CallLog;
class LeadCard;
class QAction;
class QTimer;
class QueueView;
class Store;
class StoreEvents;

/// The rep's shift: next lead, dial, log the outcome, schedule a callback, save and next,
/// release, undo the last call. Owns the actions (with their shortcuts) that the main window
/// puts into the Lead menu, and keeps the claim on the open lead alive while the rep works it
/// (a call in the panel, or input within the claim time); otherwise the claim lapses.
class QueueController : public QObject
{
    Q_OBJECT

public:
    QueueController(QWidget* window, AppSettings& settings, QueueView* view, LeadCard* card);
    ~QueueController() override;

    void setStore(const Store* store);
    /// Every action, in menu order (nullptr marks a separator).
    QList<QAction*> actions() const { return m_actions; }

    bool nextLead();
    void openLead(qint64 leadId);
    void dial();
    bool saveCall();
    void saveAndNext();
    void releaseLead();
    void undoLastCall();
    void scheduleCallback();
    /// Releases this window's claims (the window closes).
    void releaseAll();
    /// Asks before an unsaved call (dialled, outcome chosen or note typed) is dropped; true
    /// when there is none or the rep agrees to discard it.
    bool confirmDiscard();
    /// Asked before "Save and next" logs the call and leaves the lead: false stops it (the
    /// qualification typed on the form could not be saved, and says why at its fields).
    void setLeaveCheck(std::function<bool(qint64 leadId)> check)
    {
        m_leaveCheck = std::move(check);
    }

signals:
    void queueChanged();

protected:
    /// Notes the rep's input in the window: it keeps the claim on the open lead.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* addAction(const QString& text, const QKeySequence& key, const char* objectName);
    void createActions();
    void showLeadInCard(qint64 leadId);
    void showOpened(const LeadOpening::Opened& opened);
    void proposeAfterMaxAttempts(qint64 leadId);
    void updateActions();
    void status(const QString& text);
    void keepClaim();
    /// A change of the held lead was announced (by a colleague, a worker, the card's editor):
    /// opens it again only when it can no longer be called here or someone else took it.
    void followChange(qint64 leadId);

    QWidget* m_window;
    AppSettings& m_settings;
    QueueView* m_view;
    LeadCard* m_card;
    const Store* m_store = nullptr;
    QPointer<StoreEvents> m_events;
    bool m_acting = false; ///< this controller is writing: it shows the outcome itself
    QString m_sessionToken;
    std::unique_ptr<LeadOpening> m_opening; ///< claims and notices of the card's lead
    QTimer* m_claimTimer;    ///< checks the clock each second: renew the claim, or let it lapse
    bool m_activity = false; ///< input since the last renewal
    QList<QAction*> m_actions;
    QList<QAction*> m_leadActions; ///< need an open lead
    qint64 m_lastCallId = 0;
    std::function<bool(qint64)> m_leaveCheck;
};
