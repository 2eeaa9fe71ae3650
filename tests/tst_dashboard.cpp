#include "CliRun.h"
#include "TestStore.h"
#include "dashboard/DashboardLeads.h"
#include "dashboard/DashboardReport.h"
#include "dashboard/DashboardRollups.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "domain/TeamSettings.h"
#include "support/Clock.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

// Every dashboard figure on a small store whose history is written by hand, against values
// worked out by hand (the comments give the reasoning), from the roll-ups and from the scan.
class TestDashboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    QHash<QString, qint64> m_ids; ///< L1 … L5
    qint64 m_mara = 0;
    qint64 m_tom = 0;

    Store& store() { return m_fixture->store(); }

    static qint64 at(int day, int hour, int minute = 0)
    {
        // Day 0 is Monday 2026-03-02.
        return QDateTime(QDate(2026, 3, 2).addDays(day), QTime(hour, minute), QTimeZone::utc())
            .toSecsSinceEpoch();
    }

    // A lead created at `created` whose history is `stages` at the given times (the first is
    // its creation as `new`), with the columns the dashboard reads set as given.
    qint64 addLead(const QString& name, qint64 created, const QList<QPair<QString, qint64>>& stages,
                   const QVariant& source, const QVariant& campaign, const QVariant& owner,
                   const QVariant& grade, const QVariant& quadrant)
    {
        Lead lead = sampleLead(name, QStringLiteral("Test"), QStringLiteral("Acme"));
        const qint64 id = LeadRepository(store()).create(lead, QStringLiteral("mara"));
        const QSqlDatabase db = store().db();
        Sql::exec(db, QStringLiteral("DELETE FROM stage_history WHERE lead_id = ?"), {id});
        QVariant from;
        for (const auto& [stage, when] : stages) {
            Sql::exec(db,
                      QStringLiteral("INSERT INTO stage_history (lead_id, from_stage, to_stage,"
                                     " changed_at) VALUES (?, ?, ?, ?)"),
                      {id, from, stage, when});
            from = stage;
        }
        Sql::exec(
            db,
            QStringLiteral("UPDATE leads SET created_at = ?, stage = ?, source_channel = ?,"
                           " campaign = ?, owner_id = ?, grade = ?, quadrant = ? WHERE id = ?"),
            {created, from, source, campaign, owner, grade, quadrant, id});
        m_ids.insert(name, id);
        return id;
    }

    void addCall(const QString& lead, qint64 rep, qint64 when, const QString& outcome)
    {
        Sql::exec(store().db(),
                  QStringLiteral("INSERT INTO calls (lead_id, rep_id, started_at, outcome)"
                                 " VALUES (?, ?, ?, ?)"),
                  {m_ids.value(lead), rep, when, outcome});
    }

    DashboardFilter period() const
    {
        DashboardFilter filter;
        filter.from = QDate(2026, 3, 2);
        filter.to = QDate(2026, 3, 15);
        return filter;
    }

    DashboardFigures figures(const DashboardFilter& filter)
    {
        const DashboardFigures fast = DashboardRollups(store()).figures(filter);
        const DashboardFigures scan = DashboardScan(store()).figures(filter);
        if (!(fast == scan))
            qWarning().noquote() << "roll-ups:"
                                 << QJsonDocument(DashboardReport::toJson(fast)).toJson() << "scan:"
                                 << QJsonDocument(DashboardReport::toJson(scan)).toJson();
        [&] { QVERIFY(fast == scan); }();
        return fast;
    }

    QList<qint64> ids(std::initializer_list<const char*> names) const
    {
        QList<qint64> result;
        for (const char* name : names)
            result.append(m_ids.value(QString::fromLatin1(name)));
        std::sort(result.begin(), result.end());
        return result;
    }

