#include "HandoffFixture.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "handoff/HandoffService.h"
#include "items/HandoffBatchModel.h"
#include "items/HandoffReadyModel.h"
#include "support/Clock.h"

#include <QAbstractItemModelTester>
#include <QTest>

/// The item models of the handoff page: the ready list and the batch history.
class TestHandoffModels : public QObject
{
    Q_OBJECT

    static QList<qint64> idsIn(const HandoffReadyModel& model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.leadId(row));
        return ids;
    }

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)); }
    void cleanup() { Clock::reset(); }

    void theReadyListShowsTheQualificationSummary()
    {
        TestStore fixture;
        const QList<qint64> ready = HandoffFixture::addReadyLeads(
            fixture.store(),
            {HandoffFixture::varied(0), HandoffFixture::varied(1), HandoffFixture::varied(2)});
        LeadRepository leads(fixture.store());
        const qint64 mql = leads.create(
            sampleLead(QStringLiteral("Not"), QStringLiteral("Yet"), QStringLiteral("Later AG")),
            QStringLiteral("mara"));
        leads.changeStage(mql, Stage::Mql, QStringLiteral("mara"));

        HandoffReadyModel model(fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(HandoffReadyModel::ColumnCount));
        QCOMPARE(idsIn(model), ready);
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, HandoffReadyModel::Name), QStringLiteral("Jörg Müller, jr."));
        QCOMPARE(text(0, HandoffReadyModel::Budget), QStringLiteral("Approved"));
        QCOMPARE(text(0, HandoffReadyModel::Authority), QStringLiteral("Decision maker"));
        QCOMPARE(text(0, HandoffReadyModel::Need), QStringLiteral("Urgent"));
        QCOMPARE(text(0, HandoffReadyModel::Timing), QStringLiteral("Within 3 months"));
        QCOMPARE(text(0, HandoffReadyModel::Phase), QStringLiteral("Purchase"));
        QCOMPARE(text(0, HandoffReadyModel::DecisionMaker), QStringLiteral("Confirmed"));
        QCOMPARE(text(0, HandoffReadyModel::Grade), QStringLiteral("A"));
        QCOMPARE(text(0, HandoffReadyModel::Rep), QStringLiteral("mara"));
        QVERIFY(!text(0, HandoffReadyModel::SalesReadySince).isEmpty());
        // No qualification row yet: the answers read "Unknown", not blank.
        QCOMPARE(text(2, HandoffReadyModel::Budget), QStringLiteral("Unknown"));
        QCOMPARE(text(2, HandoffReadyModel::DecisionMaker), QStringLiteral("Not confirmed"));
        QCOMPARE(model.headerData(HandoffReadyModel::Budget, Qt::Horizontal).toString(),
                 QStringLiteral("Budget"));

        HandoffService(fixture.store())
            .handOff({fixture.dir() + QStringLiteral("/a.csv"),
                      {},
                      {ready.at(1)},
                      false,
                      QStringLiteral("lena")});
        model.reload();
        QCOMPARE(idsIn(model), QList<qint64>({ready.at(0), ready.at(2)}));
        QCOMPARE(model.handedOffBefore(0), QString());

        // Sent back to `sql` by sales: hidden unless asked for, then shown with its batch.
        Clock::advance(60);
        leads.changeStage(ready.at(1), Stage::Sql, QStringLiteral("mara"));
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        model.setIncludeHandedOffBefore(true);
        QCOMPARE(idsIn(model), QList<qint64>({ready.at(0), ready.at(2), ready.at(1)}));
        QCOMPARE(model.handedOffBefore(2), QStringLiteral("HO-20261123-001"));
    }

    void theReadyListFetchesLazily()
    {
        TestStore fixture;
        QList<ReadyLead> many;
        for (int i = 0; i < 700; ++i)
            many.append(HandoffFixture::plain(i));
        HandoffFixture::addReadyLeads(fixture.store(), many);
        HandoffReadyModel model(fixture.store());
        if (fixture->isSqlite()) { // PostgreSQL's driver hands over the whole result at once
            QVERIFY(model.rowCount() < 700); // (the model tester below fetches on its own)
            QVERIFY(model.canFetchMore(QModelIndex()));
        }
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 700);
    }

    void theHistoryListsBatchesNewestFirst()
    {
        TestStore fixture;
        HandoffBatchModel model(fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        HandoffService service(fixture.store());
        HandoffFixture::addReadyLeads(fixture.store(),
                                      {HandoffFixture::plain(1), HandoffFixture::plain(2)});
        const HandoffResult first = service.handOff(
            {fixture.dir() + QStringLiteral("/1.csv"), {}, {}, false, QStringLiteral("lena")});
        Clock::advance(3600);
        HandoffFixture::addReadyLead(fixture.store(), HandoffFixture::plain(3));
        const HandoffResult second = service.handOff({fixture.dir() + QStringLiteral("/2.xlsx"),
                                                      {HandoffFormat::Xlsx},
                                                      {},
                                                      false,
                                                      QStringLiteral("tom")});
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(model.batchId(0), second.batchId);
        QCOMPARE(text(0, HandoffBatchModel::Code), second.batchCode);
        QCOMPARE(text(0, HandoffBatchModel::Rep), QStringLiteral("tom"));
        QCOMPARE(text(0, HandoffBatchModel::Leads), QStringLiteral("1"));
        QCOMPARE(text(0, HandoffBatchModel::Format), QStringLiteral("XLSX"));
        QCOMPARE(text(1, HandoffBatchModel::Code), first.batchCode);
        QCOMPARE(text(1, HandoffBatchModel::Leads), QStringLiteral("2"));
        QCOMPARE(text(1, HandoffBatchModel::File), fixture.dir() + QStringLiteral("/1.csv"));
        QCOMPARE(model.rowOf(first.batchId), 1);
        QCOMPARE(model.rowOf(999), -1);
        QCOMPARE(model.headerData(HandoffBatchModel::Code, Qt::Horizontal).toString(),
                 QStringLiteral("Batch"));
    }
};

QTEST_GUILESS_MAIN(TestHandoffModels)
#include "tst_handoffmodels.moc"
