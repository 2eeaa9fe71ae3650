#include "dashboard/RollupBulkScope.h"

#include "dashboard/RollupSql.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <spdlog/spdlog.h>

namespace {

// The leads a scope touched: a temporary table of its connection (the triggers never read it).
const QString touchedTable = QStringLiteral("rollup_touched");

} // namespace

RollupBulkScope::RollupBulkScope(const Store& store)
    : m_store(store)
{
    Sql::exec(store.db(), QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (lead_id BIGINT NOT"
                                         " NULL PRIMARY KEY)")
                              .arg(touchedTable));
    Sql::exec(store.db(), QStringLiteral("DELETE FROM %1").arg(touchedTable));
    Sql::exec(store.db(), QStringLiteral("INSERT INTO rollup_pause (mode) VALUES ('writes')"));
}

// Nothing to undo here: without finish() the caller's transaction rolls back, the pause with it.
RollupBulkScope::~RollupBulkScope() = default;

void RollupBulkScope::touched(qint64 leadId)
{
    if (m_all)
        return;
    if (!m_touch) {
        m_touch = std::make_unique<QSqlQuery>(m_store.db());
        Sql::prepare(*m_touch,
                     QStringLiteral("INSERT INTO %1 (lead_id) VALUES (?) ON CONFLICT DO NOTHING")
                         .arg(touchedTable),
                     m_store.db());
    }
    Sql::run(*m_touch, {leadId}, m_store.db());
}

void RollupBulkScope::touchedSelection(const QString& selection, const QVariantList& binds)
{
    if (m_all)
        return;
    // "WHERE true": SQLite would read ON CONFLICT as the join's ON without it.
    Sql::exec(m_store.db(),
              QStringLiteral("INSERT INTO %1 (lead_id) SELECT s.lead_id FROM (%2) s WHERE true"
                             " ON CONFLICT DO NOTHING")
                  .arg(touchedTable, selection),
              binds);
}

void RollupBulkScope::touchedRange(qint64 firstId, qint64 lastId)
{
    if (m_all)
        return;
    Sql::exec(m_store.db(),
              QStringLiteral("INSERT INTO %1 (lead_id) SELECT id FROM leads WHERE id BETWEEN ?"
                             " AND ? ON CONFLICT DO NOTHING")
                  .arg(touchedTable),
              {firstId, lastId});
}

void RollupBulkScope::touchedIfChanged(qint64 firstId, qint64 lastId)
{
    if (m_all)
        return;
    Sql::exec(
        m_store.db(),
        QStringLiteral(
            "INSERT INTO %1 (lead_id) SELECT l.id FROM leads l LEFT JOIN lead_funnel f ON"
            " f.for_lead = l.id WHERE l.id BETWEEN ? AND ? AND (f.for_lead IS NULL OR"
            " f.created_at <> l.created_at OR f.stage <> l.stage OR f.grade <> COALESCE(l.grade,"
            " '') OR f.source <> COALESCE(l.source_channel, '') OR f.campaign <>"
            " COALESCE(l.campaign, '') OR f.owner_id <> COALESCE(l.owner_id, 0) OR f.quadrant <>"
            " CASE WHEN l.stage IN ('handed_off', 'disqualified') THEN '-' ELSE"
            " COALESCE(l.quadrant, '') END) ON CONFLICT DO NOTHING")
            .arg(touchedTable),
        {firstId, lastId});
}

void RollupBulkScope::touchedAll()
{
    if (m_all)
        return;
    m_all = true;
    Sql::exec(m_store.db(), QStringLiteral("INSERT INTO rollup_pause (mode) VALUES ('all')"));
}

void RollupBulkScope::finish()
{
    if (m_finished)
        return;
    QElapsedTimer clock;
    clock.start();
    const QSqlDatabase db = m_store.db();
    if (m_all) {
        RollupSql::refill(db);
    } else {
        // From here the deletes of funnel and stint rows are this scope's own, counted below.
        Sql::exec(db, QStringLiteral("INSERT INTO rollup_pause (mode) VALUES ('all')"));
        RollupSql::refreshLeads(db, QStringLiteral("SELECT lead_id FROM %1").arg(touchedTable));
    }
    const qint64 leads =
        m_all ? -1
              : Sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(touchedTable))
                    .toLongLong();
    Sql::exec(db, QStringLiteral("DELETE FROM %1").arg(touchedTable));
    Sql::exec(db, QStringLiteral("DELETE FROM rollup_pause"));
    m_finished = true;
    spdlog::info("roll-ups brought up to date for {} in {} ms",
                 leads < 0 ? std::string("every lead") : std::to_string(leads) + " leads",
                 clock.elapsed());
}
