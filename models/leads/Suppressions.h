#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class Store;

/// A person erased on request who is being entered or imported again.
struct SuppressionHit
{
    qint64 erasedAt = 0; ///< UTC seconds of the day of the erasure
    bool byEmail = false;
    bool byPhone = false;

    /// The day in ISO form: "2026-11-23".
    QString dateText() const;
    /// Whether the lead is probably the erased person. Only the e-mail address says so: a phone
    /// number is often a switchboard, and the erased person's name is not kept to compare.
    bool isSamePerson() const { return byEmail; }
    /// A sentence for the rep: "This person was erased on request on 2026-11-23 (same e-mail
    /// address)." or, for the phone alone, "A person erased on request on 2026-11-23 had this
    /// phone number."
    QString message() const;
};

/// What remains of a person erased on request: a one-way hash (HMAC-SHA-256 with a random salt
/// kept in this store) of the normalised e-mail address and of the E.164 phone number, and the
/// date. Nothing else. A new-lead entry or an import asks check() so that the person is flagged
/// instead of silently coming back.
class Suppressions
{
    Q_DECLARE_TR_FUNCTIONS(Suppressions)

public:
    explicit Suppressions(const Store& store);

    /// Whether this e-mail address (any spelling of case and spaces) or this E.164 number belongs
    /// to a person erased on request. Never writes.
    std::optional<SuppressionHit> check(const QString& email, const QString& phoneE164) const;
    /// An e-mail address and an E.164 number to check.
    struct Contact
    {
        QString email;
        QString phoneE164;
    };
    /// The same for many people at once (an import), with one query for all their addresses and
    /// one for all their numbers: entry i answers for contacts[i]. Never writes.
    QList<std::optional<SuppressionHit>> checkAll(const QList<Contact>& contacts) const;
    /// Remembers an erased person; call inside the erasure's transaction.
    void addInTransaction(const QString& email, const QString& phoneE164, qint64 erasedAt);
    /// Number of suppression entries.
    qint64 count() const;

    /// The hash stored for a value, or empty for an empty value. Public for tests.
    QString hashOf(const QString& value, const QByteArray& salt) const;

private:
    QByteArray salt() const;
    QByteArray saltCreatingInTransaction();

    const Store& m_store;
};
