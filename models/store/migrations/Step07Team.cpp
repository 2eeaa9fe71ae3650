#include "store/Migrations.h"

// Version 7: a team on one store.
// - leads.row_version: every write to a lead row adds one, in one place for every writer (the
//   column owners of LeadDetails.h): a trigger. A save carries the version it read; when the
//   row has moved on since, the fields it changes are compared with what is stored (LeadVersion).
// - reps.weight and reps.absent, the round-robin counters of each rep (assignment_counters) and
//   when a new lead was assigned to its owner by them (leads.assigned_at), for assigning new
//   leads by weighted round robin (RoundRobin). No table of its own refers to a lead: erasing
//   and disclosing a lead stay as they were.
// The server's roles and grants are not made here: their names are the server's, not this
// database's, and creating them takes rights the migrating login may lack (TeamRoles::setUp,
// `leadscout team setup`).
namespace {

void addRowVersionTrigger(const MigrationContext& ctx)
{
    if (ctx.dialect.isSqlite()) {
        // An AFTER trigger writing its own row (SQLite's recursive triggers are off, and the
        // WHEN keeps a statement that sets the version itself from being counted twice).
        ctx.exec(QStringLiteral(
            "CREATE TRIGGER leads_row_version AFTER UPDATE ON leads FOR EACH ROW"
            " WHEN NEW.row_version = OLD.row_version BEGIN"
            " UPDATE leads SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END"));
        return;
    }
    ctx.exec(QStringLiteral("CREATE FUNCTION leads_row_version_fn() RETURNS trigger"
                            " LANGUAGE plpgsql AS $$ BEGIN"
                            " NEW.row_version := OLD.row_version + 1; RETURN NEW; END $$"));
    ctx.exec(QStringLiteral("CREATE TRIGGER leads_row_version BEFORE UPDATE ON leads"
                            " FOR EACH ROW EXECUTE FUNCTION leads_row_version_fn()"));
}

} // namespace

void migrateToV7Team(const MigrationContext& ctx)
{
    ctx.exec(QStringLiteral("ALTER TABLE leads ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0"));
    addRowVersionTrigger(ctx);
    ctx.exec(QStringLiteral("ALTER TABLE reps ADD COLUMN weight INTEGER NOT NULL DEFAULT 1"));
    ctx.exec(QStringLiteral("ALTER TABLE reps ADD COLUMN absent INTEGER NOT NULL DEFAULT 0"));
    ctx.exec(QStringLiteral("CREATE TABLE assignment_counters ("
                            " rep_id BIGINT PRIMARY KEY REFERENCES reps(id) ON DELETE CASCADE,"
                            " current_weight BIGINT NOT NULL DEFAULT 0)"));
    ctx.exec(QStringLiteral("ALTER TABLE leads ADD COLUMN assigned_at BIGINT"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_leads_assigned ON leads(owner_id, assigned_at)"
                            " WHERE assigned_at IS NOT NULL"));
}
