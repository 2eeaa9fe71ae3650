#include "contact/PhoneNumbers.h"

#include <array>
#include <phonenumbers/phonenumberutil.h>

namespace {

// The last numbers parsed on this thread. An imported row's number is parsed as written when
// it is cleaned, then again in its E.164 form when the lead is checked and when its time zone
// is looked up; libphonenumber's regular expressions made that a fifth of an import's time.
// A number written with its country code reads the same in every default region.
struct Remembered
{
    QString text;
    QString region;
    PhoneNumber number;
};

constexpr std::size_t rememberedCount = 8;
thread_local std::array<Remembered, rememberedCount> remembered;
thread_local std::size_t rememberedNext = 0;

bool regionFree(const QString& text)
{
    return text.startsWith(QLatin1Char('+'));
}

const PhoneNumber* recall(const QString& text, const QString& region)
{
    for (const Remembered& entry : remembered)
        if (entry.text == text && (regionFree(text) || entry.region == region))
            return &entry.number;
    return nullptr;
}

void remember(const QString& text, const QString& region, const PhoneNumber& number)
{
    if (text.isEmpty() || recall(text, region))
        return;
    remembered[rememberedNext] = {text, region, number};
    rememberedNext = (rememberedNext + 1) % rememberedCount;
}

PhoneNumber parseAfresh(const QString& trimmed, const QString& defaultRegion);

} // namespace

namespace PhoneNumbers {

PhoneNumber parse(const QString& written, const QString& defaultRegion)
{
    const QString trimmed = written.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString region = defaultRegion.toUpper();
    if (const PhoneNumber* known = recall(trimmed, region))
        return *known;
    const PhoneNumber result = parseAfresh(trimmed, region);
    remember(trimmed, region, result);
    remember(result.e164, region, result);
    remember(result.international, region, result);
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

namespace {

PhoneNumber parseAfresh(const QString& trimmed, const QString& defaultRegion)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    PhoneNumber result;
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

} // namespace
