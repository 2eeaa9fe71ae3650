#pragma once

#include "import/ValueCleaning.h"

#include <QList>

/// A phone number from an import file: `value` is E.164 ("+4930123456"), empty when rejected.
struct CleanedPhone : CleanedValue
{
    QString extension; ///< "123" from "x123", "ext. 123", "Durchwahl 123"
    QString region;    ///< the number's country (ISO alpha-2)
};

/// Normalising phone numbers from import files to E.164 through libphonenumber (PhoneNumbers).
class PhoneCleaning
{
    Q_DECLARE_TR_FUNCTIONS(PhoneCleaning)

public:
    /// Reads a number as people and spreadsheets write it: "030 1234567", "+49 (0)30 123456",
    /// "0049 30 123456", "0041 44 668 18 00", "(212) 555-0123 x123", "0711 123-0 Durchwahl 45".
    /// Numbers without a country code belong to `rowCountry` (a name or code, see CountryNames)
    /// when it is known, else to `defaultRegion` (alpha-2). A number a spreadsheet stored as a
    /// number lost its leading zero ("301234567" in Germany): where the country dials a trunk
    /// prefix 0 (Germany, Austria, Switzerland, the UK…) the zero is restored, and so is a lost
    /// "00" before a country code ("4930123456"), but only when the result is a valid number.
    /// A number that cannot be dialled is rejected with the project's reason. Of several numbers
    /// in a cell the first is kept (flagged); a note in brackets after it is dropped; a number
    /// in scientific notation ("4.9301234567E+10") is written out when no digit was lost.
    static CleanedPhone clean(const QString& written, const QString& defaultRegion,
                              const QString& rowCountry = {});

    /// The trunk prefix a country dials before national numbers ("0" for DE, AT, CH, GB, "1"
    /// for US and CA, empty for Italy and Spain). Only a lost "0" is restored.
    static QString trunkPrefix(const QString& region);

    /// A way to read what was written, and why it differs from it (empty when it does not).
    struct Attempt
    {
        QString text;
        QString repair;
    };

private:
    /// Writes out "4.9301234567E+10" as its digits; false (rejected) when digits were lost.
    static bool expandScientific(QString& text, CleanedPhone& result);
    /// The readings of `cleaned` to try in turn, for a number of `region`.
    static QList<Attempt> attemptsFor(const QString& cleaned, const QString& text,
                                      const QString& region);
};
