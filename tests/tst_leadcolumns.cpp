#include "QueueFixtures.h"
#include "leads/LeadContactability.h"
#include "leads/LeadEditor.h"
#include "queue/CallLog.h"
#include "scoring/BulkScoring.h"
#include "scoring/LeadScores.h"
#include "scoring/ScoreWriter.h"
#include "scoring/ScoringEngine.h"

#include <QTest>

using namespace QueueFixtures;

namespace {

CallDraft draft(CallOutcome outcome)
{
    CallDraft d;
    d.outcome = outcome;
    d.durationSecs = 20;
    return d;
}

/// A field-history entry without its lead, to compare two leads' histories.
QStringList historyOf(Store& store, qint64 leadId)
{
    QStringList entries;
    for (const FieldChange& change : LeadEditor(store).history(leadId))
        entries.append(QStringLiteral("%1|%2|%3|%4|%5")
                           .arg(change.field, change.oldValue, change.newValue)
                           .arg(change.changedAt)
                           .arg(change.repName));
    return entries;
}

/// The score columns exactly as stored, NULLs kept apart from empty text.
QStringList storedScore(Store& store, qint64 leadId)
{
    QSqlQuery query = Sql::exec(
        store.db(),
        QStringLiteral("SELECT fit_score, interest_score, bant_score, total_score, grade, quadrant,"
                       " score_rule_version, scored_at, score_band, score_flags FROM leads"
                       " WHERE id = ?"),
        {leadId});
    QStringList values;
    if (query.next())
        for (int i = 0; i < 10; ++i)
            values.append(query.value(i).isNull() ? QStringLiteral("<null>")
                                                  : query.value(i).toString());
    return values;
}

} // namespace

