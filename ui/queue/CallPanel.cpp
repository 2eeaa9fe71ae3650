#include "CallPanel.h"

#include "support/Clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimer>

CallPanel::CallPanel(QWidget* parent)
    : QGroupBox(tr("Call"), parent)
    , m_ticker(new QTimer(this))
    , m_timerLabel(new QLabel)
    , m_attemptsLabel(new QLabel)
    , m_outcome(new QComboBox)
    , m_note(new QLineEdit)
    , m_duration(new QSpinBox)
    , m_callback(new QDateTimeEdit)
    , m_callbackTimes(new QLabel)
{
    setObjectName(QStringLiteral("callPanelGroupBox"));
    m_timerLabel->setObjectName(QStringLiteral("callTimerLabel"));
    m_attemptsLabel->setObjectName(QStringLiteral("attemptsLabel"));
    m_outcome->setObjectName(QStringLiteral("outcomeComboBox"));
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcome->setMinimumContentsLength(12);
    m_outcome->addItem(tr("— choose the outcome —"));
    int shortcut = 1;
    for (const CallOutcome outcome : allValues<CallOutcome>())
        m_outcome->addItem(tr("%1 (Alt+%2)").arg(labelOf(outcome)).arg(shortcut++), keyOf(outcome));
    m_note->setObjectName(QStringLiteral("callNoteLineEdit"));
    m_note->setPlaceholderText(tr("Kept with the call, never in logs"));
    m_duration->setObjectName(QStringLiteral("durationSpinBox"));
    m_duration->setRange(0, 24 * 3600);
    m_duration->setSuffix(tr(" s"));
    m_callback->setObjectName(QStringLiteral("callbackDateTimeEdit"));
    m_callback->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_callback->setTimeSpec(Qt::LocalTime);
    m_callback->setSpecialValueText(tr("no lead")); // shown instead of a made-up time
    m_callbackTimes->setObjectName(QStringLiteral("callbackTimesLabel"));
    m_callbackTimes->setWordWrap(true);
    m_attemptsLabel->setWordWrap(true);
    m_ticker->setInterval(1000);

    auto* form = new QFormLayout(this);
    form->addRow(m_timerLabel, m_attemptsLabel);
    // Alt+letters only where no other key reaches the field (the outcome has Alt+1…9, the
    // callback Ctrl+K), and none that the qualification form beside it uses.
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(tr("&What was said:"), m_note);
    form->addRow(tr("Duration:"), m_duration);
    form->addRow(tr("Callbac&k at (your time):"), m_callback);
    form->addRow(QString(), m_callbackTimes);

    connect(m_ticker, &QTimer::timeout, this, &CallPanel::tick);
    connect(m_callback, &QDateTimeEdit::dateTimeChanged, this, &CallPanel::updateCallbackTimes);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_callback->setEnabled(outcome() == CallOutcome::CallbackRequested);
        updateCallbackTimes();
    });
    clear();
}

void CallPanel::setLead(qint64 leadId, const QTimeZone& leadZone, const CallingHours& hours,
                        int attempts, int maxAttempts)
{
    clear();
    m_leadId = leadId;
    m_leadZone = leadZone;
    m_hours = hours;
    setEnabled(leadId > 0);
    m_attemptsLabel->setText(tr("Unreached attempts: %1 of %2").arg(attempts).arg(maxAttempts));
    // Default callback: tomorrow at the opening of the lead's calling hours.
    const qint64 now = Clock::nowSecs();
    const qint64 tomorrow = now + 20 * 3600;
    m_callback->setDateTime(Clock::fromSecs(hours.nextOpening(leadZone, tomorrow)).toLocalTime());
    updateCallbackTimes();
}

void CallPanel::clear()
{
    stopTimer();
    m_leadId = 0;
    m_startedAt = 0;
    m_outcome->setCurrentIndex(0);
    m_note->clear();
    m_duration->setValue(0);
    m_timerLabel->setText(tr("Not dialled"));
    m_attemptsLabel->clear();
    m_callback->setEnabled(false);
    m_callback->setDateTime(m_callback->minimumDateTime());
    setEnabled(false);
}

void CallPanel::startTimer()
{
    m_running = true;
    m_startedAt = Clock::nowSecs();
    m_elapsed.start();
    m_duration->setValue(0);
    m_ticker->start();
    tick();
}

void CallPanel::stopTimer()
{
    if (!m_running)
        return;
    m_running = false;
    m_ticker->stop();
    tick();
}

void CallPanel::tick()
{
    if (m_running)
        m_duration->setValue(int(m_elapsed.elapsed() / 1000));
    const int secs = m_duration->value();
    const QString clock =
        QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
    m_timerLabel->setText(m_running ? tr("Calling… %1").arg(clock) : tr("Call time %1").arg(clock));
}

void CallPanel::setOutcome(CallOutcome value)
{
    if (value != CallOutcome::Connected) // connected: the talk is only starting
        stopTimer();
    m_outcome->setCurrentIndex(m_outcome->findData(keyOf(value)));
}

std::optional<CallOutcome> CallPanel::outcome() const
{
    return fromKey<CallOutcome>(m_outcome->currentData().toString());
}

void CallPanel::focusCallback()
{
    setOutcome(CallOutcome::CallbackRequested);
    m_callback->setFocus(Qt::ShortcutFocusReason);
    m_callback->selectAll();
}

bool CallPanel::hasUnsavedCall() const
{
    return m_leadId > 0 && (m_running || outcome().has_value() || !m_note->text().isEmpty());
}

CallDraft CallPanel::draft() const
{
    CallDraft draft;
    draft.outcome = outcome().value_or(CallOutcome::NoAnswer);
    draft.durationSecs = m_duration->value();
    draft.startedAt = m_startedAt;
    draft.note = m_note->text();
    if (draft.outcome == CallOutcome::CallbackRequested)
        draft.callbackAt = m_callback->dateTime().toSecsSinceEpoch();
    return draft;
}

void CallPanel::updateCallbackTimes()
{
    if (outcome() != CallOutcome::CallbackRequested || !m_leadZone.isValid()) {
        m_callbackTimes->clear();
        return;
    }
    const qint64 at = m_callback->dateTime().toSecsSinceEpoch();
    const QLocale locale;
    const QDateTime mine = Clock::fromSecs(at).toLocalTime();
    const QDateTime theirs = QDateTime::fromSecsSinceEpoch(at, m_leadZone);
    QString text = tr("Your time: %1 · the lead's time: %2 (%3)")
                       .arg(locale.toString(mine, QStringLiteral("ddd d MMM HH:mm")),
                            locale.toString(theirs, QStringLiteral("ddd d MMM HH:mm")),
                            QString::fromLatin1(m_leadZone.id()));
    if (!m_hours.isOpen(m_leadZone, at))
        text += QLatin1Char('\n') +
                tr("Outside the lead's calling hours (%1): the callback appears when they open.")
                    .arg(m_hours.describe());
    m_callbackTimes->setText(text);
}
