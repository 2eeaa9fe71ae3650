#pragma once

#include <QString>

/// A phone number as parsed by libphonenumber.
struct PhoneNumber
{
    bool valid = false;    ///< a dialable number for its region
    QString e164;          ///< +4930901820; empty when it could not be parsed
    QString regionCode;    ///< ISO 3166-1 alpha-2 of the number ("DE"), empty when unknown
    QString international; ///< +49 30 901820, for people
};

/// Parsing, validating and formatting phone numbers written by people or imported from files.
namespace PhoneNumbers {

/// Parses a number as written ("030 901820", "+1 212 555 0100"); numbers without a country
/// code are read as numbers of `defaultRegion` (ISO alpha-2, e.g. "DE").
PhoneNumber parse(const QString& written, const QString& defaultRegion);

/// Only the digits (and a leading +) of what was written, for comparisons and search.
QString digitsOnly(const QString& written);

} // namespace PhoneNumbers
