#include "leads/DuplicateGroups.h"

#include "leads/DuplicateFinder.h"
#include "store/Store.h"

#include <QSet>

namespace {

QList<QString> sharedValues(const Store& store, const QString& column, int limit)
{
    // Column names come from this file only; values are bound.
    QSqlQuery query =
        Sql::exec(store.db(),
                  QStringLiteral("SELECT %1 FROM leads WHERE %1 IS NOT NULL AND %1 <> ''"
                                 " GROUP BY %1 HAVING count(*) > 1 ORDER BY min(id)"
                                 " LIMIT ?")
                      .arg(column),
                  {limit});
    QList<QString> values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace

QString DuplicateGroup::reasonText() const
{
    return reason == Reason::SameEmail ? DuplicateGroups::tr("Same e-mail address")
                                       : DuplicateGroups::tr("Same phone number and name");
}

DuplicateGroups::DuplicateGroups(const Store& store)
    : m_store(store)
{}

QList<DuplicateGroup> DuplicateGroups::find(int limit) const
{
    QList<DuplicateGroup> groups = byEmail(limit);
    QList<qint64> taken;
    for (const DuplicateGroup& group : groups)
        taken += group.leadIds;
    if (groups.size() < limit)
        groups += byPhone(limit - int(groups.size()), taken);
    return groups;
}

QList<DuplicateGroup> DuplicateGroups::byEmail(int limit) const
{
    QList<DuplicateGroup> groups;
    for (const QString& email : sharedValues(m_store, QStringLiteral("email_norm"), limit)) {
        DuplicateGroup group{DuplicateGroup::Reason::SameEmail, email, {}};
        QSqlQuery query = Sql::exec(
            m_store.db(), QStringLiteral("SELECT id FROM leads WHERE email_norm = ? ORDER BY id"),
            {email});
        while (query.next())
            group.leadIds.append(query.value(0).toLongLong());
        groups.append(group);
    }
    return groups;
}

QList<DuplicateGroup> DuplicateGroups::byPhone(int limit, const QList<qint64>& taken) const
{
    const QSet<qint64> inGroups(taken.cbegin(), taken.cend());
    QList<DuplicateGroup> groups;
    for (const QString& phone : sharedValues(m_store, QStringLiteral("phone_e164"), limit * 4)) {
        struct Person
        {
            qint64 id;
            QString first;
            QString last;
        };
        QList<Person> people;
        QSqlQuery query = Sql::exec(m_store.db(),
                                    QStringLiteral("SELECT id, first_name, last_name FROM leads"
                                                   " WHERE phone_e164 = ? ORDER BY id"),
                                    {phone});
        while (query.next())
            if (!inGroups.contains(query.value(0).toLongLong()))
                people.append({query.value(0).toLongLong(), query.value(1).toString(),
                               query.value(2).toString()});
        // Colleagues share a switchboard: only people whose names match form a group.
        while (!people.isEmpty() && groups.size() < limit) {
            const Person first = people.takeFirst();
            DuplicateGroup group{DuplicateGroup::Reason::SamePhoneAndName, phone, {first.id}};
            for (qsizetype i = 0; i < people.size();) {
                if (DuplicateFinder::namesMatch(first.first, first.last, people.at(i).first,
                                                people.at(i).last))
                    group.leadIds.append(people.takeAt(i).id);
                else
                    ++i;
            }
            if (group.leadIds.size() > 1)
                groups.append(group);
        }
    }
    return groups;
}
