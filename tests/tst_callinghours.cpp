#include "QueueFixtures.h"
#include "domain/TeamSettings.h"
#include "queue/CallingHours.h"
#include "queue/QueueContext.h"

#include <QTest>

using namespace QueueFixtures;

namespace {
qint64 utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toSecsSinceEpoch();
}
const QTimeZone berlin("Europe/Berlin");
const QTimeZone newYork("America/New_York");
} // namespace

/// Calling hours in the lead's own zone, across zones and daylight-saving changes, and how a
/// lead's zone is derived from its time zone, phone number or country.
class TestCallingHours : public QObject
{
    Q_OBJECT

private slots:
    void openInTheLeadsOwnZone()
    {
        const CallingHours hours(QTime(9, 0), QTime(18, 0));
        const qint64 tuesday10Utc = utc(2026, 11, 24, 10);
        QVERIFY(hours.isOpen(berlin, tuesday10Utc));                // 11:00 in Berlin
        QVERIFY(!hours.isOpen(newYork, tuesday10Utc));              // 05:00 in New York
        QVERIFY(hours.isOpen(newYork, utc(2026, 11, 24, 14)));      // 09:00 EST
        QVERIFY(!hours.isOpen(newYork, utc(2026, 11, 24, 13, 59))); // 08:59 EST
        QVERIFY(!hours.isOpen(berlin, utc(2026, 11, 24, 17)));      // 18:00 CET: closed
        QVERIFY(hours.isOpen(berlin, utc(2026, 11, 24, 16, 59)));
    }

    void daylightSavingChangeMovesTheWindow()
    {
        const CallingHours hours(QTime(9, 0), QTime(18, 0));
        // New York changes to EDT on Sunday 8 March 2026; Berlin to CEST on 29 March.
        QVERIFY(!hours.isOpen(newYork, utc(2026, 3, 6, 13)));    // Fri 08:00 EST
        QVERIFY(hours.isOpen(newYork, utc(2026, 3, 9, 13)));     // Mon 09:00 EDT
        QVERIFY(!hours.isOpen(berlin, utc(2026, 3, 27, 7, 30))); // Fri 08:30 CET
        QVERIFY(hours.isOpen(berlin, utc(2026, 3, 30, 7, 30)));  // Mon 09:30 CEST
        // Back in autumn: Berlin leaves CEST on 25 October 2026.
        QVERIFY(hours.isOpen(berlin, utc(2026, 10, 23, 15, 30))); // Fri 17:30 CEST
        QVERIFY(!hours.isOpen(berlin, utc(2026, 10, 26, 7, 30))); // Mon 08:30 CET
        // The next opening after Friday evening in New York is Monday 09:00 EDT, after the change.
        QCOMPARE(hours.nextOpening(newYork, utc(2026, 3, 6, 23)), utc(2026, 3, 9, 13));
    }

    void weekendsAndWindowsAcrossMidnight()
    {
        const CallingHours weekdays(QTime(9, 0), QTime(18, 0));
        QVERIFY(!weekdays.isOpen(berlin, utc(2026, 11, 28, 10))); // Saturday
        QCOMPARE(weekdays.nextOpening(berlin, utc(2026, 11, 28, 10)), utc(2026, 11, 30, 8));
        const CallingHours night(QTime(22, 0), QTime(6, 0), {1, 2, 3, 4, 5, 6, 7});
        QVERIFY(night.isOpen(berlin, utc(2026, 11, 24, 22)));  // 23:00
        QVERIFY(night.isOpen(berlin, utc(2026, 11, 25, 3)));   // 04:00
        QVERIFY(!night.isOpen(berlin, utc(2026, 11, 25, 10))); // 11:00
        const CallingHours fridayNight(QTime(22, 0), QTime(6, 0), {5});
        QVERIFY(
            fridayNight.isOpen(berlin, utc(2026, 11, 28, 2))); // Saturday 03:00, Friday's window
    }

