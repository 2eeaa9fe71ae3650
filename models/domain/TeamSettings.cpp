#include "domain/TeamSettings.h"

#include "store/Store.h"

#include <algorithm>
#include <optional>

TeamSettings::TeamSettings(const Store& store)
    : m_store(store)
{}

TeamSettings TeamSettings::readAll(const Store& store)
{
    TeamSettings settings(store);
    QHash<QString, QString> values;
    QSqlQuery query = Sql::exec(store.db(), QStringLiteral("SELECT key, value FROM team_settings"));
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    settings.m_read = std::move(values);
    return settings;
}

QString TeamSettings::value(const QString& key, const QString& fallback) const
{
    if (m_read) {
        const auto found = m_read->constFind(key);
        return found == m_read->cend() ? fallback : *found;
    }
    const QVariant value = Sql::scalar(
        m_store.db(), QStringLiteral("SELECT value FROM team_settings WHERE key = ?"), {key});
    return value.isValid() ? value.toString() : fallback;
}

void TeamSettings::setValue(const QString& key, const QString& value)
{
    std::optional<WriteTransaction> transaction;
    if (!m_inSaveAll)
        transaction.emplace(m_store);
    Sql::exec(m_store.db(), QStringLiteral("DELETE FROM team_settings WHERE key = ?"), {key});
    Sql::exec(m_store.db(), QStringLiteral("INSERT INTO team_settings (key, value) VALUES (?, ?)"),
              {key, value});
    if (m_read)
        m_read->insert(key, value);
    if (transaction)
        transaction->commit();
}

void TeamSettings::saveAll(const std::function<void(TeamSettings&)>& changes)
{
    WriteTransaction transaction(m_store);
    m_inSaveAll = true;
    try {
        changes(*this);
    } catch (...) {
        m_inSaveAll = false;
        throw;
    }
    m_inSaveAll = false;
    transaction.commit();
}

int TeamSettings::intValue(const QString& key, int fallback) const
{
    bool ok = false;
    const int parsed = value(key, QString()).toInt(&ok);
    return ok ? parsed : fallback;
}

int TeamSettings::minRateCount() const
{
    return intValue(QStringLiteral("dashboard/min_count"), 20);
}
void TeamSettings::setMinRateCount(int count)
{
    setValue(QStringLiteral("dashboard/min_count"), QString::number(count));
}
int TeamSettings::slaHours() const
{
    return intValue(QStringLiteral("queue/sla_hours"), 4);
}
void TeamSettings::setSlaHours(int hours)
{
    setValue(QStringLiteral("queue/sla_hours"), QString::number(hours));
}

QTime TeamSettings::callingHoursStart() const
{
    const QTime time = QTime::fromString(value(QStringLiteral("queue/calling_start"), {}),
                                         QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime(9, 0);
}

QTime TeamSettings::callingHoursEnd() const
{
    const QTime time =
        QTime::fromString(value(QStringLiteral("queue/calling_end"), {}), QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime(18, 0);
}

void TeamSettings::setCallingHours(QTime start, QTime end)
{
    setValue(QStringLiteral("queue/calling_start"), start.toString(QStringLiteral("HH:mm")));
    setValue(QStringLiteral("queue/calling_end"), end.toString(QStringLiteral("HH:mm")));
}

int TeamSettings::maxAttempts() const
{
    return intValue(QStringLiteral("queue/max_attempts"), 6);
}
void TeamSettings::setMaxAttempts(int attempts)
{
    setValue(QStringLiteral("queue/max_attempts"), QString::number(attempts));
}

int TeamSettings::claimMinutes() const
{
    return intValue(QStringLiteral("queue/claim_minutes"), 15);
}
void TeamSettings::setClaimMinutes(int minutes)
{
    setValue(QStringLiteral("queue/claim_minutes"), QString::number(minutes));
}

namespace {
int defaultRetryMinutes(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Busy:
        return 60;
    case CallOutcome::NoAnswer:
        return 4 * 60;
    case CallOutcome::Voicemail:
    case CallOutcome::Gatekeeper:
        return 24 * 60;
    case CallOutcome::Connected:
    case CallOutcome::CallbackRequested:
        return 3 * 24 * 60;
    case CallOutcome::NotInterested:
        return 90 * 24 * 60;
    case CallOutcome::WrongNumber:
    case CallOutcome::DoNotCall:
        return 0; // out of the queue for good
    }
    return 24 * 60;
}
} // namespace

int TeamSettings::retryMinutes(CallOutcome outcome) const
{
    return intValue(QStringLiteral("queue/retry/") + keyOf(outcome), defaultRetryMinutes(outcome));
}

void TeamSettings::setRetryMinutes(CallOutcome outcome, int minutes)
{
    setValue(QStringLiteral("queue/retry/") + keyOf(outcome), QString::number(minutes));
}

QString TeamSettings::defaultCountry() const
{
    return value(QStringLiteral("contact/default_country"), QStringLiteral("DE"));
}

void TeamSettings::setDefaultCountry(const QString& country)
{
    setValue(QStringLiteral("contact/default_country"), country.toUpper());
}

QList<int> TeamSettings::callingDays() const
{
    QList<int> days;
    const QStringList parts =
        value(QStringLiteral("queue/calling_days"), QStringLiteral("1,2,3,4,5"))
            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (ok && day >= 1 && day <= 7 && !days.contains(day))
            days.append(day);
    }
    std::sort(days.begin(), days.end());
    return days;
}

void TeamSettings::setCallingDays(const QList<int>& days)
{
    QStringList parts;
    for (const int day : days)
        parts.append(QString::number(day));
    setValue(QStringLiteral("queue/calling_days"), parts.join(QLatin1Char(',')));
}

int TeamSettings::nurtureReturnDays() const
{
    return intValue(QStringLiteral("queue/nurture_return_days"), 90);
}

void TeamSettings::setNurtureReturnDays(int days)
{
    setValue(QStringLiteral("queue/nurture_return_days"), QString::number(days));
}

QStringList TeamSettings::handoffColumns() const
{
    return value(QStringLiteral("handoff/columns"), QString())
        .split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void TeamSettings::setHandoffColumns(const QStringList& keys)
{
    setValue(QStringLiteral("handoff/columns"), keys.join(QLatin1Char(',')));
}
