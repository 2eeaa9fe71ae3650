#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "leads/LeadIntake.h"
#include "team/RoundRobin.h"

#include <QTest>

namespace {

qint64 addRep(Store& store, const QString& name, int weight, bool absent)
{
    const qint64 id = Reps::idFor(store, name);
    Sql::exec(store.db(), QStringLiteral("UPDATE reps SET weight = ?, absent = ? WHERE id = ?"),
              {weight, absent ? 1 : 0, id});
    return id;
}

/// `count` new leads entered through LeadIntake (as the dialog, add-lead and imports do).
void enterLeads(Store& store, int first, int count)
{
    QList<LeadDraft> drafts;
    for (int i = first; i < first + count; ++i)
        drafts.append(LeadDraft()
                          .set(LeadField::FirstName, QStringLiteral("Person"))
                          .set(LeadField::LastName, QStringLiteral("Number %1").arg(i))
                          .set(LeadField::Email, QStringLiteral("person%1@day.example").arg(i)));
    IntakeOptions options;
    options.allowDuplicate = true;
    for (const IntakeResult& result :
         LeadIntake(store, QStringLiteral("Ada")).createAll(drafts, options))
        QVERIFY(result.created());
}

int ownedBy(Store& store, qint64 repId)
{
    return Sql::scalar(store.db(),
                       QStringLiteral("SELECT count(*) FROM leads WHERE owner_id = ?"
                                      " AND assigned_at IS NOT NULL"),
                       {repId})
        .toInt();
}

} // namespace

/// New leads assigned by weighted round robin: shares by weight, none to an absent rep, the same
/// across restarts and two clients.
class TestRoundRobin : public QObject
{
    Q_OBJECT

private slots:
    void offUntilATeamLeadSwitchesItOn()
    {
        TestStore fixture;
        addRep(fixture.store(), QStringLiteral("Ada"), 1, false);
        QVERIFY(!RoundRobin::isOn(fixture.store()));
        enterLeads(fixture.store(), 0, 3);
        QCOMPARE(Sql::scalar(fixture->db(),
                             QStringLiteral("SELECT count(*) FROM leads WHERE owner_id IS NULL"))
                     .toInt(),
                 3);
    }

    void aDayOfNewLeadsFollowsTheWeights()
    {
        TestStore fixture;
        const qint64 ada = addRep(fixture.store(), QStringLiteral("Ada"), 1, false);
        const qint64 ben = addRep(fixture.store(), QStringLiteral("Ben"), 2, false);
        const qint64 cem = addRep(fixture.store(), QStringLiteral("Cem"), 3, false);
        const qint64 dora = addRep(fixture.store(), QStringLiteral("Dora"), 2, true);
        RoundRobin::setOn(fixture.store(), true);
        // Two clients take turns with batches; halfway through the day the first one restarts.
        for (int batch = 0; batch < 10; ++batch) {
            if (batch == 5)
                fixture.reopen();
            const std::unique_ptr<Store> other = Store::open(fixture.path());
            enterLeads(batch % 2 ? *other : fixture.store(), batch * 100, 100);
        }
        const QList<QPair<qint64, int>> weights{{ada, 1}, {ben, 2}, {cem, 3}};
        int total = 0;
        for (const auto& [rep, weight] : weights) {
            const int got = ownedBy(fixture.store(), rep);
            const double share = 1000.0 * weight / 6.0;
            QVERIFY2(
                std::abs(got - share) <= 1.0,
                qPrintable(
                    QStringLiteral("rep %1: %2 leads, share %3").arg(rep).arg(got).arg(share)));
            total += got;
        }
        QCOMPARE(total, 1000);
        QCOMPARE(ownedBy(fixture.store(), dora), 0);
    }

    void anOwnerGivenIsKept()
    {
        TestStore fixture;
        addRep(fixture.store(), QStringLiteral("Ada"), 1, false);
        const qint64 ben = addRep(fixture.store(), QStringLiteral("Ben"), 5, false);
        RoundRobin::setOn(fixture.store(), true);
        const IntakeResult result =
            LeadIntake(fixture.store(), QStringLiteral("Ada"))
                .create(LeadDraft()
                            .set(LeadField::FirstName, QStringLiteral("A"))
                            .set(LeadField::LastName, QStringLiteral("B"))
                            .set(LeadField::Email, QStringLiteral("a@b.example"))
                            .set(LeadField::Owner, QStringLiteral("Ada")));
        QVERIFY(result.created());
        QCOMPARE(ownedBy(fixture.store(), ben), 0);
        QVERIFY(LeadRepository(fixture.store()).find(result.leadId)->ownerId != ben);
    }
};

QTEST_GUILESS_MAIN(TestRoundRobin)
#include "tst_roundrobin.moc"
