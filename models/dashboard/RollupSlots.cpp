#include "dashboard/RollupSlots.h"

#include "dashboard/DashboardQuery.h"
#include "dashboard/DashboardTypes.h"
#include "dashboard/RollupSql.h"
#include "store/Sql.h"

#include <array>

namespace {

const QString columns = QStringLiteral("fkey, fval, fig, grain, period, k, a, b");

// The block of 32 days holding `day` (days before 1970 in none: -1).
QString block(const QString& day)
{
    return QStringLiteral("(CASE WHEN %1 < 0 THEN -1 ELSE %1 - %1 % 32 END)").arg(day);
}

QString owner(const QString& row)
{
    return QStringLiteral("CAST(%1owner_id AS TEXT)").arg(row);
}

// The slots a row counts in, as VALUES rows: ('', '') and one per filter key.
QString slotRows(const QString& r)
{
    return QStringLiteral("SELECT '' AS fkey, '' AS fval UNION ALL SELECT 's', %1source UNION ALL"
                          " SELECT 'c', %1campaign UNION ALL SELECT 'o', %2 UNION ALL SELECT 'g',"
                          " %1grade")
        .arg(r, owner(r));
}

// The figures a funnel row counts in, as VALUES rows (fig, k, a, b).
QString funnelFigures(const QString& r)
{
    return QStringLiteral("SELECT 'f' AS fig, '' AS k, CAST(%1ever_top AS BIGINT) AS a,"
                          " CAST(%1order_top AS BIGINT) AS b UNION ALL SELECT 's', %1source,"
                          " %1ever_top, 0 UNION ALL SELECT 'c', %1campaign, %1ever_top, 0 UNION"
                          " ALL SELECT 'o', %2, %1ever_top, 0 UNION ALL SELECT 'q', %1quadrant, 0,"
                          " 0 UNION ALL SELECT 'g', %1grade, 0, 0 UNION ALL SELECT 'p', '', %3, 0")
        .arg(r, owner(r), RollupSql::speedBucketExpression(r + QStringLiteral("stl_secs")));
}

struct Slot
{
    const char* key;
    QString value; ///< on a first-level table
};

QList<Slot> slotList()
{
    return {{"", QStringLiteral("''")},
            {"s", QStringLiteral("source")},
            {"c", QStringLiteral("campaign")},
            {"o", owner(QString())},
            {"g", QStringLiteral("grade")}};
}

struct Figure
{
    const char* fig;
    const char* table; ///< the first-level table it is summed from
    QString k;
    QString a;
    QString b;
};

QList<Figure> figureList()
{
    const QString none = QStringLiteral("0");
    const QString empty = QStringLiteral("''");
    const QString ever = QStringLiteral("ever_top");
    return {{"f", "rollup_cohort", empty, ever, QStringLiteral("order_top")},
            {"s", "rollup_cohort", QStringLiteral("source"), ever, none},
            {"c", "rollup_cohort", QStringLiteral("campaign"), ever, none},
            {"o", "rollup_cohort", owner(QString()), ever, none},
            {"q", "rollup_cohort", QStringLiteral("quadrant"), none, none},
            {"g", "rollup_cohort", QStringLiteral("grade"), none, none},
            {"p", "rollup_speed", empty, QStringLiteral("bucket"), none},
            {"t", "rollup_stint", QStringLiteral("stage"), QStringLiteral("bucket"), none}};
}

// A figure's term on the delta table `d` (constants stay as they are).
QString prefixedTerm(const QString& term)
{
    if (term == QLatin1String("''") || term == QLatin1String("0"))
        return term;
    if (term.startsWith(QLatin1String("CAST(")))
        return QStringLiteral("CAST(d.owner_id AS TEXT)");
    return QStringLiteral("d.") + term;
}

} // namespace

