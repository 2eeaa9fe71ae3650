#include "leads/LeadTables.h"

#include "domain/LeadRepository.h"
#include "store/Store.h"

#include <QSqlDriver>
#include <QSqlRecord>

namespace LeadTables {

QStringList referencing(const Store& store)
{
    static const QStringList known{
        QStringLiteral("stage_history"),      QStringLiteral("calls"),
        QStringLiteral("qualification"),      QStringLiteral("qualification_drafts"),
        QStringLiteral("interest_events"),    QStringLiteral("nurture_plans"),
        QStringLiteral("nurture_steps"),      QStringLiteral("handoff_items"),
        QStringLiteral("lead_field_changes"),
    };
    const QSqlDatabase db = store.db();
    QStringList tables = db.tables(QSql::Tables);
    tables.sort();
    QStringList result;
    QStringList others;
    for (const QString& table : tables) {
        if (table == QLatin1String("leads") ||
            db.record(table).indexOf(QStringLiteral("lead_id")) < 0)
            continue;
        (known.contains(table) ? result : others).append(table);
    }
    std::sort(result.begin(), result.end(), [](const QString& a, const QString& b) {
        return known.indexOf(a) < known.indexOf(b);
    });
    return result + others;
}

QList<qint64> idsWithEmail(const Store& store, const QString& email)
{
    const QString normalised = LeadRepository::normaliseEmail(email);
    QList<qint64> ids;
    if (normalised.isEmpty())
        return ids;
    QSqlQuery query = Sql::exec(
        store.db(), QStringLiteral("SELECT id FROM leads WHERE email_norm = ? ORDER BY id"),
        {normalised});
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QString quoted(const Store& store, const QString& table)
{
    return store.db().driver()->escapeIdentifier(table, QSqlDriver::TableName);
}

} // namespace LeadTables
