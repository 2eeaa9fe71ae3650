#include "leads/LeadFields.h"

#include <QCoreApplication>
#include <QLocale>
#include <array>
#include <cmath>

namespace {

struct FieldInfo
{
    LeadField field;
    const char* key;
    const char* label;
};

const std::array<FieldInfo, 20> fields{{
    {LeadField::FirstName, "first_name", QT_TRANSLATE_NOOP("LeadFields", "First name")},
    {LeadField::LastName, "last_name", QT_TRANSLATE_NOOP("LeadFields", "Last name")},
    {LeadField::Title, "title", QT_TRANSLATE_NOOP("LeadFields", "Position")},
    {LeadField::Seniority, "seniority", QT_TRANSLATE_NOOP("LeadFields", "Seniority")},
    {LeadField::Email, "email", QT_TRANSLATE_NOOP("LeadFields", "E-mail")},
    {LeadField::Phone, "phone", QT_TRANSLATE_NOOP("LeadFields", "Phone")},
    {LeadField::Company, "company", QT_TRANSLATE_NOOP("LeadFields", "Company")},
    {LeadField::Website, "website", QT_TRANSLATE_NOOP("LeadFields", "Website")},
    {LeadField::Industry, "industry", QT_TRANSLATE_NOOP("LeadFields", "Industry")},
    {LeadField::Employees, "employees", QT_TRANSLATE_NOOP("LeadFields", "Employees")},
    {LeadField::AnnualRevenue, "annual_revenue", QT_TRANSLATE_NOOP("LeadFields", "Annual revenue")},
    {LeadField::RevenueCurrency, "revenue_currency", QT_TRANSLATE_NOOP("LeadFields", "Currency")},
    {LeadField::Country, "country", QT_TRANSLATE_NOOP("LeadFields", "Country")},
    {LeadField::City, "city", QT_TRANSLATE_NOOP("LeadFields", "City")},
    {LeadField::TimeZone, "time_zone", QT_TRANSLATE_NOOP("LeadFields", "Time zone")},
    {LeadField::Source, "source_channel", QT_TRANSLATE_NOOP("LeadFields", "Source channel")},
    {LeadField::Campaign, "campaign", QT_TRANSLATE_NOOP("LeadFields", "Campaign")},
    {LeadField::Owner, "owner", QT_TRANSLATE_NOOP("LeadFields", "Owner")},
    {LeadField::DoNotCall, "do_not_call", QT_TRANSLATE_NOOP("LeadFields", "Do not call")},
    {LeadField::DoNotEmail, "do_not_email", QT_TRANSLATE_NOOP("LeadFields", "Do not e-mail")},
}};

struct LeadFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(LeadFields)
};

// An enum value from its key or its label, as people and scripts write them.
template <typename E> std::optional<E> enumFrom(const QString& text)
{
    if (const auto byKey = fromKey<E>(text.toLower()))
        return byKey;
    for (const E value : allValues<E>())
        if (labelOf(value).compare(text, Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

template <typename E>
QString setEnum(E& target, LeadField field, const QString& text,
                std::optional<E> whenEmpty = std::nullopt)
{
    if (text.isEmpty() && whenEmpty) {
        target = *whenEmpty;
        return {};
    }
    const auto value = enumFrom<E>(text);
    if (!value) {
        QStringList keys;
        for (const E known : allValues<E>())
            keys.append(keyOf(known));
        return LeadFieldsText::tr("%1: \"%2\" is not one of %3.")
            .arg(LeadFields::label(field), text, keys.join(QStringLiteral(", ")));
    }
    target = *value;
    return {};
}

QString setFlag(bool& target, LeadField field, const QString& text)
{
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("true"),
                                 QStringLiteral("on")};
    static const QStringList no{QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("false"),
                                QStringLiteral("off"), QString()};
    if (yes.contains(text.toLower()))
        target = true;
    else if (no.contains(text.toLower()))
        target = false;
    else
        return LeadFieldsText::tr("%1: \"%2\" is neither yes nor no.")
            .arg(LeadFields::label(field), text);
    return {};
}

QString setEmployees(Lead& lead, const QString& text)
{
    if (text.isEmpty()) {
        lead.employees.reset();
        return {};
    }
    bool ok = false;
    QString digits = text;
    digits.remove(QLocale().groupSeparator()).remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    const int value = digits.toInt(&ok);
    if (!ok || value < 0)
        return LeadFieldsText::tr("Employees: \"%1\" is not a whole number of people.").arg(text);
    lead.employees = value;
    return {};
}

QString setRevenue(Lead& lead, const QString& text)
{
    if (text.isEmpty()) {
        lead.annualRevenueMinor.reset();
        return {};
    }
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || value < 0 || value > 1e15)
        return LeadFieldsText::tr(
                   "Annual revenue: \"%1\" is not an amount of money (write it like 2500000 or "
                   "2500000.50).")
            .arg(text);
    lead.annualRevenueMinor = qint64(std::llround(value * 100.0));
    return {};
}

QString setOwner(Lead& lead, const QString& text)
{
    if (text.isEmpty()) {
        lead.ownerId.reset();
        return {};
    }
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return LeadFieldsText::tr("Owner: \"%1\" is not a rep.").arg(text);
    lead.ownerId = id;
    return {};
}

} // namespace

