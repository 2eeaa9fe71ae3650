#include "nurture/DueDates.h"
#include "nurture/NurtureDefaults.h"
#include "nurture/NurtureMail.h"
#include "nurture/TrackProposal.h"

#include <QFile>
#include <QTest>
#include <QUrlQuery>

Q_DECLARE_METATYPE(BuyingPhase)
Q_DECLARE_METATYPE(BuyingRole)
Q_DECLARE_METATYPE(Quadrant)
Q_DECLARE_METATYPE(StepPurpose)

/// The rules of nurture plans that need no store: working days and due dates, the track
/// proposal, the shipped defaults, the e-mail of a step.
class TestNurtureRules : public QObject
{
    Q_OBJECT

    NurtureDefaults::Data m_shipped;

    static QTimeZone berlin() { return QTimeZone("Europe/Berlin"); }

    /// The shipped tracks as the store would hold them (content steps know their kind).
    static NurtureDefaults::Data readShipped()
    {
        // The file in the source tree, not a copy: the test reads what ships.
        QFile file(QStringLiteral(LEADSCOUT_TEST_DATA "/../../resources/data/nurture-defaults.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("nurture-defaults.json not found");
        NurtureDefaults::Data data;
        QString error;
        if (!NurtureDefaults::parse(file.readAll(), data, &error))
            qFatal("%s", qPrintable(error));
        return data;
    }

private slots:
    void initTestCase() { m_shipped = readShipped(); }

    void easterIsComputed()
    {
        QCOMPARE(HolidayCalendar::easterSunday(2024), QDate(2024, 3, 31));
        QCOMPARE(HolidayCalendar::easterSunday(2026), QDate(2026, 4, 5));
        QCOMPARE(HolidayCalendar::easterSunday(2027), QDate(2027, 3, 28));
        QCOMPARE(HolidayCalendar::easterSunday(2038), QDate(2038, 4, 25));
    }

    void workingDays_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("workday");
        QTest::newRow("Easter Monday DE") << "DE" << "" << QDate(2026, 4, 6) << false;
        QTest::newRow("Good Friday DE") << "DE" << "" << QDate(2026, 4, 3) << false;
        QTest::newRow("Ascension DE") << "DE" << "" << QDate(2026, 5, 14) << false;
        QTest::newRow("Corpus Christi, state unknown") << "DE" << "" << QDate(2026, 6, 4) << true;
        QTest::newRow("Corpus Christi in Bavaria") << "DE" << "BY" << QDate(2026, 6, 4) << false;
        QTest::newRow("Epiphany in Bavaria") << "DE" << "BY" << QDate(2026, 1, 6) << false;
        QTest::newRow("Epiphany in Berlin") << "DE" << "BE" << QDate(2026, 1, 6) << true;
        QTest::newRow("Reformation Day in Saxony") << "DE" << "SN" << QDate(2026, 10, 31) << false;
        QTest::newRow("Repentance Day in Saxony") << "DE" << "SN" << QDate(2026, 11, 18) << false;
        QTest::newRow("Immaculate Conception AT") << "AT" << "" << QDate(2026, 12, 8) << false;
        QTest::newRow("Immaculate Conception DE") << "DE" << "" << QDate(2026, 12, 8) << true;
        QTest::newRow("Swiss national day") << "CH" << "" << QDate(2025, 8, 1) << false;
        QTest::newRow("Good Friday, elsewhere") << "FR" << "" << QDate(2026, 4, 3) << true;
        QTest::newRow("Saturday") << "DE" << "" << QDate(2026, 1, 31) << false;
    }

    void workingDays()
    {
        QFETCH(QString, country);
        QFETCH(QString, region);
        QFETCH(QDate, day);
        QFETCH(bool, workday);
        QCOMPARE(HolidayCalendar(country, region).isWorkday(day), workday);
    }

    void dueDates_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QDateTime>("due"); // UTC
        const auto utc = [](int y, int m, int d, int h) {
            return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
        };
        // 31 January 2026 is a Saturday: the first step falls due on Monday; a step 28 days
        // later would be Saturday 28 February (no 29th), so it is Monday 2 March.
        QTest::newRow("31 January, day 0") << QDate(2026, 1, 31) << 0 << "" << utc(2026, 2, 2, 8);
        QTest::newRow("31 January, day 28") << QDate(2026, 1, 31) << 28 << "" << utc(2026, 3, 2, 8);
        QTest::newRow("31 January, day 30") << QDate(2026, 1, 31) << 30 << "" << utc(2026, 3, 2, 8);
        // Across the change to summer time on 29 March 2026: 09:00 in Berlin is 07:00 UTC.
        QTest::newRow("before DST") << QDate(2026, 3, 20) << 0 << "" << utc(2026, 3, 20, 8);
        QTest::newRow("after DST") << QDate(2026, 3, 20) << 10 << "" << utc(2026, 3, 30, 7);
        // Good Friday to Easter Monday: Tuesday.
        QTest::newRow("Easter") << QDate(2026, 4, 2) << 1 << "" << utc(2026, 4, 7, 7);
        QTest::newRow("Epiphany, Bavaria") << QDate(2026, 1, 6) << 0 << "BY" << utc(2026, 1, 7, 8);
        QTest::newRow("Epiphany, Hamburg") << QDate(2026, 1, 6) << 0 << "HH" << utc(2026, 1, 6, 8);
    }

