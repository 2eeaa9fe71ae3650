#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class Store;

/// Who holds a lead now.
struct ClaimInfo
{
    QString claimedBy;
    qint64 expiresAt = 0;
    bool ownedByMe = false; ///< this session's claim
    bool active = false;    ///< claimed by anyone and not expired
};

/// Claims keep two windows or two reps from working the same lead. A claim belongs to one
/// session (one window) of one rep and lasts TeamSettings::claimMinutes unless renewed or
/// released. Handing out the next lead picks and claims it in one write transaction, so two
/// processes on one store never get the same lead.
class ClaimService
{
    Q_DECLARE_TR_FUNCTIONS(ClaimService)

public:
    ClaimService(const Store& store, QString repName, QString sessionToken);

    /// A new random session token (one per window).
    static QString newSessionToken();
    QString sessionToken() const { return m_token; }
    QString repName() const { return m_rep; }

    /// Releases this session's claims (unless keepOthers), then claims the first callable lead
    /// in queue order other than skipLeadId. Returns it, or nothing when no lead is callable.
    std::optional<qint64> claimNext(qint64 skipLeadId = 0, bool releaseOthers = true);
    /// Claims a lead the rep opened. False (and nothing changed) when someone else holds it.
    bool claim(qint64 leadId, bool releaseOthers = true);
    /// Extends this session's claim on the lead; false when it is no longer ours.
    bool renew(qint64 leadId);
    void release(qint64 leadId);
    /// Releases every claim of this session (closing the window).
    void releaseAll();
    ClaimInfo claimOf(qint64 leadId) const;
    /// Ends whatever claim the lead has, whoever holds it, inside the caller's transaction: the
    /// lead leaves the queue (nurture or disqualified after the maximum attempts).
    static void endInTransaction(const Store& store, qint64 leadId);

private:
    void releaseAllInTransaction(qint64 keepLeadId = 0);
    void claimInTransaction(qint64 leadId, qint64 now);
    /// Claims the lead unless another session holds an active claim on it; false then.
    bool claimIfFreeInTransaction(qint64 leadId, qint64 now);
    void announceClaim(qint64 leadId) const;

    const Store& m_store;
    QString m_rep;
    QString m_token;
};
