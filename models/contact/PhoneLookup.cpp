#include "contact/PhoneLookup.h"

#include "contact/PhoneNumbers.h"
#include "domain/TeamSettings.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QRegularExpression>
#include <QUrl>

namespace PhoneLookup {

namespace {

QString schemeOf(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    return colon > 0 ? text.left(colon).trimmed().toLower() : QString();
}

} // namespace

bool isPhoneLink(const QString& text)
{
    const QString scheme = schemeOf(text);
    return scheme == QLatin1String("tel") || scheme == QLatin1String("callto");
}

QString numberFromLink(const QString& link)
{
    if (!isPhoneLink(link))
        return {};
    QString rest = link.mid(link.indexOf(QLatin1Char(':')) + 1);
    if (rest.startsWith(QLatin1String("//")))
        rest.remove(0, 2);
    // RFC 3966 parameters (";phone-context=", ";ext=") and anything a browser appends.
    for (const QChar end : {QLatin1Char(';'), QLatin1Char('?'), QLatin1Char('#')})
        if (const qsizetype at = rest.indexOf(end); at >= 0)
            rest.truncate(at);
    rest = QUrl::fromPercentEncoding(rest.toUtf8()).trimmed();
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    // Visual separators allowed in a tel: link become spaces; a link without a digit (a Skype
    // name after callto:) names no number.
    rest.replace(QRegularExpression(QStringLiteral("[-.()\\[\\]]")), QStringLiteral(" "));
    rest = rest.simplified();
    if (!rest.contains(QRegularExpression(QStringLiteral("\\d"))))
        return {};
    return rest;
}

QString normalise(const Store& store, const QString& number)
{
    const PhoneNumber parsed = PhoneNumbers::parse(number, TeamSettings(store).defaultCountry());
    return parsed.e164.isEmpty() ? PhoneNumbers::digitsOnly(number) : parsed.e164;
}

QList<qint64> findLeads(const Store& store, const QString& number)
{
    const QString key = normalise(store, number);
    if (key.isEmpty())
        return {};
    QSqlQuery query = Sql::exec(store.db(),
                                QStringLiteral("SELECT id FROM leads WHERE phone_e164 = ?"
                                               " UNION SELECT lead_id FROM lead_alternates"
                                               " WHERE kind = 'phone' AND value_norm = ?"
                                               " ORDER BY 1"),
                                {key, key});
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace PhoneLookup
