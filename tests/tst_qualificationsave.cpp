#include "TestStore.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "leads/LeadEditor.h"
#include "qualification/QualificationRepository.h"
#include "qualification/QualificationService.h"
#include "support/Clock.h"

#include <QTest>

namespace {

const QDate today(2026, 3, 2);

qint64 addLead(const Store& store)
{
    Lead lead =
        sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"), QStringLiteral("Becker GmbH"));
    lead.employees = 120;
    lead.industry = Industry::Software;
    return LeadRepository(store).create(lead, QStringLiteral("mara"));
}

} // namespace

/// Saving the qualification form against fit attributes changed elsewhere meanwhile (the lead
/// editor on the card, another window): nothing of either side is lost.
class TestQualificationSave : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QDateTime(today, QTime(9, 0), Qt::UTC)); }
    void cleanup() { Clock::reset(); }

    /// The lead editor (or another window) changes fit attributes while the form has them open:
    /// saving the form writes only what the rep changed on it.
    void savingKeepsFitAttributesChangedElsewhere()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        const qint64 id = addLead(store);
        QualificationService service(store);
        const QualificationContext context = *service.load(id, QLocale::c());
        LeadEditor editor(store);
        QVERIFY(editor
                    .setField(id, LeadField::Title, QStringLiteral("Chief Financial Officer"),
                              QStringLiteral("jonas"))
                    .changed);
        QVERIFY(
            editor
                .setField(id, LeadField::Employees, QStringLiteral("2000"), QStringLiteral("jonas"))
                .changed);

        QualificationEntry typed = context.storedEntry;
        typed.notes = QStringLiteral("Asked for the price list.");
        typed.industry = QStringLiteral("manufacturing"); // changed here only
        const QualificationService::SaveResult result =
            service.save(id, typed, context.storedFit, QStringLiteral("mara"), QLocale::c(), today);
        QVERIFY(result.saved);
        QCOMPARE(result.changedFitFields, QStringList{QStringLiteral("industry")});
        const FitAttributes fit = *QualificationRepository(store).fitOf(id);
        QCOMPARE(fit.title, QStringLiteral("Chief Financial Officer"));
        QCOMPARE(fit.employees.value_or(0), 2000);
        QCOMPARE(fit.industry, Industry::Manufacturing);
        QCOMPARE(QualificationRepository(store).find(id)->notes, typed.notes);
        QCOMPARE(Sql::scalar(store.db(),
                             QStringLiteral("SELECT count(*) FROM lead_field_changes c"
                                            " JOIN reps r ON r.id = c.rep_id"
                                            " WHERE c.lead_id = ? AND r.name = 'mara'"),
                             {id})
                     .toInt(),
                 1);
    }

    void aFitAttributeChangedHereAndElsewhereIsAConflict()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        const qint64 id = addLead(store);
        QualificationService service(store);
        const QualificationContext context = *service.load(id, QLocale::c());
        QVERIFY(
            LeadEditor(store)
                .setField(id, LeadField::Employees, QStringLiteral("2000"), QStringLiteral("jonas"))
                .changed);

        QualificationEntry typed = context.storedEntry;
        typed.employees = QStringLiteral("500");
        typed.notes = QStringLiteral("Plant in Ulm.");
        const QualificationService::SaveResult result =
            service.save(id, typed, context.storedFit, QStringLiteral("mara"), QLocale::c(), today);
        QVERIFY(!result.saved);
        QCOMPARE(result.conflicts, QList<LeadField>{LeadField::Employees});
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().field, QStringLiteral("employees"));
        QVERIFY2(result.problems.first().message.contains(QLatin1String("changed elsewhere to "
                                                                        "\"2000\"")) &&
                     result.problems.first().message.contains(QLatin1String("\"500\"")),
                 qPrintable(result.problems.first().message));
        // Nothing was written, nothing of the other change was lost.
        QCOMPARE(QualificationRepository(store).fitOf(id)->employees.value_or(0), 2000);
        QVERIFY(!QualificationRepository(store).find(id));
        QCOMPARE(result.storedFit.employees.value_or(0), 2000);

        // Told, the rep saves again against the value found: the form's value wins.
        FitAttributes loaded = context.storedFit;
        QualificationRepository::copyFit(loaded, result.storedFit, LeadField::Employees);
        QVERIFY(service.save(id, typed, loaded, QStringLiteral("mara"), QLocale::c(), today).saved);
        QCOMPARE(QualificationRepository(store).fitOf(id)->employees.value_or(0), 500);
    }

    void rebaseShowsChangesFromElsewhereInUntouchedFields()
    {
        FitAttributes loaded;
        loaded.employees = 120;
        loaded.industry = Industry::Software;
        FitAttributes stored = loaded;
        stored.employees = 2000;
        stored.title = QStringLiteral("CFO");
        QualificationEntry typed =
            QualificationEntry::fromStored(std::nullopt, loaded, QLocale::c());
        typed.employees = QStringLiteral("500");
        typed.notes = QStringLiteral("Plant in Ulm.");

        const QualificationEntry rebased =
            QualificationService::rebase(typed, loaded, stored, QLocale::c());
        QCOMPARE(rebased.title, QStringLiteral("CFO"));     // untouched: follows the store
        QCOMPARE(rebased.employees, QStringLiteral("500")); // typed: kept
        QCOMPARE(rebased.notes, typed.notes);
        QCOMPARE(loaded.title, QStringLiteral("CFO"));
        QCOMPARE(loaded.employees.value_or(0), 120); // so that saving finds the conflict
    }
};

QTEST_GUILESS_MAIN(TestQualificationSave)
#include "tst_qualificationsave.moc"
