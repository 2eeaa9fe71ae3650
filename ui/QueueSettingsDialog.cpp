#include "QueueSettingsDialog.h"

#include "Prompts.h"
#include "ThemeColours.h"
#include "domain/TeamSettings.h"
#include "nurture/HolidayRegions.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// The outcomes after which a lead comes back (wrong number and do-not-call take it out for good).
constexpr CallOutcome retried[] = {CallOutcome::NoAnswer,     CallOutcome::Busy,
                                   CallOutcome::Voicemail,    CallOutcome::Gatekeeper,
                                   CallOutcome::Connected,    CallOutcome::CallbackRequested,
                                   CallOutcome::NotInterested};

QSpinBox* spin(const QString& objectName, int minimum, int maximum, const QString& suffix)
{
    auto* box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

} // namespace

QueueSettingsDialog::QueueSettingsDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_sla(spin(QStringLiteral("slaHoursSpinBox"), 1, 24 * 14, tr(" h")))
    , m_start(new QTimeEdit)
    , m_end(new QTimeEdit)
    , m_maxAttempts(spin(QStringLiteral("maxAttemptsSpinBox"), 1, 50, QString()))
    , m_claimMinutes(spin(QStringLiteral("claimMinutesSpinBox"), 1, 8 * 60, tr(" min")))
    , m_nurtureDays(spin(QStringLiteral("nurtureDaysSpinBox"), 1, 730, tr(" days")))
    , m_region(new QComboBox)
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("queueSettingsDialog"));
    setWindowTitle(tr("Queue Settings"));
    m_start->setObjectName(QStringLiteral("callingStartTimeEdit"));
    m_end->setObjectName(QStringLiteral("callingEndTimeEdit"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_problem->setObjectName(QStringLiteral("queueSettingsProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColours::errorText()));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QueueSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildQueueBox());
    columns->addWidget(buildRetryBox());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("These rules apply to every rep working on this store. Times are the "
                      "lead's own local time.")));
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    load();
}

QWidget* QueueSettingsDialog::buildQueueBox()
{
    auto* box = new QGroupBox(tr("Queue"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("Speed-to-lead &SLA:"), m_sla);
    auto* hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("to")));
    hours->addWidget(m_end);
    auto* hoursLabel = new QLabel(tr("Calling &hours:"));
    hoursLabel->setBuddy(m_start);
    form->addRow(hoursLabel, hours);
    auto* days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto* check = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat));
        check->setObjectName(QStringLiteral("callingDay%1CheckBox").arg(day));
        days->addWidget(check);
        m_days.append(check);
    }
    form->addRow(tr("Calling days:"), days);
    form->addRow(tr("&Maximum unreached attempts:"), m_maxAttempts);
    form->addRow(tr("A &claim lasts:"), m_claimMinutes);
    form->addRow(tr("&Nurture keeps a lead away for:"), m_nurtureDays);
    m_region->setObjectName(QStringLiteral("holidayRegionComboBox"));
    m_region->addItem(HolidayRegions::nameOf({}), QString());
    for (const HolidayRegions::Region& region : HolidayRegions::germanStates())
        m_region->addItem(region.name, region.code);
    m_region->setToolTip(tr("Nurture steps of German leads skip this state's public holidays as "
                            "well as the national ones. Running plans move their steps off the "
                            "new state's holidays."));
    form->addRow(tr("Holi&days of the German state:"), m_region);
    return box;
}

QWidget* QueueSettingsDialog::buildRetryBox()
{
    auto* box = new QGroupBox(tr("Back in the queue after"));
    auto* form = new QFormLayout(box);
    for (const CallOutcome outcome : retried) {
        QSpinBox* minutes = spin(QStringLiteral("retry_%1_SpinBox").arg(keyOf(outcome)), 0,
                                 365 * 24 * 60, tr(" min"));
        minutes->setSingleStep(15);
        m_retry.insert(outcome, minutes);
        form->addRow(labelOf(outcome), minutes);
    }
    return box;
}

void QueueSettingsDialog::load()
{
    const TeamSettings settings(m_store);
    m_sla->setValue(settings.slaHours());
    m_start->setTime(settings.callingHoursStart());
    m_end->setTime(settings.callingHoursEnd());
    const QList<int> days = settings.callingDays();
    for (int day = 1; day <= 7; ++day)
        m_days.at(day - 1)->setChecked(days.contains(day));
    m_maxAttempts->setValue(settings.maxAttempts());
    m_claimMinutes->setValue(settings.claimMinutes());
    m_nurtureDays->setValue(settings.nurtureReturnDays());
    m_region->setCurrentIndex(qMax(0, m_region->findData(HolidayRegions::teamRegion(settings))));
    for (auto it = m_retry.begin(); it != m_retry.end(); ++it)
        it.value()->setValue(settings.retryMinutes(it.key()));
}

QString QueueSettingsDialog::problem() const
{
    if (m_start->time() >= m_end->time())
        return tr("Calling hours: the end (%1) must come after the start (%2).")
            .arg(m_end->time().toString(QStringLiteral("HH:mm")),
                 m_start->time().toString(QStringLiteral("HH:mm")));
    if (std::none_of(m_days.cbegin(), m_days.cend(),
                     [](const QCheckBox* day) { return day->isChecked(); }))
        return tr("Calling days: choose at least one day, or no lead could ever be called.");
    return {};
}

void QueueSettingsDialog::accept()
{
    const QString wrong = problem();
    m_problem->setText(wrong);
    m_problem->setVisible(!wrong.isEmpty());
    if (!wrong.isEmpty())
        return;
    try {
        TeamSettings(m_store).saveAll([this](TeamSettings& settings) {
            settings.setSlaHours(m_sla->value());
            settings.setCallingHours(m_start->time(), m_end->time());
            QList<int> days;
            for (int day = 1; day <= 7; ++day)
                if (m_days.at(day - 1)->isChecked())
                    days.append(day);
            settings.setCallingDays(days);
            settings.setMaxAttempts(m_maxAttempts->value());
            settings.setClaimMinutes(m_claimMinutes->value());
            settings.setNurtureReturnDays(m_nurtureDays->value());
            HolidayRegions::setTeamRegionInSaveAll(m_store, settings,
                                                   m_region->currentData().toString());
            for (auto it = m_retry.cbegin(); it != m_retry.cend(); ++it)
                settings.setRetryMinutes(it.key(), it.value()->value());
        });
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("Queue settings"), error.message());
        return;
    }
    QDialog::accept();
}
