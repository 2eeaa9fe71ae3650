#pragma once

#include "TestStore.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "store/Sql.h"
#include "support/Clock.h"

#include <QDateTime>
#include <QTimeZone>

/// Helpers for the queue suites: a fixed weekday morning in Berlin, and leads set up with SQL.
namespace QueueFixtures {

/// Tuesday 24 November 2026, 10:00 UTC = 11:00 in Berlin, 05:00 in New York.
inline QDateTime tuesdayMorning()
{
    return QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc());
}

inline qint64 addLead(Store& store, const QString& first, const QString& last,
                      const QString& company = QStringLiteral("Acme GmbH"))
{
    return LeadRepository(store).create(sampleLead(first, last, company), QStringLiteral("mara"));
}

/// Sets columns of a lead directly: set(store, id, "total_score = ?, stage = ?", {50, "working"}).
inline void set(Store& store, qint64 id, const QString& assignments, QVariantList binds)
{
    binds.append(id);
    Sql::exec(store.db(), QStringLiteral("UPDATE leads SET %1 WHERE id = ?").arg(assignments),
              binds);
}

inline QVariant column(Store& store, qint64 id, const QString& name)
{
    return Sql::scalar(store.db(), QStringLiteral("SELECT %1 FROM leads WHERE id = ?").arg(name),
                       {id});
}

} // namespace QueueFixtures
