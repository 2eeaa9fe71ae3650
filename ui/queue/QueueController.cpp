#include "QueueController.h"

#include "CallPanel.h"
#include "DesktopLinks.h"
#include "LeadCard.h"
#include "Prompts.h"
#include "QueueView.h"
#include "domain/LeadRepository.h"
#include "domain/TeamSettings.h"
#include "items/QueueModel.h"
#include "store/Store.h"
#include "support/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QMainWindow>
#include <QScopedValueRollback>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

QueueController::QueueController(QWidget* window, AppSettings& settings, QueueView* view,
                                 LeadCard* card)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_view(view)
    , m_card(card)
    , m_sessionToken(LeadOpening::newSessionToken())
    , m_claimTimer(new QTimer(this))
{
    createActions();
    m_claimTimer->setInterval(1000);
    connect(m_claimTimer, &QTimer::timeout, this, &QueueController::keepClaim);
    QCoreApplication::instance()->installEventFilter(this);
    connect(m_view, &QueueView::leadOpened, this, &QueueController::openLead);
    connect(m_card, &LeadCard::dialRequested, this, &QueueController::dial);
    updateActions();
}

QueueController::~QueueController() = default;

QAction* QueueController::addAction(const QString& text, const QKeySequence& key,
                                    const char* objectName)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                     key.toString(QKeySequence::NativeText)));
    m_actions.append(action);
    return action;
}

