#pragma once

#include "import/ValueCleaning.h"

/// A person's name taken apart: "Herr Prof. Dr. Hans von Weizsäcker" gives salutation "Herr",
/// title "Prof. Dr.", first name "Hans" and last name "von Weizsäcker".
struct PersonName : CleanNotes
{
    QString salutation; ///< Herr, Frau, Mr, Mrs, Ms… as written
    QString title;      ///< academic or professional titles before the name ("Dr. med.")
    QString firstName;  ///< given names, middle names included
    QString lastName;   ///< family name with its particles ("van der Berg", "de la Cruz")
    QString suffix;     ///< after the name: "MBA", "Jr.", "PhD"
};

/// Cleaning and splitting people's names from import files.
class NameCleaning
{
    Q_DECLARE_TR_FUNCTIONS(NameCleaning)

public:
    /// A first or last name as a cell holds it: tidied (see ValueCleaning::tidy). Flagged when
    /// it holds an @ or digits, which a name does not.
    static CleanedValue clean(const QString& written);

    /// A full name in one cell: "Dr. Anna Müller-Lüdenscheidt", "Müller, Anna", "Frau Anna
    /// de la Cruz", "Prof. Dr. Hans von Weizsäcker". Salutations and titles in front go to their
    /// fields; with a comma the family name comes first; particles (von, van der, de la…) stay
    /// with the last name; a single word is a last name (flagged: no first name).
    static PersonName split(const QString& written);

    /// True for a salutation such as "Herr", "Frau", "Mr.", "Mrs", "Ms", "Mx".
    static bool isSalutation(const QString& word);
    /// True for a title such as "Dr.", "Prof.", "Dipl.-Ing.", "Mag.", "Ing.", "Sir".
    static bool isTitle(const QString& word);
};
