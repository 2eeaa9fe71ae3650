#pragma once

#include "domain/Lead.h"

#include <QCoreApplication>
#include <QHash>
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
    /// The same for many leads at once (an import), with one query for all their e-mail
    /// addresses and one for all their numbers: entry i holds the matches of candidates[i].
    QList<QList<DuplicateMatch>> findAll(const QList<Lead>& candidates) const;

    /// Whether two people's names match: the same last name, and the same first name or an
    /// initial of it ("A." for "Anna"), ignoring case and accents.
    static bool namesMatch(const QString& firstA, const QString& lastA, const QString& firstB,
                           const QString& lastB);

private:
    const Store& m_store;
};

/// The leads of the store that a batch of new leads could duplicate, read at once: one query
/// (per few hundred values) for all the batch's e-mail addresses and one for all its numbers.
/// Leads written during the batch are added, so that a later row finds an earlier one.
class DuplicateIndex
{
public:
    /// Reads the stored leads sharing an e-mail address or a number with any candidate.
    DuplicateIndex(const Store& store, const QList<Lead>& candidates);

    /// Likely duplicates of a normalised lead, as DuplicateFinder::find gives them.
    QList<DuplicateMatch> find(const Lead& candidate, qint64 excludeId = 0) const;
    /// Adds a lead just written (its id set), for the rows after it.
    void add(const Lead& lead);

private:
    struct Known
    {
        qint64 id = 0;
        QString firstName;
        QString lastName;
        QString name; ///< as shown
        QString company;
        Stage stage = Stage::New;
    };

    void read(const Store& store, const QString& column, const QStringList& values,
              QHash<QString, QList<Known>>& into);
    static DuplicateMatch matchOf(const Known& known, DuplicateMatch::Reason reason);

    QHash<QString, QList<Known>> m_byEmail; ///< by normalised e-mail address, oldest first
    QHash<QString, QList<Known>> m_byPhone; ///< by E.164 number, oldest first
};
