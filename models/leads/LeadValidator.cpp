#include "leads/LeadValidator.h"

#include "contact/PhoneNumbers.h"
#include "domain/TeamSettings.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

namespace {

bool isCountryCode(const QString& code)
{
    return code.size() == 2 && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

constexpr qsizetype maxLocalOctets = 64, maxAddressOctets = 254, maxLabelOctets = 63;

QString domainProblem(const QString& email, const QString& domain)
{
    static const QRegularExpression label(QStringLiteral("^[\\w](?:[\\w-]*[\\w])?$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return LeadValidator::tr("E-mail: \"%1\" has no domain with a dot after the @ (like "
                                 "example.com).")
            .arg(email);
    for (const QString& part : labels)
        if (!label.match(part).hasMatch())
            return LeadValidator::tr("E-mail: the domain of \"%1\" is not valid.").arg(email);
    if (labels.last().size() < 2 || labels.last().front().isDigit())
        return LeadValidator::tr("E-mail: the domain of \"%1\" does not end in a valid top-level "
                                 "domain.")
            .arg(email);
    return {};
}

} // namespace

LeadValidator::LeadValidator(QString defaultRegion)
    : m_defaultRegion(defaultRegion.trimmed().toUpper())
{}

LeadValidator LeadValidator::forStore(const Store& store)
{
    return LeadValidator(TeamSettings(store).defaultCountry());
}

QString LeadValidator::regionFor(const QString& country) const
{
    return isCountryCode(country) ? country : m_defaultRegion;
}

void LeadValidator::normalise(Lead& lead) const
{
    for (QString* text : {&lead.firstName, &lead.lastName, &lead.title, &lead.email, &lead.phone,
                          &lead.company, &lead.website, &lead.city, &lead.timeZone, &lead.campaign})
        *text = text->trimmed();
    lead.country = lead.country.trimmed().toUpper();
    lead.revenueCurrency = lead.revenueCurrency.trimmed().toUpper();
    const PhoneNumber parsed = PhoneNumbers::parse(lead.phone, regionFor(lead.country));
    lead.phoneE164 = parsed.valid ? parsed.e164 : QString();
}

void LeadValidator::fillDerived(Lead& lead) const
{
    if (lead.country.isEmpty() && !lead.phone.isEmpty()) {
        const PhoneNumber parsed = PhoneNumbers::parse(lead.phone, m_defaultRegion);
        if (parsed.valid)
            lead.country = parsed.regionCode;
    }
    if (lead.timeZone.isEmpty())
        lead.timeZone = onlyTimeZoneOf(lead.country);
}

QString LeadValidator::onlyTimeZoneOf(const QString& country)
{
    if (!isCountryCode(country))
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(country);
    // Zones that differ only in history (Europe/Busingen beside Europe/Berlin) share a Windows
    // zone; its default for the country is the zone people mean.
    QSet<QByteArray> defaults;
    for (const QByteArray& zone : QTimeZone::availableTimeZoneIds(territory))
        defaults.insert(
            QTimeZone::windowsIdToDefaultIanaId(QTimeZone::ianaIdToWindowsId(zone), territory));
    defaults.remove(QByteArray());
    return defaults.size() == 1 ? QString::fromUtf8(*defaults.cbegin()) : QString();
}

QString LeadValidator::emailProblem(const QString& written)
{
    const QString email = written.trimmed();
    if (email.isEmpty())
        return {};
    static const QRegularExpression space(
        QStringLiteral("\\s")); // compiled once: imports ask often
    if (email.contains(space))
        return tr("E-mail: \"%1\" contains a space.").arg(email);
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return tr("E-mail: \"%1\" has no @.").arg(email);
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    if (local.isEmpty())
        return tr("E-mail: \"%1\" has nothing before the @.").arg(email);
    if (domain.isEmpty())
        return tr("E-mail: \"%1\" has nothing after the @.").arg(email);
    // RFC 5321: at most 64 octets before the @, 255 in the domain (63 a label), 254 in all.
    if (const qsizetype octets = local.toUtf8().size(); octets > maxLocalOctets)
        return tr("E-mail: the part before the @ is %1 characters long; at most %2 are allowed.")
            .arg(octets)
            .arg(maxLocalOctets);
    if (const qsizetype octets = email.toUtf8().size(); octets > maxAddressOctets)
        return tr("E-mail: the address is %1 characters long; at most %2 are allowed.")
            .arg(octets)
            .arg(maxAddressOctets);
    for (const QString& label : domain.split(QLatin1Char('.')))
        if (label.toUtf8().size() > maxLabelOctets)
            return tr("E-mail: a part of the domain is longer than %1 characters.")
                .arg(maxLabelOctets);
    static const QRegularExpression localPart(
        QStringLiteral("^[\\w!#$%&'*+/=?^`{|}~-]+(?:\\.[\\w!#$%&'*+/=?^`{|}~-]+)*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (local.contains(QLatin1Char('@')) || !localPart.match(local).hasMatch())
        return tr("E-mail: the part before the @ in \"%1\" is not valid.").arg(email);
    return domainProblem(email, domain);
}

QString LeadValidator::phoneProblem(const QString& written, const QString& country) const
{
    const QString phone = written.trimmed();
    if (phone.isEmpty())
        return {};
    const QString region = regionFor(country);
    const PhoneNumber parsed = PhoneNumbers::parse(phone, region);
    if (parsed.e164.isEmpty())
        return tr("Phone: \"%1\" is not a phone number.").arg(phone);
    if (!parsed.valid)
        return tr("Phone: \"%1\" cannot be dialled as a number of %2; check the digits or write "
                  "it with its country code (like +49 30 901820).")
            .arg(phone, parsed.regionCode.isEmpty() ? region : parsed.regionCode);
    return {};
}

QList<FieldProblem> LeadValidator::validate(const Lead& lead) const
{
    QList<FieldProblem> problems;
    checkContact(lead, problems);
    checkCompany(lead, problems);
    checkPlace(lead, problems);
    return problems;
}

QList<FieldProblem> LeadValidator::validateField(const Lead& lead, LeadField field) const
{
    QList<FieldProblem> mine;
    for (const FieldProblem& problem : validate(lead))
        if (problem.field == field)
            mine.append(problem);
    return mine;
}

void LeadValidator::checkContact(const Lead& lead, QList<FieldProblem>& problems) const
{
    if (const QString why = emailProblem(lead.email); !why.isEmpty())
        problems.append({LeadField::Email, why});
    if (const QString why = phoneProblem(lead.phone, lead.country); !why.isEmpty())
        problems.append({LeadField::Phone, why});
    if (lead.email.trimmed().isEmpty() && lead.phone.trimmed().isEmpty()) {
        const QString why = tr("E-mail and phone are both empty: a lead needs at least one way to "
                               "reach them. Enter an e-mail address or a phone number.");
        problems.append({LeadField::Email, why});
        problems.append({LeadField::Phone, why});
    }
}

void LeadValidator::checkCompany(const Lead& lead, QList<FieldProblem>& problems)
{
    if (!lead.website.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(lead.website);
        if (!url.isValid() || !url.host().contains(QLatin1Char('.')))
            problems.append({LeadField::Website,
                             tr("Website: \"%1\" is not a web address.").arg(lead.website)});
    }
    if (lead.employees && *lead.employees < 0)
        problems.append({LeadField::Employees, tr("Employees cannot be negative.")});
    if (lead.annualRevenueMinor && *lead.annualRevenueMinor < 0)
        problems.append({LeadField::AnnualRevenue, tr("Annual revenue cannot be negative.")});
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!lead.revenueCurrency.isEmpty() && !currency.match(lead.revenueCurrency).hasMatch())
        problems.append({LeadField::RevenueCurrency,
                         tr("Currency: \"%1\" is not a three-letter currency code like EUR.")
                             .arg(lead.revenueCurrency)});
    if (lead.annualRevenueMinor && lead.revenueCurrency.isEmpty())
        problems.append({LeadField::RevenueCurrency,
                         tr("Currency: say in which currency the annual revenue is (like EUR).")});
}

void LeadValidator::checkPlace(const Lead& lead, QList<FieldProblem>& problems)
{
    if (!lead.country.isEmpty() && !isCountryCode(lead.country))
        problems.append({LeadField::Country,
                         tr("Country: \"%1\" is not a two-letter country code like DE or US.")
                             .arg(lead.country)});
    if (!lead.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(lead.timeZone.toUtf8()))
        problems.append({LeadField::TimeZone,
                         tr("Time zone: \"%1\" is not a known time zone like Europe/Berlin.")
                             .arg(lead.timeZone)});
}
