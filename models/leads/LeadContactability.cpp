#include "leads/LeadContactability.h"

#include "leads/LeadFields.h"
#include "store/Store.h"

LeadContactability::LeadContactability(const Store& store)
    : m_store(store)
{}

QString LeadContactability::key(ContactFlag flag)
{
    switch (flag) {
    case ContactFlag::DoNotCall:
        return LeadFields::key(LeadField::DoNotCall);
    case ContactFlag::DoNotEmail:
        return LeadFields::key(LeadField::DoNotEmail);
    case ContactFlag::WrongNumber:
        break;
    }
    return LeadFields::wrongNumberKey();
}

bool LeadContactability::setInTransaction(qint64 leadId, ContactFlag flag, bool on, qint64 repId,
                                          qint64 changedAt) const
{
    // The column comes from key(), never from input.
    const QString column = key(flag);
    const QSqlQuery changed =
        Sql::exec(m_store.db(),
                  QStringLiteral("UPDATE leads SET %1 = ?, updated_at = ? WHERE id = ? AND %1 <> ?")
                      .arg(column),
                  {on ? 1 : 0, changedAt, leadId, on ? 1 : 0});
    if (changed.numRowsAffected() <= 0)
        return false;
    Sql::exec(m_store.db(),
              QStringLiteral("INSERT INTO lead_field_changes (lead_id, field, old_value, new_value,"
                             " changed_at, rep_id) VALUES (?, ?, ?, ?, ?, ?)"),
              {leadId, column, LeadFields::flagText(!on), LeadFields::flagText(on), changedAt,
               repId > 0 ? QVariant(repId) : QVariant(QMetaType::fromType<qint64>())});
    return true;
}

void LeadContactability::restoreInTransaction(qint64 leadId, ContactFlag flag, bool wasOn,
                                              std::optional<qint64> changedAt) const
{
    const QString column = key(flag);
    Sql::exec(m_store.db(), QStringLiteral("UPDATE leads SET %1 = ? WHERE id = ?").arg(column),
              {wasOn ? 1 : 0, leadId});
    if (!changedAt)
        return;
    Sql::exec(m_store.db(),
              QStringLiteral("DELETE FROM lead_field_changes WHERE id = (SELECT max(id)"
                             " FROM lead_field_changes WHERE lead_id = ? AND field = ?"
                             " AND changed_at = ? AND new_value = ?)"),
              {leadId, column, *changedAt, LeadFields::flagText(!wasOn)});
}
