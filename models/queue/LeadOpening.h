#pragma once

#include "domain/Lead.h"
#include "queue/CallingHours.h"
#include "queue/ClaimService.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>
#include <optional>

class Store;

/// Opening a lead to work it, for one window of one rep: decides who may call the lead (the
/// claim), what the card says about it and why, and keeps the claim alive while the rep works
/// it. The window only shows what it returns; it holds no claim and decides none.
class LeadOpening
{
    // The notices were written in the queue's controller: their translations stay there.
    Q_DECLARE_TR_FUNCTIONS(QueueController)

public:
    /// Why the card shows a notice (None: it shows none).
    enum class Reason
    {
        None,
        DoNotCall,      ///< the person asked not to be called
        WrongNumber,    ///< the phone number is marked as wrong
        ClaimedByOther, ///< another window or rep holds an active claim
        ClaimTaken,     ///< this window's claim expired and someone else holds it now
        ClaimLapsed     ///< this window's claim lapsed without activity
    };

    /// What the card needs to show a lead.
    struct Opened
    {
        qint64 leadId = 0;
        std::optional<Lead> lead;
        bool mayCall = false; ///< the lead may be called and this window holds its claim
        ClaimInfo claim;      ///< who holds it now, and until when
        Reason reason = Reason::None;
        QString notice; ///< for a person; empty with Reason::None
        QTimeZone zone; ///< the lead's local time zone, for its calling hours
        CallingHours hours{QTime(9, 0), QTime(18, 0)};
        int attempts = 0;
        int maxAttempts = 0;
    };

    /// What keeping the claim alive did at one tick of the window's clock.
    enum class Step
    {
        Nothing, ///< no lead held, or nothing due yet
        Renewed, ///< the rep works the lead: the claim was extended
        Taken,   ///< the claim was lost to someone else (notice says so)
        Lapsed,  ///< no activity until the claim expired: others may take it (notice says so)
        Reopen   ///< the rep is back after a lapse: open the lead again (claims it if free)
    };
    struct Kept
    {
        Step step = Step::Nothing;
        Reason reason = Reason::None;
        QString notice;
    };

    LeadOpening(const Store& store, QString repName, QString sessionToken);
    /// A new random session token (one per window).
    static QString newSessionToken() { return ClaimService::newSessionToken(); }

    /// Shows a lead as it stands: claims it when it may be called and nobody holds it (or the
    /// claim expired), releases this window's claim when nobody may call it.
    Opened open(qint64 leadId);
    /// The rep chose a lead: claims it (releasing this window's other claims) unless someone
    /// else holds it, then opens it.
    Opened choose(qint64 leadId);
    /// Releases this window's claims and claims the next callable lead in queue order other
    /// than skipLeadId; nothing when no lead can be called now.
    std::optional<Opened> next(qint64 skipLeadId);
    /// Releases this window's claim on the lead (the rep lets it go).
    void release(qint64 leadId);
    /// Releases every claim of this window (it closes or changes store).
    void releaseAll();
    /// One tick of the window's clock while leadId is on the card: working says whether the
    /// rep works it (input, or a call in the panel), activity whether there was input.
    Kept keep(qint64 leadId, bool working, bool activity);
    /// Whether the lead on the card changed so that no call may be logged on it here any longer
    /// (marked "do not call", a wrong number, erased, or claimed by someone else): the window
    /// then opens it again to show why.
    bool lostForCalling(qint64 leadId) const;
    /// The lead this window holds now (0: none).
    qint64 heldLead() const { return m_held; }
    int claimMinutes() const;

private:
    QString noticeFor(Opened& opened) const;
    Kept lapse();

    const Store& m_store;
    ClaimService m_claims;
    qint64 m_held = 0; ///< the opened lead while this window holds it
    qint64 m_renewedAt = 0;
    qint64 m_expiresAt = 0;
    bool m_lapsed = false;
};
