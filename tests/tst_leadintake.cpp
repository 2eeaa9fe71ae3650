#include "IntakeCases.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "leads/LeadIntake.h"
#include "scoring/LeadScores.h"

#include <QTest>

using Outcome = IntakeResult::Outcome;

/// The intake use case itself: the shared cases, and batches of many rows in one transaction.
class TestLeadIntake : public QObject
{
    Q_OBJECT

    static IntakeCases::Seen seenOf(const IntakeResult& result)
    {
        IntakeCases::Seen seen;
        seen.outcome = result.outcome;
        if (!result.check.problems.isEmpty())
            seen.field = result.check.problems.first().field;
        if (!result.check.duplicates.isEmpty()) {
            seen.reason = result.check.duplicates.first().reason;
            seen.duplicateOf = result.check.duplicates.first().leadId;
        }
        seen.erasedNumber = result.check.hasErasedNumber();
        return seen;
    }

    static LeadDraft person(int i)
    {
        return LeadDraft()
            .set(LeadField::FirstName, QStringLiteral("Person"))
            .set(LeadField::LastName, QStringLiteral("Number %1").arg(i))
            .set(LeadField::Email, QStringLiteral("person%1@bulk.example").arg(i))
            .set(LeadField::Phone, QStringLiteral("+49 30 %1").arg(5000000 + i));
    }

    // Valid, bad e-mail, valid, and a repeat of the first row's e-mail address.
    static QList<LeadDraft> mixedBatch()
    {
        return {person(1), person(2).set(LeadField::Email, QStringLiteral("nobody@")), person(3),
                person(4).set(LeadField::Email, QStringLiteral("PERSON1@bulk.example"))};
    }

