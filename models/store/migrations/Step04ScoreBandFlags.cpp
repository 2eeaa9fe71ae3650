#include "store/Migrations.h"

// Version 4: besides the scores, a lead keeps which thresholds its score met (score_band: none,
// mql or sql) and the persona rules that fired (score_flags: "exclude:competitor flag:free_mail"),
// so lists, the queue and the handoff can show them without scoring again.
void migrateToV4ScoreBandFlags(const MigrationContext& ctx)
{
    ctx.exec(QStringLiteral("ALTER TABLE leads ADD COLUMN score_band TEXT"));
    ctx.exec(QStringLiteral("ALTER TABLE leads ADD COLUMN score_flags TEXT"));
}
