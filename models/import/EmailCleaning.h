#pragma once

#include "import/ValueCleaning.h"

/// An e-mail address from an import file, cleaned and checked.
struct CleanedEmail : CleanedValue
{
    QString key;           ///< the address lower-cased, for finding the same address again
    QString displayName;   ///< the name in "Anna Müller <anna@example.com>", tidied
    QStringList others;    ///< further addresses in the same cell, cleaned but not checked
    bool freeMail = false; ///< a free-mail provider's address (kept, but flagged)
};

/// Cleaning e-mail addresses from import files. The syntax rule is the project's one
/// (LeadValidator::emailProblem); this only takes off what files wrap around an address.
class EmailCleaning
{
    Q_DECLARE_TR_FUNCTIONS(EmailCleaning)

public:
    /// Tidies the text; takes off "mailto:" (and a "?subject=…" after it), quotes and brackets
    /// around the address, a full stop after it and the name in "Name <address>"; keeps the first
    /// of several addresses separated by commas or semicolons (flagged, the others in `others`);
    /// lower-cases the domain; rejects what the project's rule rejects, with its reason; flags
    /// free-mail addresses.
    static CleanedEmail clean(const QString& written);

    /// The key two addresses are compared by: the address lower-cased (the part before the @ is
    /// case-sensitive by the standard, but no provider treats it so).
    static QString key(const QString& address);

    /// True when `domain` belongs to a free-mail provider (gmail.com, gmx.de, web.de,
    /// t-online.de, yahoo.*, hotmail.*, outlook.*, icloud.com, proton.me, bluewin.ch…).
    static bool isFreeMailDomain(const QString& domain);
};