namespace RollupSlots {

QString table()
{
    return QStringLiteral("rollup_slot");
}

QString ddl()
{
    return QStringLiteral(
        "CREATE TABLE rollup_slot (fkey TEXT NOT NULL, fval TEXT NOT NULL, fig TEXT NOT NULL,"
        " grain INTEGER NOT NULL, period BIGINT NOT NULL, k TEXT NOT NULL, a BIGINT NOT NULL,"
        " b BIGINT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (fkey, fval, fig, grain, period, k,"
        " a, b))");
}

QString change(bool stint, const QString& row, int sign)
{
    const QString r = row + QLatin1Char('.');
    const QString figures =
        stint ? QStringLiteral("SELECT 't' AS fig, %1stage AS k, %1bucket AS a, 0 AS b").arg(r)
              : funnelFigures(r);
    return QStringLiteral(
               "INSERT INTO rollup_slot (%1, n) SELECT s.fkey, s.fval, f.fig, g.grain, g.period,"
               " f.k, f.a, f.b, %2 FROM (%3) s CROSS JOIN (SELECT 0 AS grain, %4day AS period"
               " UNION ALL SELECT 1, %5) g CROSS JOIN (%6) f WHERE 1 = 1"
               " ON CONFLICT (%1) DO UPDATE SET n = rollup_slot.n + excluded.n;")
        .arg(columns)
        .arg(sign)
        .arg(slotRows(r), r, block(r + QStringLiteral("day")), figures);
}

void rebuild(const QSqlDatabase& db)
{
    for (const Slot& slot : slotList())
        for (const Figure& figure : figureList()) {
            // Constants are no GROUP BY terms (a number there names a column).
            QStringList group{QStringLiteral("day")};
            for (const QString& term : {slot.value, figure.k, figure.a, figure.b})
                if (term != QLatin1String("''") && term != QLatin1String("0"))
                    group.append(term);
            Sql::exec(db, QStringLiteral("INSERT INTO rollup_slot (%1, n) SELECT '%2', %3, '%4',"
                                         " 0, day, %5, %6, %7, SUM(n) FROM %8 GROUP BY %9"
                                         " HAVING SUM(n) <> 0")
                              .arg(columns, QLatin1String(slot.key), slot.value,
                                   QLatin1String(figure.fig), figure.k, figure.a, figure.b,
                                   QLatin1String(figure.table), group.join(QStringLiteral(", "))));
        }
    Sql::exec(db, QStringLiteral("INSERT INTO rollup_slot (%1, n) SELECT fkey, fval, fig, 1, %2,"
                                 " k, a, b, SUM(n) FROM rollup_slot WHERE grain = 0 GROUP BY"
                                 " fkey, fval, fig, %2, k, a, b")
                      .arg(columns, block(QStringLiteral("period"))));
}

void add(const QSqlDatabase& db, const QString& cohort, const QString& speed, const QString& stint)
{
    // One statement per figure: every slot (a CASE over the slot keys) and both grains.
    const QString fval =
        QStringLiteral("CASE s.fkey WHEN 's' THEN d.source WHEN 'c' THEN d.campaign WHEN 'o' THEN"
                       " CAST(d.owner_id AS TEXT) WHEN 'g' THEN d.grade ELSE '' END");
    for (const Figure& figure : figureList()) {
        const QString table =
            QLatin1String(figure.table) == QLatin1String("rollup_cohort")
                ? cohort
                : (QLatin1String(figure.table) == QLatin1String("rollup_speed") ? speed : stint);
        Sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO rollup_slot (%1, n) SELECT s.fkey, %2, '%3', g.grain, CASE"
                      " g.grain WHEN 0 THEN d.day ELSE %4 END, %5, %6, %7, SUM(d.n) FROM %8 d"
                      " CROSS JOIN (SELECT '' AS fkey UNION ALL SELECT 's' UNION ALL SELECT 'c'"
                      " UNION ALL SELECT 'o' UNION ALL SELECT 'g') s CROSS JOIN (SELECT 0 AS"
                      " grain UNION ALL SELECT 1) g WHERE d.n <> 0 GROUP BY 1, 2, 3, 4, 5, 6, 7,"
                      " 8 HAVING SUM(d.n) <> 0 ON CONFLICT (%1) DO UPDATE SET"
                      " n = rollup_slot.n + excluded.n")
                      .arg(columns, fval, QLatin1String(figure.fig), block(QStringLiteral("d.day")),
                           prefixedTerm(figure.k), prefixedTerm(figure.a), prefixedTerm(figure.b),
                           table));
    }
}

bool answers(const DashboardFilter& filter)
{
    return int(filter.source.has_value()) + int(filter.campaign.has_value()) +
               int(filter.repId.has_value()) + int(filter.grade.has_value()) <=
           1;
}

Where where(const DashboardFilter& filter, char figure, bool dayGrainOnly)
{
    QString key;
    QVariant value = QStringLiteral("");
    if (filter.source) {
        key = QStringLiteral("s");
        value = DashboardQuery::text(*filter.source);
    } else if (filter.campaign) {
        key = QStringLiteral("c");
        value = DashboardQuery::text(*filter.campaign);
    } else if (filter.repId) {
        key = QStringLiteral("o");
        value = QString::number(*filter.repId);
    } else if (filter.grade) {
        key = QStringLiteral("g");
        value = DashboardQuery::text(*filter.grade);
    }
    const qint64 first = filter.firstDay();
    const qint64 last = filter.lastDay();
    // Whole blocks inside the period, then the days outside them.
    const qint64 lowBlock = first <= 0 ? 0 : (first + blockDays - 1) / blockDays * blockDays;
    const qint64 highBlock = last < 0 ? -1 : (last + 1) / blockDays * blockDays - blockDays;
    QList<std::array<qint64, 3>> ranges; // grain, from, to
    if (dayGrainOnly || lowBlock > highBlock) {
        ranges.append({0, first, last});
    } else {
        ranges.append({1, lowBlock, highBlock});
        ranges.append({0, first, lowBlock - 1});
        ranges.append({0, highBlock + blockDays, last});
    }
    Where result;
    QStringList parts;
    for (const auto& [grain, from, to] : ranges) {
        if (from > to)
            continue;
        parts.append(QStringLiteral("SELECT period, k, a, b, n FROM rollup_slot WHERE fkey = ?"
                                    " AND fval = ? AND fig = ? AND grain = %1 AND period"
                                    " BETWEEN ? AND ?")
                         .arg(grain));
        result.binds += {DashboardQuery::text(key), value, QString(QLatin1Char(figure)), from, to};
    }
    if (parts.isEmpty()) { // an empty period
        parts.append(QStringLiteral("SELECT period, k, a, b, n FROM rollup_slot WHERE 1 = 0"));
    }
    result.sql = QStringLiteral("(%1) r").arg(parts.join(QStringLiteral(" UNION ALL ")));
    return result;
}

} // namespace RollupSlots
