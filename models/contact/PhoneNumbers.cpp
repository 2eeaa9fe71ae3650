#include "contact/PhoneNumbers.h"

#include <phonenumbers/phonenumberutil.h>

namespace PhoneNumbers {

PhoneNumber parse(const QString& written, const QString& defaultRegion)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    PhoneNumber result;
    const QString trimmed = written.trimmed();
    if (trimmed.isEmpty())
        return result;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const std::string region =
        defaultRegion.isEmpty() ? std::string("ZZ") : defaultRegion.toUpper().toStdString();
    if (util->Parse(trimmed.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    std::string text;
    util->Format(number, PhoneNumberUtil::E164, &text);
    result.e164 = QString::fromStdString(text);
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &text);
    result.international = QString::fromStdString(text);
    util->GetRegionCodeForNumber(number, &text);
    result.regionCode = text == "ZZ" ? QString() : QString::fromStdString(text);
    result.valid = util->IsValidNumber(number);
    return result;
}

QString digitsOnly(const QString& written)
{
    QString digits;
    for (const QChar c : written) {
        if (c.isDigit())
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty())
            digits.append(c);
    }
    return digits;
}

} // namespace PhoneNumbers
