#include "TestStore.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "qualification/DraftSaver.h"
#include "qualification/KeyFacts.h"
#include "qualification/QualificationDrafts.h"
#include "qualification/QualificationRepository.h"
#include "qualification/QualificationService.h"
#include "scoring/LeadScores.h"
#include "support/Clock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
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

QualificationEntry goodEntry()
{
    QualificationEntry e;
    e.budget = QStringLiteral("approved");
    e.budgetAmount = QStringLiteral("25,000");
    e.budgetCurrency = QStringLiteral("eur");
    e.authority = QStringLiteral("decision_maker");
    e.buyingRole = QStringLiteral("executive");
    e.decisionMakerConfirmed = true;
    e.need = QStringLiteral("urgent");
    e.needText = QStringLiteral("  Lost orders from slow quotes ");
    e.timing = QStringLiteral("within_3m");
    e.decisionDate = QStringLiteral("2026-04-15");
    e.buyingPhase = QStringLiteral("purchase");
    e.notes = QStringLiteral("Call back after the board meeting.");
    e.employees = QStringLiteral("250");
    e.annualRevenue = QStringLiteral("12,000,000");
    e.revenueCurrency = QStringLiteral("EUR");
    e.industry = QStringLiteral("manufacturing");
    e.title = QStringLiteral("Managing Director");
    e.seniority = QStringLiteral("c_level");
    return e;
}

} // namespace