private slots:
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 4, 1), QTime(12, 0), QTimeZone::utc()));
        m_fixture = std::make_unique<TestStore>();
        m_mara = Reps::idFor(store(), QStringLiteral("mara"));
        m_tom = Reps::idFor(store(), QStringLiteral("tom"));
        TeamSettings(store()).setSlaHours(4);
        TeamSettings(store()).setMinRateCount(3);
        const QVariant none;
        const QString web = QStringLiteral("web_form");
        // L1: through every step in order.
        addLead(QStringLiteral("L1"), at(0, 9),
                {{QStringLiteral("new"), at(0, 9)},
                 {QStringLiteral("working"), at(0, 11)},
                 {QStringLiteral("mql"), at(1, 11)},
                 {QStringLiteral("sql"), at(2, 11)},
                 {QStringLiteral("handed_off"), at(3, 11)}},
                web, none, m_mara, QStringLiteral("A"), QStringLiteral("sales_ready"));
        // L2: skipped MQL.
        addLead(QStringLiteral("L2"), at(0, 10),
                {{QStringLiteral("new"), at(0, 10)},
                 {QStringLiteral("working"), at(0, 11)},
                 {QStringLiteral("sql"), at(1, 11)},
                 {QStringLiteral("handed_off"), at(2, 11)}},
                QStringLiteral("webinar"), none, m_mara, QStringLiteral("B"), none);
        // L3: unknown source, to nurture for ten days and back, then MQL; never called.
        addLead(QStringLiteral("L3"), at(1, 9),
                {{QStringLiteral("new"), at(1, 9)},
                 {QStringLiteral("working"), at(1, 10)},
                 {QStringLiteral("nurture"), at(2, 9)},
                 {QStringLiteral("working"), at(12, 9)},
                 {QStringLiteral("mql"), at(13, 9)}},
                QStringLiteral(""), none, m_mara, QStringLiteral("B"),
                QStringLiteral("sales_ready"));
        // L4: no owner, campaign "spring", disqualified and reopened.
        addLead(QStringLiteral("L4"), at(7, 9),
                {{QStringLiteral("new"), at(7, 9)},
                 {QStringLiteral("working"), at(7, 10)},
                 {QStringLiteral("disqualified"), at(8, 9)},
                 {QStringLiteral("working"), at(10, 9)}},
                web, QStringLiteral("spring"), none, none, none);
        // L5: before the period.
        addLead(QStringLiteral("L5"), at(-30, 9),
                {{QStringLiteral("new"), at(-30, 9)},
                 {QStringLiteral("working"), at(-30, 10)},
                 {QStringLiteral("mql"), at(-29, 10)}},
                web, none, m_tom, QStringLiteral("A"), QStringLiteral("nurture"));
        addCall(QStringLiteral("L1"), m_mara, at(0, 9, 30), QStringLiteral("connected"));
        addCall(QStringLiteral("L2"), m_mara, at(0, 15), QStringLiteral("no_answer"));
        addCall(QStringLiteral("L4"), m_tom, at(7, 10), QStringLiteral("connected"));
        addCall(QStringLiteral("L5"), m_tom, at(-30, 10), QStringLiteral("busy"));
    }
    void cleanup()
    {
        m_fixture.reset();
        m_ids.clear();
        Clock::reset();
    }

    void funnelInBothModes()
    {
        const DashboardFigures f = figures(period());
        QCOMPARE(f.leads, 4);
        // Ever reached: L1 and L2 handed off (L2 passed MQL by skipping it), L3 got to MQL,
        // L4 only to working.
        const QList<qint64> ever = {f.everReached[0].count, f.everReached[1].count,
                                    f.everReached[2].count, f.everReached[3].count,
                                    f.everReached[4].count};
        QCOMPARE(ever, (QList<qint64>{4, 4, 3, 2, 2}));
        // In order: L2 stops at worked (no MQL), L3 reached MQL after working, L4 at worked.
        const QList<qint64> order = {f.inOrder[0].count, f.inOrder[1].count, f.inOrder[2].count,
                                     f.inOrder[3].count, f.inOrder[4].count};
        QCOMPARE(order, (QList<qint64>{4, 4, 2, 1, 1}));
        const RateFigure sqlRate = f.everReached[3].fromPrevious; // 2 of 3 MQLs
        QCOMPARE(sqlRate.numerator, 2);
        QCOMPARE(sqlRate.denominator, 3);
        QVERIFY(!sqlRate.tooFew); // the minimum is 3
        QVERIFY(qAbs(sqlRate.low - 0.2535) < 0.001);
        QVERIFY(qAbs(sqlRate.high - 0.9218) < 0.001);
        QVERIFY(f.everReached[4].fromPrevious.tooFew); // 2 of 2 rests on 2 leads
        QCOMPARE(f.everReached[4].fromPrevious.value, 1.0);
    }

    void groupsAddUpWithUnknownBuckets()
    {
        const DashboardFigures f = figures(period());
        QCOMPARE(f.bySource.size(), 3);
        QCOMPARE(f.bySource[0].key, QString()); // L3, unknown source
        QCOMPARE(f.bySource[0].reached[0], 1);
        QCOMPARE(f.bySource[0].reached[4], 0);
        QCOMPARE(f.bySource[1].key, QStringLiteral("web_form")); // L1, L4
        QCOMPARE(f.bySource[1].reached[0], 2);
        QCOMPARE(f.bySource[1].reached[4], 1);
        QCOMPARE(f.bySource[2].key, QStringLiteral("webinar"));
        QCOMPARE(f.bySource[2].rates[4].numerator, 1);
        QCOMPARE(f.byRep.size(), 2);
        QCOMPARE(f.byRep[0].key, QString()); // L4 has no owner
        QCOMPARE(f.byRep[0].reached[0], 1);
        QCOMPARE(f.byRep[1].key, QStringLiteral("mara"));
        QCOMPARE(f.byRep[1].reached[0], 3);
        QCOMPARE(f.byCampaign.size(), 2);
        QCOMPARE(f.byCampaign[1].key, QStringLiteral("spring"));
        QCOMPARE(f.byWeek.size(), 2);
        QCOMPARE(f.byWeek[0].key, QStringLiteral("2026-03-02"));
        QCOMPARE(f.byWeek[0].reached[0], 3);
        QCOMPARE(f.byWeek[1].key, QStringLiteral("2026-03-09"));
        QCOMPARE(f.byWeek[1].reached[1], 1);
    }

    void stageTimesAndSpeed()
    {
        const DashboardFigures f = figures(period());
        QHash<QString, StageTimeFigure> stages;
        for (const StageTimeFigure& stage : f.stageTimes)
            stages.insert(stage.stage, stage);
        // new: 2 h (L1), 1 h (L2, L3, L4): median 1, p90 2.
        QCOMPARE(stages[QStringLiteral("new")].stays, 4);
        QCOMPARE(stages[QStringLiteral("new")].medianHours, 1);
        QCOMPARE(stages[QStringLiteral("new")].p90Hours, 2);
        // working: 24 (L1), 24 (L2), 23 and 24 (L3 twice), 23 (L4; its second stay is still
        // open): 23, 23, 24, 24, 24, median and p90 24.
        QCOMPARE(stages[QStringLiteral("working")].stays, 5);
        QCOMPARE(stages[QStringLiteral("working")].medianHours, 24);
        QCOMPARE(stages[QStringLiteral("working")].p90Hours, 24);
        QCOMPARE(stages[QStringLiteral("nurture")].medianHours, 240); // ten days
        QCOMPARE(stages[QStringLiteral("disqualified")].p90Hours, 48);
        QCOMPARE(stages[QStringLiteral("sql")].stays, 2);
        QCOMPARE(stages[QStringLiteral("handed_off")].stays, 0);
        QCOMPARE(stages[QStringLiteral("handed_off")].medianHours, -1);
        // First calls after 30 min (L1), 5 h (L2, over the 4 h SLA), 1 h (L4); L3 never.
        QCOMPARE(f.speed.called, 3);
        QCOMPARE(f.speed.notCalled, 1);
        QCOMPARE(f.speed.withinSla.numerator, 2);
        QCOMPARE(f.speed.withinSla.denominator, 3);
        QCOMPARE(f.speed.medianMinutes, 60);
        QCOMPARE(f.speed.p90Minutes, 300);
    }

    void callsQuadrantsGrades()
    {
        const DashboardFigures f = figures(period());
        QCOMPARE(f.calls.size(), 3); // L5's call was before the period
        QCOMPARE(f.calls[0].rep, QStringLiteral("mara"));
        QCOMPARE(f.calls[0].outcome, QStringLiteral("connected"));
        QCOMPARE(f.calls[2].day, QDate(2026, 3, 9));
        QCOMPARE(f.calls[2].rep, QStringLiteral("tom"));
        // Open leads: L3 (sales_ready) and L4 (not scored); L1 and L2 are handed off.
        QCOMPARE(f.quadrants.size(), 2);
        QCOMPARE(f.quadrants[0].key, QString());
        QCOMPARE(f.quadrants[1].key, QStringLiteral("sales_ready"));
        QCOMPARE(f.quadrants[1].count, 1);
        QCOMPARE(f.grades.size(), 3);
        QCOMPARE(f.grades[0].count, 1); // L4 without a grade
        QCOMPARE(f.grades[2].key, QStringLiteral("B"));
        QCOMPARE(f.grades[2].count, 2);
    }

    void filtersAndEmptyPeriods()
    {
        DashboardFilter unknownSource = period();
        unknownSource.source = QString();
        QCOMPARE(figures(unknownSource).leads, 1);
        DashboardFilter noOwner = period();
        noOwner.repId = 0;
        const DashboardFigures owned = figures(noOwner);
        QCOMPARE(owned.leads, 1);
        QCOMPARE(owned.calls.size(), 0); // no call without a rep
        DashboardFilter all;
        QCOMPARE(figures(all).leads, 5);
        DashboardFilter empty;
        empty.from = QDate(2025, 1, 1);
        empty.to = QDate(2025, 1, 31);
        const DashboardFigures none = figures(empty);
        QCOMPARE(none.leads, 0);
        QCOMPARE(none.everReached[1].fromPrevious.denominator, 0);
        QVERIFY(none.everReached[1].fromPrevious.tooFew);
        QVERIFY(none.bySource.isEmpty());
        QCOMPARE(none.speed.medianMinutes, -1);
        QCOMPARE(none.stageTimes.size(), 7);
    }

    void leadsBehindEachFigure()
    {
        const DashboardFilter filter = period();
        using Kind = DashboardSelection::Kind;
        QCOMPARE(DashboardLeads::ids(store(), filter, {Kind::EverReached, {}, 2}),
                 ids({"L1", "L2", "L3"}));
        QCOMPARE(DashboardLeads::ids(store(), filter, {Kind::InOrder, {}, 2}), ids({"L1", "L3"}));
        QCOMPARE(DashboardLeads::ids(store(), filter, {Kind::Source, QString(), 0}), ids({"L3"}));
        QCOMPARE(DashboardLeads::ids(store(), filter, {Kind::Rep, QStringLiteral("0"), 0}),
                 ids({"L4"}));
        QCOMPARE(
            DashboardLeads::ids(store(), filter, {Kind::Week, QStringLiteral("2026-03-02"), 1}),
            ids({"L1", "L2", "L3"}));
        QCOMPARE(DashboardLeads::ids(store(), filter, {Kind::WithinSla, {}, 0}), ids({"L1", "L4"}));
        QCOMPARE(DashboardLeads::ids(store(), filter, {Kind::NotCalled, {}, 0}), ids({"L3"}));
        QCOMPARE(DashboardLeads::ids(store(), filter,
                                     {Kind::Quadrant, QStringLiteral("sales_ready"), 0}),
                 ids({"L3"}));
        // Every funnel step's list is as long as its bar.
        const DashboardFigures f = figures(filter);
        for (int step = 0; step < funnelSteps; ++step) {
            QCOMPARE(DashboardLeads::ids(store(), filter, {Kind::EverReached, {}, step}).size(),
                     f.everReached[step].count);
            QCOMPARE(DashboardLeads::ids(store(), filter, {Kind::InOrder, {}, step}).size(),
                     f.inOrder[step].count);
        }
    }

    void erasingAndChangingKeepsRollupsEqual()
    {
        // A stage change through the repository, then an erasure by plain DELETE (the cascade).
        LeadRepository(store()).changeStage(m_ids.value(QStringLiteral("L4")), Stage::Mql,
                                            QStringLiteral("tom"));
        QCOMPARE(figures(period()).everReached[2].count, 4);
        Sql::exec(store().db(), QStringLiteral("DELETE FROM leads WHERE id = ?"),
                  {m_ids.value(QStringLiteral("L1"))});
        const DashboardFigures f = figures(period());
        QCOMPARE(f.leads, 3);
        QCOMPARE(f.everReached[4].count, 1);
    }

    void reportCommand()
    {
        const QString db = m_fixture->path();
        m_fixture->close();
        const QString home = m_fixture->dir() + QStringLiteral("/home");
        const CliRun json = CliRun::run({QStringLiteral("report"), QStringLiteral("--db"), db,
                                         QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                                         QStringLiteral("--to"), QStringLiteral("2026-03-15"),
                                         QStringLiteral("--json")},
                                        home);
        QCOMPARE(json.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root[u"leads"].toInt(), 4);
        QCOMPARE(root[u"funnel"][u"in_order"].toArray()[2][u"count"].toInt(), 2);
        QCOMPARE(root[u"speed_to_lead"][u"within_sla"][u"numerator"].toInt(), 2);
        const QString csv = m_fixture->dir() + QStringLiteral("/csv");
        const CliRun text =
            CliRun::run({QStringLiteral("report"), QStringLiteral("--db"), db,
                         QStringLiteral("--source"), QString(), QStringLiteral("--csv"), csv},
                        home);
        QCOMPARE(text.code, 0);
        QVERIFY(text.outText().contains(QStringLiteral("1 lead")));
        QCOMPARE(QDir(csv).entryList({QStringLiteral("*.csv")}).size(), 10);
        if (!db.contains(QStringLiteral("://"))) { // a store file (a server has none to hit)
            // A figure's file that is the store itself (here a link named like one) is refused
            // before any file is written, and the store stays a store.
            const QString trap = m_fixture->dir() + QStringLiteral("/trap");
            QVERIFY(QDir().mkpath(trap));
            QVERIFY(QFile::link(db, trap + QStringLiteral("/funnel.csv")));
            const QByteArray storeBefore = [&] {
                QFile file(db);
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            }();
            const CliRun intoStore = CliRun::run({QStringLiteral("report"), QStringLiteral("--db"),
                                                  db, QStringLiteral("--csv"), trap},
                                                 home);
            QCOMPARE(intoStore.code, 1);
            QVERIFY2(intoStore.errText().contains(QStringLiteral("funnel.csv")),
                     qPrintable(intoStore.errText()));
            QCOMPARE(QDir(trap).entryList(QDir::Files).size(), 1);
            QFile after(db);
            QVERIFY(after.open(QIODevice::ReadOnly));
            QCOMPARE(after.readAll(), storeBefore);
        }
        const CliRun badDate = CliRun::run({QStringLiteral("report"), QStringLiteral("--db"), db,
                                            QStringLiteral("--from"), QStringLiteral("March")},
                                           home);
        QCOMPARE(badDate.code, 2);
        QVERIFY(badDate.errText().contains(QStringLiteral("--from")));
        const CliRun badRep = CliRun::run({QStringLiteral("report"), QStringLiteral("--db"), db,
                                           QStringLiteral("--rep"), QStringLiteral("nobody")},
                                          home);
        QCOMPARE(badRep.code, 2);
        QVERIFY(badRep.errText().contains(QStringLiteral("--rep")));
        const CliRun badSource = CliRun::run({QStringLiteral("report"), QStringLiteral("--db"), db,
                                              QStringLiteral("--source"), QStringLiteral("fax")},
                                             home);
        QCOMPARE(badSource.code, 2);
        QVERIFY(badSource.errText().contains(QStringLiteral("--source")));
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
