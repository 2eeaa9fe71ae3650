#include "queue/LeadOpening.h"

#include "domain/LeadRepository.h"
#include "domain/TeamSettings.h"
#include "queue/QueueContext.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QLocale>

LeadOpening::LeadOpening(const Store& store, QString repName, QString sessionToken)
    : m_store(store)
    , m_claims(store, std::move(repName), std::move(sessionToken))
{}

int LeadOpening::claimMinutes() const
{
    return TeamSettings(m_store).claimMinutes();
}

LeadOpening::Opened LeadOpening::open(qint64 leadId)
{
    Opened opened;
    opened.leadId = leadId;
    opened.lead = LeadRepository(m_store).find(leadId);
    const bool callable = opened.lead && !opened.lead->doNotCall && !opened.lead->wrongNumber;
    opened.claim = m_claims.claimOf(leadId);
    if (!callable && opened.claim.ownedByMe) { // nobody may call it: no reason to keep others off
        m_claims.release(leadId);
        opened.claim = m_claims.claimOf(leadId);
    }
    if (callable && !opened.claim.active && m_claims.claim(leadId, false)) // expired, or none
        opened.claim = m_claims.claimOf(leadId);
    opened.mayCall = callable && opened.claim.ownedByMe;

    const TeamSettings settings(m_store);
    const QueueContext context =
        QueueContext::build(m_store, m_claims.repName(), m_claims.sessionToken());
    opened.zone = context.zoneOfLead(m_store, leadId);
    opened.hours = context.hours;
    opened.attempts = opened.lead ? opened.lead->attempts : 0;
    opened.maxAttempts = settings.maxAttempts();
    opened.notice = noticeFor(opened);

    m_held = opened.mayCall ? leadId : 0;
    m_lapsed = false;
    if (opened.mayCall) {
        m_expiresAt = opened.claim.expiresAt;
        m_renewedAt = opened.claim.expiresAt - qint64(settings.claimMinutes()) * 60;
    }
    return opened;
}

QString LeadOpening::noticeFor(Opened& opened) const
{
    const std::optional<Lead>& lead = opened.lead;
    if (lead && lead->doNotCall) {
        opened.reason = Reason::DoNotCall;
        return tr("%1 must not be called (do not call): no call can be dialled or logged.")
            .arg(lead->displayName());
    }
    if (lead && lead->wrongNumber) {
        opened.reason = Reason::WrongNumber;
        return tr("The phone number of %1 is marked as wrong: no call can be dialled or logged.")
            .arg(lead->displayName());
    }
    if (!opened.mayCall && opened.claim.active) {
        opened.reason = Reason::ClaimedByOther;
        return tr("%1 is working this lead until %2; you can look but not log calls.")
            .arg(opened.claim.claimedBy, Clock::fromSecs(opened.claim.expiresAt)
                                             .toLocalTime()
                                             .toString(QStringLiteral("HH:mm")));
    }
    opened.reason = Reason::None;
    return {};
}

LeadOpening::Opened LeadOpening::choose(qint64 leadId)
{
    m_claims.claim(leadId); // refused when someone else holds it: the notice says so
    return open(leadId);
}

std::optional<LeadOpening::Opened> LeadOpening::next(qint64 skipLeadId)
{
    const std::optional<qint64> next = m_claims.claimNext(skipLeadId);
    if (!next) {
        m_held = 0;
        return std::nullopt;
    }
    return open(*next);
}

void LeadOpening::release(qint64 leadId)
{
    m_claims.release(leadId);
    if (leadId == m_held)
        m_held = 0;
}

void LeadOpening::releaseAll()
{
    m_claims.releaseAll();
    m_held = 0;
}

bool LeadOpening::lostForCalling(qint64 leadId) const
{
    const std::optional<Lead> lead = LeadRepository(m_store).find(leadId);
    const ClaimInfo claim = m_claims.claimOf(leadId);
    return !lead || lead->doNotCall || lead->wrongNumber || (claim.active && !claim.ownedByMe);
}

LeadOpening::Kept LeadOpening::keep(qint64 leadId, bool working, bool activity)
{
    constexpr qint64 renewEverySecs = 60;
    if (m_held == 0 || leadId != m_held)
        return {};
    if (m_lapsed)
        return activity ? Kept{Step::Reopen, Reason::None, {}} : Kept{};
    const qint64 now = Clock::nowSecs();
    if (working && now - m_renewedAt >= renewEverySecs) {
        if (!m_claims.renew(m_held)) {
            m_held = 0;
            return {Step::Taken, Reason::ClaimTaken,
                    tr("Your claim on this lead has expired and someone else holds it now.")};
        }
        m_renewedAt = now;
        m_expiresAt = m_claims.claimOf(leadId).expiresAt;
        return {Step::Renewed, Reason::None, {}};
    }
    if (!working && now >= m_expiresAt)
        return lapse();
    return {};
}

LeadOpening::Kept LeadOpening::lapse()
{
    m_lapsed = true;
    const int minutes = claimMinutes();
    return {Step::Lapsed, Reason::ClaimLapsed,
            tr("Your claim on this lead lapsed at %1 after %n minute(s) without activity, so "
               "others can take it now. Press a key or click to work on it again.",
               nullptr, minutes)
                .arg(QLocale().toString(Clock::fromSecs(m_expiresAt).toLocalTime().time(),
                                        QLocale::ShortFormat))};
}
