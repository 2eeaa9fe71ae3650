#include "dashboard/DashboardRollups.h"

#include "dashboard/DashboardAccumulator.h"
#include "dashboard/DashboardQuery.h"
#include "dashboard/RollupSlots.h"
#include "store/Store.h"

#include <QSqlRecord>

namespace {

// Runs "SELECT <columns>, SUM(n) FROM <table> WHERE <filter> GROUP BY <columns>" and hands each
// row with a positive sum to `row`.
template <typename Row>
void sumBy(const Store& store, const QString& table, const QString& columns,
           const DashboardQuery::Where& where, Row row)
{
    QSqlQuery query = Sql::exec(store.db(),
                                QStringLiteral("SELECT %1, SUM(n) FROM %2 WHERE %3 GROUP BY %1")
                                    .arg(columns, table, where.sql),
                                where.binds);
    const int last = query.record().count() - 1;
    while (query.next()) {
        const qint64 n = query.value(last).toLongLong();
        if (n > 0)
            row(query, n);
    }
}

void fromFirstLevel(const Store& store, const DashboardFilter& filter,
                    const DashboardQuery::Settings& settings, DashboardAccumulator& acc);

// The figures of the leads from the second level (RollupSlots): the filter's slot and period.
void fromSlots(const Store& store, const DashboardFilter& filter,
               const DashboardQuery::Settings& settings, DashboardAccumulator& acc)
{
    const auto rows = [&](char figure, const QString& columns, auto row, bool days = false) {
        const RollupSlots::Where where = RollupSlots::where(filter, figure, days);
        sumBy(store, where.sql, columns, {QStringLiteral("1 = 1"), where.binds}, row);
    };
    const QString keyEver = QStringLiteral("k, a");
    rows('f', QStringLiteral("a, b"), [&](const QSqlQuery& q, qint64 n) {
        acc.addFunnel(q.value(0).toInt(), q.value(1).toInt(), n);
    });
    rows('s', keyEver, [&](const QSqlQuery& q, qint64 n) {
        acc.addGroup(DashboardAccumulator::Source, q.value(0).toString(), q.value(1).toInt(), n);
    });
    rows('c', keyEver, [&](const QSqlQuery& q, qint64 n) {
        acc.addGroup(DashboardAccumulator::Campaign, q.value(0).toString(), q.value(1).toInt(), n);
    });
    rows('o', keyEver, [&](const QSqlQuery& q, qint64 n) {
        acc.addGroup(DashboardAccumulator::Rep, settings.repName(q.value(0).toLongLong()),
                     q.value(1).toInt(), n);
    });
    rows(
        'f', QStringLiteral("period - (period + 3) % 7, a"),
        [&](const QSqlQuery& q, qint64 n) {
            acc.addGroup(DashboardAccumulator::Week,
                         DashboardBuckets::dateOfDay(q.value(0).toLongLong()).toString(Qt::ISODate),
                         q.value(1).toInt(), n);
        },
        true);
    rows('q', QStringLiteral("k"),
         [&](const QSqlQuery& q, qint64 n) { acc.addQuadrant(q.value(0).toString(), n); });
    rows('g', QStringLiteral("k"),
         [&](const QSqlQuery& q, qint64 n) { acc.addGrade(q.value(0).toString(), n); });
    rows('t', keyEver, [&](const QSqlQuery& q, qint64 n) {
        acc.addStint(q.value(0).toString(), q.value(1).toLongLong(), n);
    });
    rows('p', QStringLiteral("a"),
         [&](const QSqlQuery& q, qint64 n) { acc.addSpeed(q.value(0).toLongLong(), n); });
}

} // namespace

DashboardRollups::DashboardRollups(const Store& store)
    : m_store(store)
{}

DashboardRollups::Level DashboardRollups::levelFor(const DashboardFilter& filter) const
{
    // A stale day (a write outside a write transaction, not folded yet): the first level,
    // correct and slower, until the next write transaction folds it.
    return RollupSlots::answers(filter) && !RollupSlots::stale(m_store.db()) ? Level::Second
                                                                             : Level::First;
}

DashboardFigures DashboardRollups::figures(const DashboardFilter& filter, Level level) const
{
    const DashboardQuery::Settings settings = DashboardQuery::settings(m_store);
    DashboardAccumulator acc;
    if (level == Level::Best)
        level = levelFor(filter);
    if (level == Level::Second)
        fromSlots(m_store, filter, settings, acc);
    else
        fromFirstLevel(m_store, filter, settings, acc);
    sumBy(m_store, QStringLiteral("rollup_calls"), QStringLiteral("day, rep_id, outcome"),
          DashboardQuery::callWhere(filter), [&](const QSqlQuery& q, qint64 n) {
              acc.addCall(q.value(0).toLongLong(), settings.repName(q.value(1).toLongLong()),
                          q.value(2).toString(), n);
          });
    return acc.finish(filter, settings.minCount, settings.slaHours);
}

namespace {

// The figures of the leads from the first level: any combination of filter keys.
void fromFirstLevel(const Store& store, const DashboardFilter& filter,
                    const DashboardQuery::Settings& settings, DashboardAccumulator& acc)
{
    const Store& m_store = store;
    const DashboardQuery::Where where = DashboardQuery::leadWhere(filter);
    const QString cohort = QStringLiteral("rollup_cohort");
    sumBy(m_store, cohort, QStringLiteral("ever_top, order_top"), where,
          [&](const QSqlQuery& q, qint64 n) {
              acc.addFunnel(q.value(0).toInt(), q.value(1).toInt(), n);
          });
    sumBy(m_store, cohort, QStringLiteral("source, ever_top"), where,
          [&](const QSqlQuery& q, qint64 n) {
              acc.addGroup(DashboardAccumulator::Source, q.value(0).toString(), q.value(1).toInt(),
                           n);
          });
    sumBy(m_store, cohort, QStringLiteral("campaign, ever_top"), where,
          [&](const QSqlQuery& q, qint64 n) {
              acc.addGroup(DashboardAccumulator::Campaign, q.value(0).toString(),
                           q.value(1).toInt(), n);
          });
    sumBy(m_store, cohort, QStringLiteral("owner_id, ever_top"), where,
          [&](const QSqlQuery& q, qint64 n) {
              acc.addGroup(DashboardAccumulator::Rep, settings.repName(q.value(0).toLongLong()),
                           q.value(1).toInt(), n);
          });
    sumBy(m_store, cohort, QStringLiteral("day - (day + 3) % 7, ever_top"), where,
          [&](const QSqlQuery& q, qint64 n) {
              acc.addGroup(
                  DashboardAccumulator::Week,
                  DashboardBuckets::dateOfDay(q.value(0).toLongLong()).toString(Qt::ISODate),
                  q.value(1).toInt(), n);
          });
    sumBy(m_store, cohort, QStringLiteral("quadrant"), where,
          [&](const QSqlQuery& q, qint64 n) { acc.addQuadrant(q.value(0).toString(), n); });
    sumBy(m_store, cohort, QStringLiteral("grade"), where,
          [&](const QSqlQuery& q, qint64 n) { acc.addGrade(q.value(0).toString(), n); });
    sumBy(m_store, QStringLiteral("rollup_stint"), QStringLiteral("stage, bucket"), where,
          [&](const QSqlQuery& q, qint64 n) {
              acc.addStint(q.value(0).toString(), q.value(1).toLongLong(), n);
          });
    sumBy(m_store, QStringLiteral("rollup_speed"), QStringLiteral("bucket"), where,
          [&](const QSqlQuery& q, qint64 n) { acc.addSpeed(q.value(0).toLongLong(), n); });
}

} // namespace
