#include "nurture/HolidayCalendar.h"

#include "store/Store.h"
#include "support/Clock.h"

namespace {

bool in(const QString& region, std::initializer_list<const char*> regions)
{
    for (const char* r : regions)
        if (region == QLatin1String(r))
            return true;
    return false;
}

void germany(int year, const QString& region, const QDate& easter, QList<QDate>& days)
{
    days << QDate(year, 1, 1) << easter.addDays(-2) << easter.addDays(1) << QDate(year, 5, 1)
         << easter.addDays(39) << easter.addDays(50) << QDate(year, 10, 3) << QDate(year, 12, 25)
         << QDate(year, 12, 26);
    if (in(region, {"BW", "BY", "ST"}))
        days << QDate(year, 1, 6);
    if (in(region, {"BE", "MV"}))
        days << QDate(year, 3, 8);
    if (in(region, {"BW", "BY", "HE", "NW", "RP", "SL"}))
        days << easter.addDays(60); // Corpus Christi
    if (in(region, {"SL"}))
        days << QDate(year, 8, 15);
    if (in(region, {"TH"}))
        days << QDate(year, 9, 20);
    if (in(region, {"BB", "HB", "HH", "MV", "NI", "SN", "ST", "SH", "TH"}))
        days << QDate(year, 10, 31);
    if (in(region, {"BW", "BY", "NW", "RP", "SL"}))
        days << QDate(year, 11, 1);
    if (in(region, {"SN"})) {
        // Repentance Day: the Wednesday before 23 November.
        QDate day(year, 11, 22);
        while (day.dayOfWeek() != Qt::Wednesday)
            day = day.addDays(-1);
        days << day;
    }
}

void austria(int year, const QDate& easter, QList<QDate>& days)
{
    days << QDate(year, 1, 1) << QDate(year, 1, 6) << easter.addDays(1) << QDate(year, 5, 1)
         << easter.addDays(39) << easter.addDays(50) << easter.addDays(60) << QDate(year, 8, 15)
         << QDate(year, 10, 26) << QDate(year, 11, 1) << QDate(year, 12, 8) << QDate(year, 12, 25)
         << QDate(year, 12, 26);
}

void switzerland(int year, const QDate& easter, QList<QDate>& days)
{
    // The federal day and the holidays (almost) every canton keeps.
    days << QDate(year, 1, 1) << easter.addDays(-2) << easter.addDays(1) << easter.addDays(39)
         << easter.addDays(50) << QDate(year, 8, 1) << QDate(year, 12, 25) << QDate(year, 12, 26);
}

} // namespace

HolidayCalendar::HolidayCalendar(QString country, QString region, QSet<QDate> closedDays)
    : m_country(country.trimmed().toUpper())
    , m_region(region.trimmed().toUpper())
    , m_closed(std::move(closedDays))
{}

HolidayCalendar HolidayCalendar::forStore(const Store& store, const QString& country,
                                          const QString& region)
{
    QSet<QDate> closed;
    QSqlQuery q = Sql::exec(store.db(),
                            QStringLiteral("SELECT day FROM closed_days WHERE country = ? OR"
                                           " country = ''"),
                            {country.trimmed().toUpper()});
    while (q.next())
        closed.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return HolidayCalendar(country, region, closed);
}

QDate HolidayCalendar::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<QDate> HolidayCalendar::publicHolidays(int year, const QString& country,
                                             const QString& region)
{
    QList<QDate> days;
    const QDate easter = easterSunday(year);
    if (country == QLatin1String("DE"))
        germany(year, region, easter, days);
    else if (country == QLatin1String("AT"))
        austria(year, easter, days);
    else if (country == QLatin1String("CH"))
        switzerland(year, easter, days);
    return days;
}

bool HolidayCalendar::isWorkday(QDate day) const
{
    if (day.dayOfWeek() >= Qt::Saturday || m_closed.contains(day))
        return false;
    auto found = m_years.find(day.year());
    if (found == m_years.end()) {
        const QList<QDate> list = publicHolidays(day.year(), m_country, m_region);
        found = m_years.insert(day.year(), QSet<QDate>(list.cbegin(), list.cend()));
    }
    return !found->contains(day);
}

QDate HolidayCalendar::nextWorkday(QDate day) const
{
    for (int guard = 0; guard < 366 && !isWorkday(day); ++guard)
        day = day.addDays(1);
    return day;
}

namespace ClosedDays {

void add(const Store& store, const QString& country, QDate day, const QString& note)
{
    const QString code = country.trimmed().toUpper();
    WriteTransaction transaction(store);
    Sql::exec(store.db(), QStringLiteral("DELETE FROM closed_days WHERE country = ? AND day = ?"),
              {code, day.toString(Qt::ISODate)});
    Sql::exec(store.db(),
              QStringLiteral("INSERT INTO closed_days (country, day, note, created_at)"
                             " VALUES (?, ?, ?, ?)"),
              {code, day.toString(Qt::ISODate), Sql::nullIfEmpty(note), Clock::nowSecs()});
    transaction.commit();
}

void remove(const Store& store, const QString& country, QDate day)
{
    Sql::exec(store.db(), QStringLiteral("DELETE FROM closed_days WHERE country = ? AND day = ?"),
              {country.trimmed().toUpper(), day.toString(Qt::ISODate)});
}

QList<Entry> list(const Store& store)
{
    QSqlQuery q = Sql::exec(
        store.db(), QStringLiteral("SELECT country, day, note FROM closed_days ORDER BY day, country"));
    QList<Entry> entries;
    while (q.next())
        entries.append({q.value(0).toString(),
                        QDate::fromString(q.value(1).toString(), Qt::ISODate),
                        q.value(2).toString()});
    return entries;
}

} // namespace ClosedDays