    static qint64 count(const Store& store, const char* table)
    {
        return Sql::scalar(
                   store.db(),
                   QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
            .toLongLong();
    }

    std::unique_ptr<TestStore> m_fixture;

private slots:
    void init() { m_fixture = IntakeCases::seededStore(); }

    void cleanup() { m_fixture.reset(); }

    void sharedCases_data() { IntakeCases::addRows(); }

    void sharedCases()
    {
        const IntakeCases::Case expected = IntakeCases::current();
        const Store& store = m_fixture->store();
        LeadIntake intake(store, IntakeCases::repName());
        // check() answers as create() will, and writes nothing.
        const IntakeCheck check = intake.check(expected.draft);
        QCOMPARE(LeadRepository(store).count(), 1);
        const IntakeResult result = intake.create(expected.draft);
        IntakeCases::verify(expected, seenOf(result));
        QCOMPARE(check.problems.size(), result.check.problems.size());
        QCOMPARE(check.duplicates.size(), result.check.duplicates.size());
        QCOMPARE(check.erased.has_value(), result.check.erased.has_value());
        QCOMPARE(LeadRepository(store).count(), result.created() ? 2 : 1);
        if (!result.created()) {
            QCOMPARE(result.leadId, 0);
            return;
        }
        const Lead lead = *LeadRepository(store).find(result.leadId);
        QCOMPARE(lead.stage, Stage::New);
        QCOMPARE(lead.country, QStringLiteral("DE")); // derived from the number
        QCOMPARE(lead.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(LeadRepository(store).stageHistory(lead.id).size(), 1);
        QCOMPARE(LeadScores::find(store, lead.id)->ruleVersion, std::optional<int>(1));
    }

    void confirmedRefusalsAreCreated_data() { IntakeCases::addRows(); }

    void confirmedRefusalsAreCreated()
    {
        const IntakeCases::Case expected = IntakeCases::current();
        if (!IntakeCases::needsConfirming(expected))
            QSKIP("nothing to confirm");
        LeadIntake intake(m_fixture->store(), IntakeCases::repName());
        // Allowing the one does not allow the other.
        IntakeOptions options;
        options.allowDuplicate = expected.outcome == Outcome::ErasedPerson;
        options.allowErased = expected.outcome == Outcome::Duplicate;
        QCOMPARE(intake.create(expected.draft, options).outcome, expected.outcome);
        options.allowDuplicate = options.allowErased = true;
        const IntakeResult result = intake.create(expected.draft, options);
        QCOMPARE(result.outcome, Outcome::Created);
        QVERIFY(result.leadId > IntakeCases::annaId);
    }

    void theOwnerIsTheRepNamed()
    {
        LeadIntake intake(m_fixture->store(), IntakeCases::repName());
        const IntakeResult result = intake.create(
            person(1).set(LeadField::Owner, QStringLiteral(" %1 ").arg(IntakeCases::repName())));
        QVERIFY(result.created());
        const Lead lead = *LeadRepository(m_fixture->store()).find(result.leadId);
        QCOMPARE(lead.ownerId,
                 std::optional<qint64>(Reps::idFor(m_fixture->store(), IntakeCases::repName())));
        QCOMPARE(intake
                     .checkField(LeadDraft().set(LeadField::Owner, QStringLiteral("tmo")),
                                 LeadField::Owner)
                     .size(),
                 1);
        QVERIFY(!Reps::names(m_fixture->store()).contains(QStringLiteral("tmo")));
    }

    void checkAllAnswersAsCheck()
    {
        QList<LeadDraft> drafts;
        for (const IntakeCases::Case& c : IntakeCases::all())
            drafts.append(c.draft);
        LeadIntake intake(m_fixture->store(), IntakeCases::repName());
        const QList<IntakeCheck> checks = intake.checkAll(drafts);
        QCOMPARE(checks.size(), drafts.size());
        for (qsizetype i = 0; i < drafts.size(); ++i) {
            const IntakeCheck one = intake.check(drafts.at(i));
            QCOMPARE(checks.at(i).messages(), one.messages());
            QCOMPARE(checks.at(i).duplicates.size(), one.duplicates.size());
            QCOMPARE(checks.at(i).isErasedPerson(), one.isErasedPerson());
            QCOMPARE(checks.at(i).hasErasedNumber(), one.hasErasedNumber());
        }
        QCOMPARE(LeadRepository(m_fixture->store()).count(), 1);
    }

    void createAllWritesManyRowsInOneGo()
    {
        constexpr int rows = 3000; // more than one chunk of every batch lookup
        QList<LeadDraft> drafts;
        for (int i = 0; i < rows; ++i)
            drafts.append(person(i));
        drafts.append(person(rows).set(LeadField::Email, QStringLiteral("anna@becker.example")));
        LeadIntake intake(m_fixture->store(), IntakeCases::repName());
        const QList<IntakeResult> results = intake.createAll(drafts);
        QCOMPARE(results.size(), rows + 1);
        for (int i = 0; i < rows; ++i)
            QVERIFY2(results.at(i).created(), results.at(i).check.messages().join(u' ').toUtf8());
        QCOMPARE(results.last().outcome, Outcome::Duplicate);
        QCOMPARE(results.last().check.duplicates.first().leadId, IntakeCases::annaId);
        QCOMPARE(LeadRepository(m_fixture->store()).count(), rows + 1);
        QCOMPARE(count(m_fixture->store(), "stage_history"), rows + 1);
        QCOMPARE(Sql::scalar(m_fixture->store().db(),
                             QStringLiteral("SELECT count(*) FROM leads WHERE scored_at IS NULL"))
                     .toLongLong(),
                 0);
        // The batch sees its own rows: entering it again finds every one of them.
        const QList<IntakeCheck> again = intake.checkAll(drafts.mid(0, rows));
        for (int i = 0; i < rows; ++i)
            QCOMPARE(again.at(i).duplicates.first().leadId, results.at(i).leadId);
    }

    // A new lead is written with its score in the row it is inserted with; that score must be
    // exactly what scoring the stored lead gives, for leads of every kind of fit.
    void theFirstScoreIsWhatARescoreGives()
    {
        const QList<LeadDraft> drafts{
            person(10),
            person(11)
                .set(LeadField::Title, QStringLiteral("Head of Purchasing"))
                .set(LeadField::Employees, QStringLiteral("450"))
                .set(LeadField::Industry, QStringLiteral("manufacturing"))
                .set(LeadField::Website, QStringLiteral("https://example.com")),
            person(12)
                .set(LeadField::Email, QStringLiteral("someone@gmail.com"))
                .set(LeadField::Title, QStringLiteral("Student")),
            person(13)
                .set(LeadField::Title, QStringLiteral("CEO"))
                .set(LeadField::Employees, QStringLiteral("12000"))
                .set(LeadField::AnnualRevenue, QStringLiteral("250000000"))
                .set(LeadField::RevenueCurrency, QStringLiteral("EUR"))};
        LeadIntake intake(m_fixture->store(), IntakeCases::repName());
        const QList<IntakeResult> results = intake.createAll(drafts);
        Lead solo;
        solo.firstName = QStringLiteral("Solo");
        solo.email = QStringLiteral("solo@bulk.example");
        solo.title = QStringLiteral("Managing Director");
        const qint64 single =
            LeadRepository(m_fixture->store()).create(solo, IntakeCases::repName());
        QList<qint64> ids{single};
        for (const IntakeResult& result : results) {
            QVERIFY2(result.created(), result.check.messages().join(u' ').toUtf8());
            ids.append(result.leadId);
        }
        QSet<int> totals;
        for (qint64 id : ids) {
            const auto first = LeadScores::find(m_fixture->store(), id);
            QVERIFY(first && first->ruleVersion && first->scoredAt);
            LeadScores::rescore(m_fixture->store(), id);
            const auto again = LeadScores::find(m_fixture->store(), id);
            QCOMPARE(first->fit, again->fit);
            QCOMPARE(first->interest, again->interest);
            QCOMPARE(first->bant, again->bant);
            QCOMPARE(first->total, again->total);
            QCOMPARE(first->grade, again->grade);
            QCOMPARE(first->quadrant, again->quadrant);
            QCOMPARE(first->ruleVersion, again->ruleVersion);
            QCOMPARE(first->band, again->band);
            QCOMPARE(first->flags, again->flags);
            totals.insert(first->fit);
        }
        QVERIFY2(totals.size() >= 3, "the leads differ in fit, so the comparison means something");
    }

    void aRefusedRowIsSkipped()
    {
        LeadIntake intake(m_fixture->store(), IntakeCases::repName());
        const QList<IntakeResult> results = intake.createAll(mixedBatch());
        QCOMPARE(results.at(0).outcome, Outcome::Created);
        QCOMPARE(results.at(1).outcome, Outcome::Invalid);
        QCOMPARE(results.at(1).check.problems.first().field, LeadField::Email);
        QCOMPARE(results.at(2).outcome, Outcome::Created);
        // A later row is judged against the rows created before it.
        QCOMPARE(results.at(3).outcome, Outcome::Duplicate);
        QCOMPARE(results.at(3).check.duplicates.first().leadId, results.at(0).leadId);
        QCOMPARE(LeadRepository(m_fixture->store()).count(), 3);
        IntakeOptions options;
        options.allowDuplicate = true;
        QCOMPARE(intake.createAll(mixedBatch().mid(3), options).first().outcome, Outcome::Created);
    }

    void allOrNothingUndoesTheBatch()
    {
        const Store& store = m_fixture->store();
        const QStringList reps = Reps::names(store);
        LeadIntake intake(store, QStringLiteral("a new rep"));
        IntakeOptions options;
        options.allOrNothing = true;
        const QList<IntakeResult> results = intake.createAll(mixedBatch(), options);
        QCOMPARE(results.at(0).outcome, Outcome::NotCreated);
        QCOMPARE(results.at(0).leadId, 0);
        QCOMPARE(results.at(1).outcome, Outcome::Invalid);
        QCOMPARE(results.at(2).outcome, Outcome::NotCreated);
        QCOMPARE(results.at(3).outcome, Outcome::Duplicate);
        QCOMPARE(LeadRepository(store).count(), 1);
        QCOMPARE(count(store, "stage_history"), 1);
        QCOMPARE(Reps::names(store), reps); // the creator added on the way is gone too
        // Without the refused rows, the same batch goes in whole.
        const QList<IntakeResult> valid = intake.createAll({person(1), person(3)}, options);
        QVERIFY(valid.at(0).created() && valid.at(1).created());
        QCOMPARE(LeadRepository(store).count(), 3);
    }

    void aFailureHalfwayLeavesNothing()
    {
        const Store& store = m_fixture->store();
        failInsertsWhen(store, QStringLiteral("leads"),
                        QStringLiteral("NEW.email = 'person500@bulk.example'"),
                        QStringLiteral("refused by the test"));
        QList<LeadDraft> drafts;
        for (int i = 0; i < 1000; ++i)
            drafts.append(person(i));
        LeadIntake intake(store, IntakeCases::repName());
        QVERIFY_THROWS_EXCEPTION(StoreError, intake.createAll(drafts));
        QCOMPARE(LeadRepository(store).count(), 1);
        QCOMPARE(count(store, "stage_history"), 1);
    }

    void readProblemsNeedNoStore()
    {
        const QList<FieldProblem> problems =
            LeadIntake::readProblems(LeadDraft()
                                         .set(LeadField::Employees, QStringLiteral("many"))
                                         .set(LeadField::Owner, QStringLiteral("anyone")));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, LeadField::Employees);
    }
};

QTEST_GUILESS_MAIN(TestLeadIntake)
#include "tst_leadintake.moc"