    void dueDates()
    {
        QFETCH(QDate, start);
        QFETCH(int, offset);
        QFETCH(QString, region);
        QFETCH(QDateTime, due);
        const qint64 at = DueDates::dueAt(start, offset, berlin(), HolidayCalendar(QStringLiteral("DE"), region));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()), due);
    }

    void closedDaysAndPausesMoveSteps()
    {
        const HolidayCalendar calendar(QStringLiteral("DE"), {}, {QDate(2026, 2, 10)});
        const qint64 due = DueDates::dueAt(QDate(2026, 2, 10), 0, berlin(), calendar);
        QCOMPARE(DueDates::localDay(due, berlin()), QDate(2026, 2, 11));
        // A pause of five days moves a Wednesday step to the next Monday.
        const qint64 moved = DueDates::shifted(due, 5, berlin(), calendar);
        QCOMPARE(DueDates::localDay(moved, berlin()), QDate(2026, 2, 16));
    }

    void proposesTheTrack_data()
    {
        using P = StepPurpose;
        QTest::addColumn<BuyingPhase>("phase");
        QTest::addColumn<BuyingRole>("role");
        QTest::addColumn<Quadrant>("quadrant");
        QTest::addColumn<QList<StepPurpose>>("missing");
        QTest::addColumn<QString>("track");
        const QList<P> none;
        const QList<P> all{P::FillBudget, P::FillAuthority, P::FillNeed, P::FillTiming};
        QTest::newRow("E lead: low interest, incomplete")
            << BuyingPhase::Awareness << BuyingRole::Unknown << Quadrant::Park << all
            << "awareness-develop";
        QTest::newRow("good fit, profile complete")
            << BuyingPhase::Awareness << BuyingRole::Executive << Quadrant::Nurture << none
            << "awareness-overview";
        QTest::newRow("good fit, need and budget missing")
            << BuyingPhase::Awareness << BuyingRole::Executive << Quadrant::Nurture
            << QList<P>{P::FillNeed, P::FillBudget} << "awareness-develop";
        QTest::newRow("considering") << BuyingPhase::Consideration << BuyingRole::Unknown
                                     << Quadrant::Nurture << all << "consideration-studies";
        QTest::newRow("investigating") << BuyingPhase::Investigation << BuyingRole::TechnicalDecider
                                       << Quadrant::Park << none << "investigation-best-practice";
        QTest::newRow("purchase, technical")
            << BuyingPhase::Purchase << BuyingRole::TechnicalDecider << Quadrant::Nurture << none
            << "purchase-technical";
        QTest::newRow("purchase, controller")
            << BuyingPhase::Purchase << BuyingRole::FinanceController << Quadrant::SalesReady
            << QList<P>{P::FillBudget} << "purchase-controller";
        QTest::newRow("purchase, executive") << BuyingPhase::Purchase << BuyingRole::Executive
                                             << Quadrant::Nurture << all << "purchase-executive";
        QTest::newRow("purchase, role unknown") << BuyingPhase::Purchase << BuyingRole::Unknown
                                                << Quadrant::Nurture << all << "purchase-find-role";
        QTest::newRow("phase unknown") << BuyingPhase::Unknown << BuyingRole::Executive
                                       << Quadrant::Nurture << all << "phase-check";
        // Low fit, high interest: an advocate, whatever the phase; never a sales track.
        QTest::newRow("advocate at purchase") << BuyingPhase::Purchase << BuyingRole::Executive
                                              << Quadrant::Advocate << all << "advocate";
        QTest::newRow("advocate, aware") << BuyingPhase::Awareness << BuyingRole::Unknown
                                         << Quadrant::Advocate << none << "advocate";
    }

    void proposesTheTrack()
    {
        QFETCH(BuyingPhase, phase);
        QFETCH(BuyingRole, role);
        QFETCH(Quadrant, quadrant);
        QFETCH(QList<StepPurpose>, missing);
        QFETCH(QString, track);
        const Proposal proposal = TrackProposal::propose(m_shipped.tracks, {phase, role, quadrant, missing});
        QVERIFY(proposal.track);
        QCOMPARE(proposal.track->key, track);
        QVERIFY(!proposal.text().isEmpty());
        if (quadrant == Quadrant::Advocate)
            QVERIFY(proposal.text().contains(QLatin1String("never toward sales")));
    }

    void proposalSaysWhatItFills()
    {
        const Proposal proposal = TrackProposal::propose(
            m_shipped.tracks, {BuyingPhase::Awareness, BuyingRole::Unknown, Quadrant::Park,
                               {StepPurpose::FillNeed, StepPurpose::FillAuthority}});
        QVERIFY2(proposal.text().contains(QLatin1String("Asks for what is missing: need.")),
                 qPrintable(proposal.text()));
        QVERIFY(proposal.text().contains(QLatin1String("Still to find out in a call: authority.")));
    }

    void shippedDefaultsFollowTheRule()
    {
        QVERIFY(m_shipped.tracks.size() >= 8);
        QHash<QString, ContentPiece> pieces;
        for (const ContentPiece& piece : m_shipped.content) {
            pieces.insert(piece.key, piece);
            if (piece.kind == ContentKind::Whitepaper)
                QCOMPARE(piece.phases, QList<BuyingPhase>{BuyingPhase::Awareness});
            if (piece.kind == ContentKind::Datasheet || piece.kind == ContentKind::RoiCalculation ||
                piece.kind == ContentKind::CaseStudy)
                QCOMPARE(piece.phases, QList<BuyingPhase>{BuyingPhase::Purchase});
        }
        const QHash<ContentKind, BuyingRole> purchaseRole{
            {ContentKind::Datasheet, BuyingRole::TechnicalDecider},
            {ContentKind::RoiCalculation, BuyingRole::FinanceController},
            {ContentKind::CaseStudy, BuyingRole::Executive}};
        int purchaseSteps = 0, whitepaperSteps = 0;
        for (const Track& track : m_shipped.tracks) {
            for (const TrackStep& step : track.steps) {
                if (step.kind == ContentKind::Whitepaper) {
                    ++whitepaperSteps;
                    QVERIFY2(track.phase == BuyingPhase::Awareness, qPrintable(track.key));
                }
                if (purchaseRole.contains(step.kind)) {
                    ++purchaseSteps;
                    QVERIFY2(track.phase == BuyingPhase::Purchase, qPrintable(track.key));
                    QCOMPARE(track.roles, QList<BuyingRole>{purchaseRole.value(step.kind)});
                    if (!step.contentKey.isEmpty())
                        QCOMPARE(pieces.value(step.contentKey).roles, track.roles);
                }
            }
            if (track.advocate) {
                QCOMPARE(track.quadrants, QList<Quadrant>{Quadrant::Advocate});
                QVERIFY2(track.fills().isEmpty(), "an advocate track never qualifies toward sales");
            }
        }
        QVERIFY(purchaseSteps >= 6);
        QVERIFY(whitepaperSteps >= 3);
        // Every purchase role has its track.
        for (const BuyingRole role : purchaseRole)
            QVERIFY(std::any_of(m_shipped.tracks.cbegin(), m_shipped.tracks.cend(),
                                [role](const Track& t) { return t.roles == QList<BuyingRole>{role}; }));
    }

    void badDefaultsAreRefusedWithWhere()
    {
        NurtureDefaults::Data data;
        QString error;
        QVERIFY(!NurtureDefaults::parse(R"({"content": [], "tracks": [{"key": "x", "name": "X",
            "phase": "purchase", "steps": [{"kind": "fax", "channel": "email", "day": 0,
            "purpose": "raise_interest"}]}]})",
                                        data, &error));
        QVERIFY2(error.contains(QLatin1String("tracks[0]")), qPrintable(error));
    }

    void mailtoCarriesSubjectBodyAndLink()
    {
        const QUrl url = NurtureMail::mailto({QStringLiteral("anna@example.com"),
                                              QStringLiteral("Anna"), QStringLiteral("Becker"),
                                              QStringLiteral("Study & Benchmark #1"),
                                              QStringLiteral("https://example.com/s.pdf?a=1&b=2"),
                                              QStringLiteral("Mara")});
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("anna@example.com"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("Study & Benchmark #1"));
        const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        QVERIFY(body.startsWith(QLatin1String("Hello Anna Becker,")));
        QVERIFY(body.contains(QLatin1String("https://example.com/s.pdf?a=1&b=2")));
        QVERIFY(body.endsWith(QLatin1String("Mara")));
    }
};

QTEST_GUILESS_MAIN(TestNurtureRules)
#include "tst_nurturerules.moc"
