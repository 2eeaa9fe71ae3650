#include "store/Migrations.h"

// Version 1: reps, leads with their fit attributes and current score, the stage history, the
// call log, BANT qualification, interest events, versioned scoring rules and team settings.
// Every table holding something of a lead refers to it with ON DELETE CASCADE, so erasing a lead
// is one DELETE in one transaction. Times are UTC seconds since the epoch; money in minor units.
void migrateToV1Core(const MigrationContext& ctx)
{
    ctx.exec(
        QStringLiteral("CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    ctx.exec(QStringLiteral("CREATE TABLE reps (id {ID}, name TEXT NOT NULL UNIQUE, email TEXT,"
                            " role TEXT NOT NULL DEFAULT 'rep', active INTEGER NOT NULL DEFAULT 1,"
                            " created_at BIGINT NOT NULL)"));
    ctx.exec(QStringLiteral(
        "CREATE TABLE leads ("
        " id {ID},"
        " first_name TEXT, last_name TEXT, title TEXT, seniority TEXT NOT NULL DEFAULT 'unknown',"
        " email TEXT, email_norm TEXT, phone TEXT, phone_e164 TEXT,"
        " company TEXT, website TEXT, industry TEXT NOT NULL DEFAULT 'unknown',"
        " employees INTEGER, annual_revenue_minor BIGINT, revenue_currency TEXT,"
        " country TEXT, city TEXT, time_zone TEXT,"
        " source_channel TEXT NOT NULL, campaign TEXT,"
        " owner_id BIGINT REFERENCES reps(id),"
        " stage TEXT NOT NULL DEFAULT 'new', stage_changed_at BIGINT NOT NULL,"
        " disqualify_reason TEXT, disqualify_note TEXT, nurture_until BIGINT,"
        " fit_score INTEGER NOT NULL DEFAULT 0, interest_score INTEGER NOT NULL DEFAULT 0,"
        " bant_score INTEGER NOT NULL DEFAULT 0, total_score INTEGER NOT NULL DEFAULT 0,"
        " grade TEXT, quadrant TEXT, score_rule_version INTEGER, scored_at BIGINT,"
        " do_not_call INTEGER NOT NULL DEFAULT 0, do_not_email INTEGER NOT NULL DEFAULT 0,"
        " attempts INTEGER NOT NULL DEFAULT 0, call_count INTEGER NOT NULL DEFAULT 0,"
        " last_call_at BIGINT, last_outcome TEXT,"
        " next_action_at BIGINT, next_action_kind TEXT,"
        " claimed_by TEXT, claim_expires_at BIGINT,"
        " created_at BIGINT NOT NULL, created_by BIGINT REFERENCES reps(id), updated_at BIGINT NOT "
        "NULL)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_leads_stage ON leads(stage)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_leads_email_norm ON leads(email_norm)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_leads_phone_e164 ON leads(phone_e164)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_leads_owner ON leads(owner_id)"));

    ctx.exec(QStringLiteral("CREATE TABLE stage_history (id {ID},"
                            " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                            " from_stage TEXT, to_stage TEXT NOT NULL, changed_at BIGINT NOT NULL,"
                            " rep_id BIGINT REFERENCES reps(id), reason TEXT, note TEXT)"));
    ctx.exec(QStringLiteral(
        "CREATE INDEX idx_stage_history_lead ON stage_history(lead_id, changed_at)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_stage_history_time ON stage_history(changed_at)"));

    ctx.exec(
        QStringLiteral("CREATE TABLE calls (id {ID},"
                       " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                       " rep_id BIGINT REFERENCES reps(id), started_at BIGINT NOT NULL,"
                       " duration_s INTEGER NOT NULL DEFAULT 0, outcome TEXT NOT NULL, note TEXT,"
                       " callback_at BIGINT)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_calls_lead ON calls(lead_id, started_at)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_calls_time ON calls(started_at)"));

    ctx.exec(QStringLiteral(
        "CREATE TABLE qualification ("
        " lead_id BIGINT PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,"
        " budget_status TEXT NOT NULL DEFAULT 'unknown', budget_amount_minor BIGINT,"
        " budget_currency TEXT,"
        " authority TEXT NOT NULL DEFAULT 'unknown', buying_role TEXT NOT NULL DEFAULT 'unknown',"
        " decision_maker_confirmed INTEGER NOT NULL DEFAULT 0,"
        " need TEXT NOT NULL DEFAULT 'unknown', need_text TEXT,"
        " timing TEXT NOT NULL DEFAULT 'unknown', decision_date TEXT,"
        " buying_phase TEXT NOT NULL DEFAULT 'unknown', notes TEXT,"
        " updated_at BIGINT NOT NULL, rep_id BIGINT REFERENCES reps(id))"));

    ctx.exec(QStringLiteral("CREATE TABLE interest_events (id {ID},"
                            " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL, occurred_at BIGINT NOT NULL, detail TEXT)"));
    ctx.exec(
        QStringLiteral("CREATE INDEX idx_interest_lead ON interest_events(lead_id, occurred_at)"));

    ctx.exec(QStringLiteral(
        "CREATE TABLE scoring_rules (version INTEGER PRIMARY KEY, created_at BIGINT NOT NULL,"
        " rep_id BIGINT REFERENCES reps(id), note TEXT, rules TEXT NOT NULL,"
        " active INTEGER NOT NULL DEFAULT 0)"));

    ctx.exec(
        QStringLiteral("CREATE TABLE team_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
}
