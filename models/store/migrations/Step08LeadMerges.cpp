#include "store/Migrations.h"

// Version 8: merging stored leads. A survivor keeps the e-mail addresses and phone numbers of the
// leads merged into it as alternates, and each merge keeps what undoing it needs as JSON: every
// row of every lead as it was before, and a fingerprint of the survivor right after, so that an
// undo is refused once the survivor has been worked since. Both refer to the surviving
// lead, so erasing it removes them too.
void migrateToV8LeadMerges(const MigrationContext& ctx)
{
    ctx.exec(QStringLiteral("CREATE TABLE lead_alternates (id {ID},"
                            " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL, value TEXT NOT NULL, value_norm TEXT NOT NULL,"
                            " added_at BIGINT NOT NULL)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_lead_alternates_lead ON lead_alternates(lead_id)"));
    ctx.exec(QStringLiteral(
        "CREATE INDEX idx_lead_alternates_value ON lead_alternates(kind, value_norm)"));
    ctx.exec(QStringLiteral("CREATE TABLE lead_merges (id {ID},"
                            " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                            " merged_ids TEXT NOT NULL, merged_at BIGINT NOT NULL,"
                            " rep_id BIGINT REFERENCES reps(id), snapshot TEXT NOT NULL)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_lead_merges_lead ON lead_merges(lead_id)"));
}