void QueueController::createActions()
{
    connect(addAction(tr("&Next lead"), QKeySequence(Qt::Key_F8), "nextLeadAction"),
            &QAction::triggered, this, &QueueController::nextLead);
    m_leadActions.append(addAction(tr("&Dial"), QKeySequence(Qt::Key_F9), "dialAction"));
    connect(m_leadActions.last(), &QAction::triggered, this, &QueueController::dial);
    m_actions.append(nullptr);
    int digit = 1;
    for (const CallOutcome outcome : allValues<CallOutcome>()) {
        QAction* action =
            addAction(labelOf(outcome), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + digit++)),
                      "outcomeAction");
        action->setObjectName(QStringLiteral("outcome_%1_Action").arg(keyOf(outcome)));
        connect(action, &QAction::triggered, this,
                [this, outcome] { m_card->callPanel()->setOutcome(outcome); });
        m_leadActions.append(action);
    }
    m_actions.append(nullptr);
    m_leadActions.append(addAction(tr("Schedule call&back…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                                   "scheduleCallbackAction"));
    connect(m_leadActions.last(), &QAction::triggered, this, &QueueController::scheduleCallback);
    m_leadActions.append(
        addAction(tr("&Log call"), QKeySequence(Qt::CTRL | Qt::Key_L), "logCallAction"));
    connect(m_leadActions.last(), &QAction::triggered, this, &QueueController::saveCall);
    m_leadActions.append(addAction(tr("Save and ne&xt"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                   "saveAndNextAction"));
    connect(m_leadActions.last(), &QAction::triggered, this, &QueueController::saveAndNext);
    m_leadActions.append(addAction(
        tr("&Release lead"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "releaseLeadAction"));
    connect(m_leadActions.last(), &QAction::triggered, this, &QueueController::releaseLead);
    connect(addAction(tr("&Undo last call"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z),
                      "undoLastCallAction"),
            &QAction::triggered, this, &QueueController::undoLastCall);
    m_actions.append(nullptr);
    connect(addAction(tr("&Find lead"), QKeySequence(QKeySequence::Find), "findLeadAction"),
            &QAction::triggered, m_view, &QueueView::focusSearch);
}

void QueueController::setStore(const Store* store)
{
    if (m_opening)
        releaseAll();
    m_store = store;
    m_opening = store ? std::make_unique<LeadOpening>(*store, m_settings.repName(), m_sessionToken)
                      : nullptr;
    m_lastCallId = 0;
    m_claimTimer->stop();
    m_view->setStore(store, m_settings.repName(), m_sessionToken);
    m_card->setStore(store);
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    m_events = store ? store->events() : nullptr;
    if (m_events) { // after the queue and the card: they show the change first
        connect(m_events, &StoreEvents::leadChanged, this, &QueueController::followChange);
        connect(m_events, &StoreEvents::leadsChanged, this,
                [this] { followChange(m_card->callPanel()->leadId()); });
    }
    updateActions();
}

void QueueController::followChange(qint64 leadId)
{
    const qint64 held = m_card->callPanel()->leadId();
    if (m_acting || !m_opening || held == 0 || leadId != held)
        return;
    if (m_opening->lostForCalling(held))
        showLeadInCard(held);
}

void QueueController::updateActions()
{
    const bool open = m_store && m_card->leadId() > 0 && m_card->callPanel()->isEnabled();
    for (QAction* action : m_leadActions)
        action->setEnabled(open);
    for (QAction* action : m_actions)
        if (action && action->objectName() == QLatin1String("undoLastCallAction"))
            action->setEnabled(m_lastCallId > 0);
}

void QueueController::status(const QString& text)
{
    if (auto* main = qobject_cast<QMainWindow*>(m_window))
        main->statusBar()->showMessage(text, 8000);
}

bool QueueController::confirmDiscard()
{
    CallPanel* panel = m_card->callPanel();
    if (!panel->hasUnsavedCall())
        return true;
    const std::optional<Lead> lead =
        m_store ? LeadRepository(*m_store).find(panel->leadId()) : std::nullopt;
    const QString name = lead ? lead->displayName() : QString::number(panel->leadId());
    return Prompts::question(m_window, tr("Unsaved call"),
                             tr("The call with %1 has not been logged. Discard it?").arg(name)) ==
           QMessageBox::Yes;
}

void QueueController::showLeadInCard(qint64 leadId)
{
    const QScopedValueRollback acting(m_acting, true);
    showOpened(m_opening->open(leadId));
}

void QueueController::showOpened(const LeadOpening::Opened& opened)
{
    m_card->showLead(opened.leadId);
    m_card->callPanel()->setLead(opened.mayCall ? opened.leadId : 0, opened.zone, opened.hours,
                                 opened.attempts, opened.maxAttempts);
    m_card->setNotice(opened.notice);
    if (opened.mayCall)
        m_claimTimer->start();
    else
        m_claimTimer->stop();
    updateActions();
}

bool QueueController::nextLead()
{
    const QScopedValueRollback acting(m_acting, true); // shows what it changed itself
    if (!m_store || !confirmDiscard())
        return false;
    try {
        const std::optional<LeadOpening::Opened> next = m_opening->next(m_card->leadId());
        m_view->refresh(next ? next->leadId : 0);
        if (!next) {
            m_card->showLead(0);
            m_card->callPanel()->clear();
            updateActions();
            status(tr("No lead can be called now: the rest are held back (see the queue)."));
            return false;
        }
        showOpened(*next);
        // A fresh start: typing must not land in the new lead's fields by accident.
        if (QWidget* focus = QApplication::focusWidget(); focus && focus->window() == m_window) {
            if (m_view->table()->isVisible())
                m_view->table()->setFocus(Qt::OtherFocusReason);
            else
                focus->clearFocus(); // the queue pane is folded away: keys reach no field
        }
        status(tr("Next lead claimed for %1 minutes.").arg(m_opening->claimMinutes()));
        return true;
    } catch (const StoreError& error) {
        Prompts::critical(m_window, tr("Next lead"), error.message());
        return false;
    }
}

void QueueController::openLead(qint64 leadId)
{
    const QScopedValueRollback acting(m_acting, true); // shows what it changed itself
    if (!m_store || leadId == m_card->leadId())
        return;
    if (!confirmDiscard()) {
        m_view->showLead(m_card->leadId());
        return;
    }
    try {
        showOpened(m_opening->choose(leadId)); // someone else's lead: the card says so
    } catch (const StoreError& error) {
        Prompts::critical(m_window, tr("Open lead"), error.message());
    }
}

void QueueController::dial()
{
    const std::optional<Lead> lead = m_store && m_card->leadId() > 0
                                         ? LeadRepository(*m_store).find(m_card->leadId())
                                         : std::nullopt;
    if (!lead || !m_card->callPanel()->isEnabled())
        return;
    if (lead->doNotCall || lead->wrongNumber || lead->phone.isEmpty()) {
        Prompts::information(
            m_window, tr("Dial"),
            tr("This lead must not be called, its number is marked as wrong, or it "
               "has no phone number."));
        return;
    }
    DesktopLinks::open(
        QUrl(QStringLiteral("tel:") + (lead->phoneE164.isEmpty() ? lead->phone : lead->phoneE164)));
    m_card->callPanel()->startTimer();
}

bool QueueController::saveCall()
{
    const QScopedValueRollback acting(m_acting, true); // shows what it changed itself
    CallPanel* panel = m_card->callPanel();
    if (!m_store || panel->leadId() == 0)
        return false;
    if (!panel->outcome()) {
        Prompts::information(m_window, tr("Log call"),
                             tr("Choose the call's outcome first (Alt+1 … Alt+9)."));
        return false;
    }
    const qint64 leadId = panel->leadId();
    panel->stopTimer(); // the duration logged is the call's, not the time to the next key
    try {
        const LoggedCall logged =
            CallLog(*m_store).log(leadId, panel->draft(), m_settings.repName());
        m_lastCallId = logged.callId;
        status(tr("Call logged."));
        if (logged.maxAttemptsReached)
            proposeAfterMaxAttempts(leadId);
    } catch (const StoreError& error) {
        Prompts::critical(m_window, tr("Log call"), error.message());
        return false;
    }
    panel->clear();
    showLeadInCard(leadId);
    emit queueChanged();
    return true;
}

void QueueController::proposeAfterMaxAttempts(qint64 leadId)
{
    const TeamSettings settings(*m_store);
    const int days = settings.nurtureReturnDays();
    const QString title = tr("Not reached after %1 attempts").arg(settings.maxAttempts());
    CallLog log(*m_store);
    if (Prompts::question(m_window, title,
                          tr("This lead was not reached after %1 attempts. Move it to nurture so "
                             "that it comes back in %2 days?")
                              .arg(settings.maxAttempts())
                              .arg(days)) == QMessageBox::Yes) {
        log.moveToNurture(leadId, m_settings.repName());
        m_lastCallId = 0; // the stage decision follows the call: the call stays
        return;
    }
    if (Prompts::question(m_window, title,
                          tr("Disqualify it as unreachable instead? (No keeps it held back at the "
                             "maximum attempts.)")) == QMessageBox::Yes) {
        log.disqualifyUnreachable(leadId, m_settings.repName());
        m_lastCallId = 0;
    }
}

void QueueController::saveAndNext()
{
    const qint64 leadId = m_card->callPanel()->leadId();
    if (leadId == 0)
        return;
    if (m_leaveCheck && !m_leaveCheck(leadId)) {
        status(tr("Not moved on: the qualification could not be saved (see the marked fields)."));
        return;
    }
    if (saveCall())
        nextLead();
}

void QueueController::releaseLead()
{
    const QScopedValueRollback acting(m_acting, true); // shows what it changed itself
    if (!m_store || m_card->leadId() == 0 || !confirmDiscard())
        return;
    m_opening->release(m_card->leadId());
    m_claimTimer->stop();
    m_card->callPanel()->clear();
    m_card->showLead(0);
    m_view->showLead(0); // the queue shows the release through the store's announcement
    updateActions();
    status(tr("Lead released."));
}

void QueueController::undoLastCall()
{
    const QScopedValueRollback acting(m_acting, true); // shows what it changed itself
    if (!m_store || m_lastCallId == 0)
        return;
    try {
        CallLog(*m_store).undo(m_lastCallId);
        m_lastCallId = 0;
        status(tr("Last call undone."));
    } catch (const StoreError& error) {
        Prompts::critical(m_window, tr("Undo last call"), error.message());
    }
    if (m_card->leadId() > 0)
        showLeadInCard(m_card->leadId());
    updateActions();
    emit queueChanged();
}

void QueueController::scheduleCallback()
{
    if (m_card->callPanel()->leadId() > 0)
        m_card->callPanel()->focusCallback();
}

void QueueController::releaseAll()
{
    const QScopedValueRollback acting(m_acting, true); // shows what it changed itself
    if (m_opening)
        m_opening->releaseAll();
}

bool QueueController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (auto* widget = qobject_cast<QWidget*>(watched); widget && widget->window() == m_window)
            m_activity = true;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void QueueController::keepClaim()
{
    const QScopedValueRollback acting(m_acting, true); // shows what it changed itself
    if (!m_opening)
        return;
    const bool working = m_activity || m_card->callPanel()->hasUnsavedCall();
    try {
        const LeadOpening::Kept kept = m_opening->keep(m_card->leadId(), working, m_activity);
        switch (kept.step) {
        case LeadOpening::Step::Nothing:
            break;
        case LeadOpening::Step::Renewed:
            m_activity = false;
            break;
        case LeadOpening::Step::Taken:
            m_card->setNotice(kept.notice);
            break;
        case LeadOpening::Step::Lapsed:
            // Nothing is lost: a call in the panel counts as work and keeps the claim.
            m_activity = false;
            m_card->callPanel()->clear();
            m_card->setNotice(kept.notice);
            updateActions();
            break;
        case LeadOpening::Step::Reopen: // the rep is back: claimed again unless someone took it
            showLeadInCard(m_card->leadId());
            break;
        }
    } catch (const StoreError&) {
        // The store is busy with a long write (rescoring every lead): the claim lasts
        // several minutes, so the next check is soon enough. An exception must not
        // leave this slot.
    }
}
