#include "store/Migrations.h"

// Version 5: the grades of the leads in the queue's stages, for the queue's grade filter. Most
// leads of a high grade were handed off long ago: a rare grade's few open leads are found here
// instead of by walking a queue section's index through most of the store.
void migrateToV5QueueGrade(const MigrationContext& ctx)
{
    ctx.exec(QStringLiteral("CREATE INDEX idx_leads_queue_grade ON leads(coalesce(grade, '~'), id)"
                            " WHERE stage IN ('new', 'working', 'mql', 'nurture')"));
}
