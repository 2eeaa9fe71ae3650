#include "team/TeamRoles.h"

#include "store/Store.h"
#include "support/Clock.h"

namespace {

// The tables a rep writes while working leads; every other table is read-only to a rep.
const QStringList repWrites{QStringLiteral("leads"),           QStringLiteral("qualification"),
                            QStringLiteral("interest_events"), QStringLiteral("lead_field_changes"),
                            QStringLiteral("nurture_plans"),   QStringLiteral("nurture_steps"),
                            QStringLiteral("handoff_batches"), QStringLiteral("handoff_items"),
                            QStringLiteral("suppressions")};
const QStringList repWritesAndDeletes{
    QStringLiteral("stage_history"), QStringLiteral("calls"), QStringLiteral("call_undo"),
    QStringLiteral("qualification_drafts"), QStringLiteral("assignment_counters"),
    // the dashboard's roll-ups, written by the triggers on the rep's own writes
    QStringLiteral("lead_funnel"), QStringLiteral("lead_stints"), QStringLiteral("rollup_cohort"),
    QStringLiteral("rollup_speed"), QStringLiteral("rollup_stint"), QStringLiteral("rollup_calls"),
    // and the second level, which the end of every write transaction brings up to date
    QStringLiteral("rollup_slot"), QStringLiteral("rollup_slot_dirty"),
    QStringLiteral("rollup_pause")};

QString quotedName(const QString& name)
{
    QString inner = name;
    return QLatin1Char('"') + inner.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString quotedText(const QString& text)
{
    QString inner = text;
    return QLatin1Char('\'') + inner.replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

void createGroups(const QSqlDatabase& db)
{
    for (const TeamRole role : {TeamRole::Lead, TeamRole::Rep})
        Sql::exec(db, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE"
                                     " rolname = '%1') THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
                          .arg(TeamRoles::groupOf(role)));
}

void grantRights(const QSqlDatabase& db)
{
    const QString lead = TeamRoles::groupOf(TeamRole::Lead);
    const QString rep = TeamRoles::groupOf(TeamRole::Rep);
    const QStringList statements{
        QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(lead),
        QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(lead),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(rep),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(rep),
        QStringLiteral("GRANT INSERT, UPDATE ON %1 TO %2")
            .arg(repWrites.join(QStringLiteral(", ")), rep),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
            .arg(repWritesAndDeletes.join(QStringLiteral(", ")), rep),
        QStringLiteral("GRANT INSERT ON reps TO %1").arg(rep), // the rep at the keyboard, once
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON team_settings TO %1").arg(rep),
        QStringLiteral("ALTER TABLE team_settings ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS team_read ON team_settings"),
        QStringLiteral("DROP POLICY IF EXISTS team_lead ON team_settings"),
        QStringLiteral("DROP POLICY IF EXISTS team_rep_add ON team_settings"),
        QStringLiteral("DROP POLICY IF EXISTS team_rep_change ON team_settings"),
        QStringLiteral("DROP POLICY IF EXISTS team_rep_remove ON team_settings"),
        QStringLiteral("CREATE POLICY team_read ON team_settings FOR SELECT USING (true)"),
        QStringLiteral("CREATE POLICY team_lead ON team_settings FOR ALL TO %1 USING (true)"
                       " WITH CHECK (true)")
            .arg(lead),
        // A rep's handoff notes its file while writing it; the suppression salt is made once.
        QStringLiteral("CREATE POLICY team_rep_add ON team_settings FOR INSERT TO %1 WITH CHECK"
                       " (key LIKE 'handoff/pending/%' OR key = 'privacy/suppression_salt')")
            .arg(rep),
        QStringLiteral("CREATE POLICY team_rep_change ON team_settings FOR UPDATE TO %1 USING"
                       " (key LIKE 'handoff/pending/%') WITH CHECK (key LIKE 'handoff/pending/%')")
            .arg(rep),
        QStringLiteral("CREATE POLICY team_rep_remove ON team_settings FOR DELETE TO %1 USING"
                       " (key LIKE 'handoff/pending/%')")
            .arg(rep)};
    for (const QString& statement : statements)
        Sql::exec(db, statement);
}

void addLogin(const QSqlDatabase& db, const TeamRoles::NewMember& member)
{
    const QString login = quotedName(member.name.trimmed());
    const bool exists = Sql::scalar(db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"),
                                    {member.name.trimmed()})
                            .isValid();
    // Role statements take no bound values: the name and password are quoted here.
    const QString password =
        member.password ? QStringLiteral(" PASSWORD ") + quotedText(*member.password) : QString();
    if (!exists)
        Sql::exec(db, QStringLiteral("CREATE ROLE %1 LOGIN%2").arg(login, password));
    else if (member.password)
        Sql::exec(db, QStringLiteral("ALTER ROLE %1%2").arg(login, password));
    const TeamRole other = member.role == TeamRole::Lead ? TeamRole::Rep : TeamRole::Lead;
    Sql::exec(db, QStringLiteral("REVOKE %1 FROM %2").arg(TeamRoles::groupOf(other), login));
    Sql::exec(db, QStringLiteral("GRANT %1 TO %2").arg(TeamRoles::groupOf(member.role), login));
}

} // namespace

namespace TeamRoles {

QString groupOf(TeamRole role)
{
    return role == TeamRole::Lead ? QStringLiteral("leadscout_lead")
                                  : QStringLiteral("leadscout_rep");
}

QString keyOf(TeamRole role)
{
    return role == TeamRole::Lead ? QStringLiteral("lead") : QStringLiteral("rep");
}

std::optional<TeamRole> roleFromKey(const QString& key)
{
    if (key == QLatin1String("lead"))
        return TeamRole::Lead;
    if (key == QLatin1String("rep"))
        return TeamRole::Rep;
    return std::nullopt;
}

TeamRole current(const Store& store)
{
    if (store.isSqlite())
        return TeamRole::Lead;
    const bool mayChangeRules =
        Sql::scalar(store.db(),
                    QStringLiteral("SELECT has_table_privilege('scoring_rules', 'INSERT')"))
            .toBool();
    return mayChangeRules ? TeamRole::Lead : TeamRole::Rep;
}

void setUp(const Store& store)
{
    if (store.isSqlite())
        return;
    WriteTransaction transaction(store);
    createGroups(store.db());
    grantRights(store.db());
    transaction.commit();
}

void addMember(const Store& store, const NewMember& member)
{
    if (member.name.trimmed().isEmpty())
        throw StoreError(QCoreApplication::translate("TeamRoles", "A member needs a name."));
    if (!store.isSqlite())
        setUp(store);
    WriteTransaction transaction(store);
    if (!store.isSqlite())
        addLogin(store.db(), member);
    Sql::exec(store.db(),
              QStringLiteral("INSERT INTO reps (name, role, weight, created_at) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (name) DO UPDATE SET role = excluded.role,"
                             " weight = excluded.weight, active = 1"),
              {member.name.trimmed(), keyOf(member.role), member.weight, Clock::nowSecs()});
    transaction.commit();
}

} // namespace TeamRoles
