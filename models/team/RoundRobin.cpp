#include "team/RoundRobin.h"

#include "domain/TeamSettings.h"
#include "store/Store.h"

#include <vector>

namespace {

const QString settingKey = QStringLiteral("assignment/round_robin");

struct Counter
{
    qint64 repId = 0;
    qint64 current = 0;
    qint64 weight = 0;
};

} // namespace

RoundRobin::RoundRobin(const Store& store)
    : m_store(store)
{}

bool RoundRobin::isOn(const Store& store)
{
    return TeamSettings(store).value(settingKey, QStringLiteral("0")) == QLatin1String("1");
}

void RoundRobin::setOn(const Store& store, bool on)
{
    TeamSettings(store).setValue(settingKey, on ? QStringLiteral("1") : QStringLiteral("0"));
}

std::optional<qint64> RoundRobin::nextInTransaction() const
{
    const QSqlDatabase db = m_store.db();
    // A present rep without a counter yet starts at 0 (a second client adding it too is fine).
    Sql::exec(db, QStringLiteral("INSERT INTO assignment_counters (rep_id, current_weight)"
                                 " SELECT id, 0 FROM reps WHERE active = 1 AND absent = 0"
                                 " AND weight > 0 ON CONFLICT (rep_id) DO NOTHING"));
    // Every counter is locked until the lead is written: two clients take turns.
    const QString lock = m_store.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE OF c");
    QSqlQuery query =
        Sql::exec(db, QStringLiteral("SELECT c.rep_id, c.current_weight, r.weight,"
                                     " r.active = 1 AND r.absent = 0 AND r.weight > 0"
                                     " FROM assignment_counters c JOIN reps r ON r.id = c.rep_id"
                                     " ORDER BY c.rep_id") +
                          lock);
    std::vector<Counter> present;
    qint64 total = 0;
    while (query.next()) {
        if (!query.value(3).toBool())
            continue;
        present.push_back({query.value(0).toLongLong(),
                           query.value(1).toLongLong() + query.value(2).toLongLong(),
                           query.value(2).toLongLong()});
        total += present.back().weight;
    }
    if (present.empty())
        return std::nullopt;
    auto chosen = present.begin();
    for (auto it = present.begin(); it != present.end(); ++it)
        if (it->current > chosen->current)
            chosen = it;
    chosen->current -= total;
    QSqlQuery update(db);
    Sql::prepare(
        update,
        QStringLiteral("UPDATE assignment_counters SET current_weight = ? WHERE rep_id = ?"), db);
    for (const Counter& counter : present)
        Sql::run(update, {counter.current, counter.repId}, db);
    return chosen->repId;
}

void RoundRobin::recordInTransaction(qint64 leadId, qint64 now) const
{
    Sql::exec(m_store.db(), QStringLiteral("UPDATE leads SET assigned_at = ? WHERE id = ?"),
              {now, leadId});
}
