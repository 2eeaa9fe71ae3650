#include "nurture/HolidayRegions.h"

#include "domain/TeamSettings.h"
#include "nurture/DueDates.h"
#include "store/Store.h"

#include <QCollator>
#include <QDateTime>
#include <QSet>

namespace {

const QString settingKey = QStringLiteral("nurture/holiday_region");

struct StateName
{
    const char* code;
    const char* name;
};

// The states' own names: the same in English and German.
constexpr StateName states[] = {
    {"BW", QT_TRANSLATE_NOOP("HolidayRegions", "Baden-Württemberg")},
    {"BY", QT_TRANSLATE_NOOP("HolidayRegions", "Bavaria")},
    {"BE", QT_TRANSLATE_NOOP("HolidayRegions", "Berlin")},
    {"BB", QT_TRANSLATE_NOOP("HolidayRegions", "Brandenburg")},
    {"HB", QT_TRANSLATE_NOOP("HolidayRegions", "Bremen")},
    {"HH", QT_TRANSLATE_NOOP("HolidayRegions", "Hamburg")},
    {"HE", QT_TRANSLATE_NOOP("HolidayRegions", "Hesse")},
    {"MV", QT_TRANSLATE_NOOP("HolidayRegions", "Mecklenburg-Western Pomerania")},
    {"NI", QT_TRANSLATE_NOOP("HolidayRegions", "Lower Saxony")},
    {"NW", QT_TRANSLATE_NOOP("HolidayRegions", "North Rhine-Westphalia")},
    {"RP", QT_TRANSLATE_NOOP("HolidayRegions", "Rhineland-Palatinate")},
    {"SL", QT_TRANSLATE_NOOP("HolidayRegions", "Saarland")},
    {"SN", QT_TRANSLATE_NOOP("HolidayRegions", "Saxony")},
    {"ST", QT_TRANSLATE_NOOP("HolidayRegions", "Saxony-Anhalt")},
    {"SH", QT_TRANSLATE_NOOP("HolidayRegions", "Schleswig-Holstein")},
    {"TH", QT_TRANSLATE_NOOP("HolidayRegions", "Thuringia")},
};

} // namespace

QList<HolidayRegions::Region> HolidayRegions::germanStates()
{
    QList<Region> regions;
    for (const StateName& state : states)
        regions.append({QLatin1String(state.code), tr(state.name)});
    QCollator collator;
    std::sort(regions.begin(), regions.end(), [&collator](const Region& a, const Region& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return regions;
}

bool HolidayRegions::isGermanState(const QString& code)
{
    for (const StateName& state : states)
        if (code == QLatin1String(state.code))
            return true;
    return false;
}

QString HolidayRegions::nameOf(const QString& code)
{
    for (const StateName& state : states)
        if (code == QLatin1String(state.code))
            return tr(state.name);
    return tr("Germany (national holidays only)");
}

QString HolidayRegions::teamRegion(const TeamSettings& settings)
{
    const QString code = settings.value(settingKey, QString()).trimmed().toUpper();
    return isGermanState(code) ? code : QString();
}

int HolidayRegions::setTeamRegionInSaveAll(const Store& store, TeamSettings& settings,
                                           const QString& code)
{
    const QString region = code.trimmed().toUpper();
    if (!region.isEmpty() && !isGermanState(region))
        throw StoreError(tr("%1 is not a German state: choose one of the 16 or none.").arg(code));
    const QString old = teamRegion(settings);
    // Never a null string: the column is NOT NULL, and a null QString binds as NULL.
    settings.setValue(settingKey, region.isEmpty() ? QStringLiteral("") : region);
    return followInTransaction(store, old, region);
}

int HolidayRegions::setTeamRegion(const Store& store, const QString& code)
{
    int moved = 0;
    TeamSettings(store).saveAll(
        [&](TeamSettings& settings) { moved = setTeamRegionInSaveAll(store, settings, code); });
    return moved;
}

int HolidayRegions::followInTransaction(const Store& store, const QString& from, const QString& to)
{
    if (from == to)
        return 0;
    struct Plan
    {
        qint64 id, leadId;
        QString zone;
    };
    QList<Plan> plans;
    QSqlQuery q = Sql::exec(store.db(),
                            QStringLiteral("SELECT id, lead_id, time_zone FROM nurture_plans"
                                           " WHERE status = 'active' AND holiday_country = 'DE'"
                                           " AND coalesce(holiday_region, '') = ?"),
                            {from.isEmpty() ? QStringLiteral("") : from}); // "": not NULL
    while (q.next())
        plans.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    const HolidayCalendar calendar = HolidayCalendar::forStore(store, QStringLiteral("DE"), to);
    int moved = 0;
    for (const Plan& plan : plans) {
        Sql::exec(store.db(),
                  QStringLiteral("UPDATE nurture_plans SET holiday_region = ? WHERE id = ?"),
                  {Sql::nullIfEmpty(to), plan.id});
        const QTimeZone zone = DueDates::zoneOf(plan.zone);
        QList<QPair<qint64, qint64>> moves;
        QSqlQuery steps = Sql::exec(store.db(),
                                    QStringLiteral("SELECT id, due_at FROM nurture_steps WHERE"
                                                   " plan_id = ? AND status = 'pending'"),
                                    {plan.id});
        while (steps.next()) {
            const QDate day = DueDates::localDay(steps.value(1).toLongLong(), zone);
            if (!calendar.isWorkday(day))
                moves.append(
                    {steps.value(0).toLongLong(), DueDates::dueAt(day, 0, zone, calendar)});
        }
        for (const auto& [id, due] : moves)
            Sql::exec(store.db(),
                      QStringLiteral("UPDATE nurture_steps SET due_at = ? WHERE id = ?"),
                      {due, id});
        moved += int(moves.size());
        store.announceLead(plan.leadId);
    }
    return moved;
}
