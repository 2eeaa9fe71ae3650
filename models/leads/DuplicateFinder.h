#pragma once

#include "domain/Lead.h"

#include <QCoreApplication>
#include <QList>

class Store;

/// A lead already in the store that is probably the same person as a new one.
struct DuplicateMatch
{
    enum class Reason
    {
        SameEmail,        ///< the same e-mail address, trimmed and case-insensitive
        SamePhoneAndName, ///< the same number (E.164) and a matching name
    };

    qint64 leadId = 0;
    QString name;
    QString company;
    Stage stage = Stage::New;
    Reason reason = Reason::SameEmail;

    /// "Anna Becker (Becker GmbH, lead 12, Working): same e-mail address"
    QString describe() const;
};

/// Finds likely duplicates of a lead. The same e-mail address always counts; the same phone
/// number only together with a matching name, because colleagues share a switchboard number.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(const Store& store);

    /// Likely duplicates of a normalised lead (phoneE164 filled in), leaving out `excludeId`.
    QList<DuplicateMatch> find(const Lead& candidate, qint64 excludeId = 0) const;

    /// Whether two people's names match: the same last name, and the same first name or an
    /// initial of it ("A." for "Anna"), ignoring case and accents.
    static bool namesMatch(const QString& firstA, const QString& lastA, const QString& firstB,
                           const QString& lastB);

private:
    void addByEmail(const Lead& candidate, qint64 excludeId, QList<DuplicateMatch>& found) const;
    void addByPhone(const Lead& candidate, qint64 excludeId, QList<DuplicateMatch>& found) const;

    const Store& m_store;
};
