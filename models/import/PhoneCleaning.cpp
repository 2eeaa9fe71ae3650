#include "import/PhoneCleaning.h"

#include "contact/PhoneNumbers.h"
#include "import/CountryNames.h"
#include "leads/LeadValidator.h"

#include <QRegularExpression>
#include <phonenumbers/phonenumberutil.h>

namespace {

/// Takes an extension off the end of `text`: "x123", "ext. 123", "Durchwahl: 45", "DW 45".
QString takeExtension(QString& text)
{
    static const QRegularExpression extension(
        QStringLiteral("\\s*(?:[,;]\\s*)?(?:x|ext\\.?|extension|durchwahl|dw\\.?|nebenstelle|"
                       "apparat|app\\.?|nst\\.?|#)\\s*:?\\s*[-–]?\\s*(\\d{1,6})$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = extension.match(text);
    if (!match.hasMatch())
        return {};
    text.truncate(match.capturedStart());
    return match.captured(1);
}

/// The numbers of a cell: split at ";", "," and a slash between spaces ("030 1234567 / 0171
/// 2345678"; "030/1234567" is one number), without a note in brackets ("(Zentrale)").
QStringList numbersOf(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[;,]\\s*|\\s+/\\s+"));
    static const QRegularExpression note(QStringLiteral("\\s*\\(\\s*\\p{L}[^()]*\\)$"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList numbers;
    for (QString part : text.split(separators, Qt::SkipEmptyParts)) {
        part.remove(note);
        if (!part.isEmpty())
            numbers.append(part);
    }
    return numbers;
}

/// "+49 (0)30 123456" → "+49 30 123456": the trunk zero in brackets is not dialled from abroad.
/// "0049 30…" and "00 41 44…" → "+49 30…": an international prefix spelt out.
QString withoutPrefixNoise(QString text)
{
    static const QRegularExpression bracketZero(QStringLiteral("\\(\\s*0\\s*\\)"));
    static const QRegularExpression doubleZero(QStringLiteral("^00\\s*(?=[1-9])"));
    text.replace(bracketZero, QStringLiteral(" "));
    text.replace(doubleZero, QStringLiteral("+"));
    return text.simplified();
}

/// A number as a spreadsheet stores it: digits only, maybe with the ".0" a float gave it.
QString storedDigits(const QString& text)
{
    static const QRegularExpression stored(QStringLiteral("^(\\d{5,15})(?:\\.0+)?$"));
    const auto match = stored.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool accept(CleanedPhone& result, const PhoneCleaning::Attempt& attempt, const QString& region)
{
    const PhoneNumber parsed = PhoneNumbers::parse(attempt.text, region);
    if (!parsed.valid)
        return false;
    result.value = parsed.e164;
    result.region = parsed.regionCode;
    if (!attempt.repair.isEmpty())
        result.note(CleanOutcome::Repaired, attempt.repair);
    return true;
}

QString countryCodeOf(const QString& region)
{
    const int code = i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(
        region.toStdString());
    return code == 0 ? QString() : QString::number(code);
}

} // namespace

QList<PhoneCleaning::Attempt> PhoneCleaning::attemptsFor(const QString& cleaned,
                                                         const QString& text, const QString& region)
{
    const QString digits = storedDigits(cleaned);
    if (digits.isEmpty() || digits.startsWith(QLatin1Char('0')))
        return {{cleaned, {}}};
    // Digits only, as a spreadsheet keeps a number: a leading 0 or 00 may have been lost.
    const Attempt international{
        QLatin1Char('+') + digits,
        tr("\"%1\" read as +%2 (the 00 before the country code was lost)").arg(text, digits)};
    // Only a lost 0 is restored: the 1 of the North American plan is not left off.
    if (trunkPrefix(region) != QLatin1String("0"))
        return {{digits, {}}, international};
    const Attempt national{QLatin1Char('0') + digits,
                           tr("leading 0 restored: \"%1\" read as 0%2").arg(text, digits)};
    // A lost "00" first when the digits begin with the country's own calling code, since
    // "4930…" is far likelier a German number than "04930…".
    const QString callingCode = countryCodeOf(region);
    if (!callingCode.isEmpty() && digits.startsWith(callingCode))
        return {international, national};
    return {national, international};
}

bool PhoneCleaning::expandScientific(QString& text, CleanedPhone& result)
{
    // "4.9301234567E+10": a spreadsheet showed a long number in scientific notation.
    static const QRegularExpression scientific(QStringLiteral("^(\\d)[.,](\\d+)E\\+?(\\d{1,2})$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const auto m = scientific.match(text);
    if (!m.hasMatch())
        return true;
    const QString digits = m.captured(1) + m.captured(2);
    const int length = m.captured(3).toInt() + 1;
    if (digits.size() > length || digits.size() < length) {
        result.note(CleanOutcome::Rejected,
                    tr("\"%1\" is a number in scientific notation that lost its last digits; "
                       "format the column as text in the spreadsheet and export again")
                        .arg(text));
        return false;
    }
    result.note(CleanOutcome::Repaired,
                tr("\"%1\" written out as %2 (scientific notation)").arg(text, digits));
    text = digits;
    return true;
}

QString PhoneCleaning::trunkPrefix(const QString& region)
{
    std::string prefix;
    i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetNddPrefixForRegion(
        region.toUpper().toStdString(), true, &prefix);
    return QString::fromStdString(prefix);
}

CleanedPhone PhoneCleaning::clean(const QString& written, const QString& defaultRegion,
                                  const QString& rowCountry)
{
    CleanedPhone result;
    QString text = ValueCleaning::tidy(written);
    if (!expandScientific(text, result))
        return result;
    result.extension = takeExtension(text);
    QStringList numbers = numbersOf(text);
    if (numbers.isEmpty())
        return result;
    text = numbers.takeFirst();
    if (!numbers.isEmpty())
        result.note(CleanOutcome::Flagged,
                    tr("the cell holds %n more number(s); the first is kept: %1", nullptr,
                       int(numbers.size()))
                        .arg(numbers.join(QStringLiteral(", "))));
    const QString rowCode = CountryNames::codeOf(rowCountry);
    const QString region = rowCode.isEmpty() ? defaultRegion.toUpper() : rowCode;
    const QString cleaned = withoutPrefixNoise(text);
    for (const Attempt& attempt : attemptsFor(cleaned, text, region))
        if (accept(result, attempt, region))
            return result;
    QString problem = LeadValidator(region).phoneProblem(cleaned, region);
    if (problem.isEmpty())
        problem = tr("Phone: \"%1\" is not a phone number.").arg(text);
    result.note(CleanOutcome::Rejected, problem);
    return result;
}
