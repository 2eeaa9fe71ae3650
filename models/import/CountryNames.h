#pragma once

#include "import/ValueCleaning.h"

/// Country names and codes as people write them, unified to ISO 3166-1 alpha-2.
/// The names come from resources/data/countries.txt (English and German names, alpha-3 codes
/// and common variants of the EU/EEA countries, Switzerland, the UK, North America and the larger
/// markets); every other country is still found by its alpha-2 code and its English name.
class CountryNames
{
    Q_DECLARE_TR_FUNCTIONS(CountryNames)

public:
    /// The alpha-2 code for "Deutschland", "Germany", "de", "DEU", "BRD", "Schweiz", "USA",
    /// "Vereinigte Staaten", "UK", "Großbritannien", "England"…; empty when unknown.
    static QString codeOf(const QString& written);

    /// codeOf() as a cleaner: the code, or empty and flagged when the country is not known.
    static CleanedValue clean(const QString& written);

    /// The table's English and German name of an alpha-2 code (empty when it has none).
    static QString englishName(const QString& code);
    static QString germanName(const QString& code);
};