namespace LeadFields {

QList<LeadField> all()
{
    QList<LeadField> result;
    for (const FieldInfo& info : fields)
        result.append(info.field);
    return result;
}

QString key(LeadField field)
{
    for (const FieldInfo& info : fields)
        if (info.field == field)
            return QString::fromLatin1(info.key);
    return {};
}

QString label(LeadField field)
{
    for (const FieldInfo& info : fields)
        if (info.field == field)
            return LeadFieldsText::tr(info.label);
    return {};
}

std::optional<LeadField> fromKey(const QString& key)
{
    for (const FieldInfo& info : fields)
        if (key == QLatin1String(info.key))
            return info.field;
    return std::nullopt;
}

QString labelForKey(const QString& key)
{
    if (key == wrongNumberKey())
        return LeadFieldsText::tr("Wrong number");
    const auto field = fromKey(key);
    return field ? label(*field) : key;
}

QString wrongNumberKey()
{
    return QStringLiteral("wrong_number");
}

QString flagText(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString moneyText(qint64 minor)
{
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = minor < 0 ? -minor : minor;
    return QStringLiteral("%1%2.%3")
        .arg(sign)
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString text(const Lead& lead, LeadField field)
{
    switch (field) {
    case LeadField::FirstName:
        return lead.firstName;
    case LeadField::LastName:
        return lead.lastName;
    case LeadField::Title:
        return lead.title;
    case LeadField::Seniority:
        return keyOf(lead.seniority);
    case LeadField::Email:
        return lead.email;
    case LeadField::Phone:
        return lead.phone;
    case LeadField::Company:
        return lead.company;
    case LeadField::Website:
        return lead.website;
    case LeadField::Industry:
        return keyOf(lead.industry);
    case LeadField::Employees:
        return lead.employees ? QString::number(*lead.employees) : QString();
    case LeadField::AnnualRevenue:
        return lead.annualRevenueMinor ? moneyText(*lead.annualRevenueMinor) : QString();
    case LeadField::RevenueCurrency:
        return lead.revenueCurrency;
    case LeadField::Country:
        return lead.country;
    case LeadField::City:
        return lead.city;
    case LeadField::TimeZone:
        return lead.timeZone;
    case LeadField::Source:
        return keyOf(lead.source);
    case LeadField::Campaign:
        return lead.campaign;
    case LeadField::Owner:
        return lead.ownerId ? QString::number(*lead.ownerId) : QString();
    case LeadField::DoNotCall:
        return flagText(lead.doNotCall);
    case LeadField::DoNotEmail:
        return flagText(lead.doNotEmail);
    }
    return {};
}

QString setText(Lead& lead, LeadField field, const QString& written)
{
    const QString value = written.trimmed();
    switch (field) {
    case LeadField::FirstName:
        lead.firstName = value;
        return {};
    case LeadField::LastName:
        lead.lastName = value;
        return {};
    case LeadField::Title:
        lead.title = value;
        return {};
    case LeadField::Seniority:
        return setEnum(lead.seniority, field, value, std::optional(Seniority::Unknown));
    case LeadField::Email:
        lead.email = value;
        return {};
    case LeadField::Phone:
        lead.phone = value;
        lead.phoneE164.clear(); // the validator normalises it again
        return {};
    case LeadField::Company:
        lead.company = value;
        return {};
    case LeadField::Website:
        lead.website = value;
        return {};
    case LeadField::Industry:
        return setEnum(lead.industry, field, value, std::optional(Industry::Unknown));
    case LeadField::Employees:
        return setEmployees(lead, value);
    case LeadField::AnnualRevenue:
        return setRevenue(lead, value);
    case LeadField::RevenueCurrency:
        lead.revenueCurrency = value.toUpper();
        return {};
    case LeadField::Country:
        lead.country = value.toUpper();
        return {};
    case LeadField::City:
        lead.city = value;
        return {};
    case LeadField::TimeZone:
        lead.timeZone = value;
        return {};
    case LeadField::Source:
        return setEnum(lead.source, field, value);
    case LeadField::Campaign:
        lead.campaign = value;
        return {};
    case LeadField::Owner:
        return setOwner(lead, value);
    case LeadField::DoNotCall:
        return setFlag(lead.doNotCall, field, value);
    case LeadField::DoNotEmail:
        return setFlag(lead.doNotEmail, field, value);
    }
    return {};
}

} // namespace LeadFields