/// Each column of `leads` has one writer: the same change made by two use cases stores the same
/// value and the same history.
class TestLeadColumns : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(tuesdayMorning()); }
    void cleanup() { Clock::reset(); }

    void doNotCallFromTheCallLogAndTheEditorIsStoredAlike()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 called = addLead(store, QStringLiteral("Anna"), QStringLiteral("Call"));
        const qint64 edited = addLead(store, QStringLiteral("Anna"), QStringLiteral("Edit"));
        Clock::advance(600);
        CallLog(store).log(called, draft(CallOutcome::DoNotCall), QStringLiteral("mara"));
        QVERIFY(LeadEditor(store)
                    .setField(edited, LeadField::DoNotCall, QStringLiteral("yes"),
                              QStringLiteral("mara"))
                    .changed);

        for (const qint64 id : {called, edited}) {
            QCOMPARE(column(store, id, QStringLiteral("do_not_call")).toInt(), 1);
            QCOMPARE(column(store, id, QStringLiteral("updated_at")).toLongLong(),
                     Clock::nowSecs());
        }
        const QStringList history = historyOf(store, called);
        QCOMPARE(history, historyOf(store, edited));
        QCOMPARE(history,
                 QStringList{QStringLiteral("do_not_call|no|yes|%1|mara").arg(Clock::nowSecs())});
        QCOMPARE(LeadEditor(store).history(called).first().describe(),
                 QStringLiteral("Do not call: no → yes"));
    }

    void wrongNumberIsMarkedByTheCallLogAndClearedByTheEditorInOneHistory()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = addLead(store, QStringLiteral("Ben"), QStringLiteral("Wrong"));
        Clock::advance(600);
        CallLog(store).log(id, draft(CallOutcome::WrongNumber), QStringLiteral("mara"));
        QCOMPARE(column(store, id, QStringLiteral("wrong_number")).toInt(), 1);
        const qint64 markedAt = Clock::nowSecs();
        Clock::advance(600);
        QVERIFY(LeadEditor(store)
                    .setField(id, LeadField::Phone, QStringLiteral("030 9018299"),
                              QStringLiteral("tom"))
                    .changed);
        QCOMPARE(column(store, id, QStringLiteral("wrong_number")).toInt(), 0);
        const QList<FieldChange> history = LeadEditor(store).history(id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).describe(), QStringLiteral("Wrong number: no → yes"));
        QCOMPARE(history.at(0).changedAt, markedAt);
        QCOMPARE(history.at(0).repName, QStringLiteral("mara"));
        QCOMPARE(history.at(1).field, QStringLiteral("phone"));
        QCOMPARE(history.at(2).describe(), QStringLiteral("Wrong number: yes → no"));
        QCOMPARE(history.at(2).repName, QStringLiteral("tom"));
    }

    void undoingTheCallTakesTheFlagAndItsHistoryBack()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = addLead(store, QStringLiteral("Cleo"), QStringLiteral("Undo"));
        Clock::advance(60);
        QVERIFY(
            LeadEditor(store)
                .setField(id, LeadField::DoNotEmail, QStringLiteral("yes"), QStringLiteral("mara"))
                .changed);
        const QStringList before = historyOf(store, id);
        CallLog log(store);
        for (const CallOutcome outcome : {CallOutcome::DoNotCall, CallOutcome::WrongNumber}) {
            const LoggedCall call = log.log(id, draft(outcome), QStringLiteral("mara"));
            QCOMPARE(historyOf(store, id).size(), before.size() + 1);
            log.undo(call.callId);
            QCOMPARE(historyOf(store, id), before);
            QCOMPARE(column(store, id, QStringLiteral("do_not_call")).toInt(), 0);
            QCOMPARE(column(store, id, QStringLiteral("wrong_number")).toInt(), 0);
            QCOMPARE(column(store, id, QStringLiteral("do_not_email")).toInt(), 1);
        }
    }

    void theOwnerWritesNothingWhenTheFlagIsAlreadySo()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = addLead(store, QStringLiteral("Dora"), QStringLiteral("Same"));
        const qint64 rep = Reps::idFor(store, QStringLiteral("mara"));
        const LeadContactability flags(store);
        QVERIFY(!flags.setInTransaction(id, ContactFlag::WrongNumber, false, rep, 100));
        QVERIFY(flags.setInTransaction(id, ContactFlag::WrongNumber, true, rep, 100));
        QVERIFY(!flags.setInTransaction(id, ContactFlag::WrongNumber, true, rep, 200));
        QCOMPARE(historyOf(store, id), QStringList{QStringLiteral("wrong_number|no|yes|100|mara")});
        QCOMPARE(column(store, id, QStringLiteral("updated_at")).toLongLong(), 100);
    }

    void aScoreFromAnEditIsStoredAsTheRescoreStoresIt()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 plain = addLead(store, QStringLiteral("Eva"), QStringLiteral("Plain"));
        Lead rival = sampleLead(QStringLiteral("Finn"), QStringLiteral("Rival"),
                                QStringLiteral("Competitor AG"));
        rival.email = QStringLiteral("finn@competitor.example");
        const qint64 excluded = LeadRepository(store).create(rival, QStringLiteral("mara"));
        Clock::advance(3600);
        ScoringRules rules = ScoringRulesRepository(store).active().rules;
        rules.mqlThreshold -= 5;
        const BulkScoring::RescoreOutcome outcome =
            BulkScoring::rescoreAll(store, rules, QStringLiteral("lead"), QStringLiteral("test"));
        QVERIFY(outcome.completed);
        QCOMPARE(outcome.version, 2);
        const QStringList plainBulk = storedScore(store, plain);
        const QStringList excludedBulk = storedScore(store, excluded);
        QCOMPARE(plainBulk.at(6), QStringLiteral("2"));
        QCOMPARE(plainBulk.at(7), QString::number(Clock::nowSecs()));
        QCOMPARE(plainBulk.at(9), QStringLiteral("<null>")); // no persona rule fired
        QCOMPARE(excludedBulk.at(9), QStringLiteral("exclude:competitor"));

        // Scrambled, then scored again by editing a fit detail away and back at the same moment.
        for (const qint64 id : {plain, excluded}) {
            set(store, id,
                QStringLiteral("fit_score = -1, grade = NULL, quadrant = 'x', score_band = 'x',"
                               " score_flags = '', score_rule_version = 1, scored_at = 0"),
                {});
            const QString employees = LeadEditor(store).currentText(*LeadRepository(store).find(id),
                                                                    LeadField::Employees);
            LeadEditor editor(store);
            QVERIFY(editor
                        .setField(id, LeadField::Employees, QStringLiteral("4321"),
                                  QStringLiteral("mara"))
                        .changed);
            QVERIFY(editor.setField(id, LeadField::Employees, employees, QStringLiteral("mara"))
                        .changed);
        }
        QCOMPARE(storedScore(store, plain), plainBulk);
        QCOMPARE(storedScore(store, excluded), excludedBulk);
    }

    void theWriterKeepsTotalAndGradeOnlyWhenTheyStayAsTheyAre()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = addLead(store, QStringLiteral("Gina"), QStringLiteral("Writer"));
        const ActiveRules active = ScoringRulesRepository(store).active();
        const ScoreResult result = ScoringEngine::score(
            active.rules, *LeadScores::inputFor(store, id, 0, active.rules.maxAgeDays), 0);
        ScoreWriter writer(store, 7, 1234);
        writer.write(id, result, result.total, vocabIndex(result.grade));
        QCOMPARE(storedScore(store, id).at(6), QStringLiteral("7"));
        QCOMPARE(storedScore(store, id).at(7), QStringLiteral("1234"));
        set(store, id, QStringLiteral("total_score = -5"), {});
        // Told the total and grade are already stored, it leaves them alone…
        writer.write(id, result, result.total, vocabIndex(result.grade));
        QCOMPARE(column(store, id, QStringLiteral("total_score")).toInt(), -5);
        // …and writes everything when the grade differs.
        writer.write(id, result, result.total, -1);
        const QStringList all = storedScore(store, id);
        writer.write(id, result);
        QCOMPARE(storedScore(store, id), all);
        QCOMPARE(all.at(3), QString::number(result.total));
        QCOMPARE(all.at(4), keyOf(result.grade));
    }
};

QTEST_GUILESS_MAIN(TestLeadColumns)
#include "tst_leadcolumns.moc"
