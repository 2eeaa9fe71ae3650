#include "HandoffExpectations.h"
#include "HandoffFixture.h"
#include "TestStore.h"
#include "dashboard/DashboardRollups.h"
#include "domain/LeadRepository.h"
#include "handoff/HandoffColumns.h"
#include "handoff/HandoffService.h"
#include "support/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

/// The handoff's rules: what is ready, what a handoff records, that nothing is handed off twice
/// by accident, and that a batch exports again identically without changing anything.
class TestHandoffService : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static HandoffRequest request(const QString& path, QList<qint64> ids = {}, bool again = false,
                                  HandoffFileOptions options = {})
    {
        return {path, options, std::move(ids), again, QStringLiteral("lena")};
    }

    static QList<ReadyLead> plainLeads(int count, int first = 0)
    {
        QList<ReadyLead> leads;
        for (int i = first; i < first + count; ++i)
            leads.append(HandoffFixture::plain(i));
        return leads;
    }

private slots:
    void init() { Clock::setFixed(m_now); }
    void cleanup() { Clock::reset(); }

    void readyMeansSqlAndNeverHandedOff()
    {
        TestStore fixture;
        LeadRepository leads(fixture.store());
        const QList<qint64> ready = HandoffFixture::addReadyLeads(fixture.store(), plainLeads(3));
        for (Stage stage :
             {Stage::New, Stage::Working, Stage::Mql, Stage::Nurture, Stage::Disqualified}) {
            const qint64 id = leads.create(
                sampleLead(QStringLiteral("Other"), keyOf(stage), QStringLiteral("Elsewhere")),
                QStringLiteral("mara"));
            if (stage != Stage::New)
                leads.changeStage(id, stage, QStringLiteral("mara"));
        }
        HandoffService service(fixture.store());
        QCOMPARE(service.readyLeadIds(), ready);
        // Handed off, then sent back to `sql` by sales: not ready again by accident.
        service.handOff(request(fixture.dir() + QStringLiteral("/one.csv"), {ready.at(1)}));
        leads.changeStage(ready.at(1), Stage::Sql, QStringLiteral("mara"));
        QCOMPARE(service.readyLeadIds(), QList<qint64>({ready.at(0), ready.at(2)}));
    }

    void aHandoffMarksTheLeadsAndKeepsTheBatch()
    {
        TestStore fixture;
        const QList<qint64> ids = HandoffFixture::addReadyLeads(
            fixture.store(),
            {HandoffFixture::varied(0), HandoffFixture::varied(1), HandoffFixture::varied(2)});
        const QString path = fixture.dir() + QStringLiteral("/batch.csv");
        const HandoffResult result = HandoffService(fixture.store()).handOff(request(path));
        QCOMPARE(result.batchCode, QStringLiteral("HO-20261123-001"));
        QCOMPARE(result.filePath, path);

        LeadRepository leads(fixture.store());
        for (qint64 id : ids) {
            QCOMPARE(leads.find(id)->stage, Stage::HandedOff);
            const StageChange last = leads.stageHistory(id).last();
            QCOMPARE(last.fromStage, QStringLiteral("sql"));
            QCOMPARE(last.toStage, QStringLiteral("handed_off"));
            QCOMPARE(last.repName, QStringLiteral("lena"));
            QCOMPARE(last.changedAt, m_now.toSecsSinceEpoch());
            QVERIFY(last.note.contains(result.batchCode));
        }
        HandoffBatches batches(fixture.store());
        const auto batch = batches.find(result.batchId);
        QVERIFY(batch);
        QCOMPARE(batch->code, result.batchCode);
        QCOMPARE(batch->createdAt, m_now.toSecsSinceEpoch());
        QCOMPARE(batch->repName, QStringLiteral("lena"));
        QCOMPARE(batch->filePath, path);
        QCOMPARE(batch->format, QStringLiteral("csv"));
        QCOMPARE(batch->leadCount, 3);
        QCOMPARE(batch->layout.columns.size(), HandoffColumns::all().size());
        QCOMPARE(batch->layout.columns.first().header, QStringLiteral("Lead ID"));
        QCOMPARE(batches.findByCode(result.batchCode)->id, result.batchId);

        // Each row's snapshot holds exactly the values written, in file order.
        const QList<HandoffRow> rows = batches.rows(result.batchId, batch->layout);
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rows.at(i).leadId, ids.at(i));
            const auto expected =
                HandoffExpectations::cells(fixture.store(), ids.at(i), m_now.toSecsSinceEpoch());
            QCOMPARE(rows.at(i).cells.size(), expected.size());
            for (qsizetype c = 0; c < batch->layout.columns.size(); ++c) {
                const QString key = batch->layout.columns.at(c).key;
                QVERIFY2(rows.at(i).cells.at(c) == expected.value(key), qPrintable(key));
            }
        }
        const QJsonDocument stored = QJsonDocument::fromJson(
            Sql::scalar(fixture->db(),
                        QStringLiteral("SELECT snapshot FROM handoff_items WHERE lead_id = ?"),
                        {ids.at(0)})
                .toByteArray());
        QCOMPARE(stored.object().value(QStringLiteral("company")).toString(),
                 HandoffFixture::varied(0).lead.company);
        QCOMPARE(Sql::scalar(fixture->db(),
                             QStringLiteral("SELECT position FROM handoff_items WHERE lead_id = ?"),
                             {ids.at(2)})
                     .toInt(),
                 3);
    }

    void aSecondExportWithoutNewReadyLeadsHandsOffNothing()
    {
        TestStore fixture;
        HandoffFixture::addReadyLeads(fixture.store(), plainLeads(4));
        HandoffService service(fixture.store());
        QCOMPARE(service.handOff(request(fixture.dir() + QStringLiteral("/first.csv"))).leadCount,
                 4);
        const QString digest = HandoffFixture::storeDigest(fixture.store());
        const QString second = fixture.dir() + QStringLiteral("/second.csv");
        const HandoffResult nothing = service.handOff(request(second));
        QCOMPARE(nothing.leadCount, 0);
        QCOMPARE(nothing.batchId, 0);
        QVERIFY(!QFile::exists(second));
        QCOMPARE(HandoffFixture::storeDigest(fixture.store()), digest);
        QCOMPARE(HandoffBatches(fixture.store()).count(), 1);

        // One new sales-ready lead: the next handoff has exactly that one.
        const qint64 fresh =
            HandoffFixture::addReadyLead(fixture.store(), HandoffFixture::plain(9));
        const HandoffResult next = service.handOff(request(second));
        QCOMPARE(next.leadCount, 1);
        HandoffBatches batches(fixture.store());
        QCOMPARE(batches.rows(next.batchId, batches.find(next.batchId)->layout).first().leadId,
                 fresh);
        QCOMPARE(next.batchCode, QStringLiteral("HO-20261123-002"));
    }

    void exportingABatchAgainIsIdenticalAndChangesNothing_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("csv ,") << "csv"
                               << ",";
        QTest::newRow("csv ;") << "csv"
                               << ";";
        QTest::newRow("xlsx") << "xlsx"
                              << ",";
    }

    void exportingABatchAgainIsIdenticalAndChangesNothing()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, delimiter);
        TestStore fixture;
        QList<ReadyLead> leads;
        for (int i = 0; i < 8; ++i)
            leads.append(HandoffFixture::varied(i));
        const QList<qint64> ids = HandoffFixture::addReadyLeads(fixture.store(), leads);
        const HandoffFileOptions options{*HandoffFormats::fromKey(suffix), delimiter.at(0)};
        const QString original = fixture.dir() + QStringLiteral("/original.") + suffix;
        HandoffService service(fixture.store());
        const HandoffResult result = service.handOff(request(original, {}, false, options));

        // Later: the leads change, time moves on, another batch is made.
        Clock::advance(3 * 86400 + 17);
        Sql::exec(fixture->db(),
                  QStringLiteral("UPDATE leads SET company = 'Renamed' WHERE id = ?"),
                  {ids.first()});
        HandoffFixture::addReadyLead(fixture.store(), HandoffFixture::plain(99));
        service.handOff(
            request(fixture.dir() + QStringLiteral("/other.") + suffix, {}, false, options));

        const QString digest = HandoffFixture::storeDigest(fixture.store());
        const QString again = fixture.dir() + QStringLiteral("/again.") + suffix;
        const HandoffResult exported = service.exportAgain(result.batchId, again, options);
        QCOMPARE(exported.batchId, result.batchId);
        QCOMPARE(exported.leadCount, 8);
        QCOMPARE(HandoffFixture::storeDigest(fixture.store()), digest);
        const QByteArray first = bytesOf(original), second = bytesOf(again);
        QVERIFY(first.size() > 1000);
        QVERIFY2(first == second, "the export again differs from the original file");
        // Exporting over the original name replaces it with the same bytes.
        service.exportAgain(result.batchId, original, options);
        QCOMPARE(bytesOf(original), first);
    }

    void exportingAgainHonoursDoNotContactSetSince()
    {
        TestStore fixture;
        const QList<qint64> ids = HandoffFixture::addReadyLeads(fixture.store(), plainLeads(3));
        HandoffService service(fixture.store());
        const HandoffResult result =
            service.handOff(request(fixture.dir() + QStringLiteral("/first.csv")));
        HandoffBatches batches(fixture.store());
        const HandoffLayout layout = batches.find(result.batchId)->layout;
        const QList<HandoffRow> before = batches.rows(result.batchId, layout);
        // Later the first lead asks not to be called, the second not to be e-mailed.
        Sql::exec(fixture->db(), QStringLiteral("UPDATE leads SET do_not_call = 1 WHERE id = ?"),
                  {ids.at(0)});
        Sql::exec(fixture->db(), QStringLiteral("UPDATE leads SET do_not_email = 1 WHERE id = ?"),
                  {ids.at(1)});
        const QList<HandoffRow> after = batches.rows(result.batchId, layout);
        QCOMPARE(after.size(), before.size());
        int checked = 0;
        for (qsizetype c = 0; c < layout.columns.size(); ++c) {
            const QString key = layout.columns.at(c).key;
            const bool phone = key == QLatin1String("phone") || key == QLatin1String("phone_e164");
            const bool email = key == QLatin1String("email");
            if (!phone && !email)
                continue;
            ++checked;
            const auto rowOf = [&](qint64 id) {
                for (const HandoffRow& row : after)
                    if (row.leadId == id)
                        return row;
                return HandoffRow{};
            };
            QVERIFY(!before.at(0).cells.at(c).toString().isEmpty());
            QCOMPARE(rowOf(ids.at(0)).cells.at(c).isNull(), phone);
            QCOMPARE(rowOf(ids.at(1)).cells.at(c).isNull(), email);
            QVERIFY(!rowOf(ids.at(2)).cells.at(c).isNull()); // unchanged lead: as handed over
        }
        QVERIFY(checked >= 2);
    }

    void aBatchExportsAgainInTheOtherFormat()
    {
        TestStore fixture;
        HandoffFixture::addReadyLeads(fixture.store(), plainLeads(2));
        HandoffService service(fixture.store());
        const HandoffResult result =
            service.handOff(request(fixture.dir() + QStringLiteral("/a.csv")));
        const QString xlsx = fixture.dir() + QStringLiteral("/a.xlsx");
        QCOMPARE(service.exportAgain(result.batchId, xlsx, {HandoffFormat::Xlsx}).format,
                 HandoffFormat::Xlsx);
        QVERIFY(bytesOf(xlsx).startsWith("PK"));
        QVERIFY_THROWS_EXCEPTION(HandoffError, service.exportAgain(result.batchId + 40, xlsx, {}));
    }

    void aSelectionHandsOffOnlyThoseLeads()
    {
        TestStore fixture;
        const QList<qint64> ids = HandoffFixture::addReadyLeads(fixture.store(), plainLeads(5));
        HandoffService service(fixture.store());
        const HandoffResult result = service.handOff(request(
            fixture.dir() + QStringLiteral("/some.csv"), {ids.at(3), ids.at(1), ids.at(3)}));
        QCOMPARE(result.leadCount, 2);
        HandoffBatches batches(fixture.store());
        const QList<HandoffRow> rows =
            batches.rows(result.batchId, batches.find(result.batchId)->layout);
        QCOMPARE(rows.at(0).leadId, ids.at(3)); // the order chosen, duplicates once
        QCOMPARE(rows.at(1).leadId, ids.at(1));
        QCOMPARE(service.readyLeadIds(), QList<qint64>({ids.at(0), ids.at(2), ids.at(4)}));
    }

    void handingOffTwiceNeedsToBeAskedFor()
    {
        TestStore fixture;
        const QList<qint64> ids = HandoffFixture::addReadyLeads(fixture.store(), plainLeads(3));
        HandoffService service(fixture.store());
        const HandoffResult first =
            service.handOff(request(fixture.dir() + QStringLiteral("/first.csv"), {ids.at(0)}));
        const QString digest = HandoffFixture::storeDigest(fixture.store());
        const QString path = fixture.dir() + QStringLiteral("/twice.csv");
        try {
            service.handOff(request(path, {ids.at(1), ids.at(0)}));
            QFAIL("a lead was handed off twice without being asked for");
        } catch (const HandoffError& error) {
            QCOMPARE(error.kind(), HandoffError::Kind::AlreadyHandedOff);
            QVERIFY2(error.message().contains(first.batchCode), qPrintable(error.message()));
            QVERIFY(error.message().contains(QString::number(ids.at(0))));
        }
        QCOMPARE(HandoffFixture::storeDigest(fixture.store()), digest);
        QVERIFY(!QFile::exists(path));

        const HandoffResult again = service.handOff(request(path, {ids.at(1), ids.at(0)}, true));
        QCOMPARE(again.leadCount, 2);
        const StageChange last = LeadRepository(fixture.store()).stageHistory(ids.at(0)).last();
        QCOMPARE(last.fromStage, QStringLiteral("handed_off"));
        QCOMPARE(last.toStage, QStringLiteral("handed_off"));
        QVERIFY(last.note.contains(again.batchCode));
        QCOMPARE(HandoffBatches(fixture.store()).lastBatchOf(ids.at(0))->id, again.batchId);
    }

    void onlySalesReadyLeadsAreHandedOff()
    {
        TestStore fixture;
        const QList<qint64> ids = HandoffFixture::addReadyLeads(fixture.store(), plainLeads(2));
        LeadRepository leads(fixture.store());
        leads.changeStage(ids.at(1), Stage::Nurture, QStringLiteral("mara"));
        HandoffService service(fixture.store());
        const QString digest = HandoffFixture::storeDigest(fixture.store());
        for (bool again : {false, true}) {
            try {
                service.handOff(request(fixture.dir() + QStringLiteral("/x.csv"), ids, again));
                QFAIL("a nurture lead was handed off");
            } catch (const HandoffError& error) {
                QCOMPARE(error.kind(), HandoffError::Kind::NotReady);
                QVERIFY2(error.message().contains(QLatin1String("stage Nurture")),
                         qPrintable(error.message()));
            }
        }
        try {
            service.handOff(request(fixture.dir() + QStringLiteral("/x.csv"), {ids.at(0), 4242}));
            QFAIL("a missing lead was accepted");
        } catch (const HandoffError& error) {
            QVERIFY(error.message().contains(QLatin1String("4242 no longer exists")));
        }
        QCOMPARE(HandoffFixture::storeDigest(fixture.store()), digest);
        QVERIFY(!QFile::exists(fixture.dir() + QStringLiteral("/x.csv")));
    }

    void batchCodesCountPerDayAndHistoryIsNewestFirst()
    {
        TestStore fixture;
        HandoffService service(fixture.store());
        QStringList codes;
        for (int day = 0; day < 2; ++day)
            for (int n = 0; n < 2; ++n) {
                HandoffFixture::addReadyLead(fixture.store(), HandoffFixture::plain(day * 10 + n));
                codes.append(service
                                 .handOff(request(fixture.dir() +
                                                      QStringLiteral("/b%1%2.xlsx").arg(day).arg(n),
                                                  {}, false, {HandoffFormat::Xlsx}))
                                 .batchCode);
                Clock::advance(3600);
            }
        QCOMPARE(
            codes,
            QStringList({QStringLiteral("HO-20261123-001"), QStringLiteral("HO-20261123-002"),
                         QStringLiteral("HO-20261123-003"), QStringLiteral("HO-20261123-004")}));
        Clock::setFixed(m_now.addDays(1));
        HandoffFixture::addReadyLead(fixture.store(), HandoffFixture::plain(50));
        const HandoffResult tomorrow =
            service.handOff(request(fixture.dir() + QStringLiteral("/tomorrow.csv")));
        QCOMPARE(tomorrow.batchCode, QStringLiteral("HO-20261124-001"));
        const QList<HandoffBatch> all = HandoffBatches(fixture.store()).all();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first().code, tomorrow.batchCode);
        QCOMPARE(all.last().code, codes.first());
        QCOMPARE(all.at(1).format, QStringLiteral("xlsx"));
    }

    void progressRunsUpToAHundred()
    {
        TestStore fixture;
        HandoffFixture::addReadyLeads(fixture.store(), plainLeads(1200));
        QList<int> seen;
        HandoffService(fixture.store())
            .handOff(request(fixture.dir() + QStringLiteral("/p.csv")), [&](int percent) {
                seen.append(percent);
                return true;
            });
        QVERIFY(seen.size() > 5);
        QCOMPARE(seen.last(), 100);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i) >= seen.at(i - 1));
    }

    void aHandoffKeepsTheDashboardEqualToTheScan()
    {
        // A selected part of a batch, leads of two campaigns and days: the handoff brings the
        // dashboard's roll-ups up to date set-based, and they give what a scan gives.
        TestStore fixture;
        QList<ReadyLead> leads = plainLeads(70);
        for (int i = 0; i < leads.size(); i += 3)
            leads[i].lead.campaign = QStringLiteral("Trade fair");
        const QList<qint64> ids = HandoffFixture::addReadyLeads(fixture.store(), leads);
        Clock::advance(86400);
        HandoffFixture::addReadyLeads(fixture.store(), plainLeads(4, 100));
        const QList<qint64> chosen = ids.mid(5, 40) + QList<qint64>{ids.last()};
        const HandoffResult result =
            HandoffService(fixture.store())
                .handOff(request(fixture.dir() + QStringLiteral("/s.csv"), chosen));
        QCOMPARE(result.leadCount, chosen.size());
        DashboardFilter trade;
        trade.campaign = QStringLiteral("Trade fair");
        for (const DashboardFilter& filter : {DashboardFilter(), trade}) {
            const DashboardFigures scan = DashboardScan(fixture.store()).figures(filter);
            const DashboardRollups rollups(fixture.store());
            QVERIFY(rollups.figures(filter, DashboardRollups::Level::First) == scan);
            QVERIFY(rollups.figures(filter) == scan);
        }
        const DashboardFigures all = DashboardScan(fixture.store()).figures({});
        QCOMPARE(all.everReached[funnelSteps - 1].count, chosen.size()); // handed off
    }

    void layoutsFromOtherWritersAreRead()
    {
        const HandoffLayout keys = HandoffLayout::fromJson(QStringLiteral("[\"name\",\"score\"]"));
        QCOMPARE(keys.columns.size(), 2);
        QCOMPARE(keys.columns.at(1).header, QStringLiteral("Score"));
        QCOMPARE(keys.columns.at(1).kind, CellKind::Integer);
        const HandoffLayout ours = HandoffLayout::current(
            {HandoffColumn::Email, HandoffColumn::BudgetAmount}, QLatin1Char(';'));
        const HandoffLayout back = HandoffLayout::fromJson(ours.toJson());
        QCOMPARE(back.columns, ours.columns);
        QCOMPARE(back.delimiter, QLatin1Char(';'));
        QCOMPARE(back.sheetName, ours.sheetName);
    }
};

QTEST_GUILESS_MAIN(TestHandoffService)
#include "tst_handoffservice.moc"
