#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Store;

/// A set of stored leads that are probably one person, with what they share.
struct DuplicateGroup
{
    enum class Reason
    {
        SameEmail,        ///< the same e-mail address, trimmed and case-insensitive
        SamePhoneAndName, ///< the same number (E.164) and a matching name
    };

    Reason reason = Reason::SameEmail;
    QString shared;        ///< the address or number they share
    QList<qint64> leadIds; ///< oldest first

    /// "Same e-mail address" / "Same phone number and name", translated.
    QString reasonText() const;
};

/// Lead ▸ Find Duplicates…: the groups of likely duplicates among the stored leads, by the same
/// rules as DuplicateFinder (the e-mail address alone; the phone number only with a matching
/// name, as colleagues share a switchboard number). Reads only.
class DuplicateGroups
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateGroups)

public:
    explicit DuplicateGroups(const Store& store);

    /// Up to `limit` groups, e-mail groups first; a lead is in one group at most.
    QList<DuplicateGroup> find(int limit = 500) const;

private:
    QList<DuplicateGroup> byEmail(int limit) const;
    QList<DuplicateGroup> byPhone(int limit, const QList<qint64>& taken) const;

    const Store& m_store;
};
