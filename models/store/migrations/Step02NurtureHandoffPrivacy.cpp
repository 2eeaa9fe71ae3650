#include "store/Migrations.h"

// Version 2: nurture plans and steps, handoff batches (with the rows as handed over, so a batch
// re-exports identically), the per-field change history of a lead, typed-but-unsaved
// qualification drafts, and suppression entries that remember an erased person only by hash.
void migrateToV2NurtureHandoffPrivacy(const MigrationContext& ctx)
{
    ctx.exec(
        QStringLiteral("CREATE TABLE nurture_plans (id {ID},"
                       " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                       " track TEXT NOT NULL, buying_phase TEXT NOT NULL DEFAULT 'unknown',"
                       " buying_role TEXT NOT NULL DEFAULT 'unknown', started_at BIGINT NOT NULL,"
                       " return_at BIGINT, status TEXT NOT NULL DEFAULT 'active',"
                       " rep_id BIGINT REFERENCES reps(id))"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_nurture_plans_lead ON nurture_plans(lead_id)"));
    ctx.exec(QStringLiteral(
        "CREATE TABLE nurture_steps (id {ID},"
        " plan_id BIGINT NOT NULL REFERENCES nurture_plans(id) ON DELETE CASCADE,"
        " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, content_kind TEXT NOT NULL, channel TEXT NOT NULL,"
        " due_at BIGINT NOT NULL, status TEXT NOT NULL DEFAULT 'pending', done_at BIGINT,"
        " response TEXT)"));
    ctx.exec(
        QStringLiteral("CREATE INDEX idx_nurture_steps_lead ON nurture_steps(lead_id, due_at)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_nurture_steps_due ON nurture_steps(status, due_at)"));

    ctx.exec(QStringLiteral(
        "CREATE TABLE handoff_batches (id {ID}, batch_code TEXT NOT NULL UNIQUE,"
        " created_at BIGINT NOT NULL, rep_id BIGINT REFERENCES reps(id),"
        " file_path TEXT NOT NULL, format TEXT NOT NULL, lead_count INTEGER NOT NULL,"
        " columns TEXT NOT NULL)"));
    ctx.exec(
        QStringLiteral("CREATE TABLE handoff_items ("
                       " batch_id BIGINT NOT NULL REFERENCES handoff_batches(id) ON DELETE CASCADE,"
                       " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, snapshot TEXT NOT NULL,"
                       " PRIMARY KEY (batch_id, lead_id))"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_handoff_items_lead ON handoff_items(lead_id)"));

    ctx.exec(QStringLiteral(
        "CREATE TABLE lead_field_changes (id {ID},"
        " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
        " field TEXT NOT NULL, old_value TEXT, new_value TEXT, changed_at BIGINT NOT NULL,"
        " rep_id BIGINT REFERENCES reps(id))"));
    ctx.exec(QStringLiteral(
        "CREATE INDEX idx_field_changes_lead ON lead_field_changes(lead_id, changed_at)"));

    ctx.exec(QStringLiteral(
        "CREATE TABLE qualification_drafts ("
        " lead_id BIGINT PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,"
        " rep_id BIGINT REFERENCES reps(id), payload TEXT NOT NULL, saved_at BIGINT NOT NULL)"));

    ctx.exec(QStringLiteral("CREATE TABLE suppressions (id {ID}, email_hash TEXT, phone_hash TEXT,"
                            " erased_at BIGINT NOT NULL)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_suppressions_email ON suppressions(email_hash)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_suppressions_phone ON suppressions(phone_hash)"));
}
