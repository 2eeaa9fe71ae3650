#include "nurture/NurtureDefaults.h"
#include "store/Migrations.h"

// Version 9: nurture plans that a rep follows. A content library, tracks (plan templates per
// buying phase and persona, versioned: editing one adds a version, running plans keep theirs),
// the plan and step columns for the track version, channel purpose, response, pauses, stops and
// endings, closed days a team lead adds, the link from an interest event to the step and piece
// that caused it, and why a nurture lead came back into the queue. A lead's opt-out or wrong
// number stops its running plan right in the statement that records it (a trigger), whichever
// use case wrote it. The shipped content and tracks are loaded.
void migrateToV9NurturePlans(const MigrationContext& ctx)
{
    ctx.exec(QStringLiteral(
        "CREATE TABLE content_pieces (id {ID}, piece_key TEXT, title TEXT NOT NULL,"
        " kind TEXT NOT NULL, phases TEXT NOT NULL DEFAULT '', roles TEXT NOT NULL DEFAULT '',"
        " language TEXT NOT NULL DEFAULT 'de', link TEXT, file_path TEXT,"
        " is_current INTEGER NOT NULL DEFAULT 1, created_at BIGINT NOT NULL)"));
    ctx.exec(QStringLiteral(
        "CREATE TABLE nurture_tracks (id {ID}, track_key TEXT NOT NULL, version INTEGER NOT NULL,"
        " name TEXT NOT NULL, phase TEXT NOT NULL DEFAULT 'any', roles TEXT NOT NULL DEFAULT '',"
        " quadrants TEXT NOT NULL DEFAULT '', advocate INTEGER NOT NULL DEFAULT 0,"
        " description TEXT, is_current INTEGER NOT NULL DEFAULT 1, created_at BIGINT NOT NULL,"
        " rep_id BIGINT REFERENCES reps(id), UNIQUE (track_key, version))"));
    ctx.exec(QStringLiteral(
        "CREATE TABLE nurture_track_steps (id {ID},"
        " track_id BIGINT NOT NULL REFERENCES nurture_tracks(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, content_id BIGINT REFERENCES content_pieces(id),"
        " content_kind TEXT NOT NULL, channel TEXT NOT NULL, day_offset INTEGER NOT NULL,"
        " purpose TEXT NOT NULL)"));
    ctx.exec(QStringLiteral(
        "CREATE INDEX idx_track_steps_track ON nurture_track_steps(track_id, position)"));
    ctx.exec(QStringLiteral("CREATE TABLE closed_days (id {ID}, country TEXT NOT NULL,"
                            " day TEXT NOT NULL, note TEXT, created_at BIGINT NOT NULL,"
                            " UNIQUE (country, day))"));

    for (const char* column :
         {"track_id BIGINT REFERENCES nurture_tracks(id)", "proposal TEXT", "holiday_country TEXT",
          "holiday_region TEXT", "time_zone TEXT", "paused_from BIGINT", "paused_until BIGINT",
          "ended_at BIGINT", "ending TEXT", "ending_note TEXT"})
        ctx.exec(QStringLiteral("ALTER TABLE nurture_plans ADD COLUMN ") + QLatin1String(column));
    for (const char* column :
         {"content_id BIGINT REFERENCES content_pieces(id)", "purpose TEXT", "day_offset INTEGER",
          "note TEXT", "rep_id BIGINT REFERENCES reps(id)"})
        ctx.exec(QStringLiteral("ALTER TABLE nurture_steps ADD COLUMN ") + QLatin1String(column));
    ctx.exec(QStringLiteral("ALTER TABLE interest_events ADD COLUMN step_id BIGINT"
                            " REFERENCES nurture_steps(id) ON DELETE SET NULL"));
    ctx.exec(QStringLiteral("ALTER TABLE interest_events ADD COLUMN content_id BIGINT"
                            " REFERENCES content_pieces(id)"));
    ctx.exec(QStringLiteral("ALTER TABLE leads ADD COLUMN nurture_return TEXT"));

    // The due-steps list of the Nurture page and the command reads pending steps by time through
    // idx_nurture_steps_due (status, due_at) of version 2; here the steps of a plan and the
    // running plans of a rep.
    ctx.exec(QStringLiteral("CREATE INDEX idx_nurture_steps_plan ON nurture_steps(plan_id, position)"));
    ctx.exec(
        QStringLiteral("CREATE INDEX idx_nurture_plans_status ON nurture_plans(status, rep_id)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_nurture_plans_track ON nurture_plans(track_id)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_interest_step ON interest_events(step_id)"));

    const QString stopPlans = QStringLiteral(
        "UPDATE nurture_steps SET status = 'cancelled' WHERE lead_id = NEW.id AND status ="
        " 'pending';"
        " UPDATE nurture_plans SET status = 'stopped', ending = 'stopped', ended_at ="
        " NEW.updated_at, ending_note = CASE WHEN NEW.do_not_email <> 0 AND OLD.do_not_email = 0"
        " THEN 'do_not_email' WHEN NEW.do_not_call <> 0 AND OLD.do_not_call = 0"
        " THEN 'do_not_call' ELSE 'wrong_number' END"
        " WHERE lead_id = NEW.id AND status = 'active';");
    for (const QString& statement : ctx.dialect.afterRowTrigger(
             QStringLiteral("trg_nurture_opt_out"),
             QStringLiteral("UPDATE OF do_not_email, do_not_call, wrong_number"),
             QStringLiteral("leads"),
             QStringLiteral("(NEW.do_not_email <> 0 AND OLD.do_not_email = 0) OR (NEW.do_not_call <> 0"
                           " AND OLD.do_not_call = 0) OR (NEW.wrong_number <> 0 AND"
                           " OLD.wrong_number = 0)"),
             stopPlans))
        ctx.exec(statement);

    NurtureDefaults::install(ctx.db, NurtureDefaults::shipped());
}
