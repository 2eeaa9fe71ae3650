#pragma once

#include "TestStore.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "qualification/QualificationRepository.h"
#include "scoring/LeadScores.h"
#include "store/Sql.h"

/// Leads for the nurture GUI suites.
namespace NurtureLeads {

/// A lead in Berlin with phase and role known and the rest of BANT unknown, entered by `rep`.
inline qint64 add(const Store& store, const QString& rep, const QString& name, BuyingPhase phase,
                  BuyingRole role)
{
    Lead lead = sampleLead(name, QStringLiteral("Becker"), name + QStringLiteral(" GmbH"));
    lead.employees = 300;
    const qint64 id = LeadRepository(store).create(lead, rep);
    Qualification q;
    q.phase = phase;
    q.buyingRole = role;
    WriteTransaction tx(store);
    QualificationRepository(store).saveInTransaction(id, q, Reps::idFor(store, rep));
    Sql::exec(store.db(),
              QStringLiteral("UPDATE leads SET call_zone = 'Europe/Berlin' WHERE id = ?"), {id});
    tx.commit();
    LeadScores::rescore(store, id);
    return id;
}

} // namespace NurtureLeads
