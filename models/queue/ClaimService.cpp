#include "queue/ClaimService.h"

#include "domain/TeamSettings.h"
#include "queue/QueueQuery.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QUuid>
#include <spdlog/spdlog.h>

ClaimService::ClaimService(const Store& store, QString repName, QString sessionToken)
    : m_store(store)
    , m_rep(std::move(repName))
    , m_token(std::move(sessionToken))
{}

QString ClaimService::newSessionToken()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ClaimService::releaseAllInTransaction(qint64 keepLeadId)
{
    QSqlQuery released =
        Sql::execOnce(m_store.db(),
                      QStringLiteral("UPDATE leads SET claimed_by = NULL, claim_token = NULL,"
                                     " claim_expires_at = NULL WHERE claim_token = ? AND id <> ?"
                                     " RETURNING id"),
                      {m_token, keepLeadId});
    while (released.next())
        announceClaim(released.value(0).toLongLong());
}

void ClaimService::claimInTransaction(qint64 leadId, qint64 now)
{
    const qint64 expires = now + qint64(TeamSettings(m_store).claimMinutes()) * 60;
    Sql::exec(
        m_store.db(),
        QStringLiteral("UPDATE leads SET claimed_by = ?, claim_token = ?, claim_expires_at = ?"
                       " WHERE id = ?"),
        {m_rep, m_token, expires, leadId});
}

bool ClaimService::claimIfFreeInTransaction(qint64 leadId, qint64 now)
{
    // One statement tests and takes the claim: on a server two reps' transactions run side by
    // side, and a check read before the update could let both of them see the lead free. The
    // second UPDATE waits for the first one's row lock and then finds the claim taken.
    const qint64 expires = now + qint64(TeamSettings(m_store).claimMinutes()) * 60;
    QSqlQuery claimed = Sql::exec(
        m_store.db(),
        QStringLiteral("UPDATE leads SET claimed_by = ?, claim_token = ?, claim_expires_at = ?"
                       " WHERE id = ? AND (claim_expires_at IS NULL OR claim_expires_at <= ?"
                       " OR claim_token = ?) RETURNING id"),
        {m_rep, m_token, expires, leadId, now, m_token});
    return claimed.next();
}

void ClaimService::announceClaim(qint64 leadId) const
{
    m_store.announceLead(leadId); // who holds a lead shows in the queue (renewals do not count)
}

std::optional<qint64> ClaimService::claimNext(qint64 skipLeadId, bool releaseOthers)
{
    // The settings and open zones are read before the transaction: on a server the rows it
    // locks are held for as short a time as possible while other reps ask for their next lead.
    // Every active claim counts here, this session's too: "next" never hands out a lead twice.
    const QueueQuery query(m_store, QueueContext::build(m_store, QString(), QString()));
    // BEGIN IMMEDIATE (SQLite) serialises pick + claim across processes; PostgreSQL locks the
    // picked row and skips rows another transaction is claiming.
    WriteTransaction transaction(m_store);
    if (releaseOthers)
        releaseAllInTransaction();
    std::optional<qint64> next;
    if (m_store.isSqlite()) {
        next = query.firstCallable(skipLeadId);
        if (next)
            claimInTransaction(*next, query.context().now);
    } else { // a server: pick and claim in one round trip, the rows locked the shortest time
        const qint64 expires = query.context().now + qint64(query.context().claimMinutes) * 60;
        next = query.claimFirstCallable(
            skipLeadId, QStringLiteral("claimed_by = ?, claim_token = ?, claim_expires_at = ?"),
            {m_rep, m_token, expires});
    }
    if (next)
        announceClaim(*next);
    transaction.commit();
    if (next)
        spdlog::debug("queue: lead {} claimed", *next);
    return next;
}

bool ClaimService::claim(qint64 leadId, bool releaseOthers)
{
    WriteTransaction transaction(m_store);
    if (!claimIfFreeInTransaction(leadId, Clock::nowSecs()))
        return false; // someone else holds it: rolled back, nothing changed
    if (releaseOthers)
        releaseAllInTransaction(leadId);
    announceClaim(leadId);
    transaction.commit();
    return true;
}

bool ClaimService::renew(qint64 leadId)
{
    WriteTransaction transaction(m_store);
    if (!claimIfFreeInTransaction(leadId, Clock::nowSecs()))
        return false;
    transaction.commit();
    return true;
}

void ClaimService::release(qint64 leadId)
{
    WriteTransaction transaction(m_store);
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE leads SET claimed_by = NULL, claim_token = NULL,"
                             " claim_expires_at = NULL WHERE id = ? AND claim_token = ?"),
              {leadId, m_token});
    announceClaim(leadId);
    transaction.commit();
}

void ClaimService::releaseAll()
{
    WriteTransaction transaction(m_store);
    releaseAllInTransaction();
    transaction.commit();
}

void ClaimService::endInTransaction(const Store& store, qint64 leadId)
{
    Sql::exec(store.db(),
              QStringLiteral("UPDATE leads SET claimed_by = NULL, claim_token = NULL,"
                             " claim_expires_at = NULL WHERE id = ?"),
              {leadId});
}

ClaimInfo ClaimService::claimOf(qint64 leadId) const
{
    QSqlQuery query = Sql::exec(
        m_store.db(),
        QStringLiteral("SELECT claimed_by, claim_token, claim_expires_at FROM leads WHERE id = ?"),
        {leadId});
    ClaimInfo info;
    if (!query.next() || query.value(2).isNull())
        return info;
    info.claimedBy = query.value(0).toString();
    info.expiresAt = query.value(2).toLongLong();
    info.active = info.expiresAt > Clock::nowSecs();
    info.ownedByMe = info.active && query.value(1).toString() == m_token;
    return info;
}