class TestQualification : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QDateTime(today, QTime(9, 0), Qt::UTC)); }
    void cleanup() { Clock::reset(); }

    void parsesWhatTheRepTyped()
    {
        const ParsedEntry parsed = EntryParser::parse(goodEntry(), QLocale::c(), today);
        QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).message));
        QCOMPARE(parsed.qualification.budget, BudgetStatus::Approved);
        QCOMPARE(*parsed.qualification.budgetAmountMinor, 2500000);
        QCOMPARE(parsed.qualification.budgetCurrency, QStringLiteral("EUR"));
        QCOMPARE(parsed.qualification.needText, QStringLiteral("Lost orders from slow quotes"));
        QCOMPARE(parsed.qualification.decisionDate, QDate(2026, 4, 15));
        QCOMPARE(parsed.qualification.phase, BuyingPhase::Purchase);
        QCOMPARE(*parsed.fit.employees, 250);
        QCOMPARE(*parsed.fit.annualRevenueMinor, 1200000000);
        QCOMPARE(parsed.fit.seniority, Seniority::CLevel);
    }

    void moneyFollowsTheRepsLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("en grouping") << "en_US"
                                     << "25,000.50" << qint64(2500050);
        QTest::newRow("de grouping") << "de_DE"
                                     << "25.000,50" << qint64(2500050);
        QTest::newRow("de plain") << "de_DE"
                                  << "25000" << qint64(2500000);
        QTest::newRow("spaces") << "de_DE"
                                << "1 200 000" << qint64(120000000);
        QTest::newRow("C decimals") << "C"
                                    << "99.9" << qint64(9990);
        // Thousands grouped the other way round: three digits after the separator, no decimals.
        QTest::newRow("en, German grouping") << "en_US"
                                             << "25.000" << qint64(2500000);
        QTest::newRow("de, English grouping") << "de_DE"
                                              << "25,000" << qint64(2500000);
        QTest::newRow("en, German grouping twice") << "en_US"
                                                   << "1.200.000" << qint64(120000000);
        QTest::newRow("de, English grouping twice") << "de_DE"
                                                    << "1,200,000" << qint64(120000000);
        QTest::newRow("en decimals") << "en_US"
                                     << "25.5" << qint64(2550);
        QTest::newRow("de decimals") << "de_DE"
                                     << "25,5" << qint64(2550);
        QTest::newRow("de leading zero") << "de_DE"
                                         << "0,50" << qint64(50);
        QTest::newRow("Swiss apostrophe") << "de_CH"
                                          << "25’000" << qint64(2500000);
    }

    void moneyFollowsTheRepsLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        QCOMPARE(EntryParser::parseMoney(text, QLocale(locale)).value_or(-1), minor);
    }

    void amountsInTheOtherConventionAreNotMisread_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("en, German decimals")
            << "en_US"
            << "25.000,50"
            << "Budget amount: \"25.000,50\" is written with another language's separators. "
               "Write it as 25,000.50.";
        QTest::newRow("de, English decimals")
            << "de_DE"
            << "25,000.50"
            << "Budget amount: \"25,000.50\" is written with another language's separators. "
               "Write it as 25.000,50.";
        QTest::newRow("en, decimal comma") << "en_US"
                                           << "25,50"
                                           << "Write it as 25.50.";
        QTest::newRow("de, decimal point") << "de_DE"
                                           << "1.5"
                                           << "Write it as 1,50.";
        QTest::newRow("de, ungrouped decimal point") << "de_DE"
                                                     << "25000.50"
                                                     << "Write it as 25.000,50.";
        QTest::newRow("en, broken grouping") << "en_US"
                                             << "1,20,000"
                                             << "\"1,20,000\" is not an amount.";
        QTest::newRow("en, three decimals is not grouping") << "en_US"
                                                            << "0.500"
                                                            << "\"0.500\" is not an amount.";
        QTest::newRow("en, mixed up") << "en_US"
                                      << "1.000.000,000"
                                      << "is not an amount.";
    }

    void amountsInTheOtherConventionAreNotMisread()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QString, message);
        QualificationEntry e = goodEntry();
        e.budgetAmount = text;
        e.annualRevenue.clear();
        e.revenueCurrency.clear();
        const ParsedEntry parsed = EntryParser::parse(e, QLocale(locale), today);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.first().field, QStringLiteral("budgetAmount"));
        QVERIFY2(parsed.problems.first().message.contains(message),
                 qPrintable(parsed.problems.first().message));
        QVERIFY(!parsed.qualification.budgetAmountMinor);
    }

    void datesAsTyped_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("ISO") << "en_US"
                             << "2027-03-04" << QDate(2027, 3, 4);
        QTest::newRow("en short, two-digit year") << "en_US"
                                                  << "3/4/27" << QDate(2027, 3, 4);
        QTest::newRow("en short, four-digit year") << "en_US"
                                                   << "3/4/2027" << QDate(2027, 3, 4);
        QTest::newRow("de short, two-digit year") << "de_DE"
                                                  << "04.03.27" << QDate(2027, 3, 4);
        QTest::newRow("de without zeros, two-digit year") << "de_DE"
                                                          << "4.3.27" << QDate(2027, 3, 4);
        QTest::newRow("de four-digit year") << "de_DE"
                                            << "04.03.2027" << QDate(2027, 3, 4);
        QTest::newRow("dots in English, two-digit year") << "en_US"
                                                         << "4.3.27" << QDate(2027, 3, 4);
        QTest::newRow("year 99 is 2099") << "de_DE"
                                         << "01.01.99" << QDate(2099, 1, 1);
        QTest::newRow("not a date") << "de_DE"
                                    << "31.02.27" << QDate();
    }

    void datesAsTyped()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(EntryParser::parseDate(text, QLocale(locale)), date);
    }

    void anAmountNeedsItsCurrency_data()
    {
        QTest::addColumn<QString>("amountField");
        QTest::addColumn<QString>("currencyField");
        QTest::addColumn<QString>("message");
        QTest::newRow("budget") << "budgetAmount"
                                << "budgetCurrency"
                                << "Budget currency: give the currency of the amount, for "
                                   "example EUR.";
        QTest::newRow("revenue") << "annualRevenue"
                                 << "revenueCurrency"
                                 << "Revenue currency: give the currency of the amount, for "
                                    "example EUR.";
    }

    void anAmountNeedsItsCurrency()
    {
        QFETCH(QString, amountField);
        QFETCH(QString, currencyField);
        QFETCH(QString, message);
        QJsonObject json = goodEntry().toJson();
        json.insert(currencyField, QStringLiteral("  "));
        ParsedEntry parsed =
            EntryParser::parse(QualificationEntry::fromJson(json), QLocale::c(), today);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.first().field, currencyField);
        QCOMPARE(parsed.problems.first().message, message);
        // Without an amount no currency is needed.
        json.insert(amountField, QString());
        parsed = EntryParser::parse(QualificationEntry::fromJson(json), QLocale::c(), today);
        QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).message));
    }

    void badInputSaysWhatAndWhere_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("amount not a number")
            << "budgetAmount"
            << "12k"
            << "Budget amount: \"12k\" is not an amount. Write digits only, for example 25000.";
        QTest::newRow("negative amount") << "budgetAmount"
                                         << "-5"
                                         << "must not be negative";
        QTest::newRow("currency")
            << "budgetCurrency"
            << "EURO"
            << "Budget currency: \"EURO\" is not a three-letter currency code";
        QTest::newRow("impossible date") << "decisionDate"
                                         << "2026-02-30"
                                         << "Decision date: \"2026-02-30\" is not a date.";
        QTest::newRow("past date") << "decisionDate"
                                   << "2026-03-01"
                                   << "Decision date: 2026-03-01 is in the past.";
        QTest::newRow("employees") << "employees"
                                   << "many"
                                   << "Employees: \"many\" is not a whole number of people.";
        QTest::newRow("revenue") << "annualRevenue"
                                 << "about 2M"
                                 << "Annual revenue: \"about 2M\" is not an amount.";
    }

    void badInputSaysWhatAndWhere()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QJsonObject json = goodEntry().toJson();
        json.insert(field, value);
        const ParsedEntry parsed =
            EntryParser::parse(QualificationEntry::fromJson(json), QLocale::c(), today);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.first().field, field);
        QVERIFY2(parsed.problemFor(field).contains(message), qPrintable(parsed.problemFor(field)));
    }

    void confirmedAuthorityContradictingTheAuthorityIsMarked_data()
    {
        QTest::addColumn<QString>("authority");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<QString>("message");
        QTest::newRow("user") << "user" << true
                              << "Decision authority confirmed, but the authority is \"User\". "
                                 "Choose the authority the lead has, or untick the box.";
        QTest::newRow("unknown") << "unknown" << true
                                 << "Decision authority confirmed, but the authority is "
                                    "\"Unknown\".";
        QTest::newRow("user, not ticked") << "user" << false << "";
        QTest::newRow("recommender") << "recommender" << true << "";
    }

    void confirmedAuthorityContradictingTheAuthorityIsMarked()
    {
        QFETCH(QString, authority);
        QFETCH(bool, confirmed);
        QFETCH(QString, message);
        QualificationEntry e = goodEntry();
        e.authority = authority;
        e.decisionMakerConfirmed = confirmed;
        const ParsedEntry parsed = EntryParser::parse(e, QLocale::c(), today);
        if (message.isEmpty()) {
            QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).message));
            return;
        }
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.first().field, QStringLiteral("decisionMakerConfirmed"));
        QVERIFY2(parsed.problems.first().message.startsWith(message),
                 qPrintable(parsed.problems.first().message));
    }

    void aStoredDecisionDateThatHasPassedStillSaves()
    {
        QualificationEntry e = goodEntry();
        e.decisionDate = QStringLiteral("2026-02-01");
        QVERIFY(!EntryParser::parse(e, QLocale::c(), today).ok());
        QVERIFY(EntryParser::parse(e, QLocale::c(), today, QDate(2026, 2, 1)).ok());
    }

    void entryRoundTripsThroughTheDraftPayload()
    {
        const QualificationEntry entry = goodEntry();
        QCOMPARE(*QualificationDrafts::fromPayload(QualificationDrafts::payload(entry)), entry);
        QVERIFY(!QualificationDrafts::fromPayload("not json"));
    }

    void savesQualificationAndFitWithFieldHistory()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        const qint64 id = addLead(store);
        QualificationService service(store);
        const QualificationService::SaveResult result =
            service.save(id, goodEntry(), *QualificationRepository(store).fitOf(id),
                         QStringLiteral("mara"), QLocale::c(), today);
        QVERIFY(result.saved);
        QCOMPARE(
            result.changedFitFields,
            QStringLiteral("employees annual_revenue revenue_currency industry title seniority")
                .split(QLatin1Char(' ')));
        const Qualification q = *QualificationRepository(store).find(id);
        QCOMPARE(q.authority, AuthorityLevel::DecisionMaker);
        QVERIFY(q.decisionMakerConfirmed);
        QCOMPARE(q.notes, QStringLiteral("Call back after the board meeting."));
        QCOMPARE(QualificationRepository(store).fitOf(id)->industry, Industry::Manufacturing);

        QSqlQuery history = Sql::exec(
            store.db(),
            QStringLiteral("SELECT c.field, c.old_value, c.new_value, c.changed_at, r.name"
                           " FROM lead_field_changes c JOIN reps r ON r.id = c.rep_id"
                           " WHERE c.lead_id = ? ORDER BY c.id"),
            {id});
        QVERIFY(history.next());
        QCOMPARE(history.value(0).toString(), QStringLiteral("employees"));
        QCOMPARE(history.value(1).toString(), QStringLiteral("120"));
        QCOMPARE(history.value(2).toString(), QStringLiteral("250"));
        QCOMPARE(history.value(3).toLongLong(), Clock::nowSecs());
        QCOMPARE(history.value(4).toString(), QStringLiteral("mara"));
        QVERIFY(history.next());
        QCOMPARE(history.value(0).toString(), QStringLiteral("annual_revenue"));
        QVERIFY(history.value(1).isNull());
        QCOMPARE(history.value(2).toString(), QStringLiteral("12000000.00")); // the editor's form

        // The lead was scored with the active rules on save.
        const StoredScore score = *LeadScores::find(store, id);
        QCOMPARE(*score.ruleVersion, 1);
        QCOMPARE(score.total, result.score.total);
        QVERIFY(score.total > 0);

        // Saving the same again changes no field and writes no further history.
        const QualificationService::SaveResult again =
            service.save(id, goodEntry(), *QualificationRepository(store).fitOf(id),
                         QStringLiteral("mara"), QLocale::c(), today);
        QVERIFY(again.changedFitFields.isEmpty());
        QCOMPARE(Sql::scalar(store.db(),
                             QStringLiteral("SELECT count(*) FROM lead_field_changes"
                                            " WHERE lead_id = ?"),
                             {id})
                     .toInt(),
                 6);
    }

    void invalidEntryIsNotSavedAndLosesNothing()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        const qint64 id = addLead(store);
        QualificationEntry bad = goodEntry();
        bad.budgetAmount = QStringLiteral("12k");
        QualificationDrafts::save(store, id, Reps::idFor(store, QStringLiteral("mara")), bad);
        const QualificationService::SaveResult result =
            QualificationService(store).save(id, bad, *QualificationRepository(store).fitOf(id),
                                             QStringLiteral("mara"), QLocale::c(), today);
        QVERIFY(!result.saved);
        QCOMPARE(result.problems.first().field, QStringLiteral("budgetAmount"));
        QVERIFY(!QualificationRepository(store).find(id));
        QCOMPARE(QualificationDrafts::load(store, id)->entry.budgetAmount, QStringLiteral("12k"));
    }

    void loadPrefersADraftOverWhatIsStored()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        const qint64 id = addLead(store);
        QualificationService service(store);
        service.save(id, goodEntry(), *QualificationRepository(store).fitOf(id),
                     QStringLiteral("mara"), QLocale::c(), today);
        QVERIFY(!service.load(id, QLocale::c())->draft);
        QCOMPARE(service.load(id, QLocale::c())->storedEntry.budgetAmount,
                 QStringLiteral("25000")); // written back in the rep's (here: C) locale

        QualificationEntry typed = service.load(id, QLocale::c())->storedEntry;
        typed.notes += QStringLiteral(" And the CFO joins.");
        QualificationDrafts::save(store, id, Reps::idFor(store, QStringLiteral("mara")), typed);
        const QualificationContext context = *service.load(id, QLocale::c());
        QVERIFY(context.draft);
        QCOMPARE(context.draft->entry.notes, typed.notes);
        QCOMPARE(context.draft->repName, QStringLiteral("mara"));
        QCOMPARE(context.draft->savedAt, Clock::nowSecs());

        // A draft equal to what is stored is no draft at all.
        QualificationDrafts::save(store, id, 0, context.storedEntry);
        QVERIFY(!service.load(id, QLocale::c())->draft);
        // Saving removes the draft.
        QualificationDrafts::save(store, id, 0, typed);
        service.save(id, typed, *QualificationRepository(store).fitOf(id), QStringLiteral("mara"),
                     QLocale::c(), today);
        QVERIFY(!QualificationDrafts::load(store, id));
    }

    void draftSaverWritesAfterAPauseInItsOwnThread()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        const qint64 id = addLead(store);
        DraftSaver saver(store, QStringLiteral("mara"));
        QSignalSpy saved(&saver, &DraftSaver::saved);
        QualificationEntry entry;
        entry.notes = QStringLiteral("first words");
        saver.update(id, entry);
        QCOMPARE(saver.unsaved(id)->notes, entry.notes);
        QVERIFY(!QualificationDrafts::load(store, id)); // not before the pause
        QTRY_VERIFY_WITH_TIMEOUT(QualificationDrafts::load(store, id).has_value(), 5000);
        QCOMPARE(QualificationDrafts::load(store, id)->entry.notes, QStringLiteral("first words"));
        QTRY_VERIFY(!saver.unsaved(id));
        QVERIFY(saved.count() >= 1);

        saver.discard(id);
        QTRY_VERIFY_WITH_TIMEOUT(!QualificationDrafts::load(store, id).has_value(), 5000);
    }

    void draftSaverWritesWhileTypingGoesOn()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        const qint64 id = addLead(store);
        DraftSaver saver(store, QStringLiteral("mara"));
        QualificationEntry entry;
        QElapsedTimer typing;
        typing.start();
        // A keystroke every 100 ms never leaves a 500 ms pause; the draft is written anyway.
        while (typing.elapsed() < 3500 && !QualificationDrafts::load(store, id)) {
            entry.notes += QLatin1Char('x');
            saver.update(id, entry);
            QTest::qWait(100);
        }
        QVERIFY(QualificationDrafts::load(store, id).has_value());
        QVERIFY(typing.elapsed() < DraftSaver::maxWaitMs + 1000);
    }

    void typingNeverWaitsForABusyStore()
    {
        SKIP_ON_POSTGRES("holds SQLite's file lock");
        TestStore fixture;
        const Store& store = fixture.store();
        const qint64 id = addLead(store);
        DraftSaver saver(store, QStringLiteral("mara"));
        QualificationEntry warmUp;
        warmUp.notes = QStringLiteral("x");
        saver.update(id, warmUp);
        saver.flush(); // the writer's connection is open now
        QTRY_VERIFY(!saver.unsaved(id));

        // Another connection holds the write lock, as a rescore of every lead does.
        auto other = store.openAnother();
        auto lock = std::make_unique<WriteTransaction>(*other);
        QualificationEntry entry;
        entry.notes = QStringLiteral("typed while the store is busy");
        QElapsedTimer gui;
        gui.start();
        saver.update(id, entry);
        saver.flush();
        QVERIFY(gui.elapsed() < 100); // the GUI thread went on at once
        QTest::qWait(1500);
        QCOMPARE(saver.unsaved(id)->notes, entry.notes); // kept, not lost, while waiting
        lock.reset();                                    // the long write ends (rolled back here)
        QTRY_VERIFY_WITH_TIMEOUT(!saver.unsaved(id), 10000);
        QCOMPARE(QualificationDrafts::load(store, id)->entry.notes, entry.notes);
    }

    void draftSaverFlushesOnDestruction()
    {
        TestStore fixture;
        const Store& store = fixture.store();
        const qint64 id = addLead(store);
        {
            DraftSaver saver(store, QStringLiteral("mara"));
            QualificationEntry entry;
            entry.budgetAmount = QStringLiteral("40,000");
            saver.update(id, entry);
        } // closed at once, no pause
        QCOMPARE(QualificationDrafts::load(store, id)->entry.budgetAmount,
                 QStringLiteral("40,000"));
    }

    void keyFactsListWhatIsUnknownWithTheNextQuestion()
    {
        QList<OpenFact> open = KeyFacts::open(Qualification{}, FitAttributes{});
        QList<KeyFact> facts;
        for (const OpenFact& f : open)
            facts.append(f.fact);
        QCOMPARE(facts, (QList<KeyFact>{KeyFact::BuyingPhase, KeyFact::Need, KeyFact::Budget,
                                        KeyFact::Authority, KeyFact::DecisionMaker,
                                        KeyFact::BuyingRole, KeyFact::Timing, KeyFact::Employees,
                                        KeyFact::Revenue, KeyFact::Industry, KeyFact::Position}));
        QVERIFY(open.first().bant);
        QVERIFY(!open.last().bant);
        QVERIFY(open.at(2).question.startsWith(QLatin1String("Is there a budget")));

        Qualification q;
        q.phase = BuyingPhase::Purchase;
        q.budget = BudgetStatus::Approved;
        q.need = NeedLevel::Urgent;
        q.timing = Timing::Within3Months;
        q.authority = AuthorityLevel::Influencer;
        open = KeyFacts::open(q, FitAttributes{});
        facts.clear();
        for (const OpenFact& f : open)
            if (f.bant)
                facts.append(f.fact);
        QCOMPARE(facts,
                 (QList<KeyFact>{KeyFact::Pain, KeyFact::BudgetAmount, KeyFact::DecisionMaker,
                                 KeyFact::BuyingRole, KeyFact::DecisionDate}));
        // The talk track follows the buying phase.
        QCOMPARE(KeyFacts::question(KeyFact::Budget, BuyingPhase::Purchase),
                 QStringLiteral("Is the budget approved, and for what amount?"));
        QVERIFY(KeyFacts::question(KeyFact::Budget, BuyingPhase::Awareness) !=
                KeyFacts::question(KeyFact::Budget, BuyingPhase::Purchase));
        for (KeyFact fact : {KeyFact::Authority, KeyFact::Need, KeyFact::Timing})
            for (BuyingPhase phase : allValues<BuyingPhase>())
                QVERIFY(!KeyFacts::question(fact, phase).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQualification)
#include "tst_qualification.moc"
