#include "queue/SearchKeys.h"
#include "queue/TimeZoneData.h"
#include "store/Migrations.h"

// Version 3: the call queue. Folded search keys as generated columns with indexes (instant
// search by name, company and phone without a table scan, and without a full-text index that
// would keep copies of erased names), the lead's derived time zone (kept current by triggers
// from small lookup tables), the wrong-number flag, per-window claims, the indexes that give the
// queue's order, and what undoing a logged call restores.
void migrateToV3Queue(const MigrationContext& ctx)
{
    const Dialect& d = ctx.dialect;
    const QString fullName =
        QStringLiteral("trim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))");
    const QString lastFirst =
        QStringLiteral("trim(coalesce(last_name, '') || ' ' || coalesce(first_name, ''))");
    auto generated = [&](const QString& column, const QString& expression) {
        ctx.exec(QStringLiteral("ALTER TABLE leads ADD COLUMN %1 TEXT GENERATED ALWAYS AS (%2) "
                                "{VIRTUAL}")
                     .arg(column, expression));
    };
    generated(QStringLiteral("name_key"), SearchKeys::sqlFold(fullName, d));
    generated(QStringLiteral("last_key"), SearchKeys::sqlFold(lastFirst, d));
    generated(QStringLiteral("company_key"),
              SearchKeys::sqlFold(QStringLiteral("coalesce(company, '')"), d));
    generated(QStringLiteral("phone_key"),
              SearchKeys::sqlDigits(QStringLiteral("coalesce(phone_e164, phone, '')")));
    ctx.exec(
        QStringLiteral("ALTER TABLE leads ADD COLUMN wrong_number INTEGER NOT NULL DEFAULT 0"));
    ctx.exec(QStringLiteral("ALTER TABLE leads ADD COLUMN claim_token TEXT"));
    ctx.exec(QStringLiteral("ALTER TABLE leads ADD COLUMN call_zone TEXT"));

    for (const char* index : {
             "idx_leads_name_key ON leads(name_key, id)",
             "idx_leads_last_key ON leads(last_key, id)",
             "idx_leads_company_key ON leads(company_key, id)",
             "idx_leads_phone_key ON leads(phone_key, id)",
             "idx_leads_stage_created ON leads(stage, created_at, id)",
             "idx_leads_created ON leads(created_at, id)",
             "idx_leads_queue_score ON leads(total_score DESC, id)"
             " WHERE stage IN ('new', 'working', 'mql', 'nurture')",
             "idx_leads_callback ON leads(next_action_at, id) WHERE next_action_kind = 'callback'",
             "idx_leads_grade_key ON leads(coalesce(grade, '~'), id)",
             "idx_leads_call_zone ON leads(call_zone)",
             "idx_leads_claim_token ON leads(claim_token) WHERE claim_token IS NOT NULL",
         })
        ctx.exec(QStringLiteral("CREATE INDEX ") + QLatin1String(index));

    // The lookup tables the derived zone comes from, filled from the shipped data file.
    ctx.exec(QStringLiteral("CREATE TABLE queue_time_zones (zone TEXT PRIMARY KEY)"));
    ctx.exec(QStringLiteral("CREATE TABLE queue_phone_zones (prefix TEXT PRIMARY KEY,"
                            " zone TEXT NOT NULL)"));
    ctx.exec(QStringLiteral("CREATE TABLE queue_country_zones (country TEXT PRIMARY KEY,"
                            " zone TEXT NOT NULL)"));
    TimeZoneData::fillLookupTables(ctx.db);
    ctx.exec(QStringLiteral("UPDATE leads SET call_zone = %1")
                 .arg(TimeZoneData::zoneExpression(QStringLiteral("leads"))));
    const QString resolve = QStringLiteral("UPDATE leads SET call_zone = %1 WHERE id = NEW.id;")
                                .arg(TimeZoneData::zoneExpression(QStringLiteral("NEW")));
    // Writers that know the zone may set call_zone themselves; the others get it derived.
    for (const QString& statement :
         d.afterRowTrigger(QStringLiteral("leads_call_zone_insert"), QStringLiteral("INSERT"),
                           QStringLiteral("leads"), QStringLiteral("NEW.call_zone IS NULL"),
                           resolve) +
             d.afterRowTrigger(QStringLiteral("leads_call_zone_update"),
                               QStringLiteral("UPDATE OF phone_e164, country, time_zone"),
                               QStringLiteral("leads"), QString(), resolve))
        ctx.exec(statement);

    // What logging a call changed on the lead, so that the last call can be undone exactly.
    ctx.exec(
        QStringLiteral("CREATE TABLE call_undo ("
                       " call_id BIGINT PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,"
                       " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                       " stage_history_id BIGINT REFERENCES stage_history(id) ON DELETE SET NULL,"
                       " prev_stage TEXT NOT NULL, prev_stage_changed_at BIGINT NOT NULL,"
                       " prev_attempts INTEGER NOT NULL, prev_call_count INTEGER NOT NULL,"
                       " prev_last_call_at BIGINT, prev_last_outcome TEXT,"
                       " prev_next_action_at BIGINT, prev_next_action_kind TEXT,"
                       " prev_do_not_call INTEGER NOT NULL, prev_wrong_number INTEGER NOT NULL,"
                       " history_mark BIGINT NOT NULL DEFAULT 0, saved_at BIGINT NOT NULL)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_call_undo_lead ON call_undo(lead_id)"));
}
