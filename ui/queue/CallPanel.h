#pragma once

#include "queue/CallLog.h"
#include "queue/CallingHours.h"

#include <QElapsedTimer>
#include <QGroupBox>
#include <QTimeZone>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

/// Logging the call in progress: the timer started when the rep dials, the outcome, a note,
/// the duration and, for a requested callback, its time in the rep's and the lead's local time.
class CallPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit CallPanel(QWidget* parent = nullptr);

    /// Prepares the panel for a lead (its zone and the team's calling hours); clears the draft.
    void setLead(qint64 leadId, const QTimeZone& leadZone, const CallingHours& hours, int attempts,
                 int maxAttempts);
    void clear();
    qint64 leadId() const { return m_leadId; }

    void startTimer();
    void stopTimer();
    bool timerRunning() const { return m_running; }
    void setOutcome(CallOutcome outcome);
    std::optional<CallOutcome> outcome() const;
    /// Chooses "callback requested" and puts the keyboard in the callback time.
    void focusCallback();
    /// A call has been dialled or an outcome chosen but not saved.
    bool hasUnsavedCall() const;
    CallDraft draft() const;

private:
    void tick();
    void updateCallbackTimes();

    qint64 m_leadId = 0;
    QTimeZone m_leadZone;
    CallingHours m_hours{QTime(9, 0), QTime(18, 0)};
    bool m_running = false;
    qint64 m_startedAt = 0;
    QElapsedTimer m_elapsed;
    QTimer* m_ticker;
    QLabel* m_timerLabel;
    QLabel* m_attemptsLabel;
    QComboBox* m_outcome;
    QLineEdit* m_note;
    QSpinBox* m_duration;
    QDateTimeEdit* m_callback;
    QLabel* m_callbackTimes;
};
