#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

class Store;

/// Working days for nurture due dates: weekends, the public holidays of Germany, Austria and
/// Switzerland (Easter-based ones computed; a German state's own holidays where the state is
/// known) and the closed days a team lead adds for any country.
class HolidayCalendar
{
public:
    /// A calendar for a country (ISO 3166-1 alpha-2, e.g. "DE") and, for Germany, a state code
    /// ("BY", "NW"…; empty when unknown), with closed days on top.
    HolidayCalendar(QString country, QString region = {}, QSet<QDate> closedDays = {});
    /// The same with the closed days kept in the store for that country (and for every country).
    static HolidayCalendar forStore(const Store& store, const QString& country,
                                    const QString& region);

    static QDate easterSunday(int year);
    /// The public holidays of a year for a country (and German state).
    static QList<QDate> publicHolidays(int year, const QString& country, const QString& region);

    bool isWorkday(QDate day) const;
    /// `day` itself when it is a working day, else the next one.
    QDate nextWorkday(QDate day) const;

private:
    QString m_country;
    QString m_region;
    QSet<QDate> m_closed;
    mutable QHash<int, QSet<QDate>> m_years;
};

/// The closed days a team lead keeps (country "" = every country).
namespace ClosedDays {
void add(const Store& store, const QString& country, QDate day, const QString& note);
void remove(const Store& store, const QString& country, QDate day);
struct Entry
{
    QString country;
    QDate day;
    QString note;
};
QList<Entry> list(const Store& store);
} // namespace ClosedDays