    void settingsGiveTheWindow()
    {
        TestStore fixture;
        TeamSettings settings(fixture.store());
        settings.setCallingHours(QTime(8, 30), QTime(17, 0));
        settings.setCallingDays({1, 2, 3, 4, 5, 6});
        const CallingHours hours = CallingHours::fromSettings(settings);
        QCOMPARE(hours.start(), QTime(8, 30));
        QCOMPARE(hours.days(), (QList<int>{1, 2, 3, 4, 5, 6}));
        QVERIFY(hours.describe().contains(QStringLiteral("08:30–17:00")));
    }

    void leadZoneFromZonePhoneOrCountry()
    {
        TestStore fixture;
        Store& store = fixture.store();
        LeadRepository leads(store);
        auto lead = [&](const QString& zone, const QString& e164, const QString& country) {
            Lead l = sampleLead(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"));
            l.timeZone = zone;
            l.phoneE164 = e164;
            l.phone = e164;
            l.country = country;
            return leads.create(l, QStringLiteral("mara"));
        };
        const qint64 explicitZone =
            lead(QStringLiteral("Asia/Tokyo"), QStringLiteral("+4930901820"), QStringLiteral("DE"));
        const qint64 manhattan = lead({}, QStringLiteral("+12125550100"), QStringLiteral("US"));
        const qint64 sanFrancisco = lead({}, QStringLiteral("+14155550100"), QStringLiteral("US"));
        const qint64 berlinPhone = lead({}, QStringLiteral("+4930901820"), {});
        const qint64 perth = lead({}, QStringLiteral("+61892221234"), QStringLiteral("AU"));
        const qint64 usNoPhone = lead({}, {}, QStringLiteral("US"));
        const qint64 bogusZone = lead(QStringLiteral("Mars/Olympus"),
                                      QStringLiteral("+442079460000"), QStringLiteral("GB"));
        const qint64 france = lead({}, {}, QStringLiteral("fr"));
        const auto zone = [&](qint64 id) {
            return column(store, id, QStringLiteral("call_zone")).toString();
        };
        QCOMPARE(zone(explicitZone), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(zone(manhattan), QStringLiteral("America/New_York"));
        QCOMPARE(zone(sanFrancisco), QStringLiteral("America/Los_Angeles"));
        QCOMPARE(zone(berlinPhone), QStringLiteral("Europe/Berlin"));
        QCOMPARE(zone(perth), QStringLiteral("Australia/Perth"));
        QCOMPARE(zone(usNoPhone), QStringLiteral("America/Chicago"));
        QCOMPARE(zone(bogusZone), QStringLiteral("Europe/London"));
        QCOMPARE(zone(france), QStringLiteral("Europe/Paris"));

        // Editing the phone number (as the lead card does) derives the zone again.
        set(store, manhattan, QStringLiteral("phone_e164 = ?"), {QStringLiteral("+13125550100")});
        QCOMPARE(zone(manhattan), QStringLiteral("America/Chicago"));
    }

    void contextKnowsWhichZonesAreOpen()
    {
        TestStore fixture;
        Store& store = fixture.store();
        Clock::setFixed(QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc()));
        LeadRepository leads(store);
        Lead ny = sampleLead(QStringLiteral("N"), QStringLiteral("Y"), QStringLiteral("C"));
        ny.timeZone.clear();
        ny.phoneE164 = QStringLiteral("+12125550100");
        leads.create(ny, QStringLiteral("mara"));
        addLead(store, QStringLiteral("B"), QStringLiteral("E"));
        const QueueContext context = QueueContext::build(store, QStringLiteral("mara"), {});
        QVERIFY(context.zoneOpen(QStringLiteral("Europe/Berlin")));
        QVERIFY(!context.zoneOpen(QStringLiteral("America/New_York")));
        QCOMPARE(context.fallbackZone.id(), QByteArray("Europe/Berlin"));
        Clock::reset();
    }
};

QTEST_GUILESS_MAIN(TestCallingHours)
#include "tst_callinghours.moc"
