#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "leads/LeadEditor.h"
#include "queue/QueueQuery.h"
#include "scoring/LeadScores.h"
#include "support/Clock.h"

#include <QTest>
#include <QTimeZone>

/// Correcting a lead's details: one field at a time, checked, saved and kept in its history.
class TestLeadEditor : public QObject
{
    Q_OBJECT

    qint64 createLead(Store& store)
    {
        return LeadRepository(store).create(sampleLead(QStringLiteral("Anna"),
                                                       QStringLiteral("Becker"),
                                                       QStringLiteral("Becker GmbH")),
                                            QStringLiteral("mara"));
    }

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc())); }
    void cleanup() { Clock::reset(); }

    void eachChangeIsKeptWithOldNewWhenAndWho()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = createLead(store);
        LeadEditor editor(store);
        QVERIFY(editor
                    .setField(id, LeadField::Company, QStringLiteral(" Becker AG "),
                              QStringLiteral("mara"))
                    .changed);
        Clock::advance(60);
        QVERIFY(editor
                    .setField(id, LeadField::Email, QStringLiteral("Anna@Becker-AG.example"),
                              QStringLiteral("tom"))
                    .changed);
        Clock::advance(60);
        QVERIFY(editor
                    .setField(id, LeadField::Industry, QStringLiteral("manufacturing"),
                              QStringLiteral("tom"))
                    .changed);
        Clock::advance(60);
        QVERIFY(editor.setField(id, LeadField::Owner, QStringLiteral("tom"), QStringLiteral("tom"))
                    .changed);

        const Lead lead = *LeadRepository(store).find(id);
        QCOMPARE(lead.company, QStringLiteral("Becker AG"));
        QCOMPARE(lead.email, QStringLiteral("Anna@Becker-AG.example"));
        QCOMPARE(lead.industry, Industry::Manufacturing);
        QCOMPARE(Sql::scalar(store.db(),
                             QStringLiteral("SELECT email_norm FROM leads WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("anna@becker-ag.example"));
        QCOMPARE(lead.updatedAt, Clock::nowSecs());

        const QList<FieldChange> history = editor.history(id);
        QCOMPARE(history.size(), 4);
        QCOMPARE(history[0].field, QStringLiteral("company"));
        QCOMPARE(history[0].oldValue, QStringLiteral("Becker GmbH"));
        QCOMPARE(history[0].newValue, QStringLiteral("Becker AG"));
        QCOMPARE(history[0].repName, QStringLiteral("mara"));
        QCOMPARE(history[0].changedAt, Clock::nowSecs() - 180);
        QCOMPARE(history[1].describe(),
                 QStringLiteral("E-mail: anna.becker@example.com → Anna@Becker-AG.example"));
        QCOMPARE(history[1].repName, QStringLiteral("tom"));
        QCOMPARE(history[2].describe(), QStringLiteral("Industry: Unknown → Manufacturing"));
        QCOMPARE(history[3].describe(), QStringLiteral("Owner: — → tom"));
    }

    void sameValueWritesNothing()
    {
        TestStore fixture;
        const qint64 id = createLead(fixture.store());
        LeadEditor editor(fixture.store());
        const LeadEditor::Result result = editor.setField(
            id, LeadField::Company, QStringLiteral("Becker GmbH  "), QStringLiteral("mara"));
        QVERIFY(!result.changed);
        QVERIFY(result.problems.isEmpty());
        QVERIFY(editor.history(id).isEmpty());
    }

    void refusedValuesChangeNothing()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = createLead(store);
        LeadEditor editor(store);
        LeadEditor::Result result =
            editor.setField(id, LeadField::Email, QStringLiteral("anna@"), QStringLiteral("mara"));
        QVERIFY(!result.changed);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems[0].field, LeadField::Email);
        QCOMPARE(result.problems[0].message,
                 QStringLiteral("E-mail: \"anna@\" has nothing after the @."));

        result = editor.setField(id, LeadField::Employees, QStringLiteral("lots"),
                                 QStringLiteral("mara"));
        QCOMPARE(result.problems[0].message,
                 QStringLiteral("Employees: \"lots\" is not a whole number of people."));

        // Clearing the phone is fine while the e-mail remains; clearing both is not.
        QVERIFY(editor.setField(id, LeadField::Phone, {}, QStringLiteral("mara")).changed);
        result = editor.setField(id, LeadField::Email, {}, QStringLiteral("mara"));
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems[0].message.contains(QLatin1String("one way to reach them")));

        const Lead lead = *LeadRepository(store).find(id);
        QCOMPARE(lead.email, QStringLiteral("anna.becker@example.com"));
        QVERIFY(!lead.employees.has_value());
        QCOMPARE(editor.history(id).size(), 1); // only the phone
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            editor.setField(4242, LeadField::City, QStringLiteral("Bonn"), QStringLiteral("mara")));
    }

    void phoneKeepsItsE164Form()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = createLead(store);
        LeadEditor editor(store);
        QVERIFY(editor
                    .setField(id, LeadField::Phone, QStringLiteral("0221 1234567"),
                              QStringLiteral("mara"))
                    .changed);
        QCOMPARE(LeadRepository(store).find(id)->phoneE164, QStringLiteral("+492211234567"));
        const LeadEditor::Result bad =
            editor.setField(id, LeadField::Phone, QStringLiteral("12"), QStringLiteral("mara"));
        QVERIFY(
            bad.problems[0].message.startsWith(QLatin1String("Phone: \"12\" cannot be dialled")));
        QCOMPARE(LeadRepository(store).find(id)->phone, QStringLiteral("0221 1234567"));
    }

    void doNotCallAndDoNotEmailAreStoredAndKept()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = createLead(store);
        LeadEditor editor(store);
        QVERIFY(
            editor.setField(id, LeadField::DoNotCall, QStringLiteral("yes"), QStringLiteral("mara"))
                .changed);
        QVERIFY(
            editor
                .setField(id, LeadField::DoNotEmail, QStringLiteral("yes"), QStringLiteral("mara"))
                .changed);
        fixture.reopen();
        const Lead lead = *LeadRepository(fixture.store()).find(id);
        QVERIFY(lead.doNotCall);
        QVERIFY(lead.doNotEmail);
        const QList<FieldChange> history = LeadEditor(fixture.store()).history(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].describe(), QStringLiteral("Do not call: no → yes"));
        QCOMPARE(history[1].describe(), QStringLiteral("Do not e-mail: no → yes"));
    }

    void doNotCallIsHonouredByTheQueue()
    {
        Clock::setFixed(
            QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc())); // 11:00 Berlin
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 anna = createLead(store);
        const qint64 jonas = LeadRepository(store).create(
            sampleLead(QStringLiteral("Jonas"), QStringLiteral("Weber"), QStringLiteral("W AG")),
            QStringLiteral("mara"));
        auto callable = [&store] {
            QList<qint64> ids;
            const QueueQuery query(store, QueueContext::build(store, QStringLiteral("mara"), {}));
            for (const QueueRow& row : query.callable(10))
                ids.append(row.id);
            return ids;
        };
        QCOMPARE(callable().size(), 2);
        QVERIFY(
            LeadEditor(store)
                .setField(anna, LeadField::DoNotCall, QStringLiteral("yes"), QStringLiteral("mara"))
                .changed);
        QCOMPARE(callable(), QList<qint64>{jonas});
        const QueueQuery query(store, QueueContext::build(store, QStringLiteral("mara"), {}));
        const QList<QueueRow> held = query.heldBack(10);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held[0].id, anna);
        QCOMPARE(held[0].hold, HoldReason::DoNotCall);
        // Lifting the flag brings the lead back.
        LeadEditor(store).setField(anna, LeadField::DoNotCall, QStringLiteral("no"),
                                   QStringLiteral("mara"));
        QCOMPARE(callable().size(), 2);
    }

    void aFlawElsewhereDoesNotBlockACorrection()
    {
        TestStore fixture;
        Store& store = fixture.store();
        Lead imported = sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"), {});
        imported.email = QStringLiteral("anna-at-example"); // as an old import left it
        const qint64 id = LeadRepository(store).create(imported, QStringLiteral("import"));
        QVERIFY(LeadEditor(store)
                    .setField(id, LeadField::City, QStringLiteral("Bonn"), QStringLiteral("mara"))
                    .changed);
    }

    void theOwnerIsARepOfTheTeamNeverATypo()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = createLead(store);
        Reps::idFor(store, QStringLiteral("tom"));
        LeadEditor editor(store);
        const LeadEditor::Result typo =
            editor.setField(id, LeadField::Owner, QStringLiteral("tmo"), QStringLiteral("mara"));
        QVERIFY(!typo.changed);
        QCOMPARE(typo.problems.size(), 1);
        QCOMPARE(typo.problems.first().field, LeadField::Owner);
        QCOMPARE(typo.problems.first().message,
                 QStringLiteral("Owner: there is no rep named \"tmo\"; choose one of the team's "
                                "reps."));
        QVERIFY(!Reps::names(store).contains(QStringLiteral("tmo")));
        QVERIFY(!LeadRepository(store).find(id)->ownerId);
        QVERIFY(editor.setField(id, LeadField::Owner, QStringLiteral("tom"), QStringLiteral("mara"))
                    .changed);
        // The rep at the keyboard can take the lead even before they are in the list.
        QVERIFY(
            editor.setField(id, LeadField::Owner, QStringLiteral("jana"), QStringLiteral("jana"))
                .changed);
        QCOMPARE(editor.currentText(*LeadRepository(store).find(id), LeadField::Owner),
                 QStringLiteral("jana"));
    }

    void aNewLeadIsScoredAtOnceAndAFitChangeRescoresIt()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = createLead(store);
        const std::optional<StoredScore> created = LeadScores::find(store, id);
        QCOMPARE(created->ruleVersion, std::optional<int>(1));
        QCOMPARE(created->scoredAt, std::optional<qint64>(Clock::nowSecs()));
        QVERIFY(!created->grade.isEmpty());
        QCOMPARE(LeadRepository(store).find(id)->scoreRuleVersion, std::optional<int>(1));

        Clock::advance(60);
        QVERIFY(
            LeadEditor(store)
                .setField(id, LeadField::Employees, QStringLiteral("300"), QStringLiteral("mara"))
                .changed);
        const std::optional<StoredScore> large = LeadScores::find(store, id);
        QCOMPARE(large->fit, created->fit + 30); // a large company, default rules
        QCOMPARE(large->scoredAt, std::optional<qint64>(Clock::nowSecs()));
        // A detail the score does not read leaves the score alone.
        Clock::advance(60);
        QVERIFY(LeadEditor(store)
                    .setField(id, LeadField::City, QStringLiteral("Bonn"), QStringLiteral("mara"))
                    .changed);
        QCOMPARE(LeadScores::find(store, id)->scoredAt, large->scoredAt);
    }

    void aCorrectedPhoneNumberClearsTheWrongNumberFlag()
    {
        Clock::setFixed(
            QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc())); // 11:00 Berlin
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = createLead(store);
        Sql::exec(store.db(), QStringLiteral("UPDATE leads SET wrong_number = 1 WHERE id = ?"),
                  {id});
        auto query = [&store] {
            return QueueQuery(store, QueueContext::build(store, QStringLiteral("mara"), {}));
        };
        QVERIFY(query().callable(10).isEmpty());
        QCOMPARE(query().heldBack(10).first().hold, HoldReason::WrongNumber);

        // Another detail leaves the flag: only a new number deserves a new try.
        LeadEditor(store).setField(id, LeadField::City, QStringLiteral("Bonn"),
                                   QStringLiteral("mara"));
        QVERIFY(query().callable(10).isEmpty());
        QVERIFY(LeadEditor(store)
                    .setField(id, LeadField::Phone, QStringLiteral("030 9018299"),
                              QStringLiteral("tom"))
                    .changed);
        QCOMPARE(Sql::scalar(store.db(),
                             QStringLiteral("SELECT wrong_number FROM leads WHERE id = ?"), {id})
                     .toInt(),
                 0);
        const QList<FieldChange> history = LeadEditor(store).history(id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.last().field, QStringLiteral("wrong_number"));
        QCOMPARE(history.last().repName, QStringLiteral("tom"));
        QCOMPARE(history.last().describe(), QStringLiteral("Wrong number: yes → no"));
        QCOMPARE(query().callable(10).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLeadEditor)
#include "tst_leadeditor.moc"
