#include "store/Migrations.h"

// Version 6: import batches. Every imported lead names the batch it came from (so a batch can be
// undone as a whole while none of its leads has been worked), the id another CRM gave it (a
// duplicate key of its own) and what the file held that no lead field takes (the import note).
// A batch keeps the file's SHA-256, so the same file coming again is recognised.
void migrateToV6Import(const MigrationContext& ctx)
{
    ctx.exec(QStringLiteral(
        "CREATE TABLE import_batches (id {ID}, batch_code TEXT NOT NULL UNIQUE,"
        " file_name TEXT NOT NULL, file_sha256 TEXT NOT NULL, source_channel TEXT, campaign TEXT,"
        " created_at BIGINT NOT NULL, rep_id BIGINT REFERENCES reps(id),"
        " rows_read INTEGER NOT NULL DEFAULT 0, imported INTEGER NOT NULL DEFAULT 0,"
        " merged INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0,"
        " rejected INTEGER NOT NULL DEFAULT 0, undone_at BIGINT)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_import_batches_sha ON import_batches(file_sha256)"));
    ctx.exec(QStringLiteral(
        "ALTER TABLE leads ADD COLUMN import_batch_id BIGINT REFERENCES import_batches(id)"));
    ctx.exec(QStringLiteral("ALTER TABLE leads ADD COLUMN external_id TEXT"));
    ctx.exec(QStringLiteral("ALTER TABLE leads ADD COLUMN import_note TEXT"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_leads_external_id ON leads(external_id)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_leads_import_batch ON leads(import_batch_id)"));
}
